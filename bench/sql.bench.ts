import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../packages/engine/src/index';
import { layoutOf } from '../packages/sql/src/index';
import { writeCaseTables } from '../packages/sql/src/duckdb/index';
import { barnetrygdCase } from '../packages/sql/test/support/barnetrygd-cases';
import { readFileSync as read } from 'node:fs';

/**
 * The SQL engine at registry scale (issue 19, docs/sql.md): N generated barnetrygd cases
 * (LOVKODE_BENCH_SQL_SIZE, default 1 000 000) from Parquet through `lovkode run --engine
 * duckdb` to Parquet, and to JSON Lines; the same cases as JSON Lines through `lovkode run
 * --batch` (the JavaScript evaluator). Each run is a separate `lovkode` process measured by
 * GNU time (wall, CPU, peak RSS). The JSON Lines of both engines must be identical. Then the
 * decision of the social-assistance rules over as many households (`decision`).
 */
export default async function run(): Promise<void> {
  const size = Number(process.env['LOVKODE_BENCH_SQL_SIZE'] ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'lovkode-sql-bench-'));
  try {
    console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (shared machine)`);
    const files = ['barnetrygd.lov', 'satser.lov'].map((name) => ({ path: `rules/barnetrygd/${name}`, text: read(join('rules', 'barnetrygd', name), 'utf8') }));
    const compiled = compile(files, { module: 'barnetrygd' });
    if (!compiled.ok) throw new Error('rules/barnetrygd does not compile');
    const layout = layoutOf(compiled.rules.inputs);

    // The cases, as JSON Lines and as the layout's tables in Parquet (not measured).
    const jsonl = join(dir, 'saker.jsonl');
    const parquet = join(dir, 'saker.parquet');
    const out = createWriteStream(jsonl);
    let buffer = '';
    for (let i = 0; i < size; i++) {
      buffer += `${JSON.stringify(barnetrygdCase(7, i, { invalid: false }))}\n`;
      if (buffer.length > 1 << 16) {
        if (!out.write(buffer)) await once(out, 'drain');
        buffer = '';
      }
    }
    out.end(buffer);
    await once(out, 'finish');
    await writeCaseTables(layout, (function* () {
      for (let i = 0; i < size; i++) yield barnetrygdCase(7, i, { invalid: false });
    })(), parquet);
    const mb = (path: string) => (statSync(path).size / 1e6).toFixed(1);
    console.log(`${size.toLocaleString('en')} cases: saker.jsonl ${mb(jsonl)} MB, saker.parquet ${mb(parquet)} MB + saker.barn.parquet ${mb(join(dir, 'saker.barn.parquet'))} MB`);

    const lovkode = (args: string[]) => {
      const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', 'node', 'packages/cli/bin/lovkode.mjs', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const figures = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
      const [wall, user, system, rss] = figures as [number, number, number, number];
      return { wall, cpu: user + system, rssMb: rss / 1024, status: result.status };
    };
    const show = (what: string, r: ReturnType<typeof lovkode>) =>
      console.log(`${what}: ${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU, peak RSS ${r.rssMb.toFixed(0)} MB (exit ${r.status})`);
    lovkode(['check', 'rules/barnetrygd']); // builds the bundle, outside the figures
    const duckParquet = lovkode(['run', 'rules/barnetrygd', '--engine', 'duckdb', '--input', parquet, '--output', join(dir, 'resultater.parquet')]);
    show('duckdb, parquet → parquet', duckParquet);
    const duckJsonl = lovkode(['run', 'rules/barnetrygd', '--engine', 'duckdb', '--input', parquet, '--output', join(dir, 'duckdb.jsonl')]);
    show('duckdb, parquet → jsonl  ', duckJsonl);
    const js = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', 'sh', '-c', `node packages/cli/bin/lovkode.mjs run rules/barnetrygd --batch --input ${jsonl} > ${join(dir, 'js.jsonl')}`], { encoding: 'utf8' });
    const [wall, user, system, rss] = js.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number, number];
    const jsRun = { wall, cpu: user + system, rssMb: rss / 1024, status: js.status };
    show('javascript, run --batch  ', jsRun);
    console.log(`ratio, JavaScript wall / DuckDB parquet wall: ${(jsRun.wall / duckParquet.wall).toFixed(1)}×; CPU: ${(jsRun.cpu / duckParquet.cpu).toFixed(1)}×`);
    const same = readFileSync(join(dir, 'duckdb.jsonl'), 'utf8') === readFileSync(join(dir, 'js.jsonl'), 'utf8');
    console.log(`JSON lines of DuckDB and of run --batch identical: ${same ? 'yes' : 'NO'}`);
    decision(size, dir, lovkode, show);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Measured = { wall: number; cpu: number; rssMb: number; status: number | null };

/**
 * The decision (`sosialtjenesteloven.vedtak`, docs/sql.md §7) over N households of the
 * synthetic population (`lovkode population`, seed 1) as Parquet tables and as JSON Lines (not
 * measured): `run --engine duckdb` to Parquet and to JSON Lines (which must be the lines of
 * `run --batch`, every output, the lists too), `run --batch` (the evaluator), and the
 * price-adjustment reform's impact (`diff --engine duckdb`).
 */
function decision(size: number, dir: string, lovkode: (args: string[]) => Measured, show: (what: string, r: Measured) => void): void {
  const parquet = join(dir, 'husstander.parquet');
  const jsonl = join(dir, 'husstander.jsonl');
  spawnSync('node', ['packages/cli/bin/lovkode.mjs', 'population', '--size', String(size), '--format', 'parquet', '-o', parquet, '--module', 'sosialtjenesteloven.vedtak'], { stdio: 'ignore' });
  spawnSync('sh', ['-c', `node packages/cli/bin/lovkode.mjs population --size ${size} > ${jsonl}`], { stdio: 'ignore' });
  console.log(`the decision, ${size.toLocaleString('en')} households of the population (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  const duck = lovkode(['run', 'rules', '--module', 'sosialtjenesteloven.vedtak', '--engine', 'duckdb', '--input', parquet, '--output', join(dir, 'vedtak.parquet')]);
  show('duckdb, parquet → parquet', duck);
  const js = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', 'sh', '-c', `node packages/cli/bin/lovkode.mjs run rules --module sosialtjenesteloven.vedtak --batch --input ${jsonl} > ${join(dir, 'vedtak.jsonl')}`], { encoding: 'utf8' });
  const [wall, user, system, rss] = js.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number, number];
  const jsRun = { wall, cpu: user + system, rssMb: rss / 1024, status: js.status };
  show('javascript, run --batch  ', jsRun);
  console.log(`ratio, JavaScript wall / DuckDB wall: ${(jsRun.wall / duck.wall).toFixed(1)}×; CPU: ${(jsRun.cpu / duck.cpu).toFixed(1)}×`);
  show('duckdb, parquet → jsonl  ', lovkode(['run', 'rules', '--module', 'sosialtjenesteloven.vedtak', '--engine', 'duckdb', '--input', parquet, '--output', join(dir, 'vedtak.duckdb.jsonl')]));
  const same = readFileSync(join(dir, 'vedtak.duckdb.jsonl'), 'utf8') === readFileSync(join(dir, 'vedtak.jsonl'), 'utf8');
  console.log(`JSON lines of DuckDB and of run --batch identical: ${same ? 'yes' : 'NO'}`);
  const diff = lovkode(['diff', 'rules', 'rules', '--old-module', 'sosialtjenesteloven.vedtak', '--new-module', 'reformer.prisjustering', '--engine', 'duckdb', '--population', parquet, '-o', join(dir, 'virkning.parquet'), '--measure', 'stønad', '--group-by', 'sivilstand']);
  show('diff --engine duckdb (prisjustering)', diff);
}
