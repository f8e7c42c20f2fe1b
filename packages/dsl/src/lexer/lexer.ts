import { Lexer, type IToken } from 'chevrotain';
import type { Comment } from '../ast/ast.js';
import { DocComment, Identifier, keywordOf, lexerTokens, UnterminatedText } from './tokens.js';

export interface LexProblem {
  readonly kind: 'unknown-character' | 'unterminated-text';
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface LexResult {
  readonly tokens: IToken[];
  readonly comments: Comment[];
  readonly problems: LexProblem[];
}

/**
 * The lexer of the language. `validate`: check the token definitions as it is built
 * (chevrotain's validations). They do not change at run time and take a sixth of the time to
 * build it, so the lexer in use is built without them; the tests build one with them.
 */
export function buildLexer(validate = false): Lexer {
  return new Lexer(lexerTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true, skipValidations: !validate });
}

const lexer = buildLexer();

/**
 * Splits a rule file into tokens and comments; never throws. `text` may be a part of a file
 * that begins at a line start (no token spans a line break); `base` is where the part begins
 * in the file, and every offset is given in the file.
 */
export function tokenize(text: string, base = 0): LexResult {
  const result = lexer.tokenize(text);
  const problems: LexProblem[] = result.errors.map((e) => ({
    kind: 'unknown-character',
    start: base + e.offset,
    end: base + e.offset + e.length,
    text: text.slice(e.offset, e.offset + Math.min(e.length, 24)),
  }));
  const tokens = result.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as IToken;
    token.startOffset += base;
    if (token.tokenType === Identifier) {
      const keyword = keywordOf(token.image);
      if (keyword) {
        token.tokenType = keyword;
        token.tokenTypeIdx = keyword.tokenTypeIdx as number;
      }
    } else if (token.tokenType === UnterminatedText) {
      problems.push({ kind: 'unterminated-text', start: token.startOffset, end: tokenEnd(token), text: token.image });
    }
  }
  const comments: Comment[] = (result.groups['comments'] ?? []).map((token) => {
    const doc = token.tokenType === DocComment;
    return {
      kind: 'Comment',
      text: token.image.slice(doc ? 2 : 1),
      doc,
      span: { start: base + token.startOffset, end: base + tokenEnd(token) },
    };
  });
  return { tokens: result.tokens, comments, problems };
}

/** The offset just after a token (chevrotain's `endOffset` is inclusive and optional). */
export function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}
