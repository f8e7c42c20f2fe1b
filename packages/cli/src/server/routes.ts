import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EvaluationError, type InputViolation, pointerSegment } from '@lovkode/engine';
import { describeRules } from './describe.js';
import { caseJson, evaluateBatchWithDeadline, type ResultOptions } from './evaluation.js';
import { JsonResponse, responseTooLarge } from './json-response.js';
import { openApiDocument, type OpenApiLimits } from './openapi.js';
import { evaluationProblem, ProblemError } from './problem.js';
import { RULESET_HEADER, RULESET_QUERY, type RulesetRegistry, type RulesetVersion } from './rulesets.js';
import { METRICS_CONTENT_TYPE, type RequestMetrics } from './metrics.js';

/** What the routes need from the service's configuration. */
export interface RouteConfig extends OpenApiLimits {
  readonly registry: RulesetRegistry;
  readonly sliceMs: number;
  readonly now: () => number;
  readonly startedAt: number;
  readonly metrics: RequestMetrics;
  /** True from the moment the service begins to stop. */
  readonly closing: () => boolean;
}

/** The routes, by path and method (for 405 answers and the documentation). */
export const routeTable: ReadonlyMap<string, readonly string[]> = new Map([
  ['/v1/evaluate', ['POST']],
  ['/v1/evaluate/batch', ['POST']],
  ['/v1/schema', ['GET', 'HEAD']],
  ['/v1/rules', ['GET', 'HEAD']],
  ['/v1/health', ['GET', 'HEAD']],
  ['/v1/ready', ['GET', 'HEAD']],
  ['/metrics', ['GET', 'HEAD']],
  ['/openapi.json', ['GET', 'HEAD']],
]);

const RESULT_PARAMETERS = ['explain', 'begrunnelse', RULESET_QUERY] as const;
const PIN_PARAMETERS = [RULESET_QUERY] as const;

type Query = Record<string, string | string[] | undefined>;

/**
 * Checks the query: only the parameters the route knows, each once, `explain` and
 * `begrunnelse` as true/false (or 1/0). Every violation is reported at once.
 */
function checkQuery(query: unknown, allowed: readonly string[]): Query {
  const given = (query ?? {}) as Query;
  const violations: InputViolation[] = [];
  for (const [name, value] of Object.entries(given)) {
    if (!allowed.includes(name)) {
      violations.push({ path: `?${name}`, message: allowed.length > 0 ? `Ukjent parameter; tillatt: ${allowed.join(', ')}` : 'Ruten tar ingen parametre' });
    } else if (Array.isArray(value)) {
      violations.push({ path: `?${name}`, message: 'Gi parameteren én gang' });
    } else if ((name === 'explain' || name === 'begrunnelse') && !BOOLEAN_TEXT.has(value ?? '')) {
      violations.push({ path: `?${name}`, message: `«${value ?? ''}» er ikke true eller false` });
    }
  }
  if (violations.length > 0) {
    throw new ProblemError('invalid-request', violations.length === 1 ? 'Én parameter er ugyldig' : `${violations.length} parametre er ugyldige`, { violations });
  }
  return given;
}

const BOOLEAN_TEXT = new Set(['true', 'false', '1', '0']);

function resultOptions(query: Query): ResultOptions {
  const flag = (value: string | string[] | undefined) => value === 'true' || value === '1';
  return { explain: flag(query['explain']), begrunnelse: flag(query['begrunnelse']) };
}

/**
 * The cases of a batch: the body must be `{ "cases": [ … ] }` with at most `maxBatch` cases,
 * and at most `maxExplainedBatch` when each is explained (`explain` or `begrunnelse`).
 */
