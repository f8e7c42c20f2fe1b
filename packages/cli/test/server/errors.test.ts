import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, InputError, type CompiledRules } from '@lovkode/engine';
import { toProblem } from '../../src/server/problem';
import { call, compileFiles, e1, expectProblem, shippedFiles, start, unknownPeriod, type Running } from './support';

// Every class of bad request gets a 4xx problem (RFC 9457) listing its violations with
// their paths; never a 500 and never a stack trace.
let rules: CompiledRules;
let server: Running;
const BODY_LIMIT = 4096;
const MAX_BATCH = 5;

beforeAll(async () => {
  rules = compileFiles(shippedFiles());
  server = await start({ rulesets: [{ name: 'default', rules }], bodyLimit: BODY_LIMIT, maxBatch: MAX_BATCH });
});
afterAll(() => server.close());

/** Sends raw bytes over a socket and returns what comes back until the server closes. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (text += d));
    socket.on('error', reject);
    socket.on('close', () => resolve(text));
    socket.write(request);
  });
}

describe('malformed requests', () => {
  it('malformed JSON: 400, LK7005, with the parser’s reason at the root path', async () => {
    const answer = await call(server.url, '/v1/evaluate', { body: '{"beregningsmåned": "2024-03",', headers: { 'content-type': 'application/json' } });
    expectProblem(answer, 400, 'malformed-json');
    expect(answer.json).toMatchObject({ code: 'LK7005', violations: [{ path: '', message: expect.stringMatching(/^Ikke gyldig JSON \(.+\)$/) }] });
  });

  it('an empty body: 400', async () => {
    expectProblem(await call(server.url, '/v1/evaluate', { body: '', headers: { 'content-type': 'application/json' } }), 400, 'malformed-json');
    expectProblem(await call(server.url, '/v1/evaluate', { method: 'POST' }), 400, 'malformed-json');
  });

  it('wrong or missing content type: 415', async () => {
    for (const headers of [{ 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }, { 'content-type': 'application/xml' }]) {
      const answer = await call(server.url, '/v1/evaluate', { body: JSON.stringify(e1), headers });
      expectProblem(answer, 415, 'unsupported-media-type');
      expect(answer.json.violations).toEqual([{ path: 'header:content-type', message: expect.any(String) }]);
    }
    expectProblem(await call(server.url, '/v1/evaluate', { body: new TextEncoder().encode(JSON.stringify(e1)) }), 415, 'unsupported-media-type');
  });

  it('a body over the size limit: 413, LK7007', async () => {
    const big = { ...e1, utgifter: Array.from({ length: 200 }, () => ({ art: 'annen', beløp: 1 })) };
    expect(JSON.stringify(big).length).toBeGreaterThan(BODY_LIMIT);
    const answer = await call(server.url, '/v1/evaluate', { body: big });
    expectProblem(answer, 413, 'payload-too-large');
    expect(answer.json.code).toBe('LK7007');
    // The service goes on serving.
    expect((await call(server.url, '/v1/evaluate', { body: e1 })).status).toBe(200);
  });

  it('malformed HTTP and oversized headers get a problem too', async () => {
    const garbage = await raw('NONSENSE\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(garbage).toMatch(/content-type: application\/problem\+json/i);
    expect(garbage).toContain('"type":"https://lovkode.no/problems/bad-request"');
    const headers = await raw(`GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(headers).toMatch(/^HTTP\/1\.1 431 /);
    expect(headers).toContain('"type":"https://lovkode.no/problems/headers-too-large"');
  });
});

describe('invalid cases', () => {
  it('schema violations: 422 with every violation, exactly as the engine (and the CLI) reports them', async () => {
    const input = { beregningsmåned: '2024-13', sivilstand: 'gift', voksne: [{}, { fødselsdato: '1980-02-30' }], utgifter: [{ art: 'husleie', beløp: 12.345 }], ukjent: 1 };
    let expected: InputError | undefined;
    try {
      evaluate(rules, input);
    } catch (error) {
      expected = error as InputError;
    }
    expect(expected).toBeInstanceOf(InputError);
    const answer = await call(server.url, '/v1/evaluate', { body: input });
    expectProblem(answer, 422, 'invalid-input');
    expect(answer.json.code).toBe('LK7005');
    expect(answer.json.violations).toEqual(expected?.violations);
    expect(answer.json.violations.map((v: { path: string }) => v.path)).toEqual(
      expect.arrayContaining(['/beregningsmåned', '/sivilstand', '/voksne/0/fødselsdato', '/voksne/1/fødselsdato', '/utgifter/0/beløp', '/ukjent']),
    );
    expect(answer.json.ruleset).toBe(rules.ruleset);
  });

  it('any JSON that is not a case: 422, never a 500', async () => {
    const deep = `${'['.repeat(2000)}${']'.repeat(2000)}`; // under the body limit
    for (const body of ['null', '1', '"tekst"', '[]', '{}', 'true', deep, '{"__proto__": {"x": 1}}', '{"constructor": {"prototype": {}}}', `{"beregningsmåned": 1e400}`]) {
      const answer = await call(server.url, '/v1/evaluate', { body, headers: { 'content-type': 'application/json' } });
      expect([400, 422, 413], body.slice(0, 40)).toContain(answer.status);
      expectProblem(answer, answer.status, answer.status === 422 ? 'invalid-input' : answer.status === 413 ? 'payload-too-large' : 'malformed-json');
    }
  });

  it('an invalid override: 422, LK7006', async () => {
    const answer = await call(server.url, '/v1/evaluate', { body: { ...e1, overstyringer: [{ navn: 'stønad', verdi: '1', begrunnelse: ' ' }] } });
    expectProblem(answer, 422, 'invalid-input');
    expect(answer.json.code).toBe('LK7006');
    expect(answer.json.violations.length).toBeGreaterThan(0);
  });

  it('a case the rules give no result for: 422 with the engine’s code and the place in the rules', async () => {
    const answer = await call(server.url, '/v1/evaluate', { body: unknownPeriod });
    expectProblem(answer, 422, 'evaluation-failed');
    expect(answer.json).toMatchObject({ code: 'LK7003', ruleset: rules.ruleset, locations: [{ file: expect.stringMatching(/\.lov$/), line: expect.any(Number), column: expect.any(Number) }] });
    expect(answer.json.detail).toMatch(/2011/);
  });
});

describe('invalid parameters and envelopes', () => {
  it('unknown or malformed query parameters: 400 listing each', async () => {
    const answer = await call(server.url, '/v1/evaluate?explain=ja&begrunnelse=true&begrunnelse=false&foo=1', { body: e1 });
    expectProblem(answer, 400, 'invalid-request');
    expect(answer.json.violations.map((v: { path: string }) => v.path).sort()).toEqual(['?begrunnelse', '?explain', '?foo']);
    expectProblem(await call(server.url, '/v1/health?verbose=1'), 400, 'invalid-request');
  });

  it('a batch that is not {"cases": [...]}: 400 with the paths', async () => {
    const list = await call(server.url, '/v1/evaluate/batch', { body: [e1] });
    expectProblem(list, 400, 'invalid-request');
    expect(list.json.violations).toEqual([{ path: '', message: expect.any(String) }]);
    const wrong = await call(server.url, '/v1/evaluate/batch', { body: { cases: e1, 'ekstra/felt': 1 } });
    expectProblem(wrong, 400, 'invalid-request');
    expect(wrong.json.violations.map((v: { path: string }) => v.path)).toEqual(['/cases', '/ekstra~1felt']);
    const missing = await call(server.url, '/v1/evaluate/batch', { body: {} });
    expect(missing.json.violations.map((v: { path: string }) => v.path)).toEqual(['/cases']);
  });

  it('a batch over the configured number of cases: 413, LK7007', async () => {
    const answer = await call(server.url, '/v1/evaluate/batch', { body: { cases: Array.from({ length: MAX_BATCH + 1 }, () => ({})) } });
    expectProblem(answer, 413, 'payload-too-large');
    expect(answer.json).toMatchObject({ code: 'LK7007', violations: [{ path: '/cases' }] });
  });

  it('an unknown route: 404; a known route with the wrong method: 405 with Allow', async () => {
    expectProblem(await call(server.url, '/v2/evaluate'), 404, 'not-found');
    const wrong = await call(server.url, '/v1/evaluate');
    expectProblem(wrong, 405, 'method-not-allowed');
    expect(wrong.headers.get('allow')).toBe('POST');
    const post = await call(server.url, '/v1/rules', { body: {} });
    expectProblem(post, 405, 'method-not-allowed');
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('faults', () => {
  it('an error that is not the client’s becomes a 500 that says nothing of its cause', () => {
    const failure = toProblem(new TypeError('Cannot read properties of undefined (reading "x") at /work/main/secret.ts:1:1'));
    expect(failure.statusCode).toBe(500);
    expect(failure.kind).toBe('internal-error');
    expect(failure.detail).not.toMatch(/secret|Cannot read/);
  });
});
