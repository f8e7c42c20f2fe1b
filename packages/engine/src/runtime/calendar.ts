/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`) and months (`YYYY-MM`); strings compare in time order. */

/** Age in whole years on `on` for someone born on `born`. */
export function ageOn(born: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
  return on.slice(5) < born.slice(5) ? years - 1 : years;
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}
