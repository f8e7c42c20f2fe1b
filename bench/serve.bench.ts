/**
 * Load on `lovkode serve` (docs/http.md, "Load"): throughput and p50/p99 latency of
 * `POST /v1/evaluate` and of batches of 100 on `POST /v1/evaluate/batch`, the same single
 * evaluations on the command with `--workers` (one process per core), then memory over a
 * long run (up to 1 000 000 requests, bounded in time), with autocannon on 127.0.0.1.
 *
 * The server runs in a child process (this same bundled file, started with
 * LOVKODE_BENCH_ROLE=server) so that autocannon does not share its event loop; it logs as in
 * production (one JSON line per request on standard output), to /dev/null
 * (LOVKODE_BENCH_LOG=0: no logs). Every run has a fixed duration and number of connections
 * and stops by itself. Besides throughput and latency it reports the CPU time the server and
 * autocannon used per request, which says more than throughput when other processes load
 * the machine.
 *
 *   pnpm bench serve                              # 10 s per scenario; soak ≤ 1M requests or 240 s
 *   LOVKODE_BENCH_SOAK_SECONDS=30 pnpm bench serve
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { createRequire as requireFrom } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../packages/engine/src/index';
import { createServer } from '../packages/cli/src/server/index';
import { ruleFiles } from '../test/support/rule-files';
import { households } from './households';

const SCENARIO_SECONDS = 10;
const CONNECTIONS = 16;
const SOAK_REQUESTS = 1_000_000;
const SOAK_SECONDS = Number(process.env['LOVKODE_BENCH_SOAK_SECONDS'] ?? 240);
const SOAK_CHUNK_SECONDS = 15;

interface Memory {
  rss: number;
  heapUsed: number;
  external: number;
  /** CPU time the server process has used so far, in microseconds (user + system). */
  cpu: number;
}

// ---- the server side ----------------------------------------------------------------

async function runServer(): Promise<void> {
  const compiled = compile(
    ruleFiles('rules').filter((f) => !f.path.includes('/tester/')),
    { module: 'sosialtjenesteloven.vedtak' },
  );
  if (!compiled.ok) throw new Error('the shipped rules do not compile');
  // Logs as in production: JSON lines on standard output, which the parent sends to /dev/null.
  const app = createServer({ rulesets: [{ name: 'default', rules: compiled.rules }], ...(process.env['LOVKODE_BENCH_LOG'] === '0' ? { logger: false as const } : {}) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  process.on('message', (message) => {
    if (message === 'memory' || message === 'cpu') {
      if (message === 'memory') (globalThis as { gc?: () => void }).gc?.();
      const { rss, heapUsed, external } = process.memoryUsage();
      const { user, system } = process.cpuUsage();
      process.send?.({ memory: { rss, heapUsed, external, cpu: user + system } });
    } else if (message === 'stop') {
      void app.close().then(() => process.exit(0));
    }
  });
  process.send?.({ port: address.port });
}

// ---- the load side -------------------------------------------------------------------

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; p99_9?: number; max: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
type Cannon = (options: Record<string, unknown>) => Promise<CannonResult>;

function repositoryRoot(): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error('run from the repository (pnpm bench serve)');
  }
}

/** autocannon is loaded from the repository's node_modules at run time, not bundled. */
function loadAutocannon(): Cannon {
  return requireFrom(join(repositoryRoot(), 'package.json'))('autocannon') as Cannon;
}

/**
 * The real command, `lovkode serve rules --workers N` (one process per core, node:cluster),
 * logging as in production to a pipe that is read and dropped; resolves with its address.
 */
function startCommand(workers: number): Promise<{ child: ChildProcess; url: string }> {
  const root = repositoryRoot();
  const child = spawn(process.execPath, [join(root, 'packages/cli/bin/lovkode.mjs'), 'serve', 'rules', '--port', '0', '--workers', String(workers)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let pending = '';
    let found = false;
    child.once('exit', (code) => found || reject(new Error(`lovkode serve exited with ${code}`)));
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (found) return;
      pending += chunk;
      const line = pending.split('\n').find((l) => l.includes('"lovkode serve lytter"'));
      if (!line) return;
      found = true;
      resolve({ child, url: (JSON.parse(line) as { address: string }).address });
    });
  });
}

