import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';

/**
 * Structured logs: JSON lines (pino, through fastify), one line per request with its id,
 * method, route, status, duration in milliseconds and the rule-set version it used:
 *
 *   {"level":"info","time":"2024-…Z","reqId":"…","method":"POST","route":"/v1/evaluate",
 *    "status":200,"durationMs":0.41,"ruleset":"sha256:…","msg":"request"}
 *
 * with `traceId` and `parentId` when the request carries a valid W3C `traceparent`,
 * plus a line when the service starts and stops, and the cause of any 500 (which the
 * response never shows).
 */

/**
 * Standard output, written once per turn of the event loop instead of once per line: under
 * load many requests finish in one turn, and a write is a system call. Lines are written at
 * the latest at the end of the turn, when 64 KiB have gathered, when the service closes,
 * and when the process exits.
 */
export class BufferedStdout {
  private lines: string[] = [];
  private size = 0;
  private scheduled = false;

  constructor(private readonly out: { write(text: string): unknown } = process.stdout) {
    process.once('exit', () => this.flush());
  }

  write(line: string): void {
    this.lines.push(line);
    this.size += line.length;
    if (this.size >= 64 * 1024) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  flush(): void {
    this.scheduled = false;
    if (this.lines.length === 0) return;
    const text = this.lines.join('');
    this.lines = [];
    this.size = 0;
    this.out.write(text);
  }
}

export interface LogOptions {
  /** `false` for no logs (tests); otherwise the level (default `info`). */
  readonly level?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Where the lines go (default: standard output, through `BufferedStdout`). */
  readonly stream?: { write(line: string): unknown };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The rule-set version the request was answered with, for the log line. */
    lovkodeRuleset: string | undefined;
  }
}

export function loggerOptions(options: LogOptions | false): Pick<FastifyServerOptions, 'logger'> & { flush?: () => void } {
  if (options === false) return { logger: false };
  const stream = options.stream ?? new BufferedStdout();
  return {
    ...(stream instanceof BufferedStdout ? { flush: () => stream.flush() } : {}),
    logger: {
      level: options.level ?? 'info',
      base: null,
      messageKey: 'msg',
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      formatters: { level: (label: string) => ({ level: label }) },
      stream,
    },
  };
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's `X-Request-Id` when it is a plain token, else a new UUID. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}(-.*)?$/;

/**
 * The W3C trace context of a request (`traceparent`, https://www.w3.org/TR/trace-context/):
 * its trace id and the caller's span id, for the log line; nothing for a header that is
 * absent or malformed (version ff, all-zero ids, a longer version 00 header).
 */
export function traceContext(header: string | string[] | undefined): { traceId: string; parentId: string } | undefined {
  if (typeof header !== 'string') return undefined;
  const match = TRACEPARENT.exec(header.trim());
  if (!match) return undefined;
  const [, version, traceId, parentId, rest] = match as unknown as [string, string, string, string, string | undefined];
  if (version === 'ff' || (version === '00' && rest !== undefined) || /^0+$/.test(traceId) || /^0+$/.test(parentId)) return undefined;
  return { traceId, parentId };
}

/** One line per request, when the response is sent. */
export function registerRequestLog(app: FastifyInstance): void {
  app.decorateRequest('lovkodeRuleset', undefined);
  app.addHook('onResponse', (request, reply, done) => {
    const status = reply.statusCode;
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? null,
      status,
      durationMs: Math.round(reply.elapsedTime * 1000) / 1000,
      ruleset: request.lovkodeRuleset ?? null,
      ...traceContext(request.headers.traceparent),
    };
    if (status >= 500) request.log.error(line, 'request');
    else request.log.info(line, 'request');
    done();
  });
}
