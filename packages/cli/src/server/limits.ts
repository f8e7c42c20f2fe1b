/**
 * The limits of the service (docs/http.md, "Limits"): what one request may send, ask for and
 * use, and how many connections one process holds. Each can be set in `createServer` and on
 * the command line; these are the defaults.
 */
export interface ServiceLimits {
  /** Most cases in one batch. */
  readonly maxBatch: number;
  /** Most cases in one batch with `explain` or `begrunnelse`: each answer is 10–1 000 times larger. */
  readonly maxExplainedBatch: number;
  /** Largest request body in bytes. */
  readonly bodyLimit: number;
  /** Largest answer in bytes: a larger one is refused with a problem while it is being written. */
  readonly maxResponseBytes: number;
  /** Time one request may use for evaluating and writing its answer, in milliseconds. */
  readonly deadlineMs: number;
  /** A batch hands the event loop back after this many milliseconds. */
  readonly sliceMs: number;
  /** Time a client has to send a whole request, headers included, in milliseconds. */
  readonly requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept, in milliseconds. */
  readonly keepAliveTimeoutMs: number;
  /** Most open connections per process; one more is closed at once. */
  readonly maxConnections: number;
}

const MiB = 1024 * 1024;

export const defaults = {
  maxBatch: 1000,
  maxExplainedBatch: 50,
  // The CLI's limit for an input file.
  bodyLimit: 10 * MiB,
  maxResponseBytes: 32 * MiB,
  deadlineMs: 5000,
  sliceMs: 10,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 72_000,
  maxConnections: 1000,
} as const satisfies ServiceLimits;

/**
 * How often Node checks open connections against the request timeout: a request not sent in
 * time is answered with 408 at most this long after its timeout.
 */
export const TIMEOUT_CHECK_MS = 1000;

/** A number of bytes as the service's messages write it: `33554432 byte (32 MiB)`. */
export function byteCount(bytes: number): string {
  return bytes >= MiB && bytes % MiB === 0 ? `${bytes} byte (${bytes / MiB} MiB)` : `${bytes} byte`;
}
