import { calendar, type Ast } from '@lovkode/dsl';
import { Undetermined } from './values.js';

type DurationUnit = Ast.DurationUnit;

/**
 * The calendar functions of the rule language at run time: the one calendar
 * (`@lovkode/dsl` calendar.ts, docs/values.md), with the reasons an outcome is
 * undetermined where the calendar has no answer.
 */

export const { firstDayOf, lastDayOf, monthOf, yearOf, monthNumberOf } = calendar;

/**
 * Age in whole years on `on` for someone born on `born` (`alder(fødselsdato, på)`): 0 on the
 * day of birth. Before the day of birth there is no age: the outcome is undetermined, with
 * the reason, never a negative number (docs/language.md, built-in functions).
 */
export function ageOn(born: string, on: string): number | Undetermined {
  return calendar.yearsBetween(born, on) ?? new Undetermined([`Alderen kan ikke regnes ut: fødselsdatoen ${born} er etter ${on}, datoen alderen regnes på`]);
}

/**
 * A date or month moved by a whole number of calendar units (`d + 6 år`, `m - 1 måned`); see
 * `calendar.shift`. A result outside the years 1–9999 has no date.
 */
export function shift(value: string, amount: number, unit: DurationUnit): string | Undetermined {
  return calendar.shift(value, amount, unit) ?? outOfCalendar(value, amount, unit);
}

const plural: Record<DurationUnit, string> = { dag: 'dager', måned: 'måneder', år: 'år' };

function outOfCalendar(from: string, amount: number, unit: DurationUnit): Undetermined {
  const count = Math.abs(amount);
  return new Undetermined([`${from} ${amount < 0 ? '-' : '+'} ${count} ${count === 1 ? unit : plural[unit]} faller utenfor kalenderen (årene 1–9999)`]);
}
