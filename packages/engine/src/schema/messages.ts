/**
 * Plain Norwegian wording of input violations, shared by the schema validator and the check
 * of overrides so that one mistake reads the same wherever it is found.
 */
import { closestNames } from '@lovkode/dsl';

/** How much of a value a message quotes. */
const QUOTE_LIMIT = 40;

/** A value as a message quotes it: escaped, and shortened if long. */
export function quote(text: string): string {
  const escaped = JSON.stringify(text.length > QUOTE_LIMIT * 2 ? text.slice(0, QUOTE_LIMIT * 2) : text).slice(1, -1);
  return `«${escaped.length > QUOTE_LIMIT ? `${escaped.slice(0, QUOTE_LIMIT)}…` : escaped}»`;
}

/** What a value is, in words: «teksten «abc»», «tallet 5», «en liste» … */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'ingen verdi';
  switch (typeof value) {
    case 'boolean':
      return `sannhetsverdien ${value}`;
    case 'number':
      return Number.isFinite(value) ? `tallet ${String(value)}` : `et ugyldig tall (${String(value)})`;
    case 'string':
      return `teksten ${quote(value)}`;
    case 'object':
      return Array.isArray(value) ? 'en liste' : 'et objekt';
    default:
      return 'en verdi som ikke finnes i JSON';
  }
}

export function expected(what: string, value: unknown): string {
  return `Forventet ${what}, men fikk ${describeValue(value)}`;
}

export const missingField = (name: string): string => `Feltet ${quote(name)} mangler`;
export const emptyField = (name: string): string => `Feltet ${quote(name)} kan ikke være tomt`;
export const listTooLong = (length: number, limit: number): string => `Listen har for mange elementer (${length}); høyst ${limit} er tillatt`;
export const textTooLong = (length: number, limit: number): string => `Teksten er for lang (${length} tegn); høyst ${limit} er tillatt`;
export const tooManyFields = (count: number, limit: number): string => `Objektet har for mange felt (${count}); høyst ${limit} er tillatt`;

export function unknownField(name: string, known: readonly string[]): string {
  const suggestion = closest(name, known);
  return `Ukjent felt ${quote(name)}${suggestion === undefined ? '' : ` (mente du ${quote(suggestion)}?)`}`;
}

/** The known name nearest to `name`, if there is exactly one (the checker's own measure of nearness). */
export function closest(name: string, known: readonly string[]): string | undefined {
  const best = closestNames(name, known);
  return best.length === 1 ? best[0] : undefined;
}

/** A JSON pointer segment (`~` → `~0`, `/` → `~1`). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
