/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`) and months (`YYYY-MM`); strings compare in time order. */

/** Age in whole years on `on` for someone born on `born`. */
export function ageOn(born: string, on: string): number {
  const years = digits(on, 0, 4) - digits(born, 0, 4);
  const onDay = digits(on, 5, 7) * 100 + digits(on, 8, 10);
  const bornDay = digits(born, 5, 7) * 100 + digits(born, 8, 10);
  return onDay < bornDay ? years - 1 : years;
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
