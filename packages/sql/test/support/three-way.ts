import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, EvaluationError, readJson, type CompiledRules } from '@lovkode/engine';
import { compileSql } from '@lovkode/sql';
import { runOnDuckdb } from '@lovkode/sql/duckdb';
import { runOnPglite } from './pglite.js';

/** What `lovkode run --batch` prints for each case (the line number is the case's place). */
export function evaluatorLines(rules: CompiledRules, texts: readonly string[], outputs?: readonly string[]): string[] {
  return texts.map((text, i) => {
    try {
      const { values, warnings, ruleset } = evaluate(rules, readJson(text), outputs ? { outputs } : {});
      return JSON.stringify({ values, warnings, ruleset });
    } catch (error) {
      if (!(error instanceof EvaluationError)) throw error;
      return JSON.stringify({ error: { ...error.toJSON(), line: i + 1 } });
    }
  });
}

/** The lines of the duckdb dialect on embedded DuckDB, read from and written to JSON Lines. */
export async function duckdbLines(rules: CompiledRules, texts: readonly string[], outputs?: readonly string[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lovkode-sql-'));
  try {
    const input = join(dir, 'saker.jsonl');
    const output = join(dir, 'resultater.jsonl');
    writeFileSync(input, `${texts.join('\n')}\n`);
    await runOnDuckdb(rules, compileSql(rules, { dialect: 'duckdb', ...(outputs ? { outputs } : {}) }), input, output, { threads: 1 });
    return readFileSync(output, 'utf8').trimEnd().split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The lines of the postgres dialect on PGlite, for the cases the validator accepts (by line number). */
export async function postgresLines(rules: CompiledRules, texts: readonly string[], expected: readonly string[], outputs?: readonly string[]): Promise<Map<number, string>> {
  const valid = texts.map((text, i) => [i + 1, readJson(text) as Record<string, unknown>] as const).filter((_, i) => !(expected[i] as string).startsWith('{"error":{"code":"LK7005"'));
  return runOnPglite(rules, compileSql(rules, { dialect: 'postgres', ...(outputs ? { outputs } : {}) }), valid);
}
