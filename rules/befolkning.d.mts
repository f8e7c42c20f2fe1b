/** Types of befolkning.mjs (the population module of the shipped rules, docs/review.md §4). */

export type Sivilstand = 'enslig' | 'ektepar_samboere' | 'bofellesskap';

/** One case: the input of `sosialtjenesteloven.vedtak` (rules/sosialtjenesteloven/soknad.lov). */
export interface Household {
  beregningsmåned: string;
  sivilstand: Sivilstand;
  voksne: Array<{ fødselsdato: string }>;
  barn: Array<{ fødselsdato: string }>;
  utgifter: Array<{ art: string; beløp: string }>;
  inntekter: Array<{ art: string; beløp: string }>;
  tungtveiende_grunner_mot_aktivitetsvilkår: boolean;
}

/** Counts and shares of a population, for `lovkode population --summary`. */
export interface Summary {
  readonly householdTypes: Record<string, number>;
  readonly adults: Record<string, number>;
  readonly children: Record<string, number>;
  readonly childAges: Record<string, number>;
  readonly housing: Record<string, number>;
  readonly incomes: Record<string, number>;
  readonly medianRent: number | undefined;
}

export const defaultPeriod: { readonly from: string; readonly to: string };
export function household(seed: number, index: number, period: { readonly from: string; readonly to: string }): Household;
export function householdType(input: unknown): string;
export function summarize(households: readonly Household[]): Summary;
