import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { compileSql, layoutOf } from '@lovkode/sql';
import { runOnDuckdb, writeCaseTables } from '@lovkode/sql/duckdb';
import { barnetrygdCase } from './support/barnetrygd-cases.js';
import { shippedRules } from './support/rules.js';

/** `lovkode sql` and `lovkode run --engine duckdb`, run as the command is (the bundled CLI). */
const root = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'lovkode-sql-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lovkode(...args: string[]) {
  const result = spawnSync('node', ['packages/cli/bin/lovkode.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('lovkode sql', () => {
  it('prints the tables and the query of each dialect', () => {
    const layout = lovkode('sql', 'rules/barnetrygd', '--dialect', 'postgres', '--layout');
    expect(layout.status).toBe(0);
    expect(layout.stdout).toContain('CREATE TABLE sak__barn (\n  sak_id BIGINT NOT NULL,\n  nr BIGINT NOT NULL,\n  "fødselsdato" DATE NOT NULL\n);');
    const spark = lovkode('sql', 'rules/barnetrygd', '--dialect', 'spark');
    expect(spark.status).toBe(0);
    expect(spark.stdout).toMatch(/^WITH\n/);
    expect(spark.stdout).toContain('`enslig_forsørger`');
  }, 120_000);

  it('prints the postgres query as statements, each shared stage a table with its keys analysed and dropped after the SELECT (docs/sql.md §5)', () => {
    // The decision's query: barnetrygd's has one shared stage now, the case level's first.
    const staged = lovkode('sql', 'rules/sosialtjenesteloven', 'rules/satser', '--module', 'sosialtjenesteloven.vedtak', '--dialect', 'postgres', '--stages');
    expect(staged.status).toBe(0);
    expect(staged.stdout).toMatch(/^CREATE TEMPORARY TABLE \w+ AS /);
    expect(staged.stdout).toMatch(/\nANALYZE sak__barn_\d+ \(sak_id, nr\);\n/);
    expect(staged.stdout).toMatch(/\n(WITH .*)?SELECT p\.sak_id,[^;]*ORDER BY p\.sak_id;\nDROP TABLE \w+(, \w+)*;\n$/s);
    expect(staged.stdout).toMatch(/\nDROP TABLE .*\bsak__barn_\d+\b/);
    expect(lovkode('sql', 'rules/barnetrygd', '--dialect', 'duckdb', '--stages').status).toBe(64);
  }, 120_000);

  it('refuses what SQL does not compute, with the reason and exit 1', () => {
    const trace = lovkode('sql', 'rules/barnetrygd', '--dialect', 'duckdb', '--explain');
    expect(trace.status).toBe(1);
    expect(trace.stderr).toContain('sporingen og begrunnelsen kan ikke beregnes i SQL');
    const vedtak = lovkode('sql', 'rules/sosialtjenesteloven', 'rules/satser', '--dialect', 'duckdb', '--outputs', 'stønad_for_voksen');
    expect(vedtak.status).toBe(1);
    expect(vedtak.stderr).toMatch(/kan ikke oversettes til SQL: utdata stønad_for_voksen: no rule or skjønn «stønad_for_voksen» without parameters/);
    expect(lovkode('sql', 'rules/barnetrygd', '--dialect', 'oracle').status).toBe(64);
  }, 120_000);
});

