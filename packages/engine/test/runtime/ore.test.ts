import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oreOf, oreShown, oreText, roundOre } from '../../src/runtime/ore';
import { roundToStep } from '../../src/runtime/rounding';
import { Decimal } from '../../src/runtime/values';
import { money } from '../../src/values/money';

/** An amount in øre as the decimal of kroner decimal.js holds. */
const decimalOfOre = (øre: number) => new Decimal(øre).div(100);

/**
 * The conversions and the rounding of the fast path (amounts as integer øre,
 * docs/engine-design.md §2) against decimal.js, the reference.
 */
const øre = fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 }));
/** Amounts a result may hold: up to 2⁵³ øre, where amounts leave the fast path, and the edges of the tables `oreText` writes digits from. */
const written = fc.oneof(
  øre,
  fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0, 9, 10, 99, 100, 9_999, 10_000, 10_099, -1, -100),
);
/** An amount's decimal text with up to five decimals: whole øre or not. */
const kroner = fc.tuple(fc.integer({ min: -9_999_999_999, max: 9_999_999_999 }), fc.integer({ min: 0, max: 99_999 })).map(([whole, fraction]) => `${whole}.${String(fraction).padStart(5, '0')}`);

describe('amounts in øre', () => {
  it('reads an amount as øre exactly when it is a whole number of øre', () => {
    fc.assert(
      fc.property(kroner, (text) => {
        const øre = new Decimal(text).times(100);
        expect(oreOf(new Decimal(text))).toBe(øre.isInteger() ? øre.toNumber() || 0 : undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes an amount in øre as the decimal path writes the same amount', () => {
    fc.assert(
      fc.property(written, (n) => {
        expect(oreText(n)).toBe(money.write(decimalOfOre(n), true));
        expect(oreOf(decimalOfOre(n))).toBe(n || 0);
      }),
      { numRuns: 2000 },
    );
  });

  // docs/values.md: an amount is shown with two decimals and grouped digits (`16 550,00 kr`), in a `forklaring` on either path:
  // on the fast path the codec shows the text the trace writer writes from øre (`oreText`).
  it('shows an amount in øre as the decimal path shows the same amount', () => {
    fc.assert(
      fc.property(øre, fc.constantFrom(' ', '\u00a0'), (n, group) => {
        expect(money.format(oreText(n), { group })).toBe(money.format(money.write(decimalOfOre(n), false), { group }));
      }),
      { numRuns: 2000 },
    );
    expect(money.format(oreText(-0), { group: ' ' })).toBe('0,00 kr');
    expect(money.format(oreText(-123456789), { group: ' ' })).toBe('−1 234 567,89 kr');
  });

  it('shows an amount in øre straight from the øre as the codec shows the text oreText writes', () => {
    fc.assert(
      fc.property(written, fc.constantFrom(' ', '\u00a0'), (n, group) => {
        expect(oreShown(n, group)).toBe(money.format(oreText(n), { group }));
      }),
      { numRuns: 5000 },
    );
    for (const n of [0, -0, 1, -1, 99, 100, 99_999, 100_000, 100_099, 99_999_999, 100_000_000, -123_456_789]) expect(oreShown(n, ' ')).toBe(money.format(oreText(n), { group: ' ' }));
  });

  it('rounds a share a / n to a step in every mode as decimal.js rounds the quotient', () => {
    const modes = ['halv_opp', 'halv_ned', 'halv_partall', 'opp', 'ned'];
    // Small amounts and steps often, so that ties (exact halves) occur.
    const small = fc.integer({ min: -5000, max: 5000 });
    fc.assert(
      fc.property(fc.oneof(small, øre), fc.integer({ min: -12, max: 12 }).filter((n) => n !== 0), fc.constantFrom(1, 2, 5, 50, 100, 1000, 3), fc.constantFrom(...modes), (a, n, step, mode) => {
        const expected = roundToStep(decimalOfOre(a).div(n), decimalOfOre(step), mode);
        expect(decimalOfOre(roundOre(a, n, step, mode) as number).eq(expected)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
