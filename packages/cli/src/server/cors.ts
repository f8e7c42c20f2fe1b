import type { FastifyInstance } from 'fastify';
import { requestPath } from './problem.js';
import { RULESET_HEADER } from './rulesets.js';
import { routeTable } from './routes.js';

/**
 * Cross-origin requests (CORS) are off unless the operator names the origins allowed
 * (`lovkode serve --cors-origin https://saksbehandling.kommune.no`, repeatable). Off, a
 * browser on another origin cannot read any answer, and `OPTIONS` is 405 like any other
 * method a route does not take. For an allowed origin, answers carry
 * `Access-Control-Allow-Origin` (that origin, never `*`) and `Vary: Origin`, and a preflight
 * `OPTIONS` on a known route is 204 with the route's methods and the headers a client sends.
 */
const ALLOWED_HEADERS = ['content-type', RULESET_HEADER, 'x-request-id', 'traceparent', 'if-none-match'].join(', ');
const EXPOSED_HEADERS = [RULESET_HEADER, 'x-request-id', 'etag'].join(', ');

export function registerCors(app: FastifyInstance, origins: readonly string[]): void {
  if (origins.length === 0) return;
  const allowed = new Set(origins.map((origin) => origin.replace(/\/+$/, '')));
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('vary', 'Origin');
    const origin = request.headers.origin;
    if (typeof origin !== 'string' || !allowed.has(origin)) return done();
    reply.header('access-control-allow-origin', origin);
    reply.header('access-control-expose-headers', EXPOSED_HEADERS);
    const methods = routeTable.get(requestPath(request));
    if (request.method === 'OPTIONS' && methods && typeof request.headers['access-control-request-method'] === 'string') {
      reply
        .code(204)
        .header('access-control-allow-methods', methods.join(', '))
        .header('access-control-allow-headers', ALLOWED_HEADERS)
        .header('access-control-max-age', '600')
        .send();
      return;
    }
    done();
  });
}
