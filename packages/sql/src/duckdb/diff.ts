import { DuckDBInstance } from '@duckdb/node-api';
import type { Ast } from '@lovkode/dsl';
import { dialects } from '../dialect.js';
import { layoutDdl } from '../layout.js';
import type { SqlProgram } from '../compile/program.js';
import { chunksOf, defaultChunkSize, DuckdbFailure, DuckdbInputRefusal, fileKind, inputLayout, viewTables } from './run.js';

/** One group of the impact summary: cases, how many change, and the measured output before and after. */
export interface ImpactGroup {
  readonly group: string;
  readonly cases: number;
  readonly changed: number;
  /** Cases that fail (an error) in one version only. */
  readonly failsInOne: number;
  readonly before: string;
  readonly after: string;
  readonly change: string;
}

export interface ImpactOnDuckdb {
  readonly measure: string;
  readonly groupBy: string | undefined;
  readonly groups: readonly ImpactGroup[];
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * A reform's impact on a population in tables (docs/sql.md §8): both versions' queries over
 * the same Parquet or CSV tables, one row per case with the measured output before and after
 * (written to `output`, Parquet), and a summary per value of the case field `groupBy`.
 */
export async function impactOnDuckdb(before: SqlProgram, after: SqlProgram, population: string, output: string, options: { measure: string; groupBy?: string; /** Cases per query (250 000). */ chunkSize?: number }): Promise<ImpactOnDuckdb> {
  const kind = fileKind(population);
  if (kind !== 'parquet' && kind !== 'csv') throw new DuckdbInputRefusal('--population must be the cases as a .parquet or .csv table (with the list tables beside it)');
  if (!output.endsWith('.parquet')) throw new DuckdbInputRefusal('the per-case impact is written as .parquet (-o)');
  const d = dialects.duckdb;
  // The same tables: the same `CREATE TABLE`s (a layout's types hold their symbols, which JSON cannot write).
  const sameTables = layoutDdl(d, before.layout) === layoutDdl(d, after.layout);
  if (!sameTables) throw new DuckdbInputRefusal('the two versions read different input tables; the impact on DuckDB compares versions with the same inputs');
  for (const [side, program] of [['the old', before], ['the new', after]] as const) {
    const measured = program.outputs.find((o) => o.name === options.measure);
    if (!measured || (measured.type.kind !== 'money' && measured.type.kind !== 'integer')) throw new DuckdbInputRefusal(`${side} version has no amount or whole-number output «${options.measure}» (--measure)`);
  }
  const group = options.groupBy;
  if (group !== undefined && !after.layout.cases.columns.some((c) => c.name === group)) {
    throw new DuckdbInputRefusal(`--group-by «${group}» is not a field of the case (${after.layout.cases.columns.map((c) => c.name).join(', ')})`);
  }
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    // Both versions chunk by chunk, as `lovkode run --engine duckdb` computes them (memory bounded by the chunk).
    const inputs = inputLayout(after.layout);
    await viewTables(connection, inputs, population, kind);
    const { ranges, select } = await chunksOf(connection, after.layout, inputs, options.chunkSize ?? defaultChunkSize);
    for (const [i, [lo, hi]] of (ranges.length > 0 ? ranges : [[0, -1] as const]).entries()) {
      await select(lo, hi);
      await connection.run(i === 0 ? `CREATE TABLE gammel AS ${before.sql}` : `INSERT INTO gammel ${before.sql}`);
      await connection.run(i === 0 ? `CREATE TABLE ny AS ${after.sql}` : `INSERT INTO ny ${after.sql}`);
    }
    const m = d.id(options.measure);
    const column = group === undefined ? undefined : after.layout.cases.columns.find((c) => c.name === group);
    const fallback = column?.defaultValue ? defaultText(column.defaultValue) : undefined;
    const groupColumn = group === undefined ? `'alle'` : fallback === undefined ? `CAST(s.${d.id(group)} AS VARCHAR)` : `COALESCE(CAST(s.${d.id(group)} AS VARCHAR), ${quote(fallback)})`;
    await connection.run(`CREATE VIEW virkning AS
      SELECT s.sak_id, ${groupColumn} AS gruppe, o.${m} AS før, n.${m} AS etter, n.${m} - o.${m} AS endring, o.feil_kode AS feil_før, n.feil_kode AS feil_etter
      FROM ${inputs.cases.name} s JOIN gammel o ON o.sak_id = s.sak_id JOIN ny n ON n.sak_id = s.sak_id`);
    await connection.run(`COPY (SELECT * FROM virkning ORDER BY sak_id) TO ${quote(output)} (FORMAT parquet)`);
    const rows = (
      await connection.runAndReadAll(`SELECT gruppe, count(*), count(*) FILTER (WHERE før IS DISTINCT FROM etter OR feil_før IS DISTINCT FROM feil_etter),
        count(*) FILTER (WHERE (feil_før IS NULL) <> (feil_etter IS NULL)),
        CAST(COALESCE(sum(før) FILTER (WHERE begge), 0) AS VARCHAR), CAST(COALESCE(sum(etter) FILTER (WHERE begge), 0) AS VARCHAR), CAST(COALESCE(sum(etter) FILTER (WHERE begge), 0) - COALESCE(sum(før) FILTER (WHERE begge), 0) AS VARCHAR)
        FROM (SELECT *, feil_før IS NULL AND feil_etter IS NULL AS begge FROM virkning) v GROUP BY ROLLUP (gruppe) ORDER BY GROUPING(gruppe), gruppe`)
    ).getRows();
    const groups = rows.map(([name, cases, changed, failsInOne, sumBefore, sumAfter, change]) => ({
      group: name === null ? 'i alt' : String(name),
      cases: Number(cases),
      changed: Number(changed),
      failsInOne: Number(failsInOne),
      before: String(sumBefore),
      after: String(sumAfter),
      change: String(change),
    }));
    return { measure: options.measure, groupBy: group, groups };
  } catch (error) {
    if (error instanceof DuckdbInputRefusal || !(error instanceof Error)) throw error;
    throw new DuckdbFailure(`DuckDB: ${error.message}`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A field's literal default as DuckDB writes the value as text (`false`, a member's name, a number). */
function defaultText(expr: Ast.Expr): string | undefined {
  switch (expr.kind) {
    case 'Boolean':
      return expr.value ? 'true' : 'false';
    case 'Text':
    case 'Number':
      return expr.value;
    case 'Reference':
      return expr.name.text;
    case 'MemberAccess':
      return expr.member.text;
    default:
      return undefined;
  }
}

/** The summary as Markdown: one row per group, then the whole population. Sums are over the cases without an error. */
export function impactMarkdown(impact: ImpactOnDuckdb, sides: { readonly before: string; readonly after: string }): string {
  const lines = [
    `## Virkning på befolkningen: «${impact.measure}»`,
    '',
    `${sides.before} → ${sides.after}, beregnet med DuckDB. Summene er over sakene som ikke feiler i noen av versjonene.`,
    '',
    `| ${impact.groupBy ?? 'gruppe'} | saker | endret | feiler i én versjon | før | etter | endring |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...impact.groups.map((g) => `| ${g.group} | ${g.cases} | ${g.changed} | ${g.failsInOne} | ${g.before} | ${g.after} | ${g.change} |`),
  ];
  return `${lines.join('\n')}\n`;
}
