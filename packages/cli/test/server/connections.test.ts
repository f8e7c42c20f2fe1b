import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRules } from '@lovkode/engine';
import { createServer, defaults } from '../../src/server/index';
import { call, compileFiles, shippedFiles, start, type Running } from './support';

// Connections: the documented request timeout holds (a request not sent in time gets a 408
// within the timeout and one check of Node's), the number of connections is capped, and
// what Node's HTTP parser answers by itself is logged like any other answer.
let rules: CompiledRules;

beforeAll(() => {
  rules = compileFiles(shippedFiles());
});

interface Exchange {
  readonly text: string;
  /** Milliseconds from the first byte sent until the server closed the connection. */
  readonly ms: number;
}

/** Opens a connection, sends `request` (which may stop half-way), and waits for the server to close it, at most `waitMs`. */
function exchange(url: string, request: string, waitMs: number): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    const started = performance.now();
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server did not close the connection within ${waitMs} ms; it sent: ${text.slice(0, 200)}`));
    }, waitMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, ms: performance.now() - started });
    });
    socket.write(request);
  });
}

function logLines(lines: string[]): Array<Record<string, unknown>> {
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the request timeout', () => {
  const TIMEOUT = 400;
  const lines: string[] = [];
  let server: Running;
  beforeAll(async () => {
    server = await start({ rulesets: [{ name: 'default', rules }], requestTimeoutMs: TIMEOUT, logger: { stream: { write: (line: string) => lines.push(line) } } });
  });
  afterAll(() => server.close());

  it('by default 30 s for the whole request, headers included, checked every second', () => {
    const app = createServer({ rulesets: [{ name: 'default', rules }], logger: false });
    expect(defaults.requestTimeoutMs).toBe(30_000);
    expect(app.server.requestTimeout).toBe(30_000);
    expect(app.server.headersTimeout).toBe(30_000);
    // Node keeps the option on the server; its types do not list it.
    expect((app.server as unknown as { connectionsCheckingInterval: number }).connectionsCheckingInterval).toBe(1000);
    void app.close();
  });

  it('a client that stops while sending its headers gets a 408 within the timeout and a second, and it is logged', async () => {
    const answer = await exchange(server.url, 'GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ', TIMEOUT + 3000);
    expect(answer.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer.text).toContain('"type":"https://lovkode.no/problems/request-timeout"');
    expect(answer.ms).toBeGreaterThanOrEqual(TIMEOUT - 50);
    expect(answer.ms).toBeLessThan(TIMEOUT + 1000 + 1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(logLines(lines)).toContainEqual(expect.objectContaining({ level: 'info', msg: 'request', status: 408, reason: 'ERR_HTTP_REQUEST_TIMEOUT' }));
  });

  it('a client that stops while sending its body gets a 408 too', async () => {
    const request = 'POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"beregningsmåned": ';
    const answer = await exchange(server.url, request, TIMEOUT + 3000);
    expect(answer.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer.ms).toBeLessThan(TIMEOUT + 1000 + 1000);
  });
});

describe('answers of the HTTP parser', () => {
  it('malformed HTTP (400) and oversized headers (431) are logged with their status', async () => {
    const lines: string[] = [];
    const server = await start({ rulesets: [{ name: 'default', rules }], logger: { stream: { write: (line: string) => lines.push(line) } } });
    try {
      expect((await exchange(server.url, 'NONSENSE\r\n\r\n', 5000)).text).toMatch(/^HTTP\/1\.1 400 /);
      expect((await exchange(server.url, `GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 5000)).text).toMatch(/^HTTP\/1\.1 431 /);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const answers = logLines(lines).filter((l) => l['msg'] === 'request');
      expect(answers).toEqual([
        expect.objectContaining({ level: 'info', method: null, route: null, status: 400, reason: expect.stringMatching(/^HPE_/), remoteAddress: '127.0.0.1' }),
        expect.objectContaining({ level: 'info', method: null, route: null, status: 431, reason: 'HPE_HEADER_OVERFLOW' }),
      ]);
    } finally {
      await server.close();
    }
  });
});

describe('the number of connections', () => {
  it('one more than --max-connections is closed at once and logged; the others are served', async () => {
    const lines: string[] = [];
    const server = await start({ rulesets: [{ name: 'default', rules }], maxConnections: 2, logger: { stream: { write: (line: string) => lines.push(line) } } });
    const open: Socket[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
        await new Promise((resolve) => socket.once('connect', resolve));
        open.push(socket);
      }
      // Give the server the turn in which it accepts both.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const third = await exchange(server.url, 'GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n', 5000);
      expect(third.text).toBe('');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(logLines(lines)).toContainEqual(expect.objectContaining({ level: 'warn', maxConnections: 2, remoteAddress: '127.0.0.1' }));
      // With one of the two closed, a new connection is served.
      open.pop()?.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await call(server.url, '/v1/health', { headers: { connection: 'close' } })).status).toBe(200);
    } finally {
      for (const socket of open) socket.destroy();
      await server.close();
    }
  });

  it('by default 1 000 per process', () => {
    const app = createServer({ rulesets: [{ name: 'default', rules }], logger: false });
    expect(defaults.maxConnections).toBe(1000);
    expect(app.server.maxConnections).toBe(1000);
    void app.close();
  });
});
