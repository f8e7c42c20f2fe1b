import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '@lovkode/dsl';
import { compile, evaluate, EvaluationError, RuleSet, type CompiledRules } from '@lovkode/engine';
import { compileImpactSql, compileSql, layoutOf } from '@lovkode/sql';
import { impactOnDuckdb, writeCaseTables } from '@lovkode/sql/duckdb';
import { barnetrygdCase } from './support/barnetrygd-cases.js';
import { enriched } from './support/households.js';
import { ruleFiles } from '../../../test/support/rule-files.js';

/**
 * A reform's impact on DuckDB (`lovkode diff --engine duckdb`) against the evaluator asked for
 * the measured output alone: per value of a case field, the cases, how many change, how many
 * fail in one version only, and the sums before and after over the cases that fail in neither.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const base = readdirSync(join(root, 'rules', 'barnetrygd'))
  .filter((name) => name.endsWith('.lov'))
  .map((name) => ({ path: `rules/barnetrygd/${name}`, text: readFileSync(join(root, 'rules', 'barnetrygd', name), 'utf8') }));
const reform = {
  path: 'reform/reform.lov',
  text: `modul reform.barnetrygd variant av barnetrygd

kilde forslag "Et tenkt forslag"

erstatt tabell barnetrygdsats(art: Satstype): beløp
  | fra        | ordinær_under_6 | ordinær_fra_6 | utvidet | småbarnstillegg | kilde   |
  | 2010-01-01 |           1 000 |           900 |     900 | ukjent "Ikke bestemt" | forslag |
  | 2024-01-01 |           2 000 |         1 800 |   2 500 |             700 | forslag |
`,
};
const dir = mkdtempSync(join(tmpdir(), 'lovkode-impact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function rules(module: string): CompiledRules {
  const compiled = compile([...base, reform], { module });
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
  return compiled.rules;
}

const øre = (text: string) => BigInt(text.replace('.', ''));
const kroner = (value: bigint) => `${value < 0n ? '-' : ''}${(value < 0n ? -value : value) / 100n}.${String((value < 0n ? -value : value) % 100n).padStart(2, '0')}`;

describe('impact of a reform on DuckDB', () => {
  it('gives the evaluator’s counts and sums per group (the cases in chunks of 150)', async () => {
    const before = rules('barnetrygd');
    const after = rules('reform.barnetrygd');
    const cases = Array.from({ length: 500 }, (_, i) => barnetrygdCase(5, i, { invalid: false }));
    const population = join(dir, 'saker.parquet');
    await writeCaseTables(layoutOf(after.inputs), cases, population);
    // Two checks of the same files: the versions share no definitions.
    const impact = await impactOnDuckdb(compileImpactSql(before, after, { dialect: 'duckdb', measure: 'barnetrygd', groupBy: 'enslig_forsørger' }), population, join(dir, 'virkning.parquet'), { chunkSize: 150 });

    const expected = evaluatorImpact(before, after, cases, 'barnetrygd', (c) => String(c['enslig_forsørger'] ?? false), ['false', 'true']);
    expect(impact.groups).toEqual(expected);
    expect(expected[2]!.changed).toBeGreaterThan(0);
  }, 60_000);

  // docs/sql.md §8: «Both versions are compiled to SQL and run over the same tables (they must read the same input tables).»
  // docs/sql.md §8: «What the two versions compile alike … is compiled once, and its stages computed once.»
  it('compares the decision with a reform of it: price adjustment, by sivilstand, the versions of one check sharing what they compile alike (the cases in chunks of 100)', async () => {
    const files = ['sosialtjenesteloven', 'satser', 'reformer/prisjustering'].flatMap((d) => ruleFiles(`rules/${d}`));
    const set = new RuleSet(check(files), files);
    const [before, after] = ['sosialtjenesteloven.vedtak', 'reformer.prisjustering'].map((module) => {
      const compiled = set.compile({ module });
      if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
      return compiled.rules;
    }) as [CompiledRules, CompiledRules];
    const cases = Array.from({ length: 300 }, (_, i) => enriched(4, i) as Record<string, unknown>);
    const population = join(dir, 'husstander.parquet');
    await writeCaseTables(layoutOf(after.inputs), cases, population);
    const program = compileImpactSql(before, after, { dialect: 'duckdb', measure: 'stønad', groupBy: 'sivilstand' });
    // The shared stages are computed once: fewer than the two versions' queries have together.
    const apart = [before, after].map((r) => compileSql(r, { dialect: 'duckdb', outputs: ['stønad'] }).stages.length);
    expect(program.stages.length).toBeLessThan(0.7 * ((apart[0] as number) + (apart[1] as number)));
    const impact = await impactOnDuckdb(program, population, join(dir, 'virkning-vedtak.parquet'), { chunkSize: 100 });
    const groups = [...new Set(cases.map((c) => String(c['sivilstand'])))].sort();
    const expected = evaluatorImpact(before, after, cases, 'stønad', (c) => String(c['sivilstand']), groups);
    expect(impact.groups).toEqual(expected);
    expect(expected[expected.length - 1]!.changed).toBeGreaterThan(0);
  }, 60_000);
});

// docs/sql.md §8: «a definition … whose version in force is the same in both, and so is every definition it depends on … is compiled once»;
// «a variant with `utvid valg` shares nothing».
describe('impact of each variant of the decision, the versions of one check', () => {
  const variants = { 'kommuner.eksempel_bussbillett': 'kommuner/eksempel-bussbillett', 'kommuner.eksempel_egne_satser': 'kommuner/eksempel-egne-satser', 'kommuner.eksempel_halv_barnesats': 'kommuner/eksempel-halv-barnesats', 'reformer.barnetrygd_regnes_med': 'reformer/barnetrygd-regnes-med', 'reformer.sifo': 'reformer/sifo' };
  const files = ['sosialtjenesteloven', 'satser', ...Object.values(variants)].flatMap((d) => ruleFiles(`rules/${d}`));
  const set = new RuleSet(check(files), files);
  const entry = (module: string) => {
    const compiled = set.compile({ module });
    if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
    return compiled.rules;
  };
  const size = Number(process.env['LOVKODE_IMPACT_SIZE'] ?? 120);
  const cases = Array.from({ length: size }, (_, i) => enriched(7, i) as Record<string, unknown>);
  const groups = [...new Set(cases.map((c) => String(c['sivilstand'])))].sort();
  for (const module of Object.keys(variants)) {
    it(`${module}: the evaluator's counts and sums`, async () => {
      const [before, after] = [entry('sosialtjenesteloven.vedtak'), entry(module)];
      const population = join(dir, `${module}.parquet`);
      await writeCaseTables(layoutOf(after.inputs), cases, population);
      const impact = await impactOnDuckdb(compileImpactSql(before, after, { dialect: 'duckdb', measure: 'stønad', groupBy: 'sivilstand' }), population, join(dir, `virkning-${module}.parquet`));
      expect(impact.groups).toEqual(evaluatorImpact(before, after, cases, 'stønad', (c) => String(c['sivilstand']), groups));
    }, 60_000);
  }
});

/** The impact as the evaluator gives it: per group (in `order`), then «i alt». */
function evaluatorImpact(before: CompiledRules, after: CompiledRules, cases: ReadonlyArray<Record<string, unknown>>, measure: string, groupOf: (c: Record<string, unknown>) => string, order: readonly string[]) {
  const run = (r: CompiledRules, c: Record<string, unknown>) => {
    try {
      const value = evaluate(r, c, { outputs: [measure] }).values[measure];
      return { value: typeof value === 'string' ? value : null, error: null as string | null };
    } catch (error) {
      if (!(error instanceof EvaluationError)) throw error;
      return { value: null, error: error.code as string };
    }
  };
  const groups = new Map<string, { cases: number; changed: number; failsInOne: number; before: bigint; after: bigint }>();
  for (const c of cases) {
    const [o, n] = [run(before, c), run(after, c)];
    for (const key of [groupOf(c), 'i alt']) {
      const g = groups.get(key) ?? { cases: 0, changed: 0, failsInOne: 0, before: 0n, after: 0n };
      g.cases++;
      if (o.value !== n.value || o.error !== n.error) g.changed++;
      if ((o.error === null) !== (n.error === null)) g.failsInOne++;
      if (o.error === null && n.error === null) {
        g.before += o.value === null ? 0n : øre(o.value);
        g.after += n.value === null ? 0n : øre(n.value);
      }
      groups.set(key, g);
    }
  }
  return [...order, 'i alt'].map((group) => {
    const g = groups.get(group)!;
    return { group, cases: g.cases, changed: g.changed, failsInOne: g.failsInOne, before: kroner(g.before), after: kroner(g.after), change: kroner(g.after - g.before) };
  });
}
