// Whether two result tables (Parquet, as `lovkode run --engine duckdb` or `lovkode diff
// --engine duckdb` writes them) hold the same rows: their counts, and the rows of each that
// the other does not have (`EXCEPT ALL` both ways). Used to prove that a change of the query's
// plan does not change what it computes (docs/sql.md §7).
//
//   node bench/sql-results-equal.mjs before.parquet after.parquet
import { createRequire } from 'node:module';
import { join } from 'node:path';

const fromSql = createRequire(join(import.meta.dirname, '..', 'packages', 'sql', 'package.json'));
const { DuckDBInstance } = await import(fromSql.resolve('@duckdb/node-api'));

const [a, b] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: node bench/sql-results-equal.mjs before.parquet after.parquet');
const quote = (text) => `'${text.replace(/'/g, "''")}'`;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
try {
  const n = async (sql) => Number((await (await connection.runAndReadAll(sql)).getRows())[0][0]);
  const only = (x, y) => n(`SELECT count(*) FROM (SELECT * FROM read_parquet(${quote(x)}) EXCEPT ALL SELECT * FROM read_parquet(${quote(y)}))`);
  const rows = [await n(`SELECT count(*) FROM read_parquet(${quote(a)})`), await n(`SELECT count(*) FROM read_parquet(${quote(b)})`)];
  const differ = [await only(a, b), await only(b, a)];
  console.log(`rows ${rows[0]} / ${rows[1]}; only in the first ${differ[0]}, only in the second ${differ[1]}: ${rows[0] === rows[1] && differ[0] === 0 && differ[1] === 0 ? 'equal' : 'DIFFERENT'}`);
  process.exitCode = rows[0] === rows[1] && differ[0] === 0 && differ[1] === 0 ? 0 : 1;
} finally {
  connection.closeSync();
  instance.closeSync();
}