function batchCases(body: unknown, config: RouteConfig, options: ResultOptions): unknown[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ProblemError('invalid-request', 'Send sakene som {"cases": [ … ]}', {
      code: 'LK7005',
      violations: [{ path: '', message: Array.isArray(body) ? 'Forventet et objekt med feltet «cases», ikke en liste' : 'Forventet et objekt med feltet «cases»' }],
    });
  }
  const violations: InputViolation[] = [];
  const cases = (body as Record<string, unknown>)['cases'];
  if (cases === undefined) violations.push({ path: '/cases', message: 'Mangler feltet «cases» (en liste med saker)' });
  else if (!Array.isArray(cases)) violations.push({ path: '/cases', message: '«cases» må være en liste med saker' });
  for (const key of Object.keys(body)) if (key !== 'cases') violations.push({ path: `/${pointerSegment(key)}`, message: 'Ukjent felt; bare «cases» er tillatt' });
  if (violations.length > 0) {
    throw new ProblemError('invalid-request', 'Bunken har ikke formen {"cases": [ … ]}', { code: 'LK7005', violations });
  }
  const list = cases as unknown[];
  if (list.length > config.maxBatch) {
    throw tooManyCases(`Bunken har ${list.length} saker; tjenesten tar høyst ${config.maxBatch} per forespørsel`, `Høyst ${config.maxBatch} saker per forespørsel (fikk ${list.length})`);
  }
  if ((options.explain || options.begrunnelse) && list.length > config.maxExplainedBatch) {
    throw tooManyCases(
      `Bunken har ${list.length} saker; tjenesten tar høyst ${config.maxExplainedBatch} per forespørsel med explain eller begrunnelse (${config.maxBatch} uten)`,
      `Høyst ${config.maxExplainedBatch} saker per forespørsel med explain eller begrunnelse (fikk ${list.length})`,
    );
  }
  return list;
}

function tooManyCases(detail: string, message: string): ProblemError {
  return new ProblemError('payload-too-large', detail, { code: 'LK7007', violations: [{ path: '/cases', message }] });
}

function requireBody(request: FastifyRequest): unknown {
  if (request.body === undefined) {
    throw new ProblemError('malformed-json', 'Forespørselen har ikke noe innhold', {
      code: 'LK7005',
      violations: [{ path: '', message: 'Ikke gyldig JSON (tomt innhold)' }],
    });
  }
  return request.body;
}

/**
 * The `Lovkode-Ruleset` header as the client sent it: its value, or every value when it was
 * sent more than once (Node joins repeated headers into one text with «, »).
 */
function pinHeader(request: FastifyRequest): string | string[] | undefined {
  const joined = request.headers[RULESET_HEADER];
  if (typeof joined !== 'string' || !joined.includes(',')) return joined;
  const lines = request.raw.headersDistinct[RULESET_HEADER];
  return lines !== undefined && lines.length > 1 ? lines : joined;
}

function choose(config: RouteConfig, request: FastifyRequest, reply: FastifyReply, query: Query): RulesetVersion {
  const version = config.registry.select(pinHeader(request), query[RULESET_QUERY]);
  request.lovkodeRuleset = version.hash;
  reply.header(RULESET_HEADER, version.hash);
  return version;
}

/** Writes the batch's envelope; over the limit, the problem says how far the batch got. */
function writeOrRefuse(answer: JsonResponse, text: string, progress: { readonly done: number; readonly cases: number }): void {
  if (!answer.write(text)) throw responseTooLarge(answer.limit, progress);
}

/** A document that is the same for every request to one rule-set version, with its entity tag. */
interface Representation {
  readonly text: string;
  readonly etag: string;
}

function representation(text: string): Representation {
  return { text, etag: `"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"` };
}

/**
 * Sends a representation with `ETag` and `Cache-Control: no-cache` (store it, but ask again:
 * the default version may change with a deployment); 304 without a body when the client's
 * `If-None-Match` names it. The tag is a digest of the text, not the rule-set id alone:
 * `/v1/rules` also names the service's other versions.
 */