describe('lovkode run --engine duckdb', () => {
  const input = join(dir, 'saker.jsonl');
  writeFileSync(input, `${Array.from({ length: 300 }, (_, i) => JSON.stringify(barnetrygdCase(3, i))).join('\n')}\n`);

  it('writes the lines run --batch prints, and the same exit code', () => {
    const batch = lovkode('run', 'rules/barnetrygd', '--batch', '--input', input);
    const output = join(dir, 'resultater.jsonl');
    const duck = lovkode('run', 'rules/barnetrygd', '--engine', 'duckdb', '--input', input, '--output', output);
    expect(duck.status).toBe(batch.status);
    expect(duck.stderr).toBe(batch.stderr);
    expect(readFileSync(output, 'utf8')).toBe(batch.stdout);
  }, 120_000);

  it('reads a line as run --batch does: not UTF-8, CRLF, blank, not JSON', () => {
    const edge = join(dir, 'kanter.jsonl');
    writeFileSync(edge, Buffer.concat([Buffer.from('{"måned":"2024-03"}\n'), Buffer.from([0xff, 0xfe]), Buffer.from('{"måned":"2020-03"}\n\n{"måned":"2020-03","barn":[{"fødselsdato":"2019-01-01"}]}\r\n{bad json\n')]));
    const batch = lovkode('run', 'rules/barnetrygd', '--batch', '--input', edge);
    const output = join(dir, 'kanter.resultater.jsonl');
    const duck = lovkode('run', 'rules/barnetrygd', '--engine', 'duckdb', '--input', edge, '--output', output);
    expect(batch.stdout).toContain('"LK7005"');
    expect({ status: duck.status, stderr: duck.stderr, stdout: readFileSync(output, 'utf8') }).toEqual({ status: batch.status, stderr: batch.stderr, stdout: batch.stdout });
  }, 120_000);

  it('reads the cases as Parquet tables and writes Parquet results', async () => {
    // The valid cases as the layout's tables (saker.parquet, saker.barn.parquet), and as JSON Lines.
    const valid = Array.from({ length: 300 }, (_, i) => barnetrygdCase(3, i, { invalid: false }));
    const jsonl = join(dir, 'gyldige.jsonl');
    writeFileSync(jsonl, `${valid.map((c) => JSON.stringify(c)).join('\n')}\n`);
    const rules = shippedRules(['barnetrygd'], 'barnetrygd');
    await writeCaseTables(layoutOf(rules.inputs), valid, join(dir, 'saker.parquet'));
    const batch = lovkode('run', 'rules/barnetrygd', '--batch', '--input', jsonl);
    const fromParquet = join(dir, 'fra-parquet.jsonl');
    expect(lovkode('run', 'rules/barnetrygd', '--engine', 'duckdb', '--input', join(dir, 'saker.parquet'), '--output', fromParquet).status).toBe(batch.status);
    expect(readFileSync(fromParquet, 'utf8')).toBe(batch.stdout);
    const results = join(dir, 'resultater.parquet');
    expect(lovkode('run', 'rules/barnetrygd', '--engine', 'duckdb', '--input', join(dir, 'saker.parquet'), '--output', results).status).toBe(batch.status);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const rows = (await connection.runAndReadAll(`SELECT sak_id, CAST("barnetrygd" AS VARCHAR), feil_kode FROM read_parquet('${results}') ORDER BY sak_id`)).getRows();
    // In chunks, the rows are in the order of sak_id as written, without a sort of their own.
    const chunked = join(dir, 'resultater.biter.parquet');
    await runOnDuckdb(rules, compileSql(rules, { dialect: 'duckdb' }), join(dir, 'saker.parquet'), chunked, { chunkSize: 64, threads: 2 });
    const order = (await connection.runAndReadAll(`SELECT sak_id FROM read_parquet('${chunked}')`)).getRows().map(([id]) => Number(id));
    expect(order).toEqual(valid.map((_, i) => i + 1));
    connection.closeSync();
    instance.closeSync();
    const lines = batch.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(rows.length).toBe(valid.length);
    rows.forEach(([id, amount, code], i) => {
      const line = lines[i];
      expect({ id: Number(id), amount: line.values && typeof line.values.barnetrygd === 'string' ? line.values.barnetrygd : null, code: line.error?.code ?? null }).toEqual({ id: i + 1, amount, code });
    });
  }, 120_000);
});

describe('lovkode population --format parquet', () => {
  it('writes the households as the input tables of the decision, one row per case and per list element, and the decision runs on them', async () => {
    const file = join(dir, 'befolkning.parquet');
    const written = lovkode('population', '--size', '300', '--seed', '4', '--format', 'parquet', '-o', file);
    expect(written.status).toBe(0);
    const households = lovkode('population', '--size', '300', '--seed', '4').stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const count = async (sql: string) => Number((await connection.runAndReadAll(sql)).getRows()[0]?.[0]);
    expect(await count(`SELECT count(*) FROM read_parquet('${file}')`)).toBe(300);
    expect(await count(`SELECT count(*) FROM read_parquet('${join(dir, 'befolkning.voksne.parquet')}')`)).toBe(households.reduce((n, h) => n + h.voksne.length, 0));
    expect(await count(`SELECT count(*) FROM read_parquet('${join(dir, 'befolkning.inntekter.parquet')}')`)).toBe(households.reduce((n, h) => n + h.inntekter.length, 0));
    expect(await count(`SELECT count(*) FROM read_parquet('${join(dir, 'befolkning.inntekter.tilhører.parquet')}')`)).toBe(0);
    // The decision over its tables: every output as Parquet, the lists as LIST of STRUCT columns.
    const results = join(dir, 'vedtak.parquet');
    const decision = lovkode('run', 'rules', '--module', 'sosialtjenesteloven.vedtak', '--engine', 'duckdb', '--input', file, '--output', results);
    expect(decision.status).toBe(0);
    expect(await count(`SELECT count(*) FROM read_parquet('${results}') WHERE "stønad" IS NOT NULL OR feil_kode IS NOT NULL OR "stønad__ubestemt" IS NOT NULL`)).toBe(300);
    const types = (await connection.runAndReadAll(`SELECT typeof("aktivitetsvilkår"), typeof(krever_vurdering) FROM read_parquet('${results}') LIMIT 1`)).getRows()[0];
    expect(types).toEqual(['STRUCT("fødselsdato" DATE, alder BIGINT, ubestemt VARCHAR[])[]', 'STRUCT(kode VARCHAR, barn STRUCT("fødselsdato" DATE, ubestemt VARCHAR[])[], ubestemt VARCHAR[])[]']);
    // As JSON Lines, the lines run --batch prints for the same households, lists and all.
    const cases = join(dir, 'befolkning.jsonl');
    writeFileSync(cases, `${households.map((h) => JSON.stringify(h)).join('\n')}\n`);
    const batch = lovkode('run', 'rules', '--module', 'sosialtjenesteloven.vedtak', '--batch', '--input', cases);
    const lines = lovkode('run', 'rules', '--module', 'sosialtjenesteloven.vedtak', '--engine', 'duckdb', '--input', file, '--output', join(dir, 'vedtak.jsonl'));
    expect(lines.status).toBe(batch.status);
    expect(batch.stdout).toContain('"krever_vurdering":[{"kode":"barnets_behov"');
    expect(readFileSync(join(dir, 'vedtak.jsonl'), 'utf8')).toBe(batch.stdout);
    connection.closeSync();
    instance.closeSync();
  }, 120_000);
});
