import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Type } from '@lovkode/dsl';
import { evaluate, readJson, EvaluationError, type CompiledRules } from '@lovkode/engine';
import { dialects } from '../dialect.js';
import { layoutDdl, type Layout, type TableLayout } from '../layout.js';
import type { SqlProgram } from '../compile/program.js';
import { resultColumns, resultLine } from '../results/json-lines.js';
import { CaseAppenders } from './appenders.js';

/** Input and output files by kind (docs/sql.md §1): JSON Lines, or Parquet/CSV tables. */
export type FileKind = 'jsonl' | 'parquet' | 'csv';

export function fileKind(path: string): FileKind | undefined {
  if (path.endsWith('.jsonl')) return 'jsonl';
  if (path.endsWith('.parquet')) return 'parquet';
  if (path.endsWith('.csv')) return 'csv';
  return undefined;
}

/** The file of a list table beside the case file: `saker.parquet` → `saker.barn.parquet`. */
export function listFile(casesFile: string, table: TableLayout): string {
  const dot = casesFile.lastIndexOf('.');
  return `${casesFile.slice(0, dot)}.${table.field}${casesFile.slice(dot)}`;
}

export interface DuckdbRun {
  readonly cases: number;
  readonly failed: number;
}

/** Why a run on DuckDB is refused before it starts (an input the tables cannot hold). */
export class DuckdbInputRefusal extends Error {}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Runs a compiled scheme on embedded DuckDB: reads the cases, runs the query, writes the
 * results. A `.jsonl` input is validated case by case by the evaluator's own validator, so an
 * invalid case gives the same error line as `run --batch`; Parquet and CSV tables are read as
 * typed by the layout. Nothing but JSON Lines passes through the Node heap.
 */
export interface DuckdbOptions {
  readonly threads?: number;
  /** DuckDB's `memory_limit` (`2GB`): above it, DuckDB spills to `tempDirectory` instead of growing. */
  readonly memoryLimit?: string;
  readonly tempDirectory?: string;
  /** Cases per query (250 000). */
  readonly chunkSize?: number;
  /**
   * The lines of a `.jsonl` input, read as the caller's `run --batch` reads them (its limits
   * on a line, its UTF-8 check): a line is its text, or the error the case gets. By default
   * the file is read with Node's line reader.
   */
  readonly lines?: AsyncIterable<CaseLine>;
}

/** One line of a JSON Lines input: its text, or the error its case gets without being read. */
export type CaseLine = { readonly number: number; readonly text: string } | { readonly number: number; readonly error: EvaluationError };

async function* fileLines(input: string): AsyncGenerator<CaseLine> {
  let number = 0;
  for await (const text of createInterface({ input: createReadStream(input, { encoding: 'utf8' }), crlfDelay: Infinity })) yield { number: ++number, text };
}

