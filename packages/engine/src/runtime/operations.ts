import { EvaluationError } from './errors.js';
import { Decimal, isDecimal, Undetermined, valuesEqual, type Value } from './values.js';

/**
 * The operators of the language on runtime values (docs/language.md §3). Whole numbers are
 * JavaScript integers, amounts and decimals are exact `Decimal`s; an undetermined operand
 * makes the result undetermined.
 */

/** The undetermined operands of a binary operation, merged; undefined when both are values. */
export function undetermined(a: Value, b: Value): Undetermined | undefined {
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
    result = result === undefined ? value : extreme(result, value, largest);
  }
  if (result === undefined) throw new EvaluationError('LK7001', `${largest ? 'maks' : 'min'}(…) av en tom liste har ingen verdi`);
  return result;
}

/** `maks(a, b)` or `min(a, b)` of two values that are not undetermined; the first of equals. */
export function extreme(a: Value, b: Value, largest: boolean): Value {
  return (largest ? compare(b, a) > 0 : compare(b, a) < 0) ? b : a;
}

/** One step of an aggregation: the result so far and the next value give the new result. */
export type Step = (total: Value, value: Value) => Value;

/** `sum` of whole numbers; an undetermined value makes the sum undetermined (the first one). */
export const addInteger: Step = (total, value) =>
  total instanceof Undetermined ? total : value instanceof Undetermined ? value : (total as number) + (value as number);

/** `sum` of amounts or decimals, exactly. */
export const addAmount: Step = (total, value) =>
  total instanceof Undetermined ? total : value instanceof Undetermined ? value : (total as Decimal).plus(isDecimal(value) ? value : toDecimal(value));

/** `antall`: one more element, whatever its value. */
export const count: Step = (total) => (total instanceof Undetermined ? total : (total as number) + 1);

/**
 * `antall` of an element that may or may not count (its filter is undetermined), or of a list
 * that is undetermined: the count is undetermined, never a number that silently includes it.
 */
export const uncounted: Step = (total, unknown) => (total instanceof Undetermined ? total : unknown);

/** `liste`, and the values `maks`/`min` choose from: the values in order, in `total` (a new list per aggregation). */
export const collect: Step = (total, value) => {
  (total as Value[]).push(value);
  return total;
};

/**
 * `distinkte`: the value joins the list (`total`) unless an equal one is already there, so the
 * first of equal values is kept, in place. A value that is or holds an undetermined value makes
 * the result undetermined: whether it equals another is not known.
 */
export const distinct: Step = (total, value) => {
  if (total instanceof Undetermined) return total;
  const unknown = undeterminedIn(value);
  if (unknown) return unknown;
  const list = total as Value[];
  for (const item of list) if (item === value || valuesEqual(item, value)) return total;
  list.push(value);
  return total;
};

/** The first undetermined value in a value, its list items or its record fields. */
function undeterminedIn(value: Value): Undetermined | undefined {
  if (value instanceof Undetermined) return value;
  if (Array.isArray(value)) {
    for (const item of value as readonly Value[]) {
      const found = undeterminedIn(item);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && !isDecimal(value)) {
    for (const field of Object.values(value)) {
      const found = undeterminedIn(field as Value);
      if (found) return found;
    }
  }
  return undefined;
}
