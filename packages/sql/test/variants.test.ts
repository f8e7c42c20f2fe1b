import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '@lovkode/engine';
import { barnetrygdCase } from './support/barnetrygd-cases.js';
import { duckdbLines, evaluatorLines, postgresLines } from './support/three-way.js';

/**
 * Rule variants (docs/language.md, «Variants»): a reform of barnetrygd that replaces a rule and
 * the rate table, and a variant of that variant. Property: for generated cases and each
 * variant, DuckDB and PostgreSQL give the lines of the evaluator.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const base = readdirSync(join(root, 'rules', 'barnetrygd'))
  .filter((name) => name.endsWith('.lov'))
  .map((name) => ({ path: `rules/barnetrygd/${name}`, text: readFileSync(join(root, 'rules', 'barnetrygd', name), 'utf8') }));

const reform = `modul reform.barnetrygd variant av barnetrygd

kilde forslag "Et tenkt forslag"

erstatt tabell barnetrygdsats(art: Satstype): beløp
  | fra        | ordinær_under_6 | ordinær_fra_6 | utvidet | småbarnstillegg | kilde   |
  | 2010-01-01 |           1 000 |           900 |     900 | ukjent "Småbarnstillegget er ikke bestemt" | forslag |
  | 2024-01-01 |           2 000 |         1 800 |   2 500 |             700 | forslag |

erstatt regel utvidet: beløp  (kilde forslag)
  = 0 kr
  unntak enslig  (kilde forslag)
    når enslig_forsørger og antall_barn_det_betales_for > 1 så barnetrygdsats(Satstype.utvidet) per måned
  unntak mange_barn til enslig  (kilde forslag, gjelder fra 2025-01-01)
    når antall_barn_det_betales_for > 3 så ubestemt "Utvidet barnetrygd for mer enn tre barn må vurderes"
`;
const further = `modul reform.barnetrygd.videre variant av reform.barnetrygd

kilde videre "Et tenkt forslag til"

erstatt regel småbarnstillegg: beløp  (kilde videre)
  = 0 kr
`;
const files = [...base, { path: 'reform/reform.lov', text: reform }, { path: 'reform/videre.lov', text: further }];

describe('variants: three engines agree for generated cases', () => {
  for (const module of ['reform.barnetrygd', 'reform.barnetrygd.videre']) {
    it(module, async () => {
      const compiled = compile(files, { module });
      if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
      const rules = compiled.rules;
      const baseRules = compile(base, { module: 'barnetrygd' });
      if (!baseRules.ok) throw new Error('barnetrygd does not compile');
      const sample = Array.from({ length: 200 }, (_, i) => JSON.stringify(barnetrygdCase(1, i)));
      // The variant is in force: it changes results.
      expect(evaluatorLines(rules, sample)).not.toEqual(evaluatorLines(baseRules.rules, sample));
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 1_000_000 }), async (seed) => {
          const texts = Array.from({ length: 200 }, (_, i) => JSON.stringify(barnetrygdCase(seed, i)));
          const expected = evaluatorLines(rules, texts);
          expect(await duckdbLines(rules, texts)).toEqual(expected);
          const postgres = await postgresLines(rules, texts, expected);
          expect(postgres.size).toBeGreaterThan(100);
          for (const [line, got] of postgres) expect({ line, got }).toEqual({ line, got: expected[line - 1] });
        }),
        { numRuns: 3 },
      );
    }, 120_000);
  }
});
