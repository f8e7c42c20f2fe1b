import { EvaluationError } from './errors';
import { Decimal, isDecimal, Undetermined, valuesEqual, ZERO, type Value } from './values';

/**
 * The operators of the language on runtime values (docs/language.md §3). Whole numbers are
 * JavaScript integers, amounts and decimals are exact `Decimal`s; an undetermined operand
 * makes the result undetermined.
 */

function undetermined(a: Value, b: Value): Undetermined | undefined {
  const ua = a instanceof Undetermined ? a : undefined;
  const ub = b instanceof Undetermined ? b : undefined;
  return ua || ub ? Undetermined.merge(ua, ub) : undefined;
}

export function toDecimal(value: Value): Decimal {
  return typeof value === 'number' ? new Decimal(value) : (value as Decimal);
}

export function add(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  const u = undetermined(a, b);
  if (u) return u;
  if (Array.isArray(a)) return [...a, ...(b as Value[])];
  return toDecimal(a).plus(toDecimal(b));
}

export function subtract(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return undetermined(a, b) ?? toDecimal(a).minus(toDecimal(b));
}

export function multiply(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return a * b;
  return undetermined(a, b) ?? toDecimal(a).times(toDecimal(b));
}

export function divide(a: Value, b: Value): Value {
  const u = undetermined(a, b);
  if (u) return u;
  const divisor = toDecimal(b);
  if (divisor.isZero()) throw new EvaluationError('LK7004', 'Deling med null');
  return toDecimal(a).div(divisor);
}

export function negate(a: Value): Value {
  if (typeof a === 'number') return -a;
  return a instanceof Undetermined ? a : (a as Decimal).neg();
}

/** Compares numbers, amounts, dates or months: negative, zero or positive. */
export function compare(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  return toDecimal(a).cmp(toDecimal(b));
}

export function ordering(operator: '<' | '<=' | '>' | '>=', a: Value, b: Value): Value {
  const u = undetermined(a, b);
  if (u) return u;
  const c = compare(a, b);
  switch (operator) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

export function equals(a: Value, b: Value): Value {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return false;
  return undetermined(a, b) ?? valuesEqual(a, b);
}

export function contains(list: Value, item: Value): Value {
  const u = undetermined(list, item);
  if (u) return u;
  for (const element of list as Value[]) if (element === item || valuesEqual(element, item)) return true;
  return false;
}

/**
 * Kleene logic: `usann og ubestemt` is `usann`, `sann eller ubestemt` is `sann`. The
 * compiled code skips evaluating the right side when the left decides.
 */
export function and(a: Value, b: Value): Value {
  if (a === false || b === false) return false;
  return undetermined(a, b) ?? true;
}

export function or(a: Value, b: Value): Value {
  if (a === true || b === true) return true;
  return undetermined(a, b) ?? false;
}

export function not(a: Value): Value {
  return a instanceof Undetermined ? a : !a;
}

export function maximum(values: readonly Value[], largest: boolean): Value {
  let result: Value | undefined;
  for (const value of values) {
    if (value instanceof Undetermined) return value;
    if (result === undefined || (largest ? compare(value, result) > 0 : compare(value, result) < 0)) result = value;
  }
  if (result === undefined) throw new EvaluationError('LK7001', `${largest ? 'maks' : 'min'}(…) av en tom liste har ingen verdi`);
  return result;
}

export function sum(values: readonly Value[], integer: boolean): Value {
  if (integer) {
    let total = 0;
    for (const value of values) {
      if (value instanceof Undetermined) return value;
      total += value as number;
    }
    return total;
  }
  let total = ZERO;
  for (const value of values) {
    if (value instanceof Undetermined) return value;
    total = total.plus(isDecimal(value) ? value : toDecimal(value));
  }
  return total;
}
