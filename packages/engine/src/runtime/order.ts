import type { EnumSymbol, Type } from '@lovkode/dsl';
import { compare } from './operations.js';
import type { Value } from './values.js';

/**
 * The order of the keys a comprehension is ordered by (`etter`, docs/language.md §4): a
 * comparison that is negative when `a` comes first, zero for equal keys. Numbers and amounts
 * by value, dates and months by the calendar, texts by Unicode code points, an enumeration's
 * members in the order they are declared (a variant's added members after the rest).
 */
export type KeyOrder = (a: Value, b: Value) => number;

export function keyOrder(type: Type, members: (symbol: EnumSymbol) => Iterable<string>): KeyOrder {
  switch (type.kind) {
    case 'integer':
    case 'decimal':
    case 'money':
      return compare;
    case 'date':
    case 'month':
      // Written `YYYY-MM-DD` / `YYYY-MM` with four-digit years: the text order is the calendar's.
      return (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    case 'text':
      return (a, b) => compareCodePoints(a as string, b as string);
    case 'enum': {
      const index = new Map([...members(type.symbol)].map((name, i) => [name, i]));
      return (a, b) => (index.get(a as string) as number) - (index.get(b as string) as number);
    }
    default:
      throw new Error(`Lovkode internal error: no order of ${type.kind}`);
  }
}

/** Texts by Unicode code points (JavaScript's `<` compares UTF-16 code units, which differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(j) as number;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  // One is a prefix of the other: the shorter comes first.
  return i < a.length ? 1 : j < b.length ? -1 : 0;
}
