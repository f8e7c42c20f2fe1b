import { EvaluationError } from '../runtime/errors.js';
import { Decimal, isDecimal, type Value } from '../runtime/values.js';
import { expected } from '../schema/messages.js';
import { plain, type JsonSchema, type JsonValue, type ScalarCodec } from './codec.js';
import { AMOUNT_LIMIT, MAX_AMOUNT_DIGITS, MAX_DECIMAL_STRING_LENGTH, MONEY_DECIMALS, MONEY_KEYWORD } from './limits.js';
import { decimalOf, notANumber } from './decimal.js';
import { formatNumber, numberLiteral } from './numbers.js';

const MONEY_PATTERN = `^0*\\d{1,${MAX_AMOUNT_DIGITS}}(\\.\\d{1,2})?$`;
const SIGNED_MONEY_PATTERN = `^-?0*\\d{1,${MAX_AMOUNT_DIGITS}}(\\.\\d{1,2})?$`;

/** `beløp`: an exact amount in kroner, written with two decimals (docs/engine.md §2). */
export const money: ScalarCodec = {
  name: 'beløp',

  schema: (negativeAllowed) => {
    const number: JsonSchema = negativeAllowed
      ? { type: 'number', exclusiveMinimum: -AMOUNT_LIMIT, exclusiveMaximum: AMOUNT_LIMIT }
      : { type: 'number', minimum: 0, exclusiveMaximum: AMOUNT_LIMIT };
    const string: JsonSchema = { type: 'string', pattern: negativeAllowed ? SIGNED_MONEY_PATTERN : MONEY_PATTERN, maxLength: MAX_DECIMAL_STRING_LENGTH };
    return { anyOf: [number, string], [MONEY_KEYWORD]: { maxDecimals: MONEY_DECIMALS, negativeAllowed } };
  },

  // `format: decimal` lets client generators (Java/Kotlin) map the decimal string to BigDecimal.
  resultSchema: () => ({ type: 'string', format: 'decimal', pattern: '^-?\\d+\\.\\d{2}$', description: 'Beløp i kroner med to desimaler, f.eks. "16550.00"' }),

  describes: (node) => MONEY_KEYWORD in node,

  describe: (negativeAllowed) =>
    negativeAllowed
      ? 'Beløp i kroner, kan være negativt, under 1 000 000 000 000 kr i absoluttverdi; et tall eller en desimaltekst med høyst to desimaler, f.eks. "12.50"'
      : 'Beløp i kroner, ikke negativt, under 1 000 000 000 000 kr; et tall eller en desimaltekst med høyst to desimaler, f.eks. "12.50"',

  violation: (data, node) => plain(moneyMessage(data, (node[MONEY_KEYWORD] as { negativeAllowed?: boolean } | undefined)?.negativeAllowed === true)),

  read: (json) => (typeof json === 'string' ? decimalOf(json) : new Decimal(json as number)),

  write: (value, strict) => amountJson(value, strict),

  format: (json, style) => `${formatNumber(String(json), 2, style.group)} kr`,

  literal: (json) => {
    const [whole = '0', fraction = ''] = String(json).split('.');
    const cents = /^0*$/.test(fraction) ? '' : fraction.padEnd(2, '0');
    return `${numberLiteral(cents ? `${whole}.${cents}` : whole)} kr`;
  },
};

/** A runtime value is an amount here only because its type says so; anything else is a bug. */
function amountJson(value: Value, strict: boolean): JsonValue {
  if (!isDecimal(value)) return value as JsonValue;
  const common = commonAmount(value);
  if (common !== undefined) return common;
  const text = value.toString();
  if (!text.includes('e')) {
    const dot = text.indexOf('.');
    if (dot < 0) return `${text}.00`;
    const places = text.length - dot - 1;
    if (places === 2) return text;
    if (places === 1) return `${text}0`;
  } else if (value.decimalPlaces() <= 2) {
    return value.toFixed(2);
  }
  if (!strict) return text;
  throw new EvaluationError('LK7008', `Beløpet ${text} er ikke et helt antall øre; rund av med avrund(…) i reglene`);
}

/**
 * The two-decimal text of zero or of an amount of at least 1 and under 10 000 000 (kroner) in
 * whole øre, from the documented read-only properties of a decimal.js value: `d`, its digits
 * in words of seven, `e`, its exponent, and `s`, its sign. Such an amount is one word before
 * the decimal point and at most one after it (`984.5` is `d = [984, 5000000]`, `e = 2`).
 * Anything else, `undefined`. (The amounts of a result are written out for every case;
 * `toFixed(2)` and `decimalPlaces()` each cost as much again.)
 */
