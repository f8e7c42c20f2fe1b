import type { IToken } from 'chevrotain';
import type * as A from '../ast/ast.js';
import { childNodes, type AstNode } from '../ast/children.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { tokenEnd } from '../lexer/lexer.js';
import { allTokens, BinaryOperator, Dot, keywords, LBrace, LBracket, LParen, Percent, RBrace, RBracket, RParen } from '../lexer/tokens.js';
import type { SourceText } from '../source/source-text.js';

/**
 * How deep what the parser reads may nest (LK1004), for a declaration and for each placeholder
 * of a `forklaring` alike. The checker, the compiler, the generated code and the editor services
 * all recurse over expressions; these bounds keep each of them well within the stack wherever it
 * runs, so that none of them has to guard against depth on its own.
 */

/** Parentheses, brackets and braces may nest this deep. */
export const maxNesting = 100;
/**
 * A syntax tree may be this many nodes deep (each operation inside another, each `hvis`, call
 * or list is a level): fifteen times the deepest declaration of the shipped rules (13).
 */
export const maxDepth = 200;

const hint = 'Del uttrykket opp i flere regler.';

/** Bracket tokens by `tokenTypeIdx`: +1 opens, -1 closes. */
const nesting: number[] = [];
for (const token of [LParen, LBracket, LBrace]) nesting[token.tokenTypeIdx as number] = 1;
for (const token of [RParen, RBracket, RBrace]) nesting[token.tokenTypeIdx as number] = -1;

/** LK1004 at the first bracket in `tokens` that nests deeper than `maxNesting`, before they are parsed. */
export function bracketsTooDeep(tokens: readonly IToken[], source: SourceText): Diagnostic | undefined {
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as IToken;
    const step = nesting[token.tokenTypeIdx];
    if (step === 1) {
      if (++depth > maxNesting) {
        return createDiagnostic('LK1004', source, { start: token.startOffset, end: tokenEnd(token) }, `Parenteser og klammer er nestet dypere enn ${maxNesting} nivåer`, { hint });
      }
    } else if (step === -1 && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/** LK1004 for `span`, which the parser could not read: its rules recursed deeper than the stack allows. */
export function tooDeepToRead(span: A.Span, source: SourceText): Diagnostic {
  return createDiagnostic('LK1004', source, span, 'Uttrykket er for dypt nestet til å leses', { hint });
}

/**
 * The tokens without which a syntax tree cannot grow deeper than its declaration's fixed shape:
 * the grammar recurses only through expressions and `liste av` types, and each node of those
 * that has children is made with one of these (an operator, `ikke`, `hvis`, `(` of a call or
 * of a parenthesis, `.`, `%`, `per`, `[`, `{`, `for`, `av`), by tokenTypeIdx.
 */
const nestingTokens: boolean[] = [];
for (const token of allTokens) if (token.CATEGORIES?.includes(BinaryOperator)) nestingTokens[token.tokenTypeIdx as number] = true;
for (const token of [keywords.ikke, keywords.hvis, LParen, Dot, Percent, keywords.per, LBracket, LBrace, keywords.for, keywords.av]) nestingTokens[token.tokenTypeIdx as number] = true;

/**
 * How deep a tree may lie without its nesting tokens: a declaration and what it holds down to
 * an expression (a rule, an exception, its definition; a table, a row, a cell, a citation, a
 * locator; a test, an expectation) and an expression's leaf with its name, with room to spare.
 */
const fixedDepth = 20;

/**
 * How deep the tree parsed from `tokens` can lie at most: each nesting token adds at most two
 * levels (a record and its field; a call and its comprehension), and the rest of the tree at
 * most `fixedDepth`.
 */
export function depthBound(tokens: readonly IToken[]): number {
  let nesting = 0;
  for (let i = 0; i < tokens.length; i++) if (nestingTokens[(tokens[i] as IToken).tokenTypeIdx] === true) nesting++;
  return fixedDepth + 2 * nesting;
}

/**
 * LK1004 at the first node (depth first) that lies deeper than `maxDepth` below `root`, parsed
 * from `tokens`. Each level takes at least one token, and a tree cannot lie deeper than
 * `depthBound`: a short text, a long law text or a large table of values is not walked. The
 * walk is iterative, as the tree may be deeper than the stack.
 */
export function treeTooDeep(root: AstNode, tokens: readonly IToken[], source: SourceText): Diagnostic | undefined {
  if (tokens.length <= maxDepth || depthBound(tokens) <= maxDepth) return undefined;
  const stack: Array<{ node: AstNode; depth: number }> = [{ node: root, depth: 0 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    if (top.depth > maxDepth) {
      return createDiagnostic('LK1004', source, top.node.span, `Uttrykket er for dypt nestet: mer enn ${maxDepth} nivåer av operasjoner inni hverandre`, { hint });
    }
    for (const child of childNodes(top.node)) stack.push({ node: child, depth: top.depth + 1 });
  }
  return undefined;
}
