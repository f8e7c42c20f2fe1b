import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DATE_PATTERN, isIsoDate, isIsoMonth, looksLikeDate, looksLikeMonth, MONTH_PATTERN, norwegianDate, norwegianMonth, shift } from '../src/calendar';

describe('isIsoDate: a date written YYYY-MM-DD that exists in the calendar', () => {
  it('accepts real days, leap days in leap years only', () => {
    for (const day of ['2024-01-01', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01']) expect(isIsoDate(day), day).toBe(true);
    for (const day of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-01-32']) expect(isIsoDate(day), day).toBe(false);
  });

  it('rejects anything not written YYYY-MM-DD', () => {
    for (const text of ['', '2024-1-01', '2024-01-1', '24-01-01', '2024/01/01', '2024-01-01T00:00', ' 2024-01-01', '2024-01-0x', '２０２４-01-01', '-024-01-01', '2024-+1-01'])
      expect(isIsoDate(text), text).toBe(false);
  });

  it('agrees with the calendar of JavaScript dates for every day of 400 years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 1999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const date = new Date(Date.UTC(year, month - 1, day));
        const real = month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        expect(isIsoDate(text)).toBe(real);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('the one calendar (docs/values.md)', () => {
  it('months: real months only, written YYYY-MM', () => {
    for (const month of ['2024-01', '2024-12', '0001-01']) expect(isIsoMonth(month), month).toBe(true);
    for (const text of ['2024-00', '2024-13', '2024-1', '2024-01-01', '24-01', ' 2024-01']) expect(isIsoMonth(text), text).toBe(false);
  });

  it('spans the years 1–9999: year 0000 is no day or month, in the functions and in the JSON Schema patterns', () => {
    expect([isIsoDate('0001-01-01'), isIsoDate('9999-12-31'), isIsoMonth('9999-12')]).toEqual([true, true, true]);
    expect([isIsoDate('0000-05-01'), isIsoMonth('0000-03')]).toEqual([false, false]);
    expect([new RegExp(DATE_PATTERN).test('0000-05-01'), new RegExp(MONTH_PATTERN).test('0000-03')]).toEqual([false, false]);
    expect([new RegExp(DATE_PATTERN).test('0001-05-01'), new RegExp(MONTH_PATTERN).test('2024-03')]).toEqual([true, true]);
  });

  it('tells a text of the right form that names no day from one of another form', () => {
    expect(looksLikeDate('2024-02-30')).toBe(true);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(looksLikeDate('2024-2-3')).toBe(false);
    expect(looksLikeMonth('2024-13')).toBe(true);
    expect(looksLikeMonth('2024/01')).toBe(false);
  });

  it('Norwegian names of days and months; a text that is neither is shown as it is', () => {
    expect(norwegianDate('2024-03-01')).toBe('1. mars 2024');
    expect(norwegianMonth('2024-12')).toBe('desember 2024');
    expect(norwegianMonth('2024-05-01')).toBe('2024-05-01');
    expect(norwegianDate('2024-05')).toBe('2024-05');
  });

  it('moves days by days, months or years, and months by months or years only', () => {
    expect(shift('2024-01-31', 1, 'måned')).toBe('2024-02-29');
    expect(shift('2024-02-29', 1, 'år')).toBe('2025-02-28');
    expect(shift('2024-02-28', 2, 'dag')).toBe('2024-03-01');
    expect(shift('2024-11', 3, 'måned')).toBe('2025-02');
    expect(shift('9999-12', 1, 'måned')).toBeUndefined();
    expect(() => shift('2024-03', 3, 'dag')).toThrow(RangeError);
  });

  it('no other source file parses ISO days or months with a pattern or a Date of its own', () => {
    // The lexer's token patterns find literals in rule text (lexical); generated files are made from them.
    const allowed = new Set(['packages/dsl/src/calendar.ts', 'packages/dsl/src/lexer/tokens.ts']);
    const root = join(__dirname, '..', '..', '..');
    const offenders: string[] = [];
    for (const pkg of ['dsl', 'engine', 'editor']) {
      for (const file of sourceFiles(join(root, 'packages', pkg, 'src'))) {
        const path = relative(root, file).split(sep).join('/');
        if (allowed.has(path)) continue;
        const text = readFileSync(file, 'utf8');
        if (/\\d\{4\}-|\[0-9\]\{4\}-|T00:00:00Z/.test(text)) offenders.push(path);
      }
    }
    expect(offenders).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
