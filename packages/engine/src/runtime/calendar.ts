import { Undetermined } from './values';

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
