import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CompiledRules } from '@lovkode/engine';
import { createServer, defaults } from '../../src/server/index';
import { JsonResponse } from '../../src/server/json-response';
import { call, compileFiles, e1, expectProblem, shippedFiles, start, type Running } from './support';

// The limits that keep one large request from taking the service down (docs/http.md,
// "Limits"): cases per explained batch, the size of an answer, the deadline counting the
// time an answer takes to write, and other requests served while a large batch runs.
let rules: CompiledRules;

beforeAll(() => {
  rules = compileFiles(shippedFiles());
});

/** A case with `count` expenses and incomes: its trace and justification grow with them. */
function largeCase(count: number): typeof e1 {
  return {
    ...e1,
    utgifter: Array.from({ length: count }, (_, i) => ({ art: i % 2 ? 'husleie' : 'strøm', beløp: 10 + i })),
    ...(count > 200 ? { inntekter: Array.from({ length: count }, (_, i) => ({ art: 'lønn', beløp: 1 + i })) } : {}),
  };
}

describe('explained batches', () => {
  let server: Running;
  beforeAll(async () => {
    server = await start({ rulesets: [{ name: 'default', rules }], maxBatch: 10, maxExplainedBatch: 3 });
  });
  afterAll(() => server.close());

  it('a batch with explain or begrunnelse over --max-explained-batch: 413 naming the limit', async () => {
    for (const query of ['?explain=true', '?begrunnelse=true', '?explain=1&begrunnelse=1']) {
      const answer = await call(server.url, `/v1/evaluate/batch${query}`, { body: { cases: [e1, e1, e1, e1] } });
      expectProblem(answer, 413, 'payload-too-large');
      expect(answer.json.code).toBe('LK7007');
      expect(answer.json.detail).toMatch(/4 saker.*høyst 3 .*explain eller begrunnelse/);
      expect(answer.json.violations).toEqual([{ path: '/cases', message: expect.stringMatching(/^Høyst 3 saker .*\(fikk 4\)$/) }]);
    }
    // The same cases without explanations, and as many as the limit with them, are answered.
    expect((await call(server.url, '/v1/evaluate/batch', { body: { cases: [e1, e1, e1, e1] } })).json.summary.ok).toBe(4);
    expect((await call(server.url, '/v1/evaluate/batch?explain=true', { body: { cases: [e1, e1, e1] } })).json.summary.ok).toBe(3);
  });

  it('by default at most 50, so the batch of the issue (1 000 large cases, explain=true) is refused at once', async () => {
    expect(defaults.maxExplainedBatch).toBe(50);
    const standard = await start({ rulesets: [{ name: 'default', rules }] });
    try {
      const started = performance.now();
      const answer = await call(standard.url, '/v1/evaluate/batch?explain=true', { body: { cases: Array.from({ length: 1000 }, () => largeCase(200)) } });
      expectProblem(answer, 413, 'payload-too-large');
      expect(answer.json.detail).toMatch(/høyst 50 /);
      expect(performance.now() - started).toBeLessThan(3000);
    } finally {
      await standard.close();
    }
  });
});

