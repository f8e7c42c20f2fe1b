import { divide, undetermined } from './operations.js';
import { Decimal, Undetermined, type Value } from './values.js';

/**
 * Amounts as integer numbers of øre: the fast path of evaluation (docs/engine-design.md §2).
 * Code generated for it holds every amount as a JavaScript integer (7 850 kr is 785000) and
 * calls these operations, which give exactly what decimal.js gives on the same amounts or,
 * where they cannot promise that — a fraction of an øre, a result past 2⁵³ øre, a product
 * with a decimal that is not a whole number of øre — leave the fast path (`LeaveFastPath`),
 * and the case is computed again with decimal.js, which gives the answer. Undetermined
 * operands make the result undetermined, as everywhere.
 */

/** Thrown by the fast path where it cannot be exact; never seen outside `evaluate`. */
export class LeaveFastPath {
  constructor(readonly why: string) {}
}

export function leave(why: string): never {
  throw new LeaveFastPath(why);
}

function safe(n: number): number {
  return Number.isSafeInteger(n) ? n : leave('over 2⁵³ øre');
}

/** The undetermined operand(s) of an operation on amounts in øre that did not get two numbers; anything else is a fault of the compiler, never a value. */
function notNumbers(a: Value, b: Value): Undetermined {
  const u = undetermined(a, b);
  if (u) return u;
  throw new Error(`Lovkode internal error: an operation on amounts in øre got ${typeof a} and ${typeof b}`);
}

/** `beløp + beløp`. */
export function addOre(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return safe(a + b);
  return notNumbers(a, b);
}

/** `beløp - beløp`. */
export function subtractOre(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return safe(a - b);
  return notNumbers(a, b);
}

/** `sum` of amounts: one step of the fold (the first undetermined value decides, as `addAmount`). */
export function sumOre(total: Value, value: Value): Value {
  if (total instanceof Undetermined) return total;
  if (value instanceof Undetermined) return value;
  return safe((total as number) + (value as number));
}

/**
 * `beløp * heltall` or `heltall * beløp`. A product past 2⁵³ is not a safe integer in
 * JavaScript (its float is at least 2⁵³), so a safe result is the exact product.
 */
export function multiplyOre(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return safe(a * b);
  return notNumbers(a, b);
}

/** `beløp * tall` (either order): exact when the product is a whole number of øre. */
export function multiplyOreDecimal(amount: Value, factor: Value): Value {
  const u = undetermined(amount, factor);
  if (u) return u;
  return wholeOre((factor as Decimal).times(amount as number)) ?? leave('a product of an amount and a decimal that is not a whole number of øre');
}

/**
 * `beløp / heltall` or `beløp / tall`: an amount when the quotient is a whole number of øre
 * (decimal.js's quotient of `a/100 kr` by the divisor is then exactly it); division by zero
 * is the decimal path's error. A divisor that is a decimal (`tall`) leaves: its quotient is
 * rounded to 40 digits by decimal.js, and which way is decimal.js's to say.
 */
export function divideOre(amount: Value, divisor: Value): Value {
  const u = undetermined(amount, divisor);
  if (u) return u;
  if (typeof divisor !== 'number' || divisor === 0) return leave('division by a decimal or by zero');
  const a = amount as number;
  return a % divisor === 0 ? safe(a / divisor) : leave('a quotient that is not a whole number of øre');
}

/** `beløp / beløp`: a decimal, the same quotient decimal.js gives of the amounts in kroner. */
export function divideOreByOre(a: Value, b: Value): Value {
  const u = undetermined(a, b);
  if (u) return u;
  return divide(new Decimal(a as number), new Decimal(b as number));
}

/**
 * `avrund(a / n, steg, modus)` in øre: the rational `a / n` (n = 1 for `avrund(a, …)`)
 * rounded to a multiple of `step` in the mode, exactly, with integers. decimal.js computes
 * `a / n` and its quotient by the step to 40 significant digits before it rounds; below 2⁵³
 * øre, such a quotient is never within 10⁻¹⁶ of a whole number or a half without being one, far
 * more than those 40 digits can move it, so both round the same way.
 */
export function roundOre(a: Value, n: Value, step: Value, mode: Value | undefined): Value {
  if (a instanceof Undetermined || n instanceof Undetermined || step instanceof Undetermined) {
    return Undetermined.merge(undetermined(a, n), step instanceof Undetermined ? step : undefined);
  }
  if (typeof n !== 'number' || typeof step !== 'number' || n === 0 || step === 0) return leave('avrund with a zero or decimal divisor or step');
  let numerator = a as number;
  let denominator = safe(n * step);
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  let quotient = Math.trunc(numerator / denominator);
  let remainder = numerator - quotient * denominator;
  // The float division may be one off near a whole number; the remainder says which way.
  while (remainder !== 0 && Math.sign(remainder) !== Math.sign(numerator)) {
    quotient += numerator < 0 ? 1 : -1;
    remainder = numerator - quotient * denominator;
  }
  while (Math.abs(remainder) >= denominator) {
    quotient += numerator < 0 ? -1 : 1;
    remainder = numerator - quotient * denominator;
  }
  const away = awayFromZero(mode as string, Math.abs(remainder) * 2, denominator, quotient);
  const rounded = away ? quotient + (numerator < 0 ? -1 : 1) : quotient;
  return safe(rounded * step);
}

