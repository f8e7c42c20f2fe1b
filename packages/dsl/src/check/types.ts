import type { EnumSymbol, RecordSymbol } from './symbols.js';

/** The types of the rule language (docs/language.md §3). */
export type Type =
  | { readonly kind: 'money' }
  | { readonly kind: 'decimal' }
  | { readonly kind: 'integer' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'text' }
  | { readonly kind: 'date' }
  | { readonly kind: 'month' }
  | { readonly kind: 'list'; readonly element: Type }
  | { readonly kind: 'enum'; readonly symbol: EnumSymbol }
  | { readonly kind: 'record'; readonly symbol: RecordSymbol }
  /** The type of `ubestemt` and of the elements of `[]`: fits wherever a type is expected. */
  | { readonly kind: 'undetermined' }
  /** The type of an expression that already has an error; never reported again. */
  | { readonly kind: 'error' };

export const moneyType: Type = { kind: 'money' };
export const decimalType: Type = { kind: 'decimal' };
export const integerType: Type = { kind: 'integer' };
export const booleanType: Type = { kind: 'boolean' };
export const textType: Type = { kind: 'text' };
export const dateType: Type = { kind: 'date' };
export const monthType: Type = { kind: 'month' };
export const undeterminedType: Type = { kind: 'undetermined' };
export const errorType: Type = { kind: 'error' };

export function listOf(element: Type): Type {
  return { kind: 'list', element };
}

export function isNumeric(type: Type): boolean {
  return type.kind === 'integer' || type.kind === 'decimal';
}

/** Types that stop further reports: an earlier error, or a value of any type. */
export function isWildcard(type: Type): boolean {
  return type.kind === 'error' || type.kind === 'undetermined';
}

export function sameType(a: Type, b: Type): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'list':
      return sameType(a.element, (b as typeof a).element);
    case 'enum':
    case 'record':
      return a.symbol === (b as typeof a).symbol;
    default:
      return true;
  }
}

/** Can a value of type `actual` be used where `expected` is required? */
export function isAssignable(actual: Type, expected: Type): boolean {
  if (isWildcard(actual) || isWildcard(expected)) return true;
  if (actual.kind === 'integer' && expected.kind === 'decimal') return true;
  if (actual.kind === 'list' && expected.kind === 'list') return isAssignable(actual.element, expected.element);
  return sameType(actual, expected);
}

/** The common type of two branches or list items, or undefined if they have none. */
export function commonType(a: Type, b: Type): Type | undefined {
  if (a.kind === 'error' || b.kind === 'error') return errorType;
  if (a.kind === 'undetermined') return b;
  if (b.kind === 'undetermined') return a;
  if (a.kind === 'list' && b.kind === 'list') {
    const element = commonType(a.element, b.element);
    return element && listOf(element);
  }
  if (isAssignable(a, b)) return b;
  if (isAssignable(b, a)) return a;
  return undefined;
}

/** The type as a jurist writes it in a rule file. */
export function typeName(type: Type): string {
  switch (type.kind) {
    case 'money':
      return 'beløp';
    case 'decimal':
      return 'tall';
    case 'integer':
      return 'heltall';
    case 'boolean':
      return 'sannhetsverdi';
    case 'text':
      return 'tekst';
    case 'date':
      return 'dato';
    case 'month':
      return 'måned';
    case 'list':
      return `liste av ${typeName(type.element)}`;
    case 'enum':
    case 'record':
      return type.symbol.name;
    case 'undetermined':
      return 'ubestemt';
    case 'error':
      return 'ukjent type';
  }
}
