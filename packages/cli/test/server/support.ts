import { request } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { compile, type CompiledRules } from '@lovkode/engine';
import { createServer, type ServerOptions } from '../../src/server/index';
import { ruleFiles } from '../../../../test/support/rule-files';

export const ENTRY = 'sosialtjenesteloven.vedtak';

/** The shipped rules (without their tests), compiled through the entry module. */
export function shippedFiles(): Array<{ path: string; text: string }> {
  return ruleFiles('rules').filter((f) => !f.path.includes('/tester/'));
}

export function compileFiles(files: ReadonlyArray<{ path: string; text: string }>): CompiledRules {
  const result = compile(files, { module: ENTRY });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
  return result.rules;
}

/** Example E1: a single adult, March 2024, rent and electricity. */
export const e1 = {
  beregningsmåned: '2024-03',
  sivilstand: 'enslig',
  voksne: [{ fødselsdato: '1980-01-15' }],
  utgifter: [
    { art: 'husleie', beløp: 8000 },
    { art: 'strøm', beløp: 700 },
  ],
};

/** Example E3: a couple with two children; child benefit is kept out. */
export const e3 = {
  beregningsmåned: '2024-03',
  sivilstand: 'ektepar_samboere',
  voksne: [{ fødselsdato: '1985-02-03' }, { fødselsdato: '1987-11-12' }],
  barn: [{ fødselsdato: '2019-06-10' }, { fødselsdato: '2011-08-20' }],
  utgifter: [
    { art: 'husleie', beløp: '12000' },
    { art: 'strøm', beløp: '1200' },
  ],
  inntekter: [
    { art: 'lønn', beløp: 20000 },
    { art: 'barnetrygd', beløp: 3276 },
  ],
};

/** A month whose guideline rates are unknown (`ukjent` row): the rules give no result (LK7003). */
export const unknownPeriod = { ...e1, beregningsmåned: '2011-03' };

export interface Running {
  readonly app: FastifyInstance;
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the real server on an ephemeral port of 127.0.0.1. */
export async function start(options: ServerOptions): Promise<Running> {
  const app = createServer({ logger: false, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { app, url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly json: any;
}

/** A request; the body is sent as JSON unless it is a string or bytes (then as given). */
export async function call(
  url: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const raw = init.body === undefined || typeof init.body === 'string' || init.body instanceof Uint8Array;
  const response = await fetch(`${url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...(raw ? {} : { 'content-type': 'application/json' }), ...init.headers },
    ...(init.body === undefined ? {} : { body: raw ? (init.body as string | Uint8Array<ArrayBuffer>) : JSON.stringify(init.body) }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/**
 * A request through node:http, for what fetch cannot send: a header given more than once
 * (an array of values), or a body in any encoding. The body is sent as given.
 */
export function send(
  url: string,
  path: string,
  init: { method?: string; body?: string | Uint8Array; headers?: Record<string, string | string[]> } = {},
): Promise<Answer> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: Number(port), path, method: init.method ?? (init.body === undefined ? 'GET' : 'POST'), headers: init.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Every problem response has the same shape and never shows a stack trace. */
export function expectProblem(answer: Answer, status: number, kind: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.json?.type, answer.text).toBe(`https://lovkode.no/problems/${kind}`);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.status).toBeGreaterThanOrEqual(400);
  expect(answer.status).toBeLessThan(500);
  expect(answer.json).toMatchObject({
    type: expect.stringMatching(/^https:\/\/lovkode\.no\/problems\/[a-z-]+$/),
    title: expect.any(String),
    status: answer.status,
    detail: expect.any(String),
    violations: expect.any(Array),
  });
  for (const v of answer.json.violations) expect(v).toEqual({ path: expect.any(String), message: expect.any(String) });
  expect(answer.text).not.toMatch(/\n\s+at |\.ts:\d+|node_modules|Error:/);
}
