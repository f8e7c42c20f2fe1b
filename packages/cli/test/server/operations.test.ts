import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRules } from '@lovkode/engine';
import { LATENCY_BUCKETS_SECONDS } from '../../src/server/metrics';
import { traceContext } from '../../src/server/logging';
import { call, compileFiles, e1, expectProblem, send, shippedFiles, start, type Running } from './support';

// What an operator and a platform need around the evaluation routes (docs/http.md,
// «Operations»): readiness apart from liveness, Prometheus metrics, trace context in the
// log, entity tags on the documents, and CORS only for the origins named.
let rules: CompiledRules;
let changed: CompiledRules;

beforeAll(() => {
  const files = shippedFiles();
  rules = compileFiles(files);
  changed = compileFiles(files.map((f) => (f.path.endsWith('veiledende-satser.lov') ? { ...f, text: f.text.replace(/^(\s*\| 2024-01-01 \|\s*)7 850 /m, '$17 900 ') } : f)));
});

/** A connection with `head` sent; `finish` sends the rest and returns all the server wrote until it closed. */
function halfSent(url: string, head: string): Promise<{ finish(rest: string): Promise<string> }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(head);
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      const ended = new Promise<string>((done) => socket.on('close', () => done(text)));
      resolve({
        finish: (rest) => {
          socket.write(rest);
          return ended;
        },
      });
    });
    socket.on('error', reject);
  });
}

describe('readiness and liveness', () => {
  // Five services are started and stopped: generous for a busy machine (well under a second alone).
  it('is ready while it serves; while stopping, readiness is 503, liveness and metrics still answer, work is refused', { timeout: 30_000 }, async () => {
    const server = await start({ rulesets: [{ name: 'default', rules }] });
    const ready = await call(server.url, '/v1/ready');
    expect(ready.status).toBe(200);
    expect(ready.json).toEqual({ status: 'ready', rulesets: 1 });
    expectProblem(await call(server.url, '/v1/ready?x=1'), 400, 'invalid-request');

    await server.close();

    // A request whose headers are under way when the service begins to stop: its connection
    // is not idle, so it is read to the end and answered (one per service: the service ends
    // other half-read connections once it has answered one).
    const answers: string[] = [];
    for (const path of ['/v1/ready', '/v1/health', '/metrics', '/v1/schema']) {
      const stopping = await start({ rulesets: [{ name: 'default', rules }] });
      const socket = await halfSent(stopping.url, `GET ${path} HTTP/1.1\r\nHost: lovkode\r\n`);
      const closed = stopping.close();
      await new Promise((resolve) => setTimeout(resolve, 20));
      answers.push(await socket.finish('\r\n'));
      await closed;
    }
    expect(answers.map((text) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]))).toEqual([503, 200, 200, 503]);
    const readiness = answers[0] as string;
    expect(JSON.parse(readiness.slice(readiness.indexOf('\r\n\r\n') + 4))).toMatchObject({ type: 'https://lovkode.no/problems/shutting-down', status: 503 });
  });
});

describe('metrics', () => {
  let server: Running;
  beforeAll(async () => {
    server = await start({ rulesets: [{ name: 'default', rules }] });
  });
  afterAll(() => server.close());

  /** The samples of the exposition, by metric name with labels. */
  function samples(text: string): Map<string, number> {
    const found = new Map<string, number>();
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const at = line.lastIndexOf(' ');
      found.set(line.slice(0, at), Number(line.slice(at + 1)));
    }
    return found;
  }

  it('counts requests by method, route pattern and status, with a latency histogram by route and status', async () => {
    for (let i = 0; i < 3; i++) expect((await call(server.url, '/v1/evaluate', { body: e1 })).status).toBe(200);
    expect((await call(server.url, '/v1/evaluate', { body: { tull: 1 } })).status).toBe(422);
    expect((await call(server.url, '/ingen/slik/rute/123')).status).toBe(404);
    const answer = await call(server.url, '/metrics');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(answer.text).toContain('# TYPE lovkode_http_requests_total counter');
    expect(answer.text).toContain('# TYPE lovkode_http_request_duration_seconds histogram');
    const s = samples(answer.text);
    expect(s.get('lovkode_http_requests_total{method="POST",route="/v1/evaluate",status="200"}')).toBe(3);
    expect(s.get('lovkode_http_requests_total{method="POST",route="/v1/evaluate",status="422"}')).toBe(1);
    // The raw path of an unknown route is never a label: a client cannot grow the label set.
    expect(s.get('lovkode_http_requests_total{method="GET",route="unmatched",status="404"}')).toBe(1);
    expect(answer.text).not.toContain('/ingen/slik');

    // The histogram is cumulative and its +Inf bucket is the count.
    for (const [status, count] of [['200', 3], ['422', 1]] as const) {
      const key = `method="POST",route="/v1/evaluate",status="${status}"`;
      const buckets = LATENCY_BUCKETS_SECONDS.map((le) => s.get(`lovkode_http_request_duration_seconds_bucket{${key},le="${le}"}`) as number);
      for (let i = 1; i < buckets.length; i++) expect(buckets[i]).toBeGreaterThanOrEqual(buckets[i - 1] as number);
      expect(s.get(`lovkode_http_request_duration_seconds_bucket{${key},le="+Inf"}`)).toBe(count);
      expect(s.get(`lovkode_http_request_duration_seconds_count{${key}}`)).toBe(count);
      expect(s.get(`lovkode_http_request_duration_seconds_sum{${key}}`)).toBeGreaterThan(0);
    }
    expect(s.get('lovkode_uptime_seconds')).toBeGreaterThan(0);
  });
});

