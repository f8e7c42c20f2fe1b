import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enriched } from './support/households.js';
import { shippedRules } from './support/rules.js';
import { duckdbLines, evaluatorLines, postgresLines } from './support/three-way.js';

/**
 * Variants of the decision (rules/kommuner, rules/reformer: a municipality's own rates, a bus
 * ticket, half child rates from the third child — the children numbered by an ordered
 * comprehension, `etter` age —, child benefit counted as income, price adjustment, SIFO rates)
 * and the decision itself. Property: for households generated from random seeds, DuckDB and
 * PostgreSQL give the evaluator's lines, every output (the lists too).
 */
const variants = {
  'sosialtjenesteloven.vedtak': [],
  'kommuner.eksempel_bussbillett': ['kommuner/eksempel-bussbillett'],
  'kommuner.eksempel_egne_satser': ['kommuner/eksempel-egne-satser'],
  'kommuner.eksempel_halv_barnesats': ['kommuner/eksempel-halv-barnesats'],
  'reformer.barnetrygd_regnes_med': ['reformer/barnetrygd-regnes-med'],
  'reformer.prisjustering': ['reformer/prisjustering'],
  'reformer.sifo': ['reformer/sifo'],
} as const;

describe('variants of the decision: three engines agree for generated households', () => {
  for (const [module, dirs] of Object.entries(variants)) {
    it(module, async () => {
      const rules = shippedRules(['sosialtjenesteloven', 'satser', ...dirs], module);
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 1_000_000 }), async (seed) => {
          const texts = Array.from({ length: 120 }, (_, i) => JSON.stringify(enriched(seed, i)));
          const expected = evaluatorLines(rules, texts);
          expect(await duckdbLines(rules, texts)).toEqual(expected);
          const postgres = await postgresLines(rules, texts, expected);
          for (const [line, got] of postgres) expect({ line, got }).toEqual({ line, got: expected[line - 1] });
        }),
        { numRuns: 2 },
      );
    }, 300_000);
  }
});
