/**
 * The benchmark households: the synthetic population of `lovkode population` and `lovkode
 * diff` (packages/cli/src/review/population.ts), so that there is one generator. Months
 * 2018-01 … 2024-12, where every guideline rate is known.
 */
import { population, type Household } from '../packages/cli/src/review/population';

export type { Household };

export function households(count: number, seed = 1): Household[] {
  return population({ size: count, seed });
}
