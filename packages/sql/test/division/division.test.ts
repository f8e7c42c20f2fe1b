import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '@lovkode/engine';
import { duckdbLines, evaluatorLines, postgresLines } from '../support/three-way.js';

/**
 * Division, decimals and `avrund` (docs/sql.md §2, §6): the evaluator divides to 40 digits
 * with decimal.js; the query computes in whole øre and whole 10⁻¹². Every rounded quotient
 * and product must be the evaluator's, in every mode, for the largest amounts and divisors,
 * and so must comparisons of quotients with decimals; a quotient or a product with a decimal
 * used without `avrund` is the evaluator's when it is a whole number of øre, and otherwise
 * the SQL error LK7010, never another number.
 */
const path = 'packages/sql/test/division/deling.lov';
const compiled = compile([{ path, text: readFileSync(join(import.meta.dirname, 'deling.lov'), 'utf8') }]);
if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
const rules = compiled.rules;

const amounts = ['0', '0.01', '0.02', '0.05', '0.25', '1', '12.34', '25', '75', '125', '1000', '999999999999.99'];
const divisors = [1, 2, 3, -3, 4, -4, 7, 8, 200, 0, 999999999999999];
const texts = amounts.flatMap((beløp) => divisors.map((deler) => JSON.stringify({ dag: '2024-01-01', beløp, deler })));
const rounded = ['ned', 'opp', 'halv_opp', 'halv_ned', 'halv_partall', 'hele_kroner', 'justert', 'sammenlignet'];
const unrounded = ['kvotient', 'produkt'];

describe('division and avrund through the evaluator, DuckDB and PostgreSQL', () => {
  const expected = evaluatorLines(rules, texts, rounded);

  it('the cases reach division by zero and halves of every step', () => {
    expect(expected.filter((line) => line.includes('Deling med null')).length).toBe(amounts.length);
    expect(expected.some((line) => line.includes('"halv_partall":"-50.00"'))).toBe(true);
  });

  it('DuckDB: every rounded quotient is the evaluator’s', async () => {
    expect(await duckdbLines(rules, texts, rounded)).toEqual(expected);
  });

  it('PostgreSQL (PGlite): every rounded quotient is the evaluator’s', async () => {
    const lines = await postgresLines(rules, texts, expected, rounded);
    expect([...lines.values()]).toEqual(expected);
  }, 60_000);

  it('a quotient or product without avrund: the evaluator’s when it is whole øre, else LK7010 (never another number)', async () => {
    const evaluator = evaluatorLines(rules, texts, unrounded);
    const sql = await duckdbLines(rules, texts, unrounded);
    const postgres = [...(await postgresLines(rules, texts, evaluator, unrounded)).values()];
    expect(postgres).toEqual(sql);
    const inexact = evaluator.flatMap((line, i) => (line.includes('"LK7008"') ? [i] : []));
    expect(inexact.length).toBeGreaterThan(0);
    for (const [i, line] of evaluator.entries()) {
      if (inexact.includes(i)) expect(JSON.parse(sql[i] as string).error.code).toBe('LK7010');
      else expect(sql[i]).toBe(line);
    }
  }, 60_000);

  it('a decimal factor of 10 million or more: LK7010 on its row, never an overflow of the query', async () => {
    const evaluator = evaluatorLines(rules, texts, ['stor_faktor']);
    const sql = await duckdbLines(rules, texts, ['stor_faktor']);
    expect([...(await postgresLines(rules, texts, evaluator, ['stor_faktor'])).values()]).toEqual(sql);
    for (const [i, line] of evaluator.entries()) {
      const { deler } = JSON.parse(texts[i] as string) as { deler: number };
      if (Math.abs(deler * 1.5) >= 1e7) expect(JSON.parse(sql[i] as string).error.code).toBe('LK7010');
      else expect(sql[i]).toBe(line);
    }
  }, 60_000);
});
