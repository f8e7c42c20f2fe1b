import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type CompiledRules } from '@lovkode/engine';
import { BufferedStdout } from '../../src/server/logging';
import { call, compileFiles, e1, expectProblem, send, shippedFiles, start, type Running } from './support';

// Replay of pinned rule-set versions, the per-request deadline, and the request log.
let current: CompiledRules;
let changed: CompiledRules;

beforeAll(() => {
  const files = shippedFiles();
  current = compileFiles(files);
  // A second version of the rules: the single adult's rate from 2024-01-01 is 7 900 instead of 7 850.
  const edited = files.map((f) => (f.path.endsWith('veiledende-satser.lov') ? { ...f, text: f.text.replace(/^(\s*\| 2024-01-01 \|\s*)7 850 /m, '$17 900 ') } : f));
  expect(edited.map((f) => f.text)).not.toEqual(files.map((f) => f.text));
  changed = compileFiles(edited);
  expect(changed.ruleset).not.toBe(current.ruleset);
});

describe('replay of a pinned rule-set version', () => {
  let server: Running;
  beforeAll(async () => {
    server = await start({ rulesets: [{ name: 'gjeldende', rules: current }, { name: 'endret', rules: changed }] });
  });
  afterAll(() => server.close());

  it('uses the default version unless the request pins one, and every result names the version it used', async () => {
    const unpinned = await call(server.url, '/v1/evaluate', { body: e1 });
    expect(unpinned.json.ruleset).toBe(current.ruleset);
    expect(unpinned.json.values).toEqual(evaluate(current, e1).values);

    const byHeader = await call(server.url, '/v1/evaluate', { body: e1, headers: { 'Lovkode-Ruleset': changed.ruleset } });
    expect(byHeader.status).toBe(200);
    expect(byHeader.json.ruleset).toBe(changed.ruleset);
    expect(byHeader.headers.get('lovkode-ruleset')).toBe(changed.ruleset);
    expect(byHeader.json.values).toEqual(evaluate(changed, e1).values);
    expect(byHeader.json.values['sats']).not.toEqual(unpinned.json.values['sats']);

    const byQuery = await call(server.url, `/v1/evaluate?ruleset=${encodeURIComponent(changed.ruleset)}`, { body: e1 });
    expect(byQuery.json).toEqual(byHeader.json);
    const byName = await call(server.url, '/v1/evaluate?ruleset=endret', { body: e1 });
    expect(byName.json).toEqual(byHeader.json);
    // A hash pinned back to the default gives the default's result.
    const back = await call(server.url, '/v1/evaluate', { body: e1, headers: { 'Lovkode-Ruleset': current.ruleset } });
    expect(back.json).toEqual(unpinned.json);
  });

  it('pins batches, the schema, the rules description and the OpenAPI document too', async () => {
    const batch = await call(server.url, '/v1/evaluate/batch', { body: { cases: [e1, e1] }, headers: { 'lovkode-ruleset': changed.ruleset } });
    expect(batch.json.ruleset).toBe(changed.ruleset);
    expect(batch.json.results.map((r: { ruleset: string }) => r.ruleset)).toEqual([changed.ruleset, changed.ruleset]);
    const rules = await call(server.url, '/v1/rules?ruleset=endret');
    expect(rules.json).toMatchObject({ ruleset: changed.ruleset, default: false, names: ['endret'] });
    expect(rules.json.available).toEqual([
      { name: 'gjeldende', ruleset: current.ruleset },
      { name: 'endret', ruleset: changed.ruleset },
    ]);
    expect((await call(server.url, '/v1/schema', { headers: { 'lovkode-ruleset': changed.ruleset } })).headers.get('lovkode-ruleset')).toBe(changed.ruleset);
    expect((await call(server.url, '/openapi.json?ruleset=endret')).json.info.description).toContain(changed.ruleset);
  });

  it('an unknown version: 404 listing the versions the service holds', async () => {
    const unknown = `sha256:${'0'.repeat(64)}`;
    for (const request of [{ headers: { 'lovkode-ruleset': unknown } }, { path: `?ruleset=${unknown}` }, { path: '?ruleset=2019' }]) {
      const answer = await call(server.url, `/v1/evaluate${request.path ?? ''}`, { body: e1, ...(request.headers ? { headers: request.headers } : {}) });
      expectProblem(answer, 404, 'unknown-ruleset');
      expect(answer.json.known).toEqual([
        { name: 'gjeldende', ruleset: current.ruleset },
        { name: 'endret', ruleset: changed.ruleset },
      ]);
      expect(answer.json.violations).toEqual([{ path: request.headers ? 'header:lovkode-ruleset' : '?ruleset', message: expect.any(String) }]);
      expect(answer.json.detail).toContain(current.ruleset);
    }
  });

  it('a header and a query that disagree: 400', async () => {
    const answer = await call(server.url, '/v1/evaluate?ruleset=gjeldende', { body: e1, headers: { 'lovkode-ruleset': changed.ruleset } });
    expectProblem(answer, 400, 'invalid-request');
    expect(answer.json.violations.map((v: { path: string }) => v.path)).toEqual(['header:lovkode-ruleset', '?ruleset']);
  });

  it('the header given twice: 400, even when both name the same version (Node would join them with «, »)', async () => {
    for (const pins of [[current.ruleset, changed.ruleset], ['endret', 'endret']]) {
      for (const [path, method] of [['/v1/evaluate', 'POST'], ['/v1/schema', 'GET']] as const) {
        const answer = await send(server.url, path, {
          method,
          headers: { 'lovkode-ruleset': pins, 'content-type': 'application/json' },
          ...(method === 'POST' ? { body: JSON.stringify(e1) } : {}),
        });
        expectProblem(answer, 400, 'invalid-request');
        expect(answer.json.detail).toBe('Headeren Lovkode-Ruleset er gitt flere ganger');
        expect(answer.json.violations).toEqual([{ path: 'header:lovkode-ruleset', message: 'Gi headeren én gang' }]);
      }
    }
    // Given once, it still pins.
    const once = await send(server.url, '/v1/evaluate', { headers: { 'lovkode-ruleset': ['endret'], 'content-type': 'application/json' }, body: JSON.stringify(e1) });
    expect(once.json.ruleset).toBe(changed.ruleset);
  });

  it('two names for the same rules are one version', async () => {
    const same = await start({ rulesets: [{ name: 'a', rules: current }, { name: 'b', rules: current }], defaultRuleset: 'b' });
    try {
      const health = await call(same.url, '/v1/health');
      expect(health.json.rulesets).toEqual([
        { name: 'a', ruleset: current.ruleset },
        { name: 'b', ruleset: current.ruleset },
      ]);
      expect((await call(same.url, '/v1/rules')).json.names).toEqual(['a', 'b']);
    } finally {
      await same.close();
    }
  });
});

