import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRules } from '@lovkode/engine';
import { bounded, ECHO_LIMITS } from '../../src/server/echo';
import { call, compileFiles, e1, expectProblem, shippedFiles, start, type Running } from './support';

// Text a problem takes from the request is bounded (docs/http.md, "Limits"): a 5 MB unknown
// key is not sent back whole.
let rules: CompiledRules;
let server: Running;

beforeAll(async () => {
  rules = compileFiles(shippedFiles());
  server = await start({ rulesets: [{ name: 'default', rules }] });
});
afterAll(() => server.close());

const longKey = 'k'.repeat(5_000_000);

/** Every path at most 200 characters and every message and detail at most 1 000, in a body of a few kilobytes. */
function expectBounded(answer: { text: string; json: { detail?: string; instance?: string; violations: Array<{ path: string; message: string }> } }): void {
  expect(answer.text.length).toBeLessThan(5000);
  for (const v of answer.json.violations) {
    expect(v.path.length).toBeLessThanOrEqual(ECHO_LIMITS.path);
    expect(v.message.length).toBeLessThanOrEqual(ECHO_LIMITS.text);
  }
  expect(answer.json.detail?.length ?? 0).toBeLessThanOrEqual(ECHO_LIMITS.text);
  expect(answer.json.instance?.length ?? 0).toBeLessThanOrEqual(ECHO_LIMITS.path);
}

describe('echoed text', () => {
  it('an unknown key of 5 MB: its path is cut to 200 characters ending in «…»', async () => {
    const answer = await call(server.url, '/v1/evaluate', { body: { ...e1, voksne: [{ fødselsdato: '1980-01-15', [longKey]: 1 }] } });
    expectProblem(answer, 422, 'invalid-input');
    expectBounded(answer);
    const path = answer.json.violations.find((v: { path: string }) => v.path.startsWith('/voksne/0/kkk')).path as string;
    expect(path).toHaveLength(ECHO_LIMITS.path);
    expect(path.endsWith('k…')).toBe(true);
  });

  it('the same in a batch, where the case’s error carries it', async () => {
    const answer = await call(server.url, '/v1/evaluate/batch', { body: { cases: [{ ...e1, [longKey]: 1 }] } });
    expect(answer.status).toBe(200);
    expect(answer.text.length).toBeLessThan(5000);
    const paths = answer.json.results[0].error.violations.map((v: { path: string }) => v.path);
    expect(paths).toContain(`/${'k'.repeat(ECHO_LIMITS.path - 2)}…`);
  });

  it('and in a batch envelope, a query parameter, a pinned version and the URL', async () => {
    const key = 'x'.repeat(6000);
    expectBounded(await call(server.url, '/v1/evaluate/batch', { body: { cases: [], [key]: 1 } }));
    expectBounded(await call(server.url, `/v1/evaluate?${key}=1`, { body: e1 }));
    expectBounded(await call(server.url, '/v1/evaluate', { body: e1, headers: { 'lovkode-ruleset': key } }));
    const missing = await call(server.url, `/${key}`);
    expectProblem(missing, 404, 'not-found');
    expectBounded(missing);
  });
});

describe('bounded', () => {
  it('keeps short text, cuts long text to the limit with «…», and never splits a surrogate pair', () => {
    expect(bounded('abc', 3)).toBe('abc');
    expect(bounded('abcd', 3)).toBe('ab…');
    expect(bounded('a😀b', 3)).toBe('a…');
    expect(bounded('😀😀', 3)).toBe('😀…');
  });
});