export async function runOnDuckdb(rules: CompiledRules, program: SqlProgram, input: string, output: string, options: DuckdbOptions = {}): Promise<DuckdbRun> {
  const inputKind = fileKind(input);
  const outputKind = fileKind(output);
  if (!inputKind || !outputKind) throw new DuckdbInputRefusal('--input and --output must end in .jsonl, .parquet or .csv');
  const config: Record<string, string> = {};
  if (options.threads) config['threads'] = String(options.threads);
  if (options.memoryLimit) config['memory_limit'] = options.memoryLimit;
  if (options.tempDirectory) config['temp_directory'] = options.tempDirectory;
  const instance = await DuckDBInstance.create(':memory:', config);
  const connection = await instance.connect();
  const parts = mkdtempSync(join(tmpdir(), 'lovkode-duckdb-parts-'));
  try {
    // The cases go in `input_*`; each chunk of them is the layout's tables (`sak`, …) in turn.
    const inputs = inputLayout(program.layout);
    const rejected = inputKind === 'jsonl' ? await loadJsonLines(connection, rules, inputs, options.lines ?? fileLines(input)) : await viewTables(connection, inputs, input, inputKind);
    const { count, ranges: chunks, select } = await chunksOf(connection, program.layout, inputs, options.chunkSize ?? defaultChunkSize);
    let failed = rejected.size;
    if (outputKind === 'jsonl') {
      failed += await writeJsonLines(connection, rules, program, output, rejected, chunks, select);
    } else {
      if (rejected.size > 0) throw new DuckdbInputRefusal(`${rejected.size} case(s) are invalid (first on line ${[...rejected.keys()][0]}); write .jsonl to see their errors`);
      const files: string[] = [];
      for (const [i, [lo, hi]] of chunks.entries()) {
        await select(lo, hi);
        const file = join(parts, `${i}.parquet`);
        await connection.run(`COPY (${program.sql}) TO ${quote(file)} (FORMAT parquet)`);
        files.push(file);
      }
      await copyResults(connection, program, files, output, outputKind);
      failed += Number((await (await connection.runAndReadAll(`SELECT count(*) FROM read_${outputKind === 'csv' ? 'csv' : 'parquet'}(${quote(output)}) WHERE feil_kode IS NOT NULL`)).getRows())[0]?.[0] ?? 0);
    }
    return { cases: count + rejected.size, failed };
  } catch (error) {
    if (error instanceof DuckdbInputRefusal || error instanceof EvaluationError || !(error instanceof Error)) throw error;
    throw new DuckdbFailure(`DuckDB: ${error.message}`);
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(parts, { recursive: true, force: true });
  }
}

/**
 * The cases per query: each chunk of `sak_id`s is computed and written before the next is read,
 * so memory stays bounded. The decision over 1 000 000 households took 11.7 GB in one chunk and
 * 4.1 GB in chunks of 250 000, with less CPU time, not more (docs/sql.md §7).
 */
export const defaultChunkSize = 250_000;

/** The cases in chunks of `sak_id`s, and how to make the layout's tables those of one chunk of the input tables. */
export interface Chunks {
  readonly count: number;
  readonly ranges: ReadonlyArray<readonly [number, number]>;
  select(lo: number, hi: number): Promise<void>;
}

/**
 * The chunks of at most `size` `sak_id`s of the cases in `inputs` (the tables `input_*`), read
 * through `layout`'s table names. A chunk's rows are copied into temporary tables: the query
 * reads a list table in several places (the decision's, 25), and a view over Parquet files would
 * read the files that often (100 000 households: 4.7–5.0 s of CPU against 5.5 s, docs/sql.md §7).
 */
export async function chunksOf(connection: DuckDBConnection, layout: Layout, inputs: Layout, size: number): Promise<Chunks> {
  const [first, last, count] = ((await (await connection.runAndReadAll(`SELECT min(sak_id), max(sak_id), count(*) FROM ${inputs.cases.name}`)).getRows())[0] ?? []).map((x) => Number(x ?? 0));
  const ranges: Array<[number, number]> = [];
  for (let lo = first ?? 0; count && lo <= (last ?? 0); lo += size) ranges.push([lo, lo + size - 1]);
  const select = async (lo: number, hi: number) => {
    await connection.run(`CREATE OR REPLACE TEMPORARY TABLE ${layout.cases.name} AS SELECT * FROM ${inputs.cases.name} WHERE sak_id BETWEEN ${lo} AND ${hi}`);
    for (const [i, list] of layout.lists.entries()) {
      await connection.run(`CREATE OR REPLACE TEMPORARY TABLE ${list.name} AS SELECT * FROM ${(inputs.lists[i] as TableLayout).name} WHERE sak_id BETWEEN ${lo} AND ${hi}`);
    }
  };
  return { count: count ?? 0, ranges, select };
}

/** DuckDB failed (out of memory, a file it cannot read): not a bug in lovkode, and not a case's error. */
export class DuckdbFailure extends Error {}

