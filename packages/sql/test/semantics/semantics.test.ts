import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '@lovkode/engine';
import { compileSql, SqlRefusal } from '@lovkode/sql';
import { duckdbLines, evaluatorLines, postgresLines } from '../support/three-way.js';

/**
 * The constructs the compiler translates, one rule set (prøve.lov) and every combination of a
 * few cases: nested exceptions, `LK7002` conflicts, `LK7001` outside a validity period and
 * when nothing applies, a dated table whose last row ends (`LK7003`), an `ukjent` cell, a
 * `per` lookup, aggregations with filters, Kleene logic, dates and months, division and
 * `avrund` in every mode (and division by zero, `LK7004`). The evaluator,
 * DuckDB and PostgreSQL must print the same line for each.
 */
const path = 'packages/sql/test/semantics/prøve.lov';
const compiled = compile([{ path, text: readFileSync(join(import.meta.dirname, 'prøve.lov'), 'utf8') }]);
if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
const rules = compiled.rules;

const days = ['2019-06-01', '2020-03-01', '2021-05-05', '2022-02-28', '2022-07-01', '2023-01-01'];
const people = [
  [],
  [{ fødselsdato: '1980-01-01' }],
  [{ fødselsdato: '2010-06-15', kategori: 'b' }],
  [{ fødselsdato: '2010-06-15', inntekt: 2000 }, { fødselsdato: '1990-02-28', inntekt: '10.50' }],
  [{ fødselsdato: '2030-01-01' }, { fødselsdato: '1970-12-31', kategori: 'b' }],
];
const texts: string[] = [];
for (const dag of days) {
  for (const personer of people) {
    for (const flagg of [true, false]) {
      for (const annet of [true, false, undefined]) {
        for (const tall of [0, 7]) texts.push(JSON.stringify({ dag, personer, flagg, ...(annet === undefined ? {} : { annet }), tall }));
      }
    }
  }
}

describe('semantics: prøve.lov through the evaluator, DuckDB and PostgreSQL', () => {
  const expected = evaluatorLines(rules, texts);

  it('the cases reach every outcome', () => {
    const count = (pattern: string) => expected.filter((line) => line.includes(pattern)).length;
    for (const pattern of ['"values"', '"LK7001"', '"LK7002"', 'gjaldt til', 'har ukjent verdi', 'første rad gjelder fra', 'Inntekten til et barn', 'Alderen kan ikke regnes ut', 'og-grunn', 'Deling med null']) {
      expect({ pattern, found: count(pattern) > 0 }).toEqual({ pattern, found: true });
    }
  });

  it('DuckDB', async () => {
    expect(await duckdbLines(rules, texts)).toEqual(expected);
  });

  it('plass with a filter is refused: the evaluator counts only the elements that pass it', () => {
    const text = (filter: string) => `modul p\nkilde k "K"\ntype P { d: dato }\ninndata S {\n  dag: dato (vurderingstidspunkt)\n  ps: liste av P = []\n}\nregel n: heltall (kilde k)\n  = sum(plass(p) for p i ps${filter})\nutdata n\n`;
    const without = compile([{ path: 'p.lov', text: text('') }]);
    const filtered = compile([{ path: 'p.lov', text: text(' der p.d < dag') }]);
    if (!without.ok || !filtered.ok) throw new Error('the rules do not compile');
    expect(compileSql(without.rules, { dialect: 'duckdb' }).outputs.map((o) => o.name)).toEqual(['n']);
    expect(() => compileSql(filtered.rules, { dialect: 'duckdb' })).toThrow(SqlRefusal);
    expect(() => compileSql(filtered.rules, { dialect: 'duckdb' })).toThrow(/plass/);
  });

  it('PostgreSQL (PGlite)', async () => {
    const lines = await postgresLines(rules, texts, expected);
    expect([...lines.values()]).toEqual(expected);
  }, 60_000);
});
