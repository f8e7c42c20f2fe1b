import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendar } from '@lovkode/dsl';
import { formatNumber } from '../../src/values/numbers';

const formatDate = calendar.norwegianDate;
const formatMonth = calendar.norwegianMonth;

// docs/formatting.md: Lovkode formats numbers and dates itself instead of through Intl, so
// that a justification is the same text in Node, in the editor's browser and in an
// embedder's runtime whatever its ICU, and never rounds. Intl (Node 20, full ICU, CLDR
// nb-NO) is the independent oracle that it follows the Norwegian convention: the same text
// wherever Intl's output is exact.
// Intl.NumberFormat v3 reads a decimal string exactly (TypeScript's ES2022 lib knows only numbers).
const exactly = (format: Intl.NumberFormat) => ({ format: (text: string) => (format.format as unknown as (value: string) => string)(text) });
const amount = exactly(new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const whole = exactly(new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }));
const longDate = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const NBSP = '\u00a0';

describe('the formatter against Intl nb-NO', () => {
  it('amounts in kroner and øre: digits grouped by a (no-break) space, decimal comma, U+2212 minus', () => {
    const ore = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n });
    fc.assert(
      fc.property(ore, (value) => {
        const sign = value < 0n ? '-' : '';
        const abs = value < 0n ? -value : value;
        const text = `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
        // Intl takes the decimal string exactly (NumberFormat v3), no float in between.
        expect(formatNumber(text, 2, NBSP)).toBe(amount.format(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (n) => {
        expect(formatNumber(String(n), undefined, NBSP)).toBe(whole.format(String(n)));
      }),
    );
  });

  it('where Intl would round, the formatter shows every digit', () => {
    expect(amount.format('0.005')).toBe('0,01');
    expect(formatNumber('0.005', 2)).toBe('0,005');
  });

  it('dates and months in words', () => {
    const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(formatDate(iso)).toBe(longDate.format(new Date(`${iso}T00:00:00Z`)));
        expect(formatMonth(iso.slice(0, 7))).toBe(monthYear.format(new Date(`${iso}T00:00:00Z`)));
      }),
      { numRuns: 2000 },
    );
  });
});
