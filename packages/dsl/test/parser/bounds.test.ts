/**
 * The parser's depth bound (LK1004, docs/language.md §13: «a declaration's syntax tree at most
 * 200 deep: each operation inside another, each `hvis`, call or list is a level») walks a declaration's tree only when it can lie that deep: `depthBound` counts
 * its nesting tokens. These tests check that no tree lies deeper than that bound — in the
 * repository's rule files, in random files and in deeply nested expressions and types of every
 * kind — so that a tree the bound lets through unwalked is never too deep.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childNodes, type AstNode } from '../../src/ast/children';
import { tokenize } from '../../src/lexer/lexer';
import { depthBound } from '../../src/parser/bounds';
import { parse } from '../../src/parser/parse';
import { ruleFile } from '../format/generators';

const root = join(import.meta.dirname, '../../../..');

function depth(node: AstNode): number {
  let deepest = 0;
  const stack: Array<{ node: AstNode; depth: number }> = [{ node, depth: 0 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    deepest = Math.max(deepest, top.depth);
    for (const child of childNodes(top.node)) stack.push({ node: child, depth: top.depth + 1 });
  }
  return deepest;
}

/** Every declaration of the file lies no deeper than the bound of its own tokens (fewer than the part of the file the parser gives it). */
function expectWithinBound(text: string, parses = true): number {
  const { file, diagnostics } = parse(text);
  // Declarations that parse (a broken one has no tree to bound); the repository's files of bad syntax have some that do not.
  if (parses) expect(diagnostics.filter((d) => d.code === 'LK1003' || d.code === 'LK1004')).toEqual([]);
  let deepest = 0;
  for (const declaration of file.declarations) {
    const d = depth(declaration);
    deepest = Math.max(deepest, d);
    const bound = depthBound(tokenize(text.slice(declaration.span.start, declaration.span.end), declaration.span.start).tokens);
    if (d > bound) expect.fail(`${d} levels > bound ${bound}: ${text.slice(declaration.span.start, declaration.span.end).slice(0, 200)}`);
  }
  return deepest;
}

/** An expression nested `levels` deep, each level one of the constructs that nest. */
const nested: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      (e: string) => `{ a: ${e} }`,
      (e: string) => `f(${e})`,
      (e: string) => `f(${e} for x i y)`,
      (e: string) => `f(x for x i ${e})`,
      (e: string) => `f(x for x i y der ${e})`,
      (e: string) => `f(x for x i y etter ${e})`,
      (e: string) => `[${e}]`,
      (e: string) => `(${e})`,
      (e: string) => `(${e}) + 1`,
      (e: string) => `${e} + 1`,
      (e: string) => `1 * (${e})`,
      (e: string) => `ikke (${e})`,
      (e: string) => `-(${e})`,
      (e: string) => `hvis ${e} så 1 ellers 2`,
      (e: string) => `hvis a så ${e} ellers 2`,
      (e: string) => `(${e}).b`,
      (e: string) => `(${e}) %`,
      (e: string) => `t(1) per (${e})`,
      (e: string) => `(${e}) i [1]`,
    ),
    { maxLength: 40 },
  )
  .map((wraps) => wraps.reduce((e, wrap) => wrap(e), 'a'));

describe('the depth bound of a declaration', () => {
  it('holds for every rule file of the repository', () => {
    const paths = execSync("git -c core.quotepath=off ls-files '*.lov'", { cwd: root, encoding: 'utf8' }).trim().split('\n');
    expect(paths.length).toBeGreaterThan(300);
    for (const path of paths) expectWithinBound(readFileSync(join(root, path), 'utf8'), false);
  });

  it('holds for random rule files', () => {
    fc.assert(fc.property(ruleFile, (text) => void expectWithinBound(text)), { numRuns: 300 });
  });

  it('holds for expressions nested in every way, in rules, tables, tests and types', () => {
    fc.assert(
      fc.property(nested, fc.nat(12), (expr, lists) => {
        const type = `${'liste av '.repeat(lists)}tall`;
        const text = [
          'modul m',
          `regel r(p: ${type}): ${type}  (kilde k)`,
          `  = ${expr}`,
          `  unntak u  (kilde k)`,
          `    når ${expr} så ${expr}`,
          `tabell t(n: tall): tall  (kilde k)`,
          `  | n | verdi |`,
          `  | 1 | ${expr}, ${expr} |`,
          `test "t"  (kilde k)`,
          `  gitt a = ${expr}`,
          `  forvent r(${expr}) = ${expr}`,
          '',
        ].join('\n');
        expect(expectWithinBound(text)).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