function ask(child: ChildProcess, message: string): Promise<Memory> {
  return new Promise((resolve) => {
    const listener = (reply: unknown) => {
      const memory = (reply as { memory?: Memory }).memory;
      if (memory) {
        child.off('message', listener);
        resolve(memory);
      }
    };
    child.on('message', listener);
    child.send(message);
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

/** Runs a scenario and reports it, with the CPU time the server and the load generator used per request. */
async function measure(child: ChildProcess, label: string, perRequest: number, scenario: () => Promise<CannonResult>): Promise<void> {
  const before = (await ask(child, 'cpu')).cpu;
  const clientBefore = process.cpuUsage();
  const r = await scenario();
  const client = process.cpuUsage(clientBefore);
  const server = (await ask(child, 'cpu')).cpu - before;
  report(label, r, perRequest);
  const perCall = server / Math.max(1, r.requests.total);
  console.log(
    `  CPU per request: server ${Math.round(perCall)} µs` +
      (perRequest > 1 ? ` (${Math.round(perCall / perRequest)} µs per case)` : '') +
      `, autocannon ${Math.round((client.user + client.system) / Math.max(1, r.requests.total))} µs; ` +
      `one core of server CPU alone would give ≈ ${Math.round((1e6 / perCall) * perRequest).toLocaleString('en')} evaluations/s`,
  );
}

function report(label: string, r: CannonResult, perRequest = 1): void {
  const evaluations = r.requests.average * perRequest;
  console.log(
    `${label}: ${Math.round(r.requests.average).toLocaleString('en')} requests/s` +
      (perRequest > 1 ? ` (${Math.round(evaluations).toLocaleString('en')} evaluations/s)` : '') +
      `, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ` +
      `${r.requests.total.toLocaleString('en')} requests, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}; load average ${load()}`,
  );
}

export default async function run(): Promise<void> {
  const autocannon = loadAutocannon();
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, LOVKODE_BENCH_ROLE: 'server' },
    execArgv: ['--expose-gc'],
    stdio: ['ignore', openSync('/dev/null', 'w'), 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    child.on('message', (m) => {
      const p = (m as { port?: number }).port;
      if (p !== undefined) resolve(p);
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const cases = households(2000, 7);
  const singles = cases.map((c) => JSON.stringify(c));
  const batches = Array.from({ length: 20 }, (_, i) => JSON.stringify({ cases: cases.slice(i * 100, i * 100 + 100) }));
  const rotating = (path: string, bodies: readonly string[]) => {
    let next = 0;
    return [
      {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request: Record<string, unknown>) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ];
  };
  const cannon = (path: string, bodies: readonly string[], options: Record<string, unknown>) =>
    autocannon({ url, connections: CONNECTIONS, pipelining: 1, requests: rotating(path, bodies), ...options });

  try {
    console.log(`lovkode serve on ${url}, autocannon with ${CONNECTIONS} connections, ${SCENARIO_SECONDS} s per scenario; load average before: ${load()}`);
    const before = await ask(child, 'memory');
    await cannon('/v1/evaluate', singles, { duration: 3 }); // warm-up
    await measure(child, 'POST /v1/evaluate (one case)', 1, () => cannon('/v1/evaluate', singles, { duration: SCENARIO_SECONDS }));
    await measure(child, 'POST /v1/evaluate/batch (100 cases)', 100, () => cannon('/v1/evaluate/batch', batches, { duration: SCENARIO_SECONDS }));

    // The same load on the command with one process per core.
    const workers = Math.max(2, availableParallelism());
    const command = await startCommand(workers);
    try {
      const viaCommand = (options: Record<string, unknown>) =>
        autocannon({ url: command.url, connections: CONNECTIONS, pipelining: 1, requests: rotating('/v1/evaluate', singles), ...options });
      await viaCommand({ duration: 3 }); // warm-up
      report(`lovkode serve --workers ${workers}: POST /v1/evaluate (one case)`, await viaCommand({ duration: SCENARIO_SECONDS }));
    } finally {
      command.child.kill('SIGTERM');
      await new Promise((resolve) => command.child.once('exit', resolve));
    }
    console.log('target: ≥ 5 000 single evaluations/s with p99 < 20 ms');

    // Memory over a long run: one-case requests until 1 000 000 or the time bound.
    console.log(`memory, soak of up to ${SOAK_REQUESTS.toLocaleString('en')} requests or ${SOAK_SECONDS} s (after GC): at start rss ${mb(before.rss)}, heap ${mb(before.heapUsed)}`);
    const started = Date.now();
    let total = 0;
    const samples: Array<{ requests: number; memory: Memory }> = [];
    while (total < SOAK_REQUESTS && Date.now() - started < SOAK_SECONDS * 1000) {
      const seconds = Math.min(SOAK_CHUNK_SECONDS, Math.max(1, Math.ceil(SOAK_SECONDS - (Date.now() - started) / 1000)));
      const r = await cannon('/v1/evaluate', singles, { duration: seconds });
      total += r.requests.total;
      const memory = await ask(child, 'memory');
      samples.push({ requests: total, memory });
      console.log(
        `  after ${total.toLocaleString('en')} requests (${Math.round((Date.now() - started) / 1000)} s, ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}): rss ${mb(memory.rss)}, heap ${mb(memory.heapUsed)}`,
      );
    }
    const first = samples[0];
    const last = samples.at(-1);
    if (first && last) {
      console.log(
        `memory: ${total.toLocaleString('en')} requests in ${Math.round((Date.now() - started) / 1000)} s${total < SOAK_REQUESTS ? ' (time bound reached before 1 000 000)' : ''}; ` +
          `heap after GC ${mb(first.memory.heapUsed)} → ${mb(last.memory.heapUsed)}, rss ${mb(first.memory.rss)} → ${mb(last.memory.rss)}`,
      );
    }
  } finally {
    child.send('stop');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

if (process.env['LOVKODE_BENCH_ROLE'] === 'server') {
  runServer().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
