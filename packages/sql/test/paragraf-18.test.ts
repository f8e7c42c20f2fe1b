import { describe, expect, it } from 'vitest';
import { household } from '../../../rules/befolkning.mjs';
import { shippedRules } from './support/rules.js';
import { duckdbLines, evaluatorLines, postgresLines } from './support/three-way.js';

/**
 * The shipped scheme, as far as the compiler goes (docs/sql.md §6): § 18's `sats` and
 * `boutgifter` (the household's guideline rate — adults by household type, each child by
 * age group from the dated guideline table, undetermined for a student, an unborn child or a
 * household that does not match its type — and the housing costs) over the synthetic
 * population the review uses (the population module rules/befolkning.mjs), for the shipped
 * rules and for the price-adjustment reform. The decision's outputs are in vedtak.test.ts.
 */
const outputs = ['sats', 'boutgifter'];
const size = 2000;
const schemes = {
  'sosialtjenesteloven.paragraf_18': shippedRules(['sosialtjenesteloven', 'satser'], 'sosialtjenesteloven.paragraf_18'),
  // The price-adjustment reform: every rate × (1 + 3,8 %), rounded to 50 kr half up
  // (a percentage, a decimal, an amount times a decimal inside avrund, a rule with a value parameter).
  'reformer.prisjustering': shippedRules(['sosialtjenesteloven', 'satser', 'reformer/prisjustering'], 'reformer.prisjustering'),
};

for (const [module, rules] of Object.entries(schemes)) {
  describe(`§ 18 (sats, boutgifter) in ${module}: ${size} households of the synthetic population, three engines`, () => {
    // The population, and three households it does not hold: a student, a child born after the
    // first day of the month, and a single adult's household type given for two adults.
    const texts = [
      ...Array.from({ length: size }, (_, i) => household(19, i, { from: '2010-01', to: '2026-06' })),
      { beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: [{ fødselsdato: '2000-01-01', utdanning: 'med_rett_til_støtte_fra_lånekassen' }], barn: [], utgifter: [], inntekter: [] },
      { beregningsmåned: '2024-03', sivilstand: 'ektepar_samboere', voksne: [{ fødselsdato: '1990-01-01' }, { fødselsdato: '1991-01-01' }], barn: [{ fødselsdato: '2024-03-15' }, { fødselsdato: '2019-03-01' }], utgifter: [{ art: 'husleie', beløp: '9000' }], inntekter: [] },
      { beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: [{ fødselsdato: '1990-01-01' }, { fødselsdato: '1991-01-01' }], barn: [], utgifter: [], inntekter: [] },
    ].map((h) => JSON.stringify(h));
    const expected = evaluatorLines(rules, texts, outputs);

    it('covers amounts, undetermined outcomes and unknown guideline periods', () => {
      const count = (pattern: string) => expected.filter((line) => line.includes(pattern)).length;
      expect(count('"values"')).toBeGreaterThan(size / 2);
      expect(count('"ubestemt"')).toBeGreaterThan(0);
      expect(count('"LK7003"')).toBeGreaterThan(0);
    });

    it('DuckDB', async () => {
      const lines = await duckdbLines(rules, texts, outputs);
      for (let i = 0; i < texts.length; i++) if (lines[i] !== expected[i]) expect({ case: i + 1, duckdb: lines[i] }).toEqual({ case: i + 1, duckdb: expected[i] });
      expect(lines.length).toBe(texts.length);
    });

    it('PostgreSQL (PGlite)', async () => {
      const lines = await postgresLines(rules, texts, expected, outputs);
      for (const [line, got] of lines) if (got !== expected[line - 1]) expect({ case: line, postgres: got }).toEqual({ case: line, postgres: expected[line - 1] });
      expect(lines.size).toBe(texts.length);
    }, 120_000);

    it.runIf(module === 'reformer.prisjustering')('the reform is in force: it changes the rates', () => {
      expect(expected).not.toEqual(evaluatorLines(schemes['sosialtjenesteloven.paragraf_18'], texts, outputs));
    });
  });
}