/** Whether a quotient truncated toward zero moves one away from zero in a mode, given twice the remainder. */
function awayFromZero(mode: string, twiceRemainder: number, denominator: number, truncated: number): boolean {
  if (twiceRemainder === 0) return false;
  switch (mode) {
    case 'ned':
      return false;
    case 'opp':
      return true;
    case 'halv_ned':
      return twiceRemainder > denominator;
    case 'halv_partall':
      return twiceRemainder > denominator || (twiceRemainder === denominator && truncated % 2 !== 0);
    default:
      // `halv_opp`, and what `roundToStep` reads as it.
      return twiceRemainder >= denominator;
  }
}

/**
 * An amount in kroner as øre, if it is a whole number of øre below 2⁵³. An amount of at least
 * 1 and under 10 000 000 kroner (or zero) is read from the documented read-only properties of
 * a decimal.js value, as `commonAmount` writes it: `d`, its digits in words of seven (the
 * first word the whole kroner), `e`, its exponent, `s`, its sign; any other by arithmetic.
 */
export function oreOf(amount: Decimal): number | undefined {
  const { d, e, s } = amount;
  if (d && e >= 0 && e <= 6 && d.length <= 2) {
    const fraction = d.length === 2 ? (d[1] as number) : 0;
    if (fraction % 100_000 !== 0) return undefined;
    const øre = (d[0] as number) * 100 + fraction / 100_000;
    return s < 0 ? -øre || 0 : øre;
  }
  return wholeOre(amount.times(100));
}

/** A decimal number of øre as a number, if it is whole and below 2⁵³. */
function wholeOre(øre: Decimal): number | undefined {
  if (!øre.isInteger()) return undefined;
  const n = øre.toNumber();
  return Number.isSafeInteger(n) ? n || 0 : undefined;
}

/**
 * An amount in øre as a result writes it: `"7850.00"`, `"-12.50"`, `"0.00"` — the text the
 * decimal path writes for the same amount.
 */
export function oreText(øre: number): string {
  return oreDigits(øre, RESULT);
}

/**
 * An amount in øre as a `forklaring` shows it: the text `money.format` makes of the text
 * `oreText` writes (`"−1 234 567,89 kr"`, digits grouped by `group`), made straight from the
 * øre without that text between (a traced evaluation shows about 23 amounts; a test checks it
 * against `money.format(oreText(…))`).
 */
export function oreShown(øre: number, group: string): string {
  return oreDigits(øre, group === ' ' ? SHOWN : { ...SHOWN, separator: group });
}

/** How `oreDigits` writes an amount: the tables of its digits, by the øre and by the groups of kroner. */
interface OreWriting {
  readonly minus: string;
  /** The øre, with what comes before and after them (`.05`, `,05 kr`). */
  readonly hundredths: readonly string[];
  /** The kroner are written `base` at a time (100 or 1 000), each group from `groups`, `separator` before it. */
  readonly base: number;
  readonly groups: readonly string[];
  readonly separator: string;
  /** The first group, without leading zeros. */
  readonly first: readonly string[];
}

/**
 * The digits of an amount in øre, a group at a time from tables: JavaScript's own writing of a
 * number as text is slow for an integer held as a double, as computed amounts often are (two to
 * three times as long).
 */
function oreDigits(øre: number, how: OreWriting): string {
  const negative = øre < 0;
  const abs = negative ? -øre : øre;
  let kroner = Math.floor(abs / 100);
  let text = how.hundredths[abs - kroner * 100] as string;
  while (kroner >= how.base) {
    const rest = Math.floor(kroner / how.base);
    text = how.separator + (how.groups[kroner - rest * how.base] as string) + text;
    kroner = rest;
  }
  text = (how.first[kroner] as string) + text;
  return negative ? how.minus + text : text;
}

/** `,00 kr` … `,99 kr`, by the øre of an amount. */
const COMMA_HUNDREDTHS: readonly string[] = Array.from({ length: 100 }, (_, i) => `,${i < 10 ? '0' : ''}${i} kr`);
/** `000` … `999`. */
const THREE_DIGITS: readonly string[] = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/** `.00` … `.99`, by the øre of an amount. */
const HUNDREDTHS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? '.0' : '.') + i);
/** `00` … `99`. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);
/** `0` … `99`. */
const NUMBERS: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i));
/** `0` … `999`. */
const NUMBERS_TO_999: readonly string[] = Array.from({ length: 1000 }, (_, i) => String(i));

/** A result's text: `-1234567.89`. */
const RESULT: OreWriting = { minus: '-', hundredths: HUNDREDTHS, base: 100, groups: TWO_DIGITS, separator: '', first: NUMBERS };
/** A `forklaring`'s, with spaces between the groups: `−1 234 567,89 kr`. */
const SHOWN: OreWriting = { minus: '−', hundredths: COMMA_HUNDREDTHS, base: 1000, groups: THREE_DIGITS, separator: ' ', first: NUMBERS_TO_999 };
