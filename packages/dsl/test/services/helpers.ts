import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type CheckResult, type RuleSource } from '../../src/check/check';
import type { CompletionItem } from '../../src/services/complete';
import type { Position } from '../../src/services/positions';

/** The example rule set of docs/examples. */
export const examplePath = 'livsopphold.lov';
export const exampleText = readFileSync(join(import.meta.dirname, '../../../../docs/examples/livsopphold.lov'), 'utf8');

/** The cursor marker in test texts. */
export const CURSOR = '‸';

/** The 1-based position of `offset` in `text`. */
export function positionOf(text: string, offset: number): Position {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1] as string).length + 1 };
}

/**
 * The position of the `nth` occurrence of `needle` in `text`, moved `delta` characters into it
 * (a negative `delta` counts from its end).
 */
export function find(text: string, needle: string, delta = 0, nth = 0): Position {
  let index = -1;
  for (let n = 0; n <= nth; n++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`«${needle}» (${nth}) not found`);
  }
  return positionOf(text, index + (delta < 0 ? needle.length + delta + 1 : delta));
}

/** Checks `text` (with a cursor marker) as `path` together with `others`; the cursor's position. */
export function withCursor(marked: string, path = 'a.lov', others: readonly RuleSource[] = []): { result: CheckResult; position: Position; text: string; path: string } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error('no cursor marker');
  const text = marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  return { result: check([{ path, text }, ...others]), position: positionOf(text, offset), text, path };
}

/** The example with `needle` (its first occurrence) replaced by `replacement`, which holds a cursor. */
export function exampleWith(needle: string, replacement: string): string {
  const index = exampleText.indexOf(needle);
  if (index < 0) throw new Error(`«${needle}» not in the example`);
  return exampleText.slice(0, index) + replacement + exampleText.slice(index + needle.length);
}

export function labels(items: readonly CompletionItem[]): string[] {
  return items.map((i) => i.label);
}

export function item(items: readonly CompletionItem[], label: string): CompletionItem | undefined {
  return items.find((i) => i.label === label);
}
