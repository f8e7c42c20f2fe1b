import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { caseRows } from '../input/case-rows.js';
import type { Layout, TableLayout } from '../layout.js';

/** Appenders for the layout's tables: a case goes in as its rows (`caseRows`), texts cast by DuckDB to the column types. */
export class CaseAppenders {
  private constructor(
    private readonly layout: Layout,
    private readonly appenders: ReadonlyMap<TableLayout, DuckDBAppender>,
  ) {}

  static async open(connection: DuckDBConnection, layout: Layout): Promise<CaseAppenders> {
    const appenders = new Map<TableLayout, DuckDBAppender>();
    for (const table of [layout.cases, ...layout.lists]) appenders.set(table, await connection.createAppender(table.name));
    return new CaseAppenders(layout, appenders);
  }

  append(object: Record<string, unknown>, caseId: number): void {
    caseRows(this.layout, object, caseId, (table, keys, cells) => {
      const appender = this.appenders.get(table) as DuckDBAppender;
      for (const key of keys) appender.appendBigInt(BigInt(key));
      for (const cell of cells) {
        if (cell === null) appender.appendNull();
        else if (typeof cell === 'boolean') appender.appendBoolean(cell);
        else appender.appendVarchar(cell);
      }
      appender.endRow();
    });
  }

  close(): void {
    for (const appender of this.appenders.values()) appender.closeSync();
  }
}
