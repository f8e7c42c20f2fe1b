import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import { dialects } from '../dialect.js';
import { caseRows } from '../input/case-rows.js';
import { layoutDdl, type Layout, type TableLayout } from '../layout.js';
import { listFile } from './run.js';

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
    const appenders = new Map<TableLayout, DuckDBAppender>();
    for (const table of tables) appenders.set(table, await connection.createAppender(table.name));
    let count = 0;
    for (const object of cases) {
      count++;
      caseRows(layout, object, count, (table, keys, cells) => {
        const appender = appenders.get(table) as DuckDBAppender;
        for (const key of keys) appender.appendBigInt(BigInt(key));
        for (const cell of cells) {
          if (cell === null) appender.appendNull();
          else if (typeof cell === 'boolean') appender.appendBoolean(cell);
          else appender.appendVarchar(cell);
        }
        appender.endRow();
      });
    }
    for (const appender of appenders.values()) appender.closeSync();
    const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
    for (const table of tables) {
      const file = table.field === undefined ? casesFile : listFile(casesFile, table);
      await connection.run(`COPY ${table.name} TO ${quote(file)} (FORMAT ${format === 'csv' ? 'csv, HEADER true' : 'parquet'})`);
    }
    return count;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
