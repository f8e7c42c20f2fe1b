import { performance } from 'node:perf_hooks';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { JsonSyntaxError, readJson } from '../input/json-reader';
import { InputError } from '../runtime/errors';
import { evaluate } from '../evaluate/evaluate';
import { registerBodyEncoding } from './body-encoding';
import { registerCors } from './cors';
import { RequestMetrics } from './metrics';
import { httpServerOptions, limitConnections } from './connections';
import { defaults } from './limits';
import { loggerOptions, registerRequestLog, requestId, type LogOptions } from './logging';
import { clientErrorProblem, ProblemError, requestPath, sendProblem, toProblem } from './problem';
import { registerRoutes, routeTable } from './routes';
import { RulesetRegistry, type RulesetInput } from './rulesets';

/**
 * The HTTP service (`lovkode serve`, docs/http.md): a stateless fastify application over
 * one or more compiled rule-set versions. `createServer` builds it without listening; the
 * command and the tests call `listen`.
 *
 *   const app = createServer({ rulesets: [{ name: 'default', rules }] });
 *   await app.listen({ port: 0, host: '127.0.0.1' });
 */
export interface ServerOptions {
  /** The versions the service holds; the first (or `defaultRuleset`) is used when a request pins none. */
  readonly rulesets: RulesetRegistry | readonly RulesetInput[];
  readonly defaultRuleset?: string;
  /** Most cases in one batch (default 1 000). */
  readonly maxBatch?: number;
  /** Most cases in one batch with `explain` or `begrunnelse` (default 50). */
  readonly maxExplainedBatch?: number;
  /** Largest request body in bytes (default 10 MiB, the CLI's limit for an input file). */
  readonly bodyLimit?: number;
  /** Largest answer in bytes (default 32 MiB). */
  readonly maxResponseBytes?: number;
  /** Time one request may use for evaluating and writing its answer, in milliseconds (default 5 000); see docs/http.md. */
  readonly deadlineMs?: number;
  /** A batch hands the event loop back after this many milliseconds (default 10). */
  readonly sliceMs?: number;
  /** Time a client has to send a whole request, headers included, in milliseconds (default 30 000). */
  readonly requestTimeoutMs?: number;
  /** How long an idle keep-alive connection is kept, in milliseconds (default 72 000). */
  readonly keepAliveTimeoutMs?: number;
  /** Most open connections (default 1 000). */
  readonly maxConnections?: number;
  /** Logging: `false` for none (tests), else level and stream (default: info on stdout). */
  readonly logger?: LogOptions | false;
  /** Origins whose browser pages may call the service (CORS); none by default. */
  readonly corsOrigins?: readonly string[];
  /** The clock for deadlines, in milliseconds (tests replace it). */
  readonly now?: () => number;
}

export { defaults };

const ANSWERED_WHILE_CLOSING = new Set(['/v1/health', '/v1/ready', '/metrics']);

export function createServer(options: ServerOptions): FastifyInstance {
  const registry = options.rulesets instanceof RulesetRegistry ? options.rulesets : new RulesetRegistry(options.rulesets, options.defaultRuleset);
  // Compile each version's input validator now, not on its first request.
  for (const version of registry.versions) {
    try {
      evaluate(version.rules, undefined);
    } catch {
      // an empty input is invalid: the validator has been compiled
    }
  }
  const now = options.now ?? (() => performance.now());
  const limits = {
    maxBatch: options.maxBatch ?? defaults.maxBatch,
    maxExplainedBatch: options.maxExplainedBatch ?? defaults.maxExplainedBatch,
    bodyLimit: options.bodyLimit ?? defaults.bodyLimit,
    maxResponseBytes: options.maxResponseBytes ?? defaults.maxResponseBytes,
    deadlineMs: options.deadlineMs ?? defaults.deadlineMs,
    requestTimeoutMs: options.requestTimeoutMs ?? defaults.requestTimeoutMs,
  };

  const { flush, ...logger } = loggerOptions(options.logger ?? {});
  const app: FastifyInstance = Fastify({
    ...logger,
    bodyLimit: limits.bodyLimit,
    http: httpServerOptions(limits.requestTimeoutMs),
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? defaults.keepAliveTimeoutMs,
    genReqId: requestId,
    // fastify's two lines per request are replaced by ours (logging.ts).
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'reqId' }),
    // While closing, new requests get our own 503 problem (below), not fastify's plain JSON.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    clientErrorHandler: (error, socket) => clientErrorProblem(error, socket, app.log),
  });
  limitConnections(app, options.maxConnections ?? defaults.maxConnections);

  // Only JSON is accepted; anything else is 415. Parse errors say where the JSON is wrong.
  app.removeAllContentTypeParsers();
  // The engine's strict reader: a field given twice or a number not read exactly is LK7009.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, readJson(body as string));
    } catch (error) {
      if (!(error instanceof InputError)) return done(error as Error, undefined);
      const count = error.violations.length;
      const detail =
        error instanceof JsonSyntaxError
          ? `Innholdet er ikke gyldig JSON: ${error.reason}`
          : `Innholdet kan ikke leses entydig som JSON (${count === 1 ? 'én feil' : `${count} feil`})`;
      done(new ProblemError('malformed-json', detail, { code: error.code, violations: error.violations }), undefined);
    }
  });

  registerBodyEncoding(app);

  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    // While stopping, liveness and metrics still answer, and readiness says 503 itself.
    if (closing && !ANSWERED_WHILE_CLOSING.has(requestPath(request))) {
      reply.header('connection', 'close');
      sendProblem(reply, request, new ProblemError('shutting-down', 'Tjenesten stenger; send forespørselen til en annen instans eller prøv igjen'));
      return;
    }
    done();
  });
  // A response sent while closing ends its connection, so shutdown does not wait for idle keep-alive.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  registerCors(app, options.corsOrigins ?? []);
  registerRequestLog(app);
  const metrics = new RequestMetrics(now(), now);
  metrics.register(app);
  if (flush) app.addHook('onClose', (_instance, done) => (flush(), done()));

  app.setErrorHandler((error, request, reply) => {
    const failure = toProblem(error);
    if (failure.kind === 'internal-error') request.log.error({ err: error }, 'intern feil');
    return sendProblem(reply, request, failure);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = requestPath(request);
    const methods = routeTable.get(path);
    if (methods) {
      return sendProblem(
        reply,
        request,
        new ProblemError('method-not-allowed', `${path} tar ${methods.filter((m) => m !== 'HEAD').join(', ')}, ikke ${request.method}`, {
          headers: { allow: methods.join(', ') },
        }),
      );
    }
    return sendProblem(reply, request, new ProblemError('not-found', `Finner ikke ${path}; se /openapi.json for rutene`));
  });

  registerRoutes(app, { registry, ...limits, sliceMs: options.sliceMs ?? defaults.sliceMs, now, startedAt: now(), metrics, closing: () => closing });
  return app;
}
