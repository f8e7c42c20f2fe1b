import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import type * as A from '../ast/ast.js';
import type { ParsedFile } from '../check/program.js';
import { tokenEnd, tokenize } from '../lexer/lexer.js';
import * as T from '../lexer/tokens.js';

/**
 * The token stream of a file, for the services that must understand text the parser cannot
 * (the cursor is usually in a declaration that is still being written).
 */

export interface Lexed {
  readonly tokens: readonly IToken[];
  readonly comments: readonly A.Comment[];
}

/**
 * Lexes the file again. Not kept: a completion, the one service that reads tokens, lexes its
 * file once (0.4 ms for paragraf-18.lov) beside the one to four checks it costs.
 */
export function lexed(file: ParsedFile): Lexed {
  const { tokens, comments } = tokenize(file.source.text);
  return { tokens, comments };
}

export const K = T.keywords;
const keywordTypes = new Set<TokenType>(Object.values(T.keywords));

export const end = tokenEnd;

/** Is the token of this type (or of a type in this category)? */
export function is(token: IToken | undefined, type: TokenType): boolean {
  return token !== undefined && tokenMatcher(token, type);
}

/**
 * An `=` sign, whichever token the lexer makes of it (it tells a `=` that begins a line from
 * one inside an expression).
 */
export function isEquals(token: IToken | undefined): boolean {
  return token !== undefined && token.image === '=';
}

export function isIdentifier(token: IToken | undefined): token is IToken {
  return token !== undefined && token.tokenType === T.Identifier;
}

export function isKeyword(token: IToken | undefined): boolean {
  return token !== undefined && keywordTypes.has(token.tokenType);
}

/** A name or a reserved word: what the cursor may be in the middle of typing. */
export function isWord(token: IToken | undefined): token is IToken {
  return isIdentifier(token) || isKeyword(token);
}

export function isText(token: IToken | undefined): boolean {
  return token !== undefined && (token.tokenType === T.TextLiteral || token.tokenType === T.UnterminatedText);
}

/** A keyword that begins a declaration when it is first on its line (how the parser splits a file). */
export function startsDeclaration(text: string, token: IToken | undefined): boolean {
  return token !== undefined && T.declarationKeywordTokens.has(token.tokenType) && T.isFirstOnLine(text, token.startOffset);
}

const closerOf = new Map<TokenType, TokenType>([
  [T.LParen, T.RParen],
  [T.LBracket, T.RBracket],
  [T.LBrace, T.RBrace],
]);
const openerOf = new Map<TokenType, TokenType>([...closerOf].map(([o, c]) => [c, o]));

export function isOpener(token: IToken | undefined): boolean {
  return token !== undefined && closerOf.has(token.tokenType);
}

export function isCloser(token: IToken | undefined): boolean {
  return token !== undefined && openerOf.has(token.tokenType);
}

/** The unclosed bracket that `from` (inclusive) is inside, scanning back no further than `stop`; -1 if none. */
export function enclosingOpener(tokens: readonly IToken[], from: number, stop: number): number {
  let depth = 0;
  for (let i = from; i >= Math.max(stop, 0); i--) {
    const t = tokens[i];
    if (isCloser(t)) depth++;
    else if (isOpener(t)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The bracket that closes the one at `open`, looking no further than `limit` (exclusive); -1 if none. */
export function matchingCloser(tokens: readonly IToken[], open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < Math.min(limit, tokens.length); i++) {
    const t = tokens[i];
    if (isOpener(t)) depth++;
    else if (isCloser(t) && --depth === 0) return i;
  }
  return -1;
}

/** The bracket that opens the one at `close`, looking back no further than `stop`; -1 if none. */
export function matchingOpener(tokens: readonly IToken[], close: number, stop: number): number {
  let depth = 0;
  for (let i = close; i >= Math.max(stop, 0); i--) {
    const t = tokens[i];
    if (isCloser(t)) depth++;
    else if (isOpener(t) && --depth === 0) return i;
  }
  return -1;
}
