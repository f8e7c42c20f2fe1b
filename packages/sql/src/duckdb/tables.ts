import { DuckDBInstance } from '@duckdb/node-api';
import { dialects } from '../dialect.js';
import { CaseAppenders } from './appenders.js';
import { layoutDdl, type Layout } from '../layout.js';
import { DuckdbFailure, listFile } from './run.js';

/**
 * Writes cases (already valid) as the layout's tables in Parquet or CSV (docs/sql.md §1):
 * `saker.parquet` and `saker.<liste>.parquet` beside it; case `i` (from 0) is `sak_id` i + 1.
 */
export async function writeCaseTables(layout: Layout, cases: Iterable<Record<string, unknown>>, casesFile: string): Promise<number> {
  const format = casesFile.endsWith('.csv') ? 'csv' : 'parquet';
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(layoutDdl(dialects.duckdb, layout));
    const tables = [layout.cases, ...layout.lists];
    const appenders = await CaseAppenders.open(connection, layout);
    let count = 0;
    for (const object of cases) appenders.append(object, ++count);
    appenders.close();
    const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
    for (const table of tables) {
      const file = table.field === undefined ? casesFile : listFile(casesFile, table);
      await connection.run(`COPY ${table.name} TO ${quote(file)} (FORMAT ${format === 'csv' ? 'csv, HEADER true' : 'parquet'})`);
    }
    return count;
  } catch (error) {
    if (!(error instanceof Error) || error instanceof DuckdbFailure) throw error;
    throw new DuckdbFailure(`DuckDB: ${error.message}`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
