import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect as connectSocket, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesetHash } from '@lovkode/engine';
import { parseRulesetSpec, readGitRuleFiles } from '../../src/server/index';
import { root } from '../cli/lovkode';
import { call, e1, e3 } from './support';

// The real `lovkode serve` in a child process: startup, logs, git revisions, and graceful
// shutdown on SIGTERM with a request in flight, started as `pnpm lovkode serve` starts it.
// A start takes seconds on a loaded machine, so the tests are few and generous with time.
const timeout = 180_000;
const launcher = path.join(root, 'packages/cli/bin/lovkode.mjs');

interface Served {
  readonly child: ChildProcess;
  readonly lines: Array<Record<string, unknown>>;
  stderr(): string;
  readonly exited: Promise<number | null>;
  /** Resolves with the first log line that matches. */
  line(match: (line: Record<string, unknown>) => boolean, ms?: number): Promise<Record<string, unknown>>;
}

function serve(args: readonly string[], cwd = root): Served {
  const child = spawn(process.execPath, [launcher, 'serve', ...args], { cwd, env: { ...process.env, LOVKODE_DEBUG: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Array<Record<string, unknown>> = [];
  const waiting: Array<{ match: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }> = [];
  let pending = '';
  let errors = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    for (let at = pending.indexOf('\n'); at >= 0; at = pending.indexOf('\n')) {
      const text = pending.slice(0, at);
      pending = pending.slice(at + 1);
      const line = JSON.parse(text) as Record<string, unknown>; // every line of the log is JSON
      lines.push(line);
      for (const w of [...waiting]) if (w.match(line)) w.resolve(line);
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (errors += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    stderr: () => errors,
    exited,
    line: (match, ms = 120_000) =>
      new Promise((resolve, reject) => {
        const found = lines.find(match);
        if (found) return resolve(found);
        const timer = setTimeout(() => reject(new Error(`no such log line; stderr: ${errors}`)), ms);
        waiting.push({ match, resolve: (line) => (clearTimeout(timer), resolve(line)) });
        void exited.then((code) => reject(new Error(`serve exited with ${code}: ${errors}`)));
      }),
  };
}

const started: Served[] = [];
afterAll(() => {
  for (const s of started) if (s.child.exitCode === null) s.child.kill('SIGKILL');
});

async function listening(args: readonly string[], cwd?: string): Promise<{ served: Served; url: string }> {
  const served = serve(args, cwd);
  started.push(served);
  const line = await served.line((l) => l['msg'] === 'lovkode serve lytter');
  return { served, url: line['address'] as string };
}

describe.concurrent('lovkode serve', () => {
  it('with --workers 2 serves from two processes, and SIGTERM stops both with exit 0', { timeout }, async () => {
    const { served, url } = await listening(['rules', '--module', 'sosialtjenesteloven.vedtak', '--port', '0', '--workers', '2']);
    const first = served.lines.find((l) => l['msg'] === 'lovkode serve lytter');
    const second = await served.line((l) => l['msg'] === 'lovkode serve lytter' && l['pid'] !== first?.['pid']);
    expect(second['address']).toBe(url);
    const answers = await Promise.all(Array.from({ length: 20 }, () => call(url, '/v1/evaluate', { body: e1 })));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    expect(served.lines.filter((l) => l['msg'] === 'stoppet')).toHaveLength(3);
  });

  it('on SIGTERM stops taking new connections, finishes the batch in flight, and exits 0', { timeout }, async () => {
    const { served, url } = await listening(['rules', '--module', 'sosialtjenesteloven.vedtak', '--port', '0']);
    expect((await call(url, '/v1/health')).status).toBe(200);

    // A slow batch: its body arrives in two parts, and each case is justified in text (at most 50 by default).
    const body = Buffer.from(JSON.stringify({ cases: Array.from({ length: 50 }, (_, i) => (i % 2 ? e1 : e3)) }));
    const half = Math.floor(body.length / 2);
    const { port } = new URL(url);
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: Number(port), method: 'POST', path: '/v1/evaluate/batch?begrunnelse=true', headers: { 'content-type': 'application/json', 'content-length': body.length } },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (d: string) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.subarray(0, half));
      setTimeout(() => {
        served.child.kill('SIGTERM');
        setTimeout(() => req.end(body.subarray(half)), 1500);
      }, 1500);
    });
    await served.line((l) => l['msg'] === 'stopper: fullfører forespørsler som er i gang');
    // No new connections once stopping; the process waits for the request in flight.
    await expect(fetch(`${url}/v1/health`)).rejects.toThrow();
    expect(served.child.exitCode).toBeNull();

    const answer = await response;
    expect(answer.status).toBe(200);
    const batch = JSON.parse(answer.text);
    expect(batch.summary).toEqual({ cases: 50, ok: 50, failed: 0, timedOut: 0 });
    expect(batch.results[0].begrunnelse).toEqual(expect.any(String));
    expect(await served.exited).toBe(0);

    // The log: JSON lines, one per request, and the stop.
    const requests = served.lines.filter((l) => l['msg'] === 'request');
    expect(requests.map((l) => [l['route'], l['status']])).toEqual([
      ['/v1/health', 200],
      ['/v1/evaluate/batch', 200],
    ]);
    for (const l of requests) expect(l).toMatchObject({ level: 'info', reqId: expect.any(String), method: expect.any(String), durationMs: expect.any(Number) });
    expect(requests[1]?.['ruleset']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(served.lines.at(-1)?.['msg']).toBe('stoppet');
    expect(served.stderr()).not.toMatch(/intern feil/);
  });

  it('serves several versions, one read from a git revision, and a request can pin either', { timeout }, async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'lovkode-serve-'));
    try {
      cpSync(path.join(root, 'rules'), path.join(repo, 'regler'), { recursive: true, filter: (p) => !p.includes(`${path.sep}tester`) });
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, stdio: 'pipe' });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-q', '-m', 'regler');
      const rates = path.join(repo, 'regler/satser/veiledende-satser.lov');
      const committed = readFileSync(rates, 'utf8');
      writeFileSync(rates, committed.replace(/^(\s*\| 2024-01-01 \|\s*)7 850 /m, '$17 900 '));

      // The git side reads the committed text, with the same paths as the working tree.
      const fromGit = await readGitRuleFiles(repo, 'HEAD', 'regler');
      expect(fromGit.find((f) => f.path === 'regler/satser/veiledende-satser.lov')?.text).toBe(committed);

      const { served, url } = await listening(['--rules', 'arbeid=regler', '--rules', 'innsjekket=git:HEAD:regler', '--module', 'sosialtjenesteloven.vedtak', '--port', '0'], repo);
      const health = (await call(url, '/v1/health')).json;
      expect(health.rulesets.map((r: { name: string }) => r.name)).toEqual(['arbeid', 'innsjekket']);
      const [working, inGit] = health.rulesets.map((r: { ruleset: string }) => r.ruleset);
      expect(inGit).toBe(rulesetHash(fromGit));
      expect(working).not.toBe(inGit);

      const now = await call(url, '/v1/evaluate', { body: e1 });
      const pinned = await call(url, '/v1/evaluate', { body: e1, headers: { 'lovkode-ruleset': inGit } });
      expect(now.json.ruleset).toBe(working);
      expect(pinned.json.ruleset).toBe(inGit);
      expect(now.json.values['sats']).toBe('7900.00');
      expect(pinned.json.values['sats']).toBe('7850.00');
      expect((await call(url, '/v1/rules?ruleset=innsjekket')).json.sources).toEqual(['git:HEAD:regler']);

      served.child.kill('SIGTERM');
      expect(await served.exited).toBe(0);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('holds the limits given on the command line', { timeout }, async () => {
    const limits = ['--max-explained-batch', '1', '--max-response-bytes', '5000', '--request-timeout', '1000', '--max-connections', '5', '--cors-origin', 'https://a.kommune.no', '--cors-origin', 'http://localhost:5173/'];
    const { served, url } = await listening(['rules', '--module', 'sosialtjenesteloven.vedtak', '--port', '0', ...limits]);
    const explained = await call(url, '/v1/evaluate/batch?begrunnelse=true', { body: { cases: [e1, e1] } });
    expect(explained.status).toBe(413);
    expect(explained.json.detail).toMatch(/høyst 1 per forespørsel med explain eller begrunnelse/);
    const large = await call(url, '/v1/evaluate?explain=true', { body: e1 });
    expect(large.status).toBe(422);
    expect(large.json.detail).toMatch(/grensen på 5000 byte/);
    expect((await call(url, '/v1/evaluate/batch', { body: { cases: [e1, e1] } })).json.summary.ok).toBe(2);
    // Both origins given (the second with its trailing slash) may call; another may not.
    for (const origin of ['https://a.kommune.no', 'http://localhost:5173']) {
      expect((await call(url, '/v1/health', { headers: { origin } })).headers.get('access-control-allow-origin')).toBe(origin);
    }
    expect((await call(url, '/v1/health', { headers: { origin: 'https://b.kommune.no' } })).headers.get('access-control-allow-origin')).toBeNull();
    // Headers that never end: 408 after the timeout, within Node's check every second.
    const started = Date.now();
    const stalled = await new Promise<string>((resolve) => {
      const socket = connectSocket(Number(new URL(url).port), '127.0.0.1');
      let text = '';
      socket.setEncoding('utf8').on('data', (d: string) => (text += d));
      socket.on('error', () => {});
      socket.on('close', () => resolve(text));
      socket.write('GET /v1/health HTTP/1.1\r\nHost: x\r\n');
    });
    expect(stalled).toMatch(/^HTTP\/1\.1 408 /);
    expect(Date.now() - started).toBeLessThan(1000 + 1000 + 2000);
    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    expect(served.lines).toContainEqual(expect.objectContaining({ msg: 'request', status: 408, reason: 'ERR_HTTP_REQUEST_TIMEOUT' }));
  });

  it('refuses to start: port in use (1, also with --workers), bad --rules, no rules or a bad limit (64), unknown git revision (66)', { timeout }, async () => {
    const blocker = createNetServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const [inUse, inUseByWorkers, badSpec, none, badRevision, badLimit, badOrigin] = [
        serve(['rules', '--module', 'sosialtjenesteloven.vedtak', '--port', String(port)]),
        serve(['rules', '--module', 'sosialtjenesteloven.vedtak', '--port', String(port), '--workers', '2']),
        serve(['--rules', 'uten-sti']),
        serve([]),
        serve(['--rules', 'x=git:finnes-ikke:rules']),
        serve(['rules', '--module', 'sosialtjenesteloven.vedtak', '--max-connections', '0']),
        serve(['rules', '--module', 'sosialtjenesteloven.vedtak', '--cors-origin', 'https://a.kommune.no/saker']),
      ];
      started.push(inUse, inUseByWorkers, badSpec, none, badRevision, badLimit, badOrigin);
      expect(await inUse.exited).toBe(1);
      expect(inUse.stderr()).toMatch(/kan ikke lytte på 127\.0\.0\.1:\d+: adressen er i bruk/);
      // A process that cannot start is not started again: all stop, with the same code.
      expect(await inUseByWorkers.exited).toBe(1);
      expect(inUseByWorkers.lines.map((l) => l['msg'])).toContain('en prosess kunne ikke starte; stopper alle');
      expect(await badSpec.exited).toBe(64);
      expect(badSpec.stderr()).toMatch(/--rules: «uten-sti» er ikke på formen navn=sti/);
      expect(await none.exited).toBe(64);
      expect(await badRevision.exited).toBe(66);
      expect(badRevision.stderr()).toMatch(/finner ikke git-revisjonen «finnes-ikke»/);
      expect(await badLimit.exited).toBe(64);
      expect(badLimit.stderr()).toMatch(/--max-connections «0» må være et heltall fra 1 til/);
      expect(await badOrigin.exited).toBe(64);
      expect(badOrigin.stderr()).toMatch(/--cors-origin: «https:\/\/a\.kommune\.no\/saker» er ikke en opprinnelse/);
      for (const s of [inUse, inUseByWorkers, badSpec, none, badRevision, badLimit, badOrigin]) expect(s.stderr()).not.toMatch(/intern feil|\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});

describe('--rules', () => {
  it('parses name=path and name=git:<rev>:<path>', () => {
    expect(parseRulesetSpec('2024=rules')).toEqual({ name: '2024', kind: 'path', paths: ['rules'] });
    expect(parseRulesetSpec('v1=git:v1.0:rules/satser')).toEqual({ name: 'v1', kind: 'git', revision: 'v1.0', path: 'rules/satser' });
    expect(parseRulesetSpec('v1=git:HEAD~1')).toEqual({ name: 'v1', kind: 'git', revision: 'HEAD~1', path: '.' });
    expect(() => parseRulesetSpec('x=git:--output=/tmp/x:rules')).toThrow(/git-revisjon/);
    expect(() => parseRulesetSpec('sha256:abc=rules')).toThrow();
    expect(() => parseRulesetSpec('=rules')).toThrow();
    expect(() => parseRulesetSpec('a b=rules')).toThrow(/gyldig navn/);
  });
});
