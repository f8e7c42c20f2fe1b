/**
 * The synthetic population of a review (docs/review.md §4), generic: what the households
 * are and how they are grouped is the scheme's knowledge, in its population module beside
 * the rules (`rules/befolkning.mjs` for the shipped rules); this file draws slices of it and
 * adds the run's settings to its summary. Household `i` of seed `s` depends only on `(s, i)`.
 */
import { isIsoMonth } from '@lovkode/dsl/calendar';

/** A scheme's population module: named exports of a JavaScript module with no imports. */
export interface PopulationModule {
  /** The months drawn from when the run names none (`YYYY-MM`, inclusive). */
  readonly defaultPeriod: Period;
  /** Household `index` of the population with `seed`: an input of the scheme, the same whatever else is generated. */
  household(seed: number, index: number, period: Period): unknown;
  /** The household type a summary is split by (`enslig med barn`). */
  householdType(input: unknown): string;
  /** Counts and shares of households, for `lovkode population --summary`. */
  summarize(households: readonly unknown[]): object;
}

export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface PopulationOptions {
  readonly size: number;
  readonly seed?: number;
  /** First month (`YYYY-MM`, inclusive); default the module's. */
  readonly from?: string;
  /** Last month (`YYYY-MM`, inclusive); default the module's. */
  readonly to?: string;
}

/** The largest population the CLI generates (memory stays bounded). */
export const maxPopulationSize = 10_000_000;

/** The household type of every case when the rules have no population module: one type, «alle». */
export function noHouseholdType(): string {
  return 'alle';
}

/** The months of a run: its own, or the module's. */
export function periodOf(module: PopulationModule, options: PopulationOptions): Period {
  return { from: options.from ?? module.defaultPeriod.from, to: options.to ?? module.defaultPeriod.to };
}

/** Households `start` … `end − 1` of the population. */
export function populationSlice(module: PopulationModule, options: PopulationOptions, start: number, end: number): unknown[] {
  const seed = options.seed ?? 1;
  const period = periodOf(module, options);
  const result: unknown[] = [];
  for (let i = start; i < end; i++) result.push(module.household(seed, i, period));
  return result;
}

/** The whole population: `size` households, deterministic per seed. */
export function population(module: PopulationModule, options: PopulationOptions): unknown[] {
  return populationSlice(module, options, 0, options.size);
}

/** The summary of `lovkode population --summary`: the run's settings, then the module's counts. */
export function summarizePopulation(module: PopulationModule, households: readonly unknown[], options: PopulationOptions): object {
  const period = periodOf(module, options);
  return { size: households.length, seed: options.seed ?? 1, from: period.from, to: period.to, ...module.summarize(households) };
}

/** Checks a month option (`YYYY-MM`). */
export function isMonth(text: string): boolean {
  return isIsoMonth(text);
}
