import { expect } from 'vitest';
import { parse } from '../../src/parser/parse';

/** A copy of a parsed value without its `span` properties, for comparing trees structurally. */
function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'span')
      .map(([key, item]) => [key, withoutSpans(item)]),
  );
}

/**
 * What parsing a file yields, spans aside: the syntax tree (declarations, doc strings and
 * comments in order) and the codes of the diagnostics.
 */
function parsed(text: string): { readonly tree: unknown; readonly codes: string[] } {
  const { file, diagnostics } = parse(text);
  return { tree: withoutSpans(file), codes: diagnostics.map((d) => d.code) };
}

/** Asserts that two files parse to the same tree and diagnostics, spans aside. */
export function expectSameTree(actual: string, expected: string): void {
  expect(parsed(actual)).toStrictEqual(parsed(expected));
}

/** The comment texts of a file, sorted: the multiset a formatter must keep. */
export function commentTexts(text: string): string[] {
  return parse(text)
    .file.comments.map((c) => `${c.doc ? '##' : '#'}${c.text}`)
    .sort();
}

export function hasSyntaxErrors(text: string): boolean {
  return parse(text).diagnostics.some((d) => d.code.startsWith('LK1'));
}