export function inputLayout(layout: Layout): Layout {
  const renamed = new Map<TableLayout, TableLayout>();
  for (const list of layout.lists) renamed.set(list, { ...list, name: `input_${list.name}`, parent: list.parent && renamed.get(list.parent) });
  return { cases: { ...layout.cases, name: `input_${layout.cases.name}` }, lists: layout.lists.map((list) => renamed.get(list) as TableLayout) };
}

/** Parquet or CSV tables as the layout's views: `saker.parquet`, `saker.<liste>.parquet`. */
export async function viewTables(connection: DuckDBConnection, layout: Layout, input: string, kind: 'parquet' | 'csv'): Promise<Map<number, string>> {
  const d = dialects.duckdb;
  const read = (file: string, table: TableLayout) => {
    if (kind === 'parquet') return `read_parquet(${quote(file)})`;
    const keys = Object.fromEntries(table.keys.map((k) => [k, 'BIGINT']));
    const types: Record<string, string> = Object.fromEntries([...Object.entries(keys), ...table.columns.map((c) => [c.name, c.type.kind === 'money' ? 'DECIMAL(18,2)' : c.type.kind === 'integer' ? 'BIGINT' : c.type.kind === 'boolean' ? 'BOOLEAN' : c.type.kind === 'date' || c.type.kind === 'month' ? 'DATE' : 'VARCHAR'])]);
    return `read_csv(${quote(file)}, header = true, columns = {${Object.entries(types).map(([n, t]) => `${quote(n)}: ${quote(t)}`).join(', ')}})`;
  };
  const columns = (table: TableLayout) => [...table.keys, ...table.columns.map((c) => d.id(c.name))].join(', ');
  await connection.run(`CREATE VIEW ${layout.cases.name} AS SELECT ${columns(layout.cases)} FROM ${read(input, layout.cases)}`);
  for (const list of layout.lists) await connection.run(`CREATE VIEW ${list.name} AS SELECT ${columns(list)} FROM ${read(listFile(input, list), list)}`);
  return new Map();
}

/**
 * JSON Lines into the layout's tables, one case per non-blank line, `sak_id` its line number.
 * Returns the error line of each case the evaluator's validator rejects.
 */
async function loadJsonLines(connection: DuckDBConnection, rules: CompiledRules, layout: Layout, lines: AsyncIterable<CaseLine>): Promise<Map<number, string>> {
  await connection.run(layoutDdl(dialects.duckdb, layout));
  const appenders = await CaseAppenders.open(connection, layout);
  const rejected = new Map<number, string>();
  for await (const line of lines) {
    const number = line.number;
    if ('text' in line && line.text.trim() === '') continue;
    let json: Record<string, unknown>;
    try {
      if ('error' in line) throw line.error;
      json = readJson(line.text) as Record<string, unknown>;
      // The evaluator's validator, and nothing computed: an invalid case is rejected as `run --batch` rejects it.
      evaluate(rules, json, { outputs: [] });
    } catch (error) {
      if (!(error instanceof EvaluationError)) throw error;
      rejected.set(number, JSON.stringify({ error: { ...error.toJSON(), line: number } }));
      continue;
    }
    const overrides = json['overstyringer'];
    if (Array.isArray(overrides) && overrides.length > 0) {
      throw new DuckdbInputRefusal(`the case on line ${number} has overstyringer; the SQL tables hold no overrides (docs/sql.md §6): run it with the JavaScript evaluator`);
    }
    appenders.append(json, number);
  }
  appenders.close();
  return rejected;
}

