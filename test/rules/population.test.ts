/**
 * The population module of the shipped rules (rules/befolkning.mjs, docs/review.md §4),
 * through the review's generic population functions.
 */
import { describe, expect, it } from 'vitest';
import { compile, evaluate } from '../../packages/engine/src/index';
import type { PopulationModule } from '../../packages/cli/src/review/population';
import { populationSlice, summarizePopulation } from '../../packages/cli/src/review/population';
import { currentRules } from '../../packages/cli/test/review/known-changes';
import * as befolkning from '../../rules/befolkning.mjs';
import { household, householdType, type Household, type Summary } from '../../rules/befolkning.mjs';

// The module has the shape the review loads (checked by the compiler).
const module: PopulationModule = befolkning;
const population = (options: { size: number; seed: number; from?: string; to?: string }) => populationSlice(module, options, 0, options.size) as Household[];
const period = befolkning.defaultPeriod;

function age(born: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
  return on.slice(5) < born.slice(5) ? years - 1 : years;
}

describe('synthetic population', () => {
  it('is deterministic per seed, and household i does not depend on the others', () => {
    const a = population({ size: 500, seed: 7 });
    expect(population({ size: 500, seed: 7 })).toEqual(a);
    expect(populationSlice(module, { size: 500, seed: 7 }, 300, 310)).toEqual(a.slice(300, 310));
    expect(household(7, 123, period)).toEqual(a[123]);
    expect(population({ size: 500, seed: 8 })).not.toEqual(a);
  });

  it('a fixed household stays the same (the generator is part of reviewed reports)', () => {
    expect(household(1, 0, period)).toMatchInlineSnapshot(`
      {
        "barn": [],
        "beregningsmåned": "2023-08",
        "inntekter": [
          {
            "art": "trygd",
            "beløp": "13847.00",
          },
        ],
        "sivilstand": "enslig",
        "tungtveiende_grunner_mot_aktivitetsvilkår": false,
        "utgifter": [
          {
            "art": "boliglån_renter",
            "beløp": "4810.00",
          },
          {
            "art": "kommunale_avgifter",
            "beløp": "1060.00",
          },
          {
            "art": "strøm",
            "beløp": "762.00",
          },
        ],
        "voksne": [
          {
            "fødselsdato": "1982-07-31",
          },
        ],
      }
    `);
  });

  it('households are plausible: months in the period, adults 18 or older, children 0–17, couples two adults, amounts in kroner', () => {
    for (const h of population({ size: 2000, seed: 3, from: '2022-01', to: '2023-06' })) {
      expect(h.beregningsmåned >= '2022-01' && h.beregningsmåned <= '2023-06').toBe(true);
      const day = `${h.beregningsmåned}-01`;
      for (const v of h.voksne) expect(age(v.fødselsdato, day)).toBeGreaterThanOrEqual(18);
      for (const b of h.barn) {
        expect(age(b.fødselsdato, day)).toBeGreaterThanOrEqual(0);
        expect(age(b.fødselsdato, day)).toBeLessThanOrEqual(17);
      }
      if (h.sivilstand === 'ektepar_samboere') expect(h.voksne).toHaveLength(2);
      if (h.sivilstand === 'enslig') expect(h.voksne).toHaveLength(1);
      if (h.sivilstand === 'bofellesskap') expect(h.voksne.length).toBeGreaterThanOrEqual(2);
      for (const x of [...h.utgifter, ...h.inntekter]) expect(x.beløp).toMatch(/^\d+\.\d\d$/);
      if (h.barn.length === 0) expect(h.inntekter.some((x) => x.art === 'barnetrygd')).toBe(false);
    }
  }, 60_000);

  it('the shares follow the documented distributions (docs/review.md §4)', () => {
    const size = 20_000;
    const summary = summarizePopulation(module, population({ size, seed: 1 }), { size, seed: 1 }) as Summary;
    const share = (n: number | undefined) => (n ?? 0) / size;
    expect(share(summary.householdTypes['enslig uten barn'])).toBeCloseTo(0.54, 1);
    expect(share(summary.householdTypes['enslig med barn'])).toBeCloseTo(0.19, 1);
    expect(share(summary.householdTypes['ektepar/samboere uten barn'])).toBeCloseTo(0.11, 1);
    expect(share(summary.householdTypes['ektepar/samboere med barn'])).toBeCloseTo(0.12, 1);
    expect(share(summary.householdTypes['bofellesskap uten barn'])).toBeCloseTo(0.04, 1);
    expect(share(summary.housing['husleie'])).toBeCloseTo(0.88, 1);
    expect(summary.medianRent).toBeGreaterThan(7000);
    expect(summary.medianRent).toBeLessThan(12000);
  });

  it('every household is a valid case for the shipped rules, and the rules give a result for it', async () => {
    const files = (await currentRules()).filter((f) => !f.path.includes('/tester/'));
    const compiled = compile(files);
    if (!compiled.ok) throw new Error('the rules do not compile');
    for (const h of population({ size: 1000, seed: 11 })) {
      const result = evaluate(compiled.rules, h);
      expect(result.values['stønad']).toMatch(/^\d+\.\d\d$/);
    }
  }, 60_000);

  it('household type: sivilstand × has children', () => {
    expect(householdType({ sivilstand: 'ektepar_samboere', barn: [{}] })).toBe('ektepar/samboere med barn');
    expect(householdType({ sivilstand: 'enslig' })).toBe('enslig uten barn');
    expect(householdType('ikke et objekt')).toBe('ukjent uten barn');
  });
});
