import DecimalBase from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, EvaluationError } from '../../src/index';
import { rules } from '../support';

/**
 * Generated rule sets of amount arithmetic (sums, differences, products with a `heltall` or a
 * `tall`, division, `avrund` in every mode, `maks`/`min`, comparisons) evaluated on generated
 * amounts, against an oracle that computes the same expression with decimal.js directly
 * (docs/engine.md §2): the engine's amount, or its error (`LK7008` for a result that is not a
 * whole number of øre, `LK7004` for division by zero), value for value — on the fast path
 * (amounts as integer øre, leaving for decimal.js where it cannot be exact) and on the
 * decimal path alone.
 */
const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
type Decimal = InstanceType<typeof Decimal>;

type Expr =
  | { readonly kind: 'input'; readonly name: 'a' | 'b' | 'c' }
  | { readonly kind: 'literal'; readonly øre: number }
  | { readonly kind: 'add' | 'subtract'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'times-integer' | 'times-decimal' | 'divide-integer'; readonly left: Expr }
  | { readonly kind: 'round'; readonly value: Expr; readonly stepØre: number; readonly mode: Mode }
  | { readonly kind: 'max' | 'min'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'if-greater'; readonly left: Expr; readonly right: Expr; readonly then: Expr; readonly otherwise: Expr };

const modes = ['halv_opp', 'halv_ned', 'halv_partall', 'opp', 'ned'] as const;
type Mode = (typeof modes)[number];
const roundings: Record<Mode, DecimalBase.Rounding> = {
  halv_opp: Decimal.ROUND_HALF_UP,
  halv_ned: Decimal.ROUND_HALF_DOWN,
  halv_partall: Decimal.ROUND_HALF_EVEN,
  opp: Decimal.ROUND_UP,
  ned: Decimal.ROUND_DOWN,
};

/**
 * Amounts in øre below 10¹² kr: small ones (where rounding and øre matter), round ones (half
 * of a rounding step: the ties that tell the rounding modes apart), and any.
 */
const øre = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: 2000 }).map((k) => k * 50),
  fc.integer({ min: 0, max: 99_999_999_999_999 }),
);

const expr: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<Expr>({ kind: 'input', name: 'a' }, { kind: 'input', name: 'b' }, { kind: 'input', name: 'c' }),
    fc.integer({ min: 0, max: 1_000_000 }).map((n): Expr => ({ kind: 'literal', øre: n })),
    fc.record({ kind: fc.constantFrom('add' as const, 'subtract' as const), left: tie('expr'), right: tie('expr') }),
    fc.record({ kind: fc.constantFrom('times-integer' as const, 'times-decimal' as const, 'divide-integer' as const), left: tie('expr') }),
    fc.record({ kind: fc.constant('round' as const), value: tie('expr'), stepØre: fc.constantFrom(1, 5, 50, 100, 1000, 10_000, 3), mode: fc.constantFrom(...modes) }),
    fc.record({ kind: fc.constantFrom('max' as const, 'min' as const), left: tie('expr'), right: tie('expr') }),
    fc.record({ kind: fc.constant('if-greater' as const), left: tie('expr'), right: tie('expr'), then: tie('expr'), otherwise: tie('expr') }),
  ),
})).expr;

/** An amount in øre as a rule literal: `1234,56 kr`. */
function literal(n: number): string {
  const text = (n / 100).toFixed(2).replace('.', ',');
  return `${text.replace(/,00$/, '')} kr`;
}

function source(e: Expr): string {
  switch (e.kind) {
    case 'input':
      return e.name;
    case 'literal':
      return literal(e.øre);
    case 'add':
      return `(${source(e.left)} + ${source(e.right)})`;
    case 'subtract':
      return `(${source(e.left)} - ${source(e.right)})`;
    case 'times-integer':
      return `(${source(e.left)} * n)`;
    case 'times-decimal':
      return `(${source(e.left)} * t)`;
    case 'divide-integer':
      return `(${source(e.left)} / n)`;
    case 'round':
      return `avrund(${source(e.value)}, ${literal(e.stepØre)}, ${e.mode})`;
    case 'max':
      return `maks(${source(e.left)}, ${source(e.right)})`;
    case 'min':
      return `min(${source(e.left)}, ${source(e.right)})`;
    case 'if-greater':
      return `(hvis ${source(e.left)} > ${source(e.right)} så ${source(e.then)} ellers ${source(e.otherwise)})`;
  }
}

interface Case {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly n: number;
  readonly t: string;
}

class DivisionByZero extends Error {}

