import { Decimal } from '../runtime/values.js';

/**
 * Is a JSON number literal read exactly by `JSON.parse`? A JSON number becomes a binary
 * double, which the engine reads back through its shortest decimal text (docs/engine.md §2).
 * That is the literal's own value when it has at most 15 significant digits and is within
 * the double's range; otherwise the caller would silently get another number
 * (`99999999999999.99` → `99999999999999.98`, `1e400` → `Infinity`, `1e-400` → `0`).
 */

/** Significant digits a double always holds exactly (DBL_DIG). */
export const EXACT_DIGITS = 15;

/** The smallest positive normal double (DBL_MIN); below it a double has fewer digits. */
const SMALLEST_NORMAL = 2.2250738585072014e-308;

/** How a number literal fails to be read exactly; `undefined` when it is read exactly. */
export type InexactNumber = 'too-many-digits' | 'too-large' | 'too-small';

/**
 * How a literal that the quick test (at most 15 digits, no exponent) could not clear is
 * read: exactly, or rounded, overflowed or underflowed.
 */
export function inexactNumber(literal: string): InexactNumber | undefined {
  const value = Number(literal);
  if (!Number.isFinite(value)) return 'too-large';
  const given = decimalForm(literal);
  if (value === 0) return given.digits === '' ? undefined : 'too-small';
  const read = decimalForm(String(value));
  if (read.digits === given.digits && read.exponent === given.exponent) return undefined;
  // Below the smallest normal double, precision is lost to the range, not to the digits.
  return Math.abs(value) < SMALLEST_NORMAL ? 'too-small' : 'too-many-digits';
}

/** A number's value as significant digits `d₁d₂…` and an exponent: 0.d₁d₂… × 10^exponent (sign left out). */
interface DecimalForm {
  readonly digits: string;
  readonly exponent: number;
}

function decimalForm(literal: string): DecimalForm {
  let text = literal.charCodeAt(0) === 45 /* - */ ? literal.slice(1) : literal;
  let exponent = 0;
  const e = text.search(/[eE]/);
  if (e >= 0) {
    exponent = Number(text.slice(e + 1));
    text = text.slice(0, e);
  }
  const point = text.indexOf('.');
  const wholeDigits = point < 0 ? text.length : point;
  const all = point < 0 ? text : text.slice(0, point) + text.slice(point + 1);
  let first = 0;
  while (first < all.length && all.charCodeAt(first) === 48 /* 0 */) first++;
  let end = all.length;
  while (end > first && all.charCodeAt(end - 1) === 48) end--;
  return { digits: all.slice(first, end), exponent: exponent + wholeDigits - first };
}

/** Longest decimal text a message suggests sending instead (the schema's limit for decimal strings). */
const MAX_SUGGESTION = 40;
/** How much of a long literal a message quotes. */
const MAX_SHOWN = 40;

/** The Norwegian message for a literal that is not read exactly. */
export function inexactNumberMessage(literal: string, problem: InexactNumber): string {
  const shown = literal.length > MAX_SHOWN ? `${literal.slice(0, MAX_SHOWN)}…` : literal;
  switch (problem) {
    case 'too-many-digits':
      return (
        `Tallet ${shown} har flere sifre enn et JSON-tall holder nøyaktig (høyst ${EXACT_DIGITS}) ` +
        `og ville blitt lest som ${String(Number(literal))}; ${suggestion(literal)}`
      );
    case 'too-large':
      return `Tallet ${shown} er for stort til å leses som et JSON-tall`;
    case 'too-small':
      return `Tallet ${shown} er for nær null til å leses nøyaktig som et JSON-tall (det ville blitt lest som ${String(Number(literal))})`;
  }
}

/** «send it as a decimal string: "…"», with the literal's plain decimal text when it is short enough. */
function suggestion(literal: string): string {
  const plain = new Decimal(literal).toFixed();
  if (plain.length > MAX_SUGGESTION) return 'send tallet som en desimaltekst i stedet';
  return `send tallet som en desimaltekst i stedet: "${plain}"`;
}
