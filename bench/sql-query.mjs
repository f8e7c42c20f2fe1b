// The compiled query alone (docs/sql.md §7): the input tables in DuckDB's memory, then
// `CREATE OR REPLACE TABLE resultat AS <query>` for each query file given, alternated round by
// round (A/B/A/B), with the process's CPU time (user + system, every DuckDB thread) and the wall
// time of each run, and the query's stages, joins and groupings counted in its text.
//
//   node packages/cli/bin/lovkode.mjs population --size 100000 --format parquet \
//     --module sosialtjenesteloven.vedtak -o h.parquet
//   node packages/cli/bin/lovkode.mjs sql rules --module sosialtjenesteloven.vedtak --dialect duckdb > new.sql
//   node bench/sql-query.mjs --tables h.parquet [--rounds 3] [--threads 2] [--profile] [--compare] old.sql new.sql
//
// --set name=value: a DuckDB setting (repeatable). --profile: one more run of each query with DuckDB's profiling, its operators' time summed over
// threads by operator type (and how many there are); --top N: its N costliest operators, with the
// start of what they compute. --compare: the result tables of the queries
// are equal (`EXCEPT ALL` both ways, with their row counts).
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const fromSql = createRequire(join(import.meta.dirname, '..', 'packages', 'sql', 'package.json'));
const { DuckDBInstance } = await import(fromSql.resolve('@duckdb/node-api'));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { tables: { type: 'string' }, rounds: { type: 'string', default: '3' }, threads: { type: 'string', default: '2' }, profile: { type: 'boolean', default: false }, compare: { type: 'boolean', default: false }, top: { type: 'string', default: '0' }, set: { type: 'string', multiple: true, default: [] } },
});
if (!values.tables || positionals.length === 0) throw new Error('usage: node bench/sql-query.mjs --tables saker.parquet [--rounds N] [--threads N] [--profile] [--compare] query.sql …');

const quote = (text) => `'${text.replace(/'/g, "''")}'`;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

/** `saker.parquet` is `sak`; `saker.inntekter.tilhører.parquet` beside it is `sak__inntekter__tilhører` (docs/sql.md §1). */
function tablesOf(casesFile) {
  const dir = dirname(casesFile);
  const stem = basename(casesFile, '.parquet');
  const lists = readdirSync(dir).filter((f) => f.startsWith(`${stem}.`) && f.endsWith('.parquet') && f !== basename(casesFile));
  return [['sak', casesFile], ...lists.map((f) => [`sak__${f.slice(stem.length + 1, -'.parquet'.length).split('.').join('__')}`, join(dir, f)])];
}

/** Stages (common table expressions), joins and groupings, counted in the query's text. */
function shape(sql) {
  const count = (re) => (sql.match(re) ?? []).length;
  return { stages: count(/^\S+ AS \($/gm), joins: count(/\bJOIN\b/g), groupings: count(/\bGROUP BY\b/g) };
}

const instance = await DuckDBInstance.create(':memory:', { threads: values.threads, ...Object.fromEntries(values.set.map((kv) => kv.split('='))) });
const connection = await instance.connect();
const scratch = mkdtempSync(join(tmpdir(), 'lovkode-sql-query-'));
try {
  for (const [table, file] of tablesOf(values.tables)) await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet(${quote(file)})`);
  const cases = (await (await connection.runAndReadAll('SELECT count(*) FROM sak')).getRows())[0][0];
  const queries = positionals.map((file) => ({ file, sql: readFileSync(file, 'utf8').trim().replace(/;$/, '') }));
  console.log(`${cases} cases, threads ${values.threads}; load ${load()}`);
  for (const q of queries) console.log(`${q.file}: ${JSON.stringify(shape(q.sql))}`);

  const run = async (q, table) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await connection.run(`CREATE OR REPLACE TABLE ${table} AS ${q.sql}`);
    const wall = (performance.now() - start) / 1000;
    const { user, system } = process.cpuUsage(cpu);
    return { wall, user: user / 1e6, system: system / 1e6 };
  };
  const f = (x) => x.toFixed(2);
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const q of round % 2 === 1 ? queries : [...queries].reverse()) {
      const r = await run(q, 'resultat');
      console.log(`round ${round} ${q.file}: wall ${f(r.wall)} s, CPU ${f(r.user + r.system)} s (${f(r.user)} + ${f(r.system)}); load ${load()}`);
    }
  }

  if (values.compare && queries.length > 1) {
    for (const [i, q] of queries.entries()) await run(q, `resultat_${i}`);
    for (let i = 1; i < queries.length; i++) {
      const n = async (sql) => (await (await connection.runAndReadAll(sql)).getRows())[0][0];
      const only = async (a, b) => n(`SELECT count(*) FROM (SELECT * FROM resultat_${a} EXCEPT ALL SELECT * FROM resultat_${b})`);
      console.log(`${queries[0].file} vs ${queries[i].file}: rows ${await n('SELECT count(*) FROM resultat_0')} / ${await n(`SELECT count(*) FROM resultat_${i}`)}, only in the first ${await only(0, i)}, only in the second ${await only(i, 0)}`);
    }
  }

  if (values.profile) {
    for (const [i, q] of queries.entries()) {
      const output = join(scratch, `profile-${i}.json`);
      await connection.run(`PRAGMA enable_profiling = 'json'`);
      await connection.run(`PRAGMA profiling_output = ${quote(output)}`);
      await run(q, 'resultat');
      await connection.run('PRAGMA disable_profiling');
      const byType = new Map();
      const operators = [];
      const visit = (node) => {
        const type = node.operator_type ?? node.operator_name;
        if (type && typeof node.operator_timing === 'number') {
          const [time, count] = byType.get(type) ?? [0, 0];
          byType.set(type, [time + node.operator_timing, count + 1]);
          operators.push({ type, time: node.operator_timing, rows: node.operator_cardinality, info: JSON.stringify(node.extra_info ?? {}).slice(0, 160) });
        }
        for (const child of node.children ?? []) visit(child);
      };
      visit(JSON.parse(readFileSync(output, 'utf8')));
      const total = [...byType.values()].reduce((s, [t]) => s + t, 0);
      console.log(`profile ${q.file}: operators ${f(total)} s (summed over threads)`);
      for (const [type, [time, count]] of [...byType].sort((a, b) => b[1][0] - a[1][0])) console.log(`  ${type.padEnd(24)} ${f(time)} s  (${count})`);
      for (const o of operators.sort((a, b) => b.time - a.time).slice(0, Number(values.top))) console.log(`  ${f(o.time)} s ${o.type} ${o.rows} rows ${o.info}`);
    }
  }
} finally {
  connection.closeSync();
  instance.closeSync();
  rmSync(scratch, { recursive: true, force: true });
}
