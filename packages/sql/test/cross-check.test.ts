import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate, EvaluationError, readJson } from '@lovkode/engine';
import { compileSql } from '@lovkode/sql';
import { runOnDuckdb } from '@lovkode/sql/duckdb';
import { barnetrygdCase } from './support/barnetrygd-cases.js';
import { runOnPglite } from './support/pglite.js';
import { shippedRules } from './support/rules.js';

/**
 * The three-way cross-check (docs/sql.md §7): generated cases through the JavaScript
 * evaluator, the duckdb dialect on embedded DuckDB and the postgres dialect on PGlite give the
 * same line for every case — amounts, undetermined reasons, errors with code, message and place.
 * LOVKODE_CROSS_CHECK_SIZE sets the number of cases (2 000 by default).
 */
const size = Number(process.env['LOVKODE_CROSS_CHECK_SIZE'] ?? 2000);
const seed = Number(process.env['LOVKODE_CROSS_CHECK_SEED'] ?? 19);
const dir = mkdtempSync(join(tmpdir(), 'lovkode-sql-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`barnetrygd: ${size} generated cases, three engines`, () => {
  const rules = shippedRules(['barnetrygd'], 'barnetrygd');
  const texts = Array.from({ length: size }, (_, i) => JSON.stringify(barnetrygdCase(seed, i)));
  // What `lovkode run --batch` prints, case by case (the line number is the case's place).
  const expected = texts.map((text, i) => {
    try {
      const { values, warnings, ruleset } = evaluate(rules, readJson(text));
      return JSON.stringify({ values, warnings, ruleset });
    } catch (error) {
      if (!(error instanceof EvaluationError)) throw error;
      return JSON.stringify({ error: { ...error.toJSON(), line: i + 1 } });
    }
  });

  it('covers amounts, undetermined outcomes, each kind of table error and invalid input', () => {
    const count = (pattern: string) => expected.filter((line) => line.includes(pattern)).length;
    expect(count('"values"')).toBeGreaterThan(size / 10);
    expect(count('"ubestemt"')).toBeGreaterThan(0);
    expect(count('har ukjent verdi')).toBeGreaterThan(0);
    expect(count('første rad gjelder fra')).toBeGreaterThan(0);
    expect(count('"LK7005"')).toBeGreaterThan(0);
  });

  it('DuckDB gives every line of run --batch', async () => {
    const program = compileSql(rules, { dialect: 'duckdb' });
    const input = join(dir, 'saker.jsonl');
    const output = join(dir, 'resultater.jsonl');
    writeFileSync(input, `${texts.join('\n')}\n`);
    const run = await runOnDuckdb(rules, program, input, output, { threads: 1 });
    const lines = readFileSync(output, 'utf8').trimEnd().split('\n');
    expect(run.cases).toBe(size);
    expect(lines.length).toBe(size);
    for (let i = 0; i < size; i++) if (lines[i] !== expected[i]) expect({ case: i + 1, duckdb: lines[i] }).toEqual({ case: i + 1, duckdb: expected[i] });
  });

  it('PostgreSQL (PGlite) gives every line of run --batch', async () => {
    const program = compileSql(rules, { dialect: 'postgres' });
    const valid = texts.map((text, i) => [i + 1, readJson(text) as Record<string, unknown>] as const).filter((_, i) => !(expected[i] as string).startsWith('{"error":{"code":"LK7005"'));
    const lines = await runOnPglite(rules, program, valid);
    for (const [line] of valid) {
      const got = lines.get(line);
      if (got !== expected[line - 1]) expect({ case: line, postgres: got }).toEqual({ case: line, postgres: expected[line - 1] });
    }
    expect(lines.size).toBe(valid.length);
  }, 120_000);
});
