import { Decimal as DecimalBase } from 'decimal.js';

/**
 * Runtime values of the rule language (docs/engine.md §2). Amounts and decimals are exact
 * decimals; no JavaScript floating-point number ever holds money.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

/** "This needs an individual assessment": an outcome that is not a number. */
export class Undetermined {
  constructor(readonly reasons: readonly string[]) {}

  static merge(a: Undetermined | undefined, b: Undetermined | undefined): Undetermined {
    if (!a) return b as Undetermined;
    if (!b) return a;
    return new Undetermined([...new Set([...a.reasons, ...b.reasons])]);
  }
}

export type RecordValue = { readonly [field: string]: Value };

export type Value = Decimal | number | boolean | string | readonly Value[] | RecordValue | Undetermined;

export function isUndetermined(value: unknown): value is Undetermined {
  return value instanceof Undetermined;
}

export function isDecimal(value: unknown): value is Decimal {
  return value instanceof Decimal;
}

export const ZERO = new Decimal(0);

/** Structural equality of runtime values (amounts by value, `7850` equals `7850.00`). */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (isDecimal(a)) return isDecimal(b) ? a.eq(b) : typeof b === 'number' && a.eq(b);
  if (isDecimal(b)) return typeof a === 'number' && b.eq(a);
  if (isUndetermined(a) || isUndetermined(b)) return isUndetermined(a) && isUndetermined(b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => valuesEqual(x, b[i] as Value));
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && valuesEqual((a as RecordValue)[k] as Value, (b as RecordValue)[k] as Value));
  }
  return false;
}
