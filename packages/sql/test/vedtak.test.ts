import { describe, expect, it } from 'vitest';
import { compileSql } from '@lovkode/sql';
import { enriched } from './support/households.js';
import { shippedRules } from './support/rules.js';
import { duckdbLines, evaluatorLines, postgresLines } from './support/three-way.js';

/**
 * The decision (sosialtjenesteloven.vedtak, docs/sql.md §6): every output, the lists too, over the
 * synthetic population the review uses (rules/befolkning.mjs) and edge households, through the
 * evaluator, DuckDB and PostgreSQL — lists inside list elements (`tilhører`, `gjelder_barn`),
 * aggregations inside list elements, rules of several parameters, joined lists, equality of
 * elements, division and `avrund` (bofellesskap).
 */
const rules = shippedRules(['sosialtjenesteloven', 'satser'], 'sosialtjenesteloven.vedtak');
// Without named outputs, the query computes every output of the decision, the lists as their JSON text.
const program = compileSql(rules, { dialect: 'duckdb' });
const outputs = program.outputs.map((o) => o.name);
const size = Number(process.env['LOVKODE_VEDTAK_SIZE'] ?? 2000);
// Time limits for 2 000 households, scaled for a larger run (the engines' time is linear in the households).
const scale = Math.max(1, size / 2000);

describe(`the decision: ${size} households of the synthetic population, three engines`, () => {
  const texts = Array.from({ length: size }, (_, i) => JSON.stringify(enriched(23, i)));
  const expected = evaluatorLines(rules, texts, outputs);

  it('computes every output in the order of utdata, the lists too', () => {
    expect(outputs).toEqual(rules.outputs.map((o) => o.name));
    expect(program.outputs.filter((o) => o.type.kind === 'list').map((o) => o.name)).toEqual(['aktivitetsvilkår', 'krever_vurdering', 'per_person']);
    expect(compileSql(rules, { dialect: 'duckdb', outputs: ['krever_vurdering'] }).outputs.map((o) => o.name)).toEqual(['krever_vurdering']);
  });

  it('the households reach amounts, undetermined outcomes and errors', () => {
    const count = (pattern: string) => expected.filter((line) => line.includes(pattern)).length;
    const lists = ['"aktivitetsvilkår":[{', '"krever_vurdering":[{"kode":"barnets_behov","barn":[{', '"per_person":[{', '"inntekt":{"ubestemt"', '"aktivitetsvilkår":[{"ubestemt"'];
    for (const pattern of ['"values"', '"ubestemt"', 'LK7003', 'knyttet til en person som ikke er med', 'knyttet til et barn som ikke er med', ...lists]) {
      expect({ pattern, found: count(pattern) > 0 }).toEqual({ pattern, found: true });
    }
  });

  it('DuckDB', async () => {
    const lines = await duckdbLines(rules, texts, outputs);
    for (let i = 0; i < texts.length; i++) if (lines[i] !== expected[i]) expect({ case: i + 1, input: texts[i], duckdb: lines[i] }).toEqual({ case: i + 1, input: texts[i], duckdb: expected[i] });
    expect(lines.length).toBe(texts.length);
  }, 120_000 * scale);

  it('PostgreSQL (PGlite)', async () => {
    const lines = await postgresLines(rules, texts, expected, outputs);
    for (const [line, got] of lines) if (got !== expected[line - 1]) expect({ case: line, postgres: got }).toEqual({ case: line, postgres: expected[line - 1] });
    expect(lines.size).toBe(texts.length);
  }, 300_000 * scale);
});