describe('the deadline of a request', () => {
  it('cuts a batch off at the deadline: the cases not evaluated are reported as timeout, the rest are results', async () => {
    let clock = 0;
    const server = await start({ rulesets: [{ name: 'default', rules: current }], deadlineMs: 20, sliceMs: 1_000_000, now: () => clock++ });
    try {
      const answer = await call(server.url, '/v1/evaluate/batch', { body: { cases: Array.from({ length: 50 }, () => e1) } });
      expect(answer.status).toBe(200);
      const { ok, timedOut, failed, cases } = answer.json.summary;
      expect(cases).toBe(50);
      expect(ok).toBeGreaterThan(0);
      expect(timedOut).toBeGreaterThan(0);
      expect(ok + timedOut).toBe(50);
      expect(failed).toBe(timedOut);
      const kinds = answer.json.results.map((r: { error?: { code: string } }) => r.error?.code ?? 'ok');
      expect(kinds).toEqual([...Array(ok).fill('ok'), ...Array(timedOut).fill('timeout')]);
      expect(answer.json.results[ok].error.message).toMatch(/fristen på 20 ms etter \d+ av 50 saker/);
      // The next request is served as usual.
      expect((await call(server.url, '/v1/evaluate', { body: e1 })).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('with the real clock, a tiny deadline cuts a large batch off', async () => {
    const server = await start({ rulesets: [{ name: 'default', rules: current }], deadlineMs: 1, maxExplainedBatch: 1000 });
    try {
      const answer = await call(server.url, '/v1/evaluate/batch?explain=true', { body: { cases: Array.from({ length: 1000 }, () => e1) } });
      expect(answer.status).toBe(200);
      expect(answer.json.summary.timedOut).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('serves other requests while a large batch runs', async () => {
    let calls = 0;
    let health: Promise<{ at: number; status: number }> | undefined;
    let server: Running | undefined;
    // The batch reads the clock before each case; a few cases in, a health check is sent.
    const now = () => {
      calls++;
      if (calls === 20 && server) {
        const url = server.url;
        health = call(url, '/v1/health').then((a) => ({ at: performance.now(), status: a.status }));
      }
      return performance.now();
    };
    server = await start({ rulesets: [{ name: 'default', rules: current }], sliceMs: 0, now });
    try {
      calls = 0;
      const batch = await call(server.url, '/v1/evaluate/batch', { body: { cases: Array.from({ length: 1000 }, () => e1) } });
      const batchDone = performance.now();
      expect(batch.json.summary).toMatchObject({ ok: 1000 });
      expect(health).toBeDefined();
      const answered = await (health as Promise<{ at: number; status: number }>);
      expect(answered.status).toBe(200);
      expect(answered.at).toBeLessThan(batchDone);
    } finally {
      await server.close();
    }
  });
});

describe('the request log', () => {
  it('writes one JSON line per request: id, method, route, status, duration and rule set', async () => {
    const lines: string[] = [];
    const server = await start({ rulesets: [{ name: 'default', rules: current }], logger: { stream: { write: (line: string) => lines.push(line) } } });
    try {
      const ok = await call(server.url, '/v1/evaluate', { body: e1, headers: { 'x-request-id': 'sak-1' } });
      const bad = await call(server.url, '/v1/evaluate', { body: { ...e1, sivilstand: 'gift' }, headers: { 'x-request-id': 'sak-2' } });
      const missing = await call(server.url, '/finnes-ikke', { headers: { 'x-request-id': 'sak-3' } });
      expect([ok.status, bad.status, missing.status]).toEqual([200, 422, 404]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const requests = records.filter((r) => r['msg'] === 'request');
      expect(requests).toHaveLength(3);
      expect(requests[0]).toEqual({
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        reqId: 'sak-1',
        method: 'POST',
        route: '/v1/evaluate',
        status: 200,
        durationMs: expect.any(Number),
        ruleset: current.ruleset,
        msg: 'request',
      });
      expect(requests[1]).toMatchObject({ reqId: 'sak-2', status: 422, ruleset: current.ruleset });
      expect(requests[2]).toMatchObject({ reqId: 'sak-3', status: 404, route: null, ruleset: null });
      // Nothing about a case's content is logged.
      expect(lines.join('')).not.toContain('gift');
    } finally {
      await server.close();
    }
  });

  it('writes standard output once per turn of the event loop, and at once past 64 KiB', async () => {
    const writes: string[] = [];
    const out = new BufferedStdout({ write: (text: string) => writes.push(text) });
    out.write('a\n');
    out.write('b\n');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['a\nb\n']);
    out.write(`${'x'.repeat(70_000)}\n`);
    expect(writes).toHaveLength(2);
    out.flush();
    expect(writes).toHaveLength(2);
  });
});
