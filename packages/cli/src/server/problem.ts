import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { FastifyBaseLogger, FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { EvaluationError, InputError, type InputViolation, type RuleLocation } from '@lovkode/engine';
import { bounded, boundedViolation, ECHO_LIMITS } from './echo.js';

/**
 * Problem details (RFC 9457) for every request the service cannot answer with a result:
 * `application/problem+json` with `type`, `title`, `status`, `detail`, the engine's `code`
 * (`LKnnnn`) where one applies, and `violations` with a path for each. Never a stack trace.
 */

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
export const PROBLEM_BASE = 'https://lovkode.no/problems/';

/** The path a request names, without its query. */
export function requestPath(request: { readonly url: string }): string {
  return request.url.split('?')[0] ?? '';
}

/** The kinds of problem the service reports (docs/http.md lists them). */
export const problemKinds = {
  'malformed-json': { status: 400, title: 'Forespørselen er ikke gyldig JSON' },
  'invalid-request': { status: 400, title: 'Ugyldig forespørsel' },
  'bad-request': { status: 400, title: 'Ugyldig forespørsel' },
  'unknown-ruleset': { status: 404, title: 'Ukjent regelsett' },
  'not-found': { status: 404, title: 'Finnes ikke' },
  'method-not-allowed': { status: 405, title: 'Metoden er ikke tillatt' },
  'request-timeout': { status: 408, title: 'Forespørselen tok for lang tid å sende' },
  'payload-too-large': { status: 413, title: 'Forespørselen er for stor' },
  'unsupported-media-type': { status: 415, title: 'Feil innholdstype' },
  'headers-too-large': { status: 431, title: 'Headerne er for store' },
  'invalid-input': { status: 422, title: 'Ugyldig inndata' },
  'evaluation-failed': { status: 422, title: 'Reglene gir ikke noe resultat for saken' },
  'response-too-large': { status: 422, title: 'Svaret blir for stort' },
  'internal-error': { status: 500, title: 'Intern feil' },
  'shutting-down': { status: 503, title: 'Tjenesten stenger' },
} as const;

export type ProblemKind = keyof typeof problemKinds;

/** One problem details object (RFC 9457 with Lovkode's extension members). */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  /** The engine's code (`LK7005` …), when the problem is about the case or its evaluation. */
  readonly code?: string;
  /** Every violation, each at a path: a JSON pointer into the body, `?name` for a query parameter, `header:name` for a header. */
  readonly violations: readonly InputViolation[];
  /** Where in the rules the evaluation failed (not in the service's code). */
  readonly locations?: readonly RuleLocation[];
  /** The rule-set version the request was evaluated with, when one was chosen. */
  readonly ruleset?: string;
  /** For `unknown-ruleset`: the versions this service holds. */
  readonly known?: ReadonlyArray<{ readonly name: string; readonly ruleset: string }>;
  /** The request's id, as in the log. */
  readonly requestId?: string;
}

export interface ProblemExtras {
  readonly code?: string;
  readonly violations?: readonly InputViolation[];
  readonly locations?: readonly RuleLocation[];
  readonly ruleset?: string;
  readonly known?: ReadonlyArray<{ readonly name: string; readonly ruleset: string }>;
  /** Extra response headers (e.g. `Allow`). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** An error that is answered with a problem; thrown by parsers and handlers. */
export class ProblemError extends Error {
  readonly statusCode: number;

  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.statusCode = problemKinds[kind].status;
  }
}

