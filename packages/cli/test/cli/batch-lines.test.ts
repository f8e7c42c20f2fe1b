/**
 * The bytes of a batch's result lines (`evaluateLines`, docs/engine.md §10): each line as
 * UTF-8 in one buffer that grows as needed. The same bytes as the lines built one by one and
 * encoded, with and without the trace (whose lines pass the buffer's first size many times),
 * for cases with Norwegian letters and for cases that fail.
 */
import { compile, evaluateToJson, readJson } from '@lovkode/engine';
import { describe, expect, it } from 'vitest';
import { defaultPeriod, household } from '../../../../rules/befolkning.mjs';
import { ruleFiles } from '../../../../test/support/rule-files';
import { evaluateLines } from '../../src/cli/commands/batch-worker';
import type { InputLine } from '../../src/cli/io';

const compiled = compile(ruleFiles('rules'), {});
if (!compiled.ok) throw new Error('the shipped rules do not compile');
const rules = compiled.rules;

const texts = [...Array.from({ length: 60 }, (_, i) => JSON.stringify(household(3, i, defaultPeriod))), '{"beregningsmåned": "2024-03", "sivilstand": "ukjent"}', '{"æ": '];
const lines: InputLine[] = texts.map((text, i) => ({ number: i + 1, text, tooLarge: false, notUtf8: undefined }));

/** The lines as built one by one: a result, or the error line `run --batch` writes. */
function expected(trace: boolean): string {
  return texts
    .map((text, i) => {
      try {
        return `${evaluateToJson(rules, readJson(text), { trace })}\n`;
      } catch (error) {
        return `${JSON.stringify({ error: { ...(error as { toJSON(): object }).toJSON(), line: i + 1 } })}\n`;
      }
    })
    .join('');
}

describe('the result lines of a batch, as bytes', () => {
  it.each([false, true])('are the lines built one by one, encoded (trace: %s)', (trace) => {
    const part = evaluateLines(rules, lines, { trace });
    const text = expected(trace);
    expect(part.cases).toBe(62);
    expect(part.failed).toBe(2);
    if (trace) expect(part.out.length).toBeGreaterThan(4 * 256 * 1024);
    expect(Buffer.from(part.out).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(text).toMatch(/[æøå]/);
  });
});