function sendRepresentation(request: FastifyRequest, reply: FastifyReply, document: Representation): FastifyReply {
  reply.header('etag', document.etag).header('cache-control', 'no-cache');
  if (matches(request.headers['if-none-match'], document.etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(document.text);
}

/** `If-None-Match` by weak comparison (RFC 9110 13.1.2): `*`, or one of the listed tags. */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function registerRoutes(app: FastifyInstance, config: RouteConfig): void {
  const { registry } = config;

  app.post('/v1/evaluate', (request, reply) => {
    const query = checkQuery(request.query, RESULT_PARAMETERS);
    const options = resultOptions(query);
    const version = choose(config, request, reply, query);
    const input = requireBody(request);
    let text: string;
    try {
      text = caseJson(version.rules, input, options);
    } catch (error) {
      if (error instanceof EvaluationError) throw evaluationProblem(error, version.hash);
      throw error;
    }
    const answer = new JsonResponse(config.maxResponseBytes);
    if (!answer.write(text)) throw responseTooLarge(answer.limit);
    return answer.send(reply);
  });

  app.post('/v1/evaluate/batch', async (request, reply) => {
    const query = checkQuery(request.query, RESULT_PARAMETERS);
    const options = resultOptions(query);
    const version = choose(config, request, reply, query);
    const cases = batchCases(requireBody(request), config, options);
    const start = config.now();
    const answer = new JsonResponse(config.maxResponseBytes);
    writeOrRefuse(answer, `{"ruleset":${JSON.stringify(version.hash)},"results":[`, { done: 0, cases: cases.length });
    const outcome = await evaluateBatchWithDeadline(version.rules, cases, answer, {
      ...options,
      deadline: start + config.deadlineMs,
      deadlineMs: config.deadlineMs,
      now: config.now,
      sliceMs: config.sliceMs,
      cancelled: () => request.raw.socket?.destroyed === true,
    });
    if (outcome.timedOut > 0) request.log.warn({ cases: cases.length, timedOut: outcome.timedOut }, 'bunken nådde fristen');
    const summary = { cases: cases.length, ok: cases.length - outcome.failed, failed: outcome.failed, timedOut: outcome.timedOut };
    writeOrRefuse(answer, `],"summary":${JSON.stringify(summary)}}`, { done: cases.length, cases: cases.length });
    return answer.send(reply);
  });

  app.get('/v1/schema', (request, reply) => {
    const version = choose(config, request, reply, checkQuery(request.query, PIN_PARAMETERS));
    return sendRepresentation(request, reply, version.cached('schema', () => representation(`${JSON.stringify(version.inputSchema(), null, 2)}\n`)));
  });

  app.get('/v1/rules', (request, reply) => {
    const version = choose(config, request, reply, checkQuery(request.query, PIN_PARAMETERS));
    const document = version.cached('rules', () => {
      const { ruleset, ...description } = describeRules(version.rules, version.names, version.sources);
      return representation(JSON.stringify({ ruleset, default: version === registry.default, available: registry.known(), ...description }));
    });
    return sendRepresentation(request, reply, document);
  });

  app.get('/v1/health', (request, reply) => {
    checkQuery(request.query, []);
    return reply.send({
      status: 'ok',
      default: registry.default.hash,
      rulesets: registry.known(),
      uptimeSeconds: Math.round((config.now() - config.startedAt) / 10) / 100,
    });
  });

  app.get('/openapi.json', (request, reply) => {
    const version = choose(config, request, reply, checkQuery(request.query, PIN_PARAMETERS));
    return sendRepresentation(request, reply, version.cached('openapi', () => representation(JSON.stringify(openApiDocument(version, registry, config)))));
  });

  // Readiness, apart from liveness (/v1/health): every version is compiled before the service
  // listens, so it is ready until it begins to stop; then 503, so that a load balancer sends
  // no new work while the requests under way finish.
  app.get('/v1/ready', (request, reply) => {
    checkQuery(request.query, []);
    if (config.closing()) throw new ProblemError('shutting-down', 'Tjenesten stenger og tar ikke imot nye forespørsler');
    return reply.send({ status: 'ready', rulesets: registry.known().length });
  });

  app.get('/metrics', (request, reply) => {
    checkQuery(request.query, []);
    return reply.type(METRICS_CONTENT_TYPE).header('cache-control', 'no-store').send(config.metrics.text());
  });
}
