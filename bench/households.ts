/**
 * The benchmark households: the synthetic population of `lovkode population` and `lovkode
 * diff` (rules/befolkning.mjs, the population module of the shipped rules), so that there is
 * one generator. Months 2018-01 … 2024-12, where every guideline rate is known.
 */
import { defaultPeriod, household, type Household } from '../rules/befolkning.mjs';

export type { Household };

export function households(count: number, seed = 1): Household[] {
  return Array.from({ length: count }, (_, i) => household(seed, i, defaultPeriod));
}
