import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/check/literals';

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
