import { type CompiledRules, evaluate, EvaluationError, type EvaluationResult, evaluateToJson, type JsonValue, renderBegrunnelse, type Trace } from '@lovkode/engine';
import { bounded, boundedViolation, ECHO_LIMITS } from './echo.js';
import { responseTooLarge, type JsonResponse } from './json-response.js';

/**
 * Evaluation as the service does it: one case, or a batch that is cut off at a deadline.
 *
 * An evaluation is synchronous CPU work (well under a millisecond for a case within the
 * input limits, tens of milliseconds for a large case explained), so it cannot be
 * interrupted; a batch is checked against its deadline between cases, and hands the event
 * loop back every `sliceMs` so that other requests are served while a large batch runs.
 * Cases not evaluated before the deadline are reported as `{ "error": { "code": "timeout", … } }`
 * in their places (docs/http.md, "Deadline").
 */

export interface ResultOptions {
  readonly explain: boolean;
  readonly begrunnelse: boolean;
}

/** The JSON of a result: `values`, `warnings`, `ruleset`, and on request `trace` and `begrunnelse`. */
interface ResultBody {
  readonly values: Record<string, JsonValue>;
  readonly warnings: string[];
  readonly ruleset: string;
  readonly trace?: Trace;
  readonly begrunnelse?: string;
}

export interface CaseError {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly violations?: ReadonlyArray<{ readonly path: string; readonly message: string }>;
    readonly locations?: ReadonlyArray<{ readonly file: string; readonly line: number; readonly column: number }>;
  };
}

export const TIMEOUT_CODE = 'timeout';
export const CANCELLED_CODE = 'cancelled';

/**
 * One case's result as the JSON text the service answers with; throws `EvaluationError`/
 * `InputError` as `evaluate` does. Written by the engine's one writer of results
 * (`evaluateToJson`, as `lovkode run --batch` writes its lines), and with the justification
 * by the same fields in the same order, `begrunnelse` last.
 */
export function caseJson(rules: CompiledRules, input: unknown, options: ResultOptions): string {
  if (!options.begrunnelse) return evaluateToJson(rules, input, options.explain ? { trace: true } : {});
  const result: EvaluationResult = evaluate(rules, input, { trace: true });
  // Without `complete`, which only the in-process result has (docs/engine.md §6).
  const { values, warnings, ruleset, trace } = result;
  const body: ResultBody = { values, warnings, ruleset, ...(options.explain ? { trace } : {}), begrunnelse: renderBegrunnelse(result) };
  return JSON.stringify(body);
}

export interface BatchOptions extends ResultOptions {
  /** When the batch must stop, on `now`'s clock. */
  readonly deadline: number;
  readonly deadlineMs: number;
  readonly now: () => number;
  /** Hand the event loop back after this many milliseconds of evaluating and writing. */
  readonly sliceMs: number;
  /** True when the client has gone away: the rest of the batch is not evaluated. */
  readonly cancelled?: () => boolean;
}

export interface BatchOutcome {
  readonly failed: number;
  readonly timedOut: number;
  readonly cancelled: boolean;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Evaluates the cases in order and writes each one's result (or `{ error }`, and the batch
 * goes on) to `answer` as JSON, separated by commas: the time writing takes counts against the
 * deadline, and only text is kept, not the results' objects. Throws `response-too-large` when
 * the answer would pass its limit.
 */
export async function evaluateBatchWithDeadline(rules: CompiledRules, cases: readonly unknown[], answer: JsonResponse, options: BatchOptions): Promise<BatchOutcome> {
  let failed = 0;
  let sliceStart = options.now();
  const write = (i: number, text: string) => {
    if (!answer.write(i === 0 ? text : `,${text}`)) throw responseTooLarge(answer.limit, { done: i, cases: cases.length });
  };
  const stop = (from: number, code: string, message: string): BatchOutcome => {
    const error = JSON.stringify({ error: { code, message } });
    for (let j = from; j < cases.length; j++) write(j, error);
    const rest = cases.length - from;
    return { failed: failed + rest, timedOut: code === TIMEOUT_CODE ? rest : 0, cancelled: code === CANCELLED_CODE };
  };
  for (let i = 0; i < cases.length; i++) {
    let now = options.now();
    if (now - sliceStart >= options.sliceMs) {
      await nextTurn();
      if (options.cancelled?.()) return stop(i, CANCELLED_CODE, 'Ikke beregnet: klienten brøt forbindelsen');
      now = options.now();
      sliceStart = now;
    }
    if (now >= options.deadline) {
      return stop(
        i,
        TIMEOUT_CODE,
        `Ikke beregnet: forespørselen nådde fristen på ${options.deadlineMs} ms etter ${i} av ${cases.length} saker; send de resterende sakene på nytt`,
      );
    }
    let text: string;
    try {
      text = caseJson(rules, cases[i], options);
    } catch (error) {
      if (!(error instanceof EvaluationError)) throw error;
      failed++;
      text = JSON.stringify({ error: caseError(error) } satisfies CaseError);
    }
    write(i, text);
  }
  return { failed, timedOut: 0, cancelled: false };
}

/** A case's error as the batch reports it; text taken from the case is bounded as in a problem. */
function caseError(error: EvaluationError): CaseError['error'] {
  const json = error.toJSON();
  const violations = 'violations' in json ? (json as { violations: CaseError['error']['violations'] }).violations : undefined;
  return {
    code: json.code,
    message: bounded(json.message, ECHO_LIMITS.text),
    ...(violations ? { violations: violations.map(boundedViolation) } : {}),
    ...(json.locations.length > 0 ? { locations: json.locations } : {}),
  };
}
