/**
 * The one calendar of Lovkode (docs/values.md): ISO days (`YYYY-MM-DD`) and months
 * (`YYYY-MM`) in the proleptic Gregorian calendar, years 1–9999. Reading, arithmetic and
 * Norwegian names; no dependencies, so that the checker, the engine, the CLI, the review and
 * the editor's main thread all use these functions. ISO texts compare in time order.
 */

/** JSON Schema pattern of a day in the years 1–9999 (its existence is checked by `isIsoDate`, the `date` format). */
export const DATE_PATTERN = '^(?!0000)\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
/** JSON Schema pattern of a month in the years 1–9999. */
export const MONTH_PATTERN = '^(?!0000)\\d{4}-(0[1-9]|1[0-2])$';

/** Where `YYYY-MM-DD` and `YYYY-MM` have digits (constants: not an array made for every text read). */
const DATE_DIGITS: readonly number[] = [0, 1, 2, 3, 5, 6, 8, 9];
const MONTH_DIGITS: readonly number[] = [0, 1, 2, 3, 5, 6];

/** Days in a month, with leap years. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Is `text` written `YYYY-MM-DD` (whether or not that day exists)? */
export function looksLikeDate(text: string): boolean {
  return text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && allDigits(text, DATE_DIGITS);
}

/** Is `text` written `YYYY-MM` (whether or not that month exists)? */
export function looksLikeMonth(text: string): boolean {
  return text.length === 7 && text.charCodeAt(4) === 45 && allDigits(text, MONTH_DIGITS);
}

/** Is `text` a day written `YYYY-MM-DD` that exists in the calendar? */
export function isIsoDate(text: string): boolean {
  return looksLikeDate(text) && isValidDate(text);
}

/** Is `text` a month written `YYYY-MM` that exists? */
export function isIsoMonth(text: string): boolean {
  return looksLikeMonth(text) && isValidMonth(text);
}

/** Does a text of the form `YYYY-MM-DD` name a real day of the years 1–9999? */
export function isValidDate(iso: string): boolean {
  const year = yearOf(iso);
  const month = monthNumberOf(iso);
  const day = digits(iso, 8, 10);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Does a text of the form `YYYY-MM` name a real month of the years 1–9999? */
export function isValidMonth(iso: string): boolean {
  const month = monthNumberOf(iso);
  return yearOf(iso) >= 1 && month >= 1 && month <= 12;
}

/** The year of a day or month. */
export function yearOf(dateOrMonth: string): number {
  return digits(dateOrMonth, 0, 4);
}

/** The month number, 1–12, of a day or month. */
export function monthNumberOf(dateOrMonth: string): number {
  return digits(dateOrMonth, 5, 7);
}

/** The day of the month of a day. */
export function dayOf(date: string): number {
  return digits(date, 8, 10);
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function lastDayOf(month: string): string {
  return `${month}-${pad2(daysInMonth(yearOf(month), monthNumberOf(month)))}`;
}

/** Whole years on `on` for someone born on `born`: 0 on the day of birth; `undefined` before it. */
export function yearsBetween(born: string, on: string): number | undefined {
  if (on < born) return undefined;
  const years = yearOf(on) - yearOf(born);
  const onDay = monthNumberOf(on) * 100 + dayOf(on);
  const bornDay = monthNumberOf(born) * 100 + dayOf(born);
  return onDay < bornDay ? years - 1 : years;
}

export type CalendarUnit = 'dag' | 'måned' | 'år';

/**
 * A day or month moved by a whole number of calendar units. Months and years keep the day
 * of the month where it exists and otherwise take the last day of the month: 2024-01-31 +
 * 1 måned is 2024-02-29, 2024-02-29 + 1 år is 2025-02-28. `undefined` when the result falls
 * outside the years 1–9999. A month has no days to move by: the checker refuses `måned +
 * dager` (LK3003), and asking for it here is a programming error (a `RangeError`).
 */
export function shift(value: string, amount: number, unit: CalendarUnit): string | undefined {
  if (value.length === 7 && unit === 'dag') throw new RangeError(`a month (${value}) cannot be moved by days`);
  // Beyond the span of the calendar in any unit the result is outside it; checked first, so
  // that no arithmetic below meets a number too large to count in.
  if (Math.abs(amount) > calendarSpan[unit]) return undefined;
  const year = yearOf(value);
  const month = monthNumberOf(value);
  const months = unit === 'år' ? amount * 12 : amount;
  if (value.length === 7) return monthFromIndex(year * 12 + (month - 1) + months);
  const day = dayOf(value);
  if (unit === 'dag') return dateFromDayNumber(dayNumber(year, month, day) + amount);
  const shifted = monthFromIndex(year * 12 + (month - 1) + months);
  if (shifted === undefined) return undefined;
  return `${shifted}-${pad2(Math.min(day, daysInMonth(yearOf(shifted), monthNumberOf(shifted))))}`;
}

/** The years 1–9999 span fewer than this many of each unit. */
const calendarSpan: Record<CalendarUnit, number> = { dag: 3_652_425, måned: 120_000, år: 10_000 };

function monthFromIndex(index: number): string | undefined {
  const year = Math.floor(index / 12);
  if (year < 1 || year > 9999) return undefined;
  return `${pad4(year)}-${pad2((index % 12) + 1)}`;
}

/** Days since 0001-01-01 (day 0) of a real day, proleptic Gregorian: for distances between days. */
export function dayNumberOf(date: string): number {
  return dayNumber(yearOf(date), monthNumberOf(date), dayOf(date));
}

/** Days since 0001-01-01 (day 0), proleptic Gregorian. */
function dayNumber(year: number, month: number, day: number): number {
  const y = year - 1;
  let days = y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  for (let m = 1; m < month; m++) days += daysInMonth(year, m);
  return days + day - 1;
}

function dateFromDayNumber(number: number): string | undefined {
  // Start from an estimate of the year and correct it: years are 365 or 366 days.
  let year = Math.floor(number / 365.2425) + 1;
  while (year > 1 && dayNumber(year, 1, 1) > number) year--;
  while (dayNumber(year + 1, 1, 1) <= number) year++;
  if (number < 0 || year > 9999) return undefined;
  let rest = number - dayNumber(year, 1, 1);
  let month = 1;
  while (rest >= daysInMonth(year, month)) rest -= daysInMonth(year, month++);
  return `${pad4(year)}-${pad2(month)}-${pad2(rest + 1)}`;
}

const monthNames = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
/** Språkrådet's abbreviations, for narrow places (the editor's rate timeline). */
const shortMonthNames = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];

/** `2024-03-01` → `1. mars 2024` (`abbreviated`: `1. sep. 2024`); a text that is not a real day is returned as it is. */
export function norwegianDate(iso: string, abbreviated = false): string {
  if (!isIsoDate(iso)) return iso;
  return `${dayOf(iso)}. ${(abbreviated ? shortMonthNames : monthNames)[monthNumberOf(iso) - 1]} ${iso.slice(0, 4)}`;
}

/** `2024-03` → `mars 2024`; a text that is not a real month is returned as it is. */
export function norwegianMonth(iso: string): string {
  if (!isIsoMonth(iso)) return iso;
  return `${monthNames[monthNumberOf(iso) - 1]} ${iso.slice(0, 4)}`;
}

/** The number the digits `text[from..to)` spell (the text has the form checked above). */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

function allDigits(text: string, positions: readonly number[]): boolean {
  for (const i of positions) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}
