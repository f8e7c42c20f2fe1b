import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonAmount } from '../../src/values/money';
import { fromJson, toJson } from '../../src/values/json';
import { Decimal } from '../../src/runtime/values';
import { EvaluationError } from '../../src/runtime/errors';
import { sameJson, type JsonValue } from '../../src/values/codec';

const money = { kind: 'money' } as const;

/** Amounts in whole øre over every magnitude the fast path and the general path meet. */
const øre = fc.oneof(
  fc.integer({ min: -1_000, max: 1_000 }),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
);
/** The same amount reached in different ways: parsed, divided, summed. */
const amount = øre.chain((value) =>
  fc.constantFrom(
    new Decimal(value).div(100),
    new Decimal(`${value}`).div(100).plus(0),
    new Decimal(value).div(100).plus('0.004').minus('0.004'),
    new Decimal(value).times('0.01'),
  ),
);

describe('amounts as JSON', () => {
  it('are written with exactly two decimals, as toFixed(2) writes them', () => {
    fc.assert(
      fc.property(amount, (value) => {
        expect(toJson(value, money)).toBe(value.toFixed(2));
      }),
      { numRuns: 2_000 },
    );
  });

  it('are written the same by the common-amount path whenever it applies', () => {
    fc.assert(
      fc.property(amount, (value) => {
        const common = commonAmount(value);
        if (common !== undefined) expect(common).toBe(value.toFixed(2));
      }),
      { numRuns: 2_000 },
    );
    for (const text of ['0', '-0', '1', '9999999.99', '10000000', '0.5', '-0.01', '984.05', '984.5', '-12']) {
      const value = new Decimal(text);
      expect(toJson(value, money), text).toBe(value.toFixed(2));
    }
  });

  it('an amount in fractions of an øre is an error in a result and written exactly in a trace', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 9 }), (value, tenth) => {
        const odd = value.plus(new Decimal(tenth).div(1000));
        expect(() => toJson(odd, money)).toThrow(EvaluationError);
        expect(toJson(odd, money, false)).toBe(odd.toString());
        expect(commonAmount(odd)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});

describe('amounts from JSON', () => {
  it('a decimal string is read as exactly its value, whatever its form', () => {
    const text = fc.tuple(
      fc.constantFrom('', '-'),
      fc.oneof(fc.integer({ min: 0, max: 99_999_999 }).map(String), fc.stringMatching(/^0{0,3}[0-9]{1,12}$/)),
      fc.constantFrom('', '.', '.0', '.00', '.000', '.5', '.50', '.05', '.123', '.000001'),
    );
    fc.assert(
      fc.property(text, ([sign, digits, fraction]) => {
        const json = `${sign}${digits}${fraction}`;
        const value = fromJson(json, { kind: 'money' }) as Decimal;
        expect(value.eq(new Decimal(json)), json).toBe(true);
        expect(value.toString()).toBe(new Decimal(json).toString());
      }),
      { numRuns: 3_000 },
    );
  });
});

// The trace finds a repeated call by its arguments' JSON text (docs/engine.md §7), and a field at its
// declared default is not shown (docs/values.md): `sameJson` answers what comparing the texts answers.
describe('sameJson', () => {
  it('is true exactly when JSON.stringify gives the same text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), (a, b) => {
        const json = (v: unknown) => v as JsonValue;
        expect(sameJson(json(a), json(b))).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(sameJson(json(a), json(JSON.parse(JSON.stringify(a))))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson([1, [2]], [1, [2]])).toBe(true);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
  });
});
