import { DuckDBInstance } from '@duckdb/node-api';
import type { ImpactProgram } from '../compile/impact.js';
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
 * A reform's impact on a population in tables (docs/sql.md §8): the impact query of both
 * versions (`compileImpactSql`) over the Parquet or CSV tables, chunk by chunk, one row per case
 * with the measured output before and after (written to `output`, Parquet), and a summary per
 * value of the case field the query groups by.
 */
export async function impactOnDuckdb(program: ImpactProgram, population: string, output: string, options: { /** Cases per query (250 000). */ chunkSize?: number } = {}): Promise<ImpactOnDuckdb> {
  const kind = fileKind(population);
  if (kind !== 'parquet' && kind !== 'csv') throw new DuckdbInputRefusal('--population must be the cases as a .parquet or .csv table (with the list tables beside it)');
  if (!output.endsWith('.parquet')) throw new DuckdbInputRefusal('the per-case impact is written as .parquet (-o)');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    // Both versions in one query, chunk by chunk, as `lovkode run --engine duckdb` computes them (memory bounded by the chunk).
    const inputs = inputLayout(program.layout);
    await viewTables(connection, inputs, population, kind);
    const { ranges, select } = await chunksOf(connection, program.layout, inputs, options.chunkSize ?? defaultChunkSize);
    for (const [i, [lo, hi]] of (ranges.length > 0 ? ranges : [[0, -1] as const]).entries()) {
      await select(lo, hi);
      await connection.run(i === 0 ? `CREATE TABLE virkning AS ${program.sql}` : `INSERT INTO virkning ${program.sql}`);
    }
    // The chunks in the order of their sak_ids, each ordered by sak_id: DuckDB keeps the insertion order (as `copyResults` in run.ts).
    await connection.run(`COPY (SELECT sak_id, gruppe, "før", etter, etter - "før" AS endring, "feil_før", feil_etter FROM virkning) TO ${quote(output)} (FORMAT parquet)`);
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
    return { measure: program.measure, groupBy: program.groupBy, groups };
  } catch (error) {
    if (error instanceof DuckdbInputRefusal || !(error instanceof Error)) throw error;
    throw new DuckdbFailure(`DuckDB: ${error.message}`);
  } finally {
    connection.closeSync();
    instance.closeSync();
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