async function writeJsonLines(
  connection: DuckDBConnection,
  rules: CompiledRules,
  program: SqlProgram,
  output: string,
  rejected: ReadonlyMap<number, string>,
  chunks: ReadonlyArray<readonly [number, number]>,
  select: (lo: number, hi: number) => Promise<void>,
): Promise<number> {
  const columns = resultColumns(program, rules.ruleset);
  const out = createWriteStream(output);
  const pending = [...rejected.entries()];
  let next = 0;
  let failed = 0;
  let buffer = '';
  const write = async (line: string) => {
    buffer += `${line}\n`;
    if (buffer.length >= 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  };
  for (const [lo, hi] of chunks) {
    await select(lo, hi);
    // The query's rows are ordered by sak_id; DuckDB keeps that order through this projection
    // (preserve_insertion_order), so they are not sorted a second time (100 000 households: 6.6-6.8 s
    // CPU against 7.0-7.1 s, the same lines).
    const result = await connection.stream(`SELECT ${columns} FROM (${program.sql}) r`);
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      for (const row of chunk.getRows()) {
        const caseId = Number(row[0] as string);
        while (next < pending.length && (pending[next] as [number, string])[0] < caseId) await write((pending[next++] as [number, string])[1]);
        const line = resultLine(program, row);
        if (line.startsWith('{"error"')) failed++;
        await write(line);
      }
    }
  }
  while (next < pending.length) await write((pending[next++] as [number, string])[1]);
  out.end(buffer);
  await once(out, 'finish');
  return failed;
}

/**
 * Results as a Parquet or CSV table: the outputs typed, reasons as a list (CSV: JSON text). A
 * list or record output is its JSON text in CSV, and in Parquet a LIST (of STRUCT) column read
 * from that text by its type (docs/sql.md §1).
 */
async function copyResults(connection: DuckDBConnection, program: SqlProgram, parts: readonly string[], output: string, kind: 'parquet' | 'csv'): Promise<void> {
  const d = dialects.duckdb;
  const columns = ['sak_id'];
  for (const o of program.outputs) {
    const typed = kind === 'parquet' && (o.type.kind === 'list' || o.type.kind === 'record');
    columns.push(typed ? `json_transform(${d.id(o.name)}, ${quote(JSON.stringify(jsonStructure(o.type)))}) AS ${d.id(o.name)}` : d.id(o.name));
    if (o.reasons) columns.push(kind === 'parquet' ? `string_split(${d.id(o.reasons)}, chr(30)) AS ${d.id(o.reasons)}` : `CAST(to_json(string_split(${d.id(o.reasons)}, chr(30))) AS VARCHAR) AS ${d.id(o.reasons)}`);
  }
  columns.push('feil_kode', 'feil_sted', 'feil_melding');
  const from = parts.length === 0 ? `(${program.sql})` : `read_parquet([${parts.map(quote).join(', ')}])`;
  // The parts are the chunks in the order of their sak_ids, each ordered by sak_id: DuckDB keeps
  // the order of the files and their rows (preserve_insertion_order, its default), so the rows
  // need no sort of their own (one sort of every result row, 1.3 s of CPU for 1 000 000, docs/sql.md §7).
  await connection.run(`COPY (SELECT ${columns.join(', ')} FROM ${from} r) TO ${quote(output)} (FORMAT ${kind === 'parquet' ? 'parquet' : 'csv'})`);
}

/**
 * The structure DuckDB's `json_transform` reads a list or record output's JSON text by: the
 * SQL type of each part. A record of a list gets the field `ubestemt` (the reasons of an element
 * that is undetermined); a part undetermined inside an element is NULL (its reasons are in the
 * JSON text of a `.jsonl` or CSV output). A month is its text (`YYYY-MM`).
 */
function jsonStructure(type: Type): unknown {
  switch (type.kind) {
    case 'list':
      return [type.element.kind === 'record' ? { ...(jsonStructure(type.element) as object), ubestemt: ['VARCHAR'] } : jsonStructure(type.element)];
    case 'record':
      return Object.fromEntries([...type.symbol.fields.values()].map((field) => [field.name, jsonStructure(field.type)]));
    case 'money':
      return 'DECIMAL(18,2)';
    case 'integer':
      return 'BIGINT';
    case 'boolean':
      return 'BOOLEAN';
    case 'date':
      return 'DATE';
    default:
      return 'VARCHAR';
  }
}