export function commonAmount(value: Decimal): string | undefined {
  const { d, e, s } = value;
  if (!d || e < 0 || e > 6 || d.length > 2) return undefined;
  const whole = d[0] as number;
  if (whole === 0) return '0.00';
  const sign = s < 0 ? '-' : '';
  if (d.length === 1) return `${sign}${whole}.00`;
  const fraction = d[1] as number;
  if (fraction % 100_000 !== 0) return undefined;
  const cents = fraction / 100_000;
  return `${sign}${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

/**
 * An amount's JSON as integer øre, for the fast path's reader (compile/input-reader.ts): the
 * øre of what `read` gives (`oreOf`, which makes a negative zero zero), when the JSON is
 * certainly an amount the schema above accepts; `undefined` when it is not, and for a text of
 * more than 16 characters (leading zeros), which the general path judges.
 */
export function moneyInOre(json: unknown, negativeAllowed: boolean): number | undefined {
  if (typeof json === 'number') {
    if (!(json < AMOUNT_LIMIT) || !(negativeAllowed ? json > -AMOUNT_LIMIT : json >= 0)) return undefined;
    // Below 10¹² kr the product is within a hundredth of an øre of the whole number it should be,
    // and the quotient gives the number back exactly when it has at most two decimals.
    const øre = Math.round(json * 100);
    return øre / 100 === json ? øre || 0 : undefined;
  }
  if (typeof json !== 'string' || json.length > 16) return undefined;
  return textInOre(json, negativeAllowed);
}

/** `-?digits(.d{1,2})?` below 10¹² kr, as øre. */
function textInOre(text: string, negativeAllowed: boolean): number | undefined {
  const negative = text.charCodeAt(0) === 45; /* - */
  if (negative && !negativeAllowed) return undefined;
  let i = negative ? 1 : 0;
  const start = i;
  let kroner = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    kroner = kroner * 10 + c;
  }
  if (i === start || kroner >= AMOUNT_LIMIT) return undefined;
  let øre = 0;
  if (i < text.length) {
    if (text.charCodeAt(i) !== 46 /* . */ || text.length - i - 1 < 1 || text.length - i - 1 > MONEY_DECIMALS) return undefined;
    const tenths = text.charCodeAt(i + 1) - 48;
    const hundredths = i + 2 < text.length ? text.charCodeAt(i + 2) - 48 : 0;
    if (tenths < 0 || tenths > 9 || hundredths < 0 || hundredths > 9) return undefined;
    øre = tenths * 10 + hundredths;
  }
  const total = kroner * 100 + øre;
  return negative ? -total || 0 : total;
}

function moneyMessage(data: unknown, negativeAllowed: boolean): string {
  const problems: string[] = [];
  if (typeof data === 'number') {
    if (!Number.isFinite(data)) return expected('et beløp', data);
    if (Math.abs(data) >= AMOUNT_LIMIT) return amountTooLarge(negativeAllowed);
    if (data < 0 && !negativeAllowed) problems.push('Beløpet kan ikke være negativt');
    if (decimalsOf(data) > MONEY_DECIMALS) problems.push('Beløpet kan ha høyst to desimaler (øre)');
  } else if (typeof data === 'string') {
    const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(data);
    if (!match) return notANumber(data, 'et gyldig beløp', '12.50');
    if ((match[2] as string).replace(/^0+(?=\d)/, '').length > MAX_AMOUNT_DIGITS) return amountTooLarge(negativeAllowed);
    if (data.length > MAX_DECIMAL_STRING_LENGTH) return 'Beløpet har for mange sifre';
    if (match[1] && !negativeAllowed) problems.push('Beløpet kan ikke være negativt');
    if ((match[3] ?? '').length > MONEY_DECIMALS) problems.push('Beløpet kan ha høyst to desimaler (øre)');
  } else {
    return expected('et beløp', data);
  }
  if (problems.length === 2) return 'Beløpet kan ikke være negativt og kan ha høyst to desimaler (øre)';
  return problems[0] ?? 'Ugyldig beløp';
}

/** Amounts are below 10¹² kr in absolute value (AMOUNT_LIMIT). */
function amountTooLarge(negativeAllowed: boolean): string {
  const bound = '999 999 999 999.99';
  return negativeAllowed ? `Beløpet er for stort; det må ligge mellom -${bound} og ${bound} kr` : `Beløpet er for stort; høyst ${bound} kr er tillatt`;
}

/** The number of decimals in the shortest decimal text of a number (`12.5` → 1, `1e-7` → 7). */
export function decimalsOf(n: number): number {
  const text = String(Math.abs(n));
  const [mantissa = '', exponent = '0'] = text.split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

