import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EvaluationError } from '../runtime/errors';
import { pointerSegment } from '../schema/messages';
import { describeRules } from './describe';
import { evaluateBatchWithDeadline, evaluateCase, type ResultBody, type ResultOptions } from './evaluation';
import { JsonResponse, responseTooLarge } from './json-response';
import { openApiDocument, type OpenApiLimits } from './openapi';
import { evaluationProblem, ProblemError } from './problem';
import { RULESET_HEADER, RULESET_QUERY, type RulesetRegistry, type RulesetVersion } from './rulesets';
import type { InputViolation } from '../runtime/errors';

/** What the routes need from the service's configuration. */
export interface RouteConfig extends OpenApiLimits {
  readonly registry: RulesetRegistry;
  readonly sliceMs: number;
  readonly now: () => number;
  readonly startedAt: number;
}

/** The routes, by path and method (for 405 answers and the documentation). */
export const routeTable: ReadonlyMap<string, readonly string[]> = new Map([
  ['/v1/evaluate', ['POST']],
  ['/v1/evaluate/batch', ['POST']],
  ['/v1/schema', ['GET', 'HEAD']],
  ['/v1/rules', ['GET', 'HEAD']],
  ['/v1/health', ['GET', 'HEAD']],
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

function sendJsonText(reply: FastifyReply, text: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(text);
}

export function registerRoutes(app: FastifyInstance, config: RouteConfig): void {
  const { registry } = config;

  app.post('/v1/evaluate', (request, reply) => {
    const query = checkQuery(request.query, RESULT_PARAMETERS);
    const options = resultOptions(query);
    const version = choose(config, request, reply, query);
    const input = requireBody(request);
    let result: ResultBody;
    try {
      result = evaluateCase(version.rules, input, options);
    } catch (error) {
      if (error instanceof EvaluationError) throw evaluationProblem(error, version.hash);
      throw error;
    }
    const answer = new JsonResponse(config.maxResponseBytes);
    if (!answer.write(JSON.stringify(result))) throw responseTooLarge(answer.limit);
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
    return sendJsonText(reply, version.cached('schema', () => `${JSON.stringify(version.inputSchema(), null, 2)}\n`));
  });

  app.get('/v1/rules', (request, reply) => {
    const version = choose(config, request, reply, checkQuery(request.query, PIN_PARAMETERS));
    const text = version.cached('rules', () => {
      const { ruleset, ...description } = describeRules(version.rules, version.names, version.sources);
      return JSON.stringify({ ruleset, default: version === registry.default, available: registry.known(), ...description });
    });
    return sendJsonText(reply, text);
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
    return sendJsonText(reply, version.cached('openapi', () => JSON.stringify(openApiDocument(version, registry, config))));
  });
}
