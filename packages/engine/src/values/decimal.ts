import { Decimal, isDecimal } from '../runtime/values.js';
import { expected, quote } from '../schema/messages.js';
import { plain, type JsonSchema, type JsonValue, type ScalarCodec } from './codec.js';
import { MAX_DECIMAL_STRING_LENGTH } from './limits.js';
import { formatNumber, isNorwegianNumber, numberLiteral } from './numbers.js';

const DECIMAL_PATTERN = '^-?\\d+(\\.\\d+)?$';
const DECIMAL_TEXT = new RegExp(DECIMAL_PATTERN);

/** `tall`: an exact decimal number, written as a decimal string. */
export const decimal: ScalarCodec = {
  name: 'tall',

  schema: () => {
    const branches: JsonSchema[] = [{ type: 'number' }, { type: 'string', pattern: DECIMAL_PATTERN, maxLength: MAX_DECIMAL_STRING_LENGTH }];
    return { anyOf: branches };
  },

  resultSchema: () => ({ type: 'string', format: 'decimal', pattern: DECIMAL_PATTERN, description: 'Tall som desimaltekst' }),

  describes: (node) => Array.isArray(node.anyOf) || node.type === 'number',

  describe: () => 'Tall; et tall eller en desimaltekst, f.eks. "0.5"',

  violation: (data) => {
    if (typeof data !== 'string') return plain(expected('et tall', data));
    if (!DECIMAL_TEXT.test(data)) return plain(notANumber(data, 'et gyldig tall', '0.5'));
    return plain('Tallet har for mange sifre');
  },

  read: (json) => (typeof json === 'string' ? decimalOf(json) : new Decimal(json as number)),

  write: (value) => (isDecimal(value) ? value.toString() : (value as JsonValue)),

  format: (json, style) => formatNumber(String(json), undefined, style.group),

  literal: (json) => numberLiteral(String(json)),
};

/**
 * A `tall`'s JSON as the decimal `read` gives, when the JSON is certainly one the schema above
 * accepts; otherwise `undefined` (the fast path's reader, compile/input-reader.ts).
 */
export function decimalOfJson(json: unknown): Decimal | undefined {
  if (typeof json === 'number') return Number.isFinite(json) ? new Decimal(json) : undefined;
  return typeof json === 'string' && json.length <= MAX_DECIMAL_STRING_LENGTH && DECIMAL_TEXT.test(json) ? decimalOf(json) : undefined;
}

/**
 * A decimal string as an exact `Decimal`. Whole amounts (`"11150"`, `"11150.00"`) are by far
 * the most common; as integers they take decimal.js's fast path, with the same value.
 */
export function decimalOf(text: string): Decimal {
  let whole = 0;
  let end = 0;
  for (; end < text.length && end < 8; end++) {
    const c = text.charCodeAt(end);
    if (c < 48 || c > 57) break;
    whole = whole * 10 + c - 48;
  }
  // Up to seven digits, then nothing or a point and only zeros.
  if (end === 0 || end > 7) return new Decimal(text);
  let rest = end;
  if (text.charCodeAt(end) === 46 /* . */) {
    rest++;
    while (rest < text.length && text.charCodeAt(rest) === 48) rest++;
  }
  if (rest === text.length) return new Decimal(whole);
  return new Decimal(text);
}

/** A string that is not a decimal: with a hint when it is written the Norwegian way (`1 234,50`). */
export function notANumber(data: string, what: string, example: string): string {
  const hint = isNorwegianNumber(data) ? `bruk punktum som desimaltegn og ingen mellomrom, f.eks. "${example}"` : `skriv f.eks. "${example}"`;
  return `${quote(data)} er ikke ${what}; ${hint}`;
}
