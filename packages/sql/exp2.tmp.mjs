import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
const sql = readFileSync(process.argv[2], 'utf8').replace(/;\s*$/, '');
const i = await DuckDBInstance.create(':memory:');
const c = await i.connect();
await c.run(`CREATE VIEW sak AS SELECT * FROM read_parquet('/tmp/sqlb/saker.parquet')`);
await c.run(`CREATE VIEW sak__barn AS SELECT * FROM read_parquet('/tmp/sqlb/saker.barn.parquet')`);
await c.run(`PRAGMA enable_profiling='json'; PRAGMA profiling_output='/tmp/sqlb/prof.json'`);
await c.run(`COPY (${sql}) TO '/tmp/sqlb/out.parquet' (FORMAT parquet)`);