/** The oracle: the expression computed with decimal.js, operation by operation. */
function reference(e: Expr, c: Case): Decimal {
  switch (e.kind) {
    case 'input':
      return new Decimal(c[e.name]).div(100);
    case 'literal':
      return new Decimal(e.øre).div(100);
    case 'add':
      return reference(e.left, c).plus(reference(e.right, c));
    case 'subtract':
      return reference(e.left, c).minus(reference(e.right, c));
    case 'times-integer':
      return reference(e.left, c).times(c.n);
    case 'times-decimal':
      return reference(e.left, c).times(new Decimal(c.t));
    case 'divide-integer': {
      const value = reference(e.left, c);
      if (c.n === 0) throw new DivisionByZero();
      return value.div(c.n);
    }
    case 'round': {
      const step = new Decimal(e.stepØre).div(100);
      return reference(e.value, c).div(step).toDecimalPlaces(0, roundings[e.mode]).mul(step);
    }
    case 'max':
    case 'min': {
      const left = reference(e.left, c);
      const right = reference(e.right, c);
      // The first of equals (docs/language.md): only a strictly larger (smaller) right side wins.
      return (e.kind === 'max' ? right.gt(left) : right.lt(left)) ? right : left;
    }
    case 'if-greater':
      return reference(e.left, c).gt(reference(e.right, c)) ? reference(e.then, c) : reference(e.otherwise, c);
  }
}

/** What the engine should give: the amount with two decimals, or the error's code. */
function expected(e: Expr, c: Case): string {
  let value: Decimal;
  try {
    value = reference(e, c);
  } catch (error) {
    if (error instanceof DivisionByZero) return 'LK7004';
    throw error;
  }
  if (value.decimalPlaces() > 2) return 'LK7008';
  return value.isZero() ? '0.00' : value.toFixed(2);
}

/** An amount in øre as a decimal string of kroner, by integer arithmetic: `12345` → `"123.45"`. */
function kroner(n: number): string {
  return `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, '0')}`;
}

/** The engine's result: by default with amounts in øre where that is exact, with `fastPath: false` by decimal.js alone. */
function actual(text: string, c: Case, fastPath = true): string {
  // `b` as a JSON number, as a client may send it (read from its shortest decimal text).
  const input = { dag: '2024-01-01', a: kroner(c.a), b: Number(kroner(c.b)), c: kroner(c.c), n: c.n, t: c.t };
  try {
    return evaluate(rules(text), input, { fastPath }).values['r'] as string;
  } catch (error) {
    if (error instanceof EvaluationError) return error.code;
    throw error;
  }
}

const cases = fc.record({
  a: øre,
  b: øre,
  c: øre,
  // Small factors and divisors (0 among them: division by zero) often, any now and then.
  n: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -1000, max: 1000 })),
  t: fc.oneof(fc.integer({ min: -50, max: 50 }).map(String), fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 0, max: 9999 })).map(([w, f]) => `${w}.${String(f).padStart(4, '0')}`)),
});

/** The text of a rule set whose output `r` is the expression. */
function ruleText(e: Expr): string {
  return `kilde k "Kilde"
inndata { dag: dato (vurderingstidspunkt), a: beløp, b: beløp, c: beløp, n: heltall, t: tall }
utdata r
regel r: beløp  (kilde k)
  = ${source(e)}
`;
}

/** Each property compiles hundreds of small rule sets: generous, for a busy machine (1–3 s alone). */
const timeout = 60_000;

describe('amount arithmetic against decimal.js', () => {
  it('rounds an amount to a step in every mode as decimal.js does, ties included', { timeout }, () => {
    const steps = [1, 3, 5, 50, 100, 1000, 10_000];
    const rounded = fc.record({ stepØre: fc.constantFrom(...steps), mode: fc.constantFrom(...modes), input: fc.constantFrom<'a' | 'b' | 'c'>('a', 'b', 'c'), divided: fc.boolean() });
    fc.assert(
      fc.property(rounded, cases, ({ stepØre, mode, input, divided }, c) => {
        // `avrund(a / n, …)`: a share that is not a whole number of øre, rounded (the fast path rounds the exact quotient).
        const value: Expr = divided ? { kind: 'divide-integer', left: { kind: 'input', name: input } } : { kind: 'input', name: input };
        const e: Expr = { kind: 'round', value, stepØre, mode };
        expect(actual(ruleText(e), c)).toBe(expected(e, c));
        expect(actual(ruleText(e), c, false)).toBe(expected(e, c));
      }),
      { numRuns: 600 },
    );
  });

  it('gives the amount decimal.js gives, or the error, for generated rules and cases', { timeout }, () => {
    const outcomes = { amount: 0, LK7008: 0, LK7004: 0 };
    fc.assert(
      fc.property(expr, cases, (e, c) => {
        const want = expected(e, c);
        // Both paths: integer øre where exact (docs/engine-design.md §2), and decimal.js alone.
        expect(actual(ruleText(e), c)).toBe(want);
        expect(actual(ruleText(e), c, false)).toBe(want);
        outcomes[want === 'LK7008' || want === 'LK7004' ? want : 'amount']++;
      }),
      { numRuns: 500 },
    );
    // Every kind of outcome occurs: a property that compared only errors would prove nothing.
    expect(outcomes.amount).toBeGreaterThan(100);
    expect(outcomes.LK7008).toBeGreaterThan(0);
    expect(outcomes.LK7004).toBeGreaterThan(0);
  });
});