/** The problem's body. Text taken from the request (paths, names, the URL) is bounded (echo.ts). */
export function problem(kind: ProblemKind, detail: string, extras: ProblemExtras = {}, request?: FastifyRequest): Problem {
  const { status, title } = problemKinds[kind];
  return {
    type: `${PROBLEM_BASE}${kind}`,
    title,
    status,
    detail: bounded(detail, ECHO_LIMITS.text),
    ...(request ? { instance: bounded(requestPath(request), ECHO_LIMITS.path) } : {}),
    ...(extras.code !== undefined ? { code: extras.code } : {}),
    violations: (extras.violations ?? []).map(boundedViolation),
    ...(extras.locations && extras.locations.length > 0 ? { locations: extras.locations } : {}),
    ...(extras.ruleset !== undefined ? { ruleset: extras.ruleset } : {}),
    ...(extras.known !== undefined ? { known: extras.known } : {}),
    ...(request ? { requestId: request.id } : {}),
  };
}

/** The problem for an engine error: invalid input (LK7005–LK7007) or no result (LK7001 …). */
export function evaluationProblem(error: EvaluationError, ruleset?: string): ProblemError {
  const version = ruleset !== undefined ? { ruleset } : {};
  if (error instanceof InputError) {
    const count = error.violations.length;
    return new ProblemError('invalid-input', count === 1 ? 'Inndataene har én feil' : `Inndataene har ${count} feil`, {
      code: error.code,
      violations: error.violations,
      ...version,
    });
  }
  return new ProblemError('evaluation-failed', error.message, { code: error.code, locations: error.locations, ...version });
}

/** Sends a problem with its status and content type. */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: ProblemError): FastifyReply {
  const body = problem(error.kind, error.detail, error.extras, request);
  if (error.extras.headers) reply.headers(error.extras.headers);
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

/**
 * Maps any error that reaches fastify's error handler to a problem: ours as they are, the
 * engine's by code, fastify's own 4xx errors (media type, body size, bad URL …) by their
 * status, and everything else to a 500 whose body says nothing of the cause (it is logged).
 */
export function toProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof EvaluationError) return evaluationProblem(error);
  const fastifyError = error as Partial<FastifyError> | undefined;
  switch (fastifyError?.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ProblemError('unsupported-media-type', 'Innholdstypen må være application/json', {
        violations: [{ path: 'header:content-type', message: 'Send inndataene som JSON med «Content-Type: application/json»' }],
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ProblemError('payload-too-large', 'Forespørselen er større enn grensen for tjenesten', {
        code: 'LK7007',
        violations: [{ path: '', message: 'Forespørselen er større enn grensen for tjenesten' }],
      });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ProblemError('malformed-json', 'Forespørselen har ingen innhold', {
        code: 'LK7005',
        violations: [{ path: '', message: 'Ikke gyldig JSON (tomt innhold)' }],
      });
    default:
      break;
  }
  const status = fastifyError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const kind: ProblemKind = status === 408 ? 'request-timeout' : status === 413 ? 'payload-too-large' : status === 415 ? 'unsupported-media-type' : 'bad-request';
    return new ProblemError(kind, fastifyError?.message ? oneLine(fastifyError.message) : problemKinds[kind].title);
  }
  return new ProblemError('internal-error', 'En intern feil i tjenesten; forespørselen er logget med sin id');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').slice(0, 500);
}

/**
 * A request Node's HTTP parser refuses before fastify sees it (malformed HTTP, headers too
 * large, not sent in time) still gets a problem, written straight to the socket, which is
 * then closed, and a line in the log like any other answer.
 */
export function clientErrorProblem(error: NodeJS.ErrnoException, socket: Duplex, log?: FastifyBaseLogger): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const failure =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? new ProblemError('request-timeout', 'Forespørselen ble ikke sendt ferdig i tide')
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? new ProblemError('headers-too-large', 'Headerne i forespørselen er for store')
        : new ProblemError('bad-request', 'Forespørselen er ikke gyldig HTTP');
  log?.info({ method: null, route: null, status: failure.statusCode, reason: error.code ?? null, remoteAddress: (socket as Socket).remoteAddress ?? null }, 'request');
  const body = JSON.stringify(problem(failure.kind, failure.detail));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${failure.statusCode} ${STATUS_CODES[failure.statusCode] ?? ''}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