describe('the size of an answer', () => {
  let server: Running;
  const LIMIT = 50_000;
  beforeAll(async () => {
    server = await start({ rulesets: [{ name: 'default', rules }], maxResponseBytes: LIMIT });
  });
  afterAll(() => server.close());

  it('an answer over --max-response-bytes is a 422 naming the limit, not a large body', async () => {
    const batch = await call(server.url, '/v1/evaluate/batch?explain=true', { body: { cases: Array.from({ length: 10 }, () => e1) } });
    expectProblem(batch, 422, 'response-too-large');
    expect(batch.json.detail).toMatch(/grensen på 50000 byte etter \d+ av 10 saker/);
    expect(batch.text.length).toBeLessThan(2000);
    const single = await call(server.url, '/v1/evaluate?explain=true', { body: largeCase(200) });
    expectProblem(single, 422, 'response-too-large');
    expect(single.json.detail).toMatch(/grensen på 50000 byte/);
  });

  it('an answer under the limit is sent whole, with its length', async () => {
    // The justification of E1 alone is 25 764 bytes (measured 2026-12-05); two would pass the 50 000-byte limit here.
    const answer = await call(server.url, '/v1/evaluate/batch?begrunnelse=true', { body: { cases: [e1] } });
    expect(answer.status).toBe(200);
    expect(answer.json.summary).toEqual({ cases: 1, ok: 1, failed: 0, timedOut: 0 });
    expect(Number(answer.headers.get('content-length'))).toBe(Buffer.byteLength(answer.text));
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('the deadline', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts the time a case’s answer takes to write', async () => {
    let clock = 0;
    const server = await start({ rulesets: [{ name: 'default', rules }], deadlineMs: 25, sliceMs: 1_000_000, now: () => clock });
    // Writing a case's result into the answer takes 10 ms on this clock; nothing else moves it.
    const write = JsonResponse.prototype.write;
    vi.spyOn(JsonResponse.prototype, 'write').mockImplementation(function (this: JsonResponse, text: string) {
      if (/^,?\{"values":/.test(text)) clock += 10;
      return write.call(this, text);
    });
    try {
      const answer = await call(server.url, '/v1/evaluate/batch', { body: { cases: Array.from({ length: 10 }, () => e1) } });
      expect(answer.status).toBe(200);
      expect(answer.json.summary).toEqual({ cases: 10, ok: 3, failed: 7, timedOut: 7 });
    } finally {
      await server.close();
    }
  });
});

/** Sends a batch and counts the bytes of the answer without keeping them. */
function sendBatch(url: string, query: string, body: string): Promise<{ status: number; bytes: number; at: number }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: Number(port), method: 'POST', path: `/v1/evaluate/batch${query}`, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, at: performance.now() }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The longest the event loop went without running a timer of 5 ms, until `stop` is called. */
function watchEventLoop(): { stop(): number } {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick, 5);
  };
  setTimeout(tick, 5);
  return {
    stop: () => {
      running = false;
      return longest;
    },
  };
}

describe('other requests during a large batch', () => {
  it('while a batch with a 50 MB answer is evaluated and written, the event loop turns and health answers promptly', { timeout: 60_000 }, async () => {
    // Limits raised so that the batch is evaluated whole: 400 cases of about 130 kB each explained.
    const app = createServer({ rulesets: [{ name: 'default', rules }], logger: false, maxExplainedBatch: 1000, maxResponseBytes: 1024 * 1024 * 1024, deadlineMs: 60_000 });
    // Watched from when the batch's body has been read (reading and parsing it is not the service's own work).
    let watch: { stop(): number } | undefined;
    app.addHook('preHandler', (request, _reply, done) => {
      if (request.url.startsWith('/v1/evaluate/batch')) watch = watchEventLoop();
      done();
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      // Warm: the first explained evaluation and the first request of a process are slow once.
      expect((await call(url, '/v1/evaluate?explain=true', { body: largeCase(200) })).status).toBe(200);
      expect((await call(url, '/v1/health')).status).toBe(200);

      const batch = sendBatch(url, '?explain=true', JSON.stringify({ cases: Array.from({ length: 400 }, () => largeCase(200)) }));
      let finished = false;
      void batch.then(() => (finished = true));
      const health: Array<{ ms: number; at: number }> = [];
      while (!finished) {
        const watched = watch !== undefined;
        const sent = performance.now();
        const answer = await call(url, '/v1/health');
        expect(answer.status).toBe(200);
        if (watched) health.push({ ms: performance.now() - sent, at: performance.now() });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const longest = watch?.stop() ?? Infinity;
      const answered = await batch;
      expect(answered.status).toBe(200);
      expect(answered.bytes).toBeGreaterThan(50_000_000);
      // Health was answered many times before the batch's answer had arrived, each time
      // promptly, and the event loop never stood still for long (about 40 ms here; writing the
      // whole answer at once stopped it for 0.6 s on the 2-core machine).
      expect(health.filter((h) => h.at < answered.at).length).toBeGreaterThan(10);
      expect(Math.max(...health.map((h) => h.ms))).toBeLessThan(300);
      expect(longest).toBeLessThan(300);
    } finally {
      await app.close();
    }
  });
});
