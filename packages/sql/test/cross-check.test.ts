import { describe, expect, it } from 'vitest';
import { barnetrygdCase } from './support/barnetrygd-cases.js';
import { shippedRules } from './support/rules.js';
import { duckdbLines, evaluatorLines, postgresLines } from './support/three-way.js';

/**
 * The three-way cross-check (docs/sql.md §7): generated cases through the JavaScript
 * evaluator, the duckdb dialect on embedded DuckDB and the postgres dialect on PGlite give the
 * same line for every case — amounts, undetermined reasons, errors with code, message and place.
 * LOVKODE_CROSS_CHECK_SIZE sets the number of cases (2 000 by default).
 */
const size = Number(process.env['LOVKODE_CROSS_CHECK_SIZE'] ?? 2000);
const seed = Number(process.env['LOVKODE_CROSS_CHECK_SEED'] ?? 19);

describe(`barnetrygd: ${size} generated cases, three engines`, () => {
  const rules = shippedRules(['barnetrygd'], 'barnetrygd');
  const texts = Array.from({ length: size }, (_, i) => JSON.stringify(barnetrygdCase(seed, i)));
  const expected = evaluatorLines(rules, texts);

  it('covers amounts, undetermined outcomes, each kind of table error and invalid input', () => {
    const count = (pattern: string) => expected.filter((line) => line.includes(pattern)).length;
    expect(count('"values"')).toBeGreaterThan(size / 10);
    expect(count('"ubestemt"')).toBeGreaterThan(0);
    expect(count('har ukjent verdi')).toBeGreaterThan(0);
    expect(count('første rad gjelder fra')).toBeGreaterThan(0);
    expect(count('"LK7005"')).toBeGreaterThan(0);
  });

  it('DuckDB gives every line of run --batch', async () => {
    const lines = await duckdbLines(rules, texts);
    expect(lines.length).toBe(size);
    for (let i = 0; i < size; i++) if (lines[i] !== expected[i]) expect({ case: i + 1, duckdb: lines[i] }).toEqual({ case: i + 1, duckdb: expected[i] });
  }, 1_200_000);

  it('PostgreSQL (PGlite) gives every line of run --batch', async () => {
    const lines = await postgresLines(rules, texts, expected);
    for (const [line, got] of lines) if (got !== expected[line - 1]) expect({ case: line, postgres: got }).toEqual({ case: line, postgres: expected[line - 1] });
    expect(lines.size).toBe(expected.filter((line) => !line.startsWith('{"error":{"code":"LK7005"')).length);
  }, 1_200_000);
});
