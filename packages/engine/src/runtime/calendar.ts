import { daysInMonth, type Ast } from '@lovkode/dsl';
import { Undetermined } from './values';

type DurationUnit = Ast.DurationUnit;

/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`) and months (`YYYY-MM`); strings compare in time order. */

/**
 * Age in whole years on `on` for someone born on `born` (`alder(fødselsdato, på)`): 0 on the
 * day of birth. Before the day of birth there is no age: the outcome is undetermined, with
 * the reason, never a negative number (docs/language.md, built-in functions).
 */
export function ageOn(born: string, on: string): number | Undetermined {
  if (on < born) return new Undetermined([notBornYet(born, on)]);
  const years = digits(on, 0, 4) - digits(born, 0, 4);
  const onDay = digits(on, 5, 7) * 100 + digits(on, 8, 10);
  const bornDay = digits(born, 5, 7) * 100 + digits(born, 8, 10);
  return onDay < bornDay ? years - 1 : years;
}

/** Why there is no age on `on` for someone born on `born`, later. */
function notBornYet(born: string, on: string): string {
  return `Alderen kan ikke regnes ut: fødselsdatoen ${born} er etter ${on}, datoen alderen regnes på`;
}

/** The number the digits `text[from..to)` spell (dates are validated `YYYY-MM-DD`). */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The last day of a month (`siste_dag`). */
export function lastDayOf(month: string): string {
  return `${month}-${pad2(daysInMonth(digits(month, 0, 4), digits(month, 5, 7)))}`;
}

/** The year (`år(d)`) of a date or month. */
export function yearOf(dateOrMonth: string): number {
  return digits(dateOrMonth, 0, 4);
}

/** The month number, 1–12 (`måned(d)`), of a date or month. */
export function monthNumberOf(dateOrMonth: string): number {
  return digits(dateOrMonth, 5, 7);
}

/**
 * A date or month moved by a whole number of calendar units (`d + 6 år`, `m - 1 måned`).
 * Months and years keep the day of the month where it exists and otherwise take the last day
 * of the month: 2024-01-31 + 1 måned is 2024-02-29, 2024-02-29 + 1 år is 2025-02-28. Days are
 * counted in the proleptic Gregorian calendar. A result outside the years 1–9999 has no date.
 */
export function shift(value: string, amount: number, unit: DurationUnit): string | Undetermined {
  // Beyond the span of the calendar in any unit the result is outside it; checked first, so
  // that no arithmetic below meets a number too large to count in.
  if (Math.abs(amount) > calendarSpan[unit]) return outOfCalendar(value, amount, unit);
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  if (value.length === 7) return monthFromIndex(year * 12 + (month - 1) + (unit === 'år' ? amount * 12 : amount), value, amount, unit);
  const day = digits(value, 8, 10);
  if (unit === 'dag') return dateFromDayNumber(dayNumber(year, month, day) + amount, value, amount, unit);
  const shifted = monthFromIndex(year * 12 + (month - 1) + (unit === 'år' ? amount * 12 : amount), value, amount, unit);
  if (shifted instanceof Undetermined) return shifted;
  const last = daysInMonth(digits(shifted, 0, 4), digits(shifted, 5, 7));
  return `${shifted}-${pad2(Math.min(day, last))}`;
}

function monthFromIndex(index: number, from: string, amount: number, unit: DurationUnit): string | Undetermined {
  const year = Math.floor(index / 12);
  if (year < 1 || year > 9999) return outOfCalendar(from, amount, unit);
  return `${pad4(year)}-${pad2((index % 12) + 1)}`;
}

/** Days since 0001-01-01 (day 0), proleptic Gregorian. */
function dayNumber(year: number, month: number, day: number): number {
  const y = year - 1;
  let days = y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  for (let m = 1; m < month; m++) days += daysInMonth(year, m);
  return days + day - 1;
}

function dateFromDayNumber(number: number, from: string, amount: number, unit: DurationUnit): string | Undetermined {
  // Start from an estimate of the year and correct it: years are 365 or 366 days.
  let year = Math.floor(number / 365.2425) + 1;
  while (year > 1 && dayNumber(year, 1, 1) > number) year--;
  while (dayNumber(year + 1, 1, 1) <= number) year++;
  if (number < 0 || year > 9999) return outOfCalendar(from, amount, unit);
  let rest = number - dayNumber(year, 1, 1);
  let month = 1;
  while (rest >= daysInMonth(year, month)) rest -= daysInMonth(year, month++);
  return `${pad4(year)}-${pad2(month)}-${pad2(rest + 1)}`;
}

/** The years 1–9999 span fewer than this many of each unit. */
const calendarSpan: Record<DurationUnit, number> = { dag: 3_652_425, måned: 120_000, år: 10_000 };

const plural: Record<DurationUnit, string> = { dag: 'dager', måned: 'måneder', år: 'år' };

function outOfCalendar(from: string, amount: number, unit: DurationUnit): Undetermined {
  const count = Math.abs(amount);
  return new Undetermined([`${from} ${amount < 0 ? '-' : '+'} ${count} ${count === 1 ? unit : plural[unit]} faller utenfor kalenderen (årene 1–9999)`]);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}
