import type { FastifyInstance } from 'fastify';

/**
 * Request metrics for `/metrics` in the Prometheus text format (version 0.0.4): a counter of
 * requests and a latency histogram, both by method, route and status. One
 * instance per server, owned by `createServer`; nothing is shared between servers.
 *
 * The route is the pattern fastify matched (`/v1/evaluate`), never the raw URL, so a client
 * cannot grow the label set; a request that matched no route counts as `route="unmatched"`.
 * Connections refused before a request was read (malformed HTTP, timeouts) are not requests
 * and are not counted here; they are logged (docs/http.md, Logs).
 */
export const LATENCY_BUCKETS_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

/** A request count, or a latency histogram, with its label text (built once per label set). */
interface Counted {
  readonly labels: string;
  count: number;
}

interface Histogram extends Counted {
  /** Requests per bucket (not cumulative; the exposition sums them). */
  readonly perBucket: number[];
  sum: number;
}

export class RequestMetrics {
  private readonly requests = new Map<string, Counted>();
  private readonly latency = new Map<string, Histogram>();

  constructor(private readonly startedAt: number, private readonly now: () => number) {}

  record(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${route} ${status}`;
    let counted = this.requests.get(key);
    if (!counted) this.requests.set(key, (counted = { labels: labels({ method, route, status: String(status) }), count: 0 }));
    counted.count += 1;
    let histogram = this.latency.get(key);
    if (!histogram) this.latency.set(key, (histogram = { labels: counted.labels, perBucket: LATENCY_BUCKETS_SECONDS.map(() => 0), sum: 0, count: 0 }));
    const bucket = LATENCY_BUCKETS_SECONDS.findIndex((bound) => seconds <= bound);
    if (bucket >= 0) histogram.perBucket[bucket] = (histogram.perBucket[bucket] as number) + 1;
    histogram.sum += seconds;
    histogram.count += 1;
  }

  /** The exposition text. */
  text(): string {
    const lines = [
      '# HELP lovkode_http_requests_total Forespørsler besvart, etter metode, rute og status.',
      '# TYPE lovkode_http_requests_total counter',
      ...[...this.requests.values()].map((c) => `lovkode_http_requests_total{${c.labels}} ${c.count}`),
      '# HELP lovkode_http_request_duration_seconds Tid fra forespørselen kom til svaret var sendt, etter metode, rute og status.',
      '# TYPE lovkode_http_request_duration_seconds histogram',
    ];
    for (const histogram of this.latency.values()) {
      let cumulative = 0;
      LATENCY_BUCKETS_SECONDS.forEach((bound, i) => {
        cumulative += histogram.perBucket[i] as number;
        lines.push(`lovkode_http_request_duration_seconds_bucket{${histogram.labels},le="${bound}"} ${cumulative}`);
      });
      lines.push(`lovkode_http_request_duration_seconds_bucket{${histogram.labels},le="+Inf"} ${histogram.count}`);
      lines.push(`lovkode_http_request_duration_seconds_sum{${histogram.labels}} ${histogram.sum}`);
      lines.push(`lovkode_http_request_duration_seconds_count{${histogram.labels}} ${histogram.count}`);
    }
    lines.push(
      '# HELP lovkode_uptime_seconds Sekunder siden tjenesten startet.',
      '# TYPE lovkode_uptime_seconds gauge',
      `lovkode_uptime_seconds ${(this.now() - this.startedAt) / 1000}`,
    );
    return `${lines.join('\n')}\n`;
  }

  /** Counts every request when its response has been sent. */
  register(app: FastifyInstance): void {
    app.addHook('onResponse', (request, reply, done) => {
      this.record(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
      done();
    });
  }
}

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

function labels(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
    .join(',');
}