describe('trace context in the log line', () => {
  it('logs the trace and parent ids of a valid traceparent, and nothing for a malformed one', async () => {
    const lines: string[] = [];
    const server = await start({ rulesets: [{ name: 'default', rules }], logger: { stream: { write: (line: string) => lines.push(line) } } });
    try {
      const valid = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
      await call(server.url, '/v1/evaluate', { body: e1, headers: { traceparent: valid, 'x-request-id': 'med-spor' } });
      await call(server.url, '/v1/evaluate', { body: e1, headers: { traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01', 'x-request-id': 'null-spor' } });
      await call(server.url, '/v1/health', { headers: { traceparent: 'tull', 'x-request-id': 'tull-spor' } });
    } finally {
      await server.close();
    }
    const logged = (id: string) => lines.map((l) => JSON.parse(l)).find((l) => l.reqId === id && l.msg === 'request');
    expect(logged('med-spor')).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', parentId: '00f067aa0ba902b7', status: 200 });
    expect(logged('null-spor')).not.toHaveProperty('traceId');
    expect(logged('tull-spor')).not.toHaveProperty('traceId');
  });

  it('reads the header as the W3C recommendation says', () => {
    const id = '4bf92f3577b34da6a3ce929d0e0e4736';
    expect(traceContext(`00-${id}-00f067aa0ba902b7-00`)).toEqual({ traceId: id, parentId: '00f067aa0ba902b7' });
    // A later version may carry more fields; version 00 may not, and version ff is invalid.
    expect(traceContext(`01-${id}-00f067aa0ba902b7-01-mer`)).toEqual({ traceId: id, parentId: '00f067aa0ba902b7' });
    expect(traceContext(`00-${id}-00f067aa0ba902b7-01-mer`)).toBeUndefined();
    expect(traceContext(`ff-${id}-00f067aa0ba902b7-01`)).toBeUndefined();
    expect(traceContext(`00-${id}-0000000000000000-01`)).toBeUndefined();
    expect(traceContext(`00-${id.toUpperCase()}-00f067aa0ba902b7-01`)).toBeUndefined();
    expect(traceContext(['a', 'b'])).toBeUndefined();
    expect(traceContext(undefined)).toBeUndefined();
  });
});

describe('entity tags', () => {
  let server: Running;
  beforeAll(async () => {
    server = await start({ rulesets: [{ name: 'gjeldende', rules }, { name: 'endret', rules: changed }] });
  });
  afterAll(() => server.close());

  it.each(['/v1/schema', '/v1/rules', '/openapi.json'])('%s has an ETag; If-None-Match with it gives 304 without a body', async (route) => {
    const first = await call(server.url, route);
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await call(server.url, route, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    // Weak comparison, lists and `*` (RFC 9110 13.1.2).
    expect((await call(server.url, route, { headers: { 'if-none-match': `"annen", W/${etag}` } })).status).toBe(304);
    expect((await call(server.url, route, { headers: { 'if-none-match': '*' } })).status).toBe(304);
    expect((await call(server.url, route, { headers: { 'if-none-match': '"annen"' } })).status).toBe(200);
    // HEAD carries the same tag.
    expect((await send(server.url, route, { method: 'HEAD' })).headers.get('etag')).toBe(etag);
    // The tag follows the text: another version of the rules whose document differs has
    // another tag (the input schema is the same when only a rate changed).
    const other = await call(server.url, `${route}?ruleset=endret`);
    expect(other.headers.get('etag') === etag).toBe(other.text === first.text);
    if (route !== '/v1/schema') expect((await call(server.url, `${route}?ruleset=endret`, { headers: { 'if-none-match': etag } })).status).toBe(200);
  });
});

describe('CORS', () => {
  const page = 'https://saksbehandling.kommune.no';

  it('is off by default: no Access-Control header, and OPTIONS is 405', async () => {
    const server = await start({ rulesets: [{ name: 'default', rules }] });
    try {
      const answer = await call(server.url, '/v1/evaluate', { body: e1, headers: { origin: page } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await call(server.url, '/v1/evaluate', { method: 'OPTIONS', headers: { origin: page, 'access-control-request-method': 'POST' } });
      expectProblem(preflight, 405, 'method-not-allowed');
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('answers the origins named, and only those', async () => {
    const server = await start({ rulesets: [{ name: 'default', rules }], corsOrigins: [page] });
    try {
      const answer = await call(server.url, '/v1/evaluate', { body: e1, headers: { origin: page } });
      expect(answer.headers.get('access-control-allow-origin')).toBe(page);
      expect(answer.headers.get('vary')).toContain('Origin');
      expect(answer.headers.get('access-control-expose-headers')).toContain('lovkode-ruleset');

      const preflight = await call(server.url, '/v1/evaluate', {
        method: 'OPTIONS',
        headers: { origin: page, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, lovkode-ruleset' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(page);
      expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('lovkode-ruleset');

      const stranger = await call(server.url, '/v1/evaluate', { body: e1, headers: { origin: 'https://annen.example' } });
      expect(stranger.status).toBe(200);
      expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
      expect(stranger.headers.get('vary')).toContain('Origin');
      const strangerPreflight = await call(server.url, '/v1/evaluate', { method: 'OPTIONS', headers: { origin: 'https://annen.example', 'access-control-request-method': 'POST' } });
      expect(strangerPreflight.status).toBe(405);
      expect(strangerPreflight.headers.get('access-control-allow-origin')).toBeNull();
      // A preflight to a route that does not exist is not answered as if it did.
      expect((await call(server.url, '/ingen', { method: 'OPTIONS', headers: { origin: page, 'access-control-request-method': 'GET' } })).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
