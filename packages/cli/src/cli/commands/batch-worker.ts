/**
 * The evaluation of a batch of JSON Lines (`lovkode run --batch`), in this thread or in a
 * worker thread (./batch.ts). A worker compiles the rules once from the file texts and then
 * answers each batch it is sent (the port keeps them meanwhile) with its result lines.
 *
 * The hook at the end runs when this module is loaded as a worker with `workerData.kind ===
 * 'lovkode-run-batch'`; bundled, the worker loads the chunk of the bundle this module is in.
 */
import type { RuleSource } from '@lovkode/dsl';
import { compile, type CompiledRules, type EvaluateOptions, evaluateToJson, EvaluationError, InputError, readJson } from '@lovkode/engine';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { InputTooLarge, type InputLine } from '../io.js';

/** The URL of the module workers load (this file, or the chunk of the bundle it is in). */
export const batchWorkerUrl: string = import.meta.url;

/** What a worker is started with. */
export interface BatchJob {
  readonly kind: 'lovkode-run-batch';
  readonly files: readonly RuleSource[];
  /** The module to compile (`undefined`: the one module with outputs, as `compile` chooses). */
  readonly module: string | undefined;
  /** With `trace`, each line has the trace (`--explain`). */
  readonly options: EvaluateOptions;
}

/** The result lines of a batch (from a worker, as UTF-8), and how many cases it had and how many failed. */
export interface BatchPart {
  readonly out: string | Uint8Array;
  readonly cases: number;
  readonly failed: number;
}

/** A batch sent to a worker. */
export interface ToWorker {
  readonly seq: number;
  readonly lines: readonly InputLine[];
}

/** What a worker says: a batch's part, or that it failed (a message; it then stops). */
export type FromWorker =
  | { readonly kind: 'part'; readonly seq: number; readonly part: BatchPart }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The result lines of `lines`: one per case, `{"values",…}` or `{"error",…, "line"}`; blank
 * lines are skipped. A failure that is not the case's (a bug) is thrown.
 */
export function evaluateLines(rules: CompiledRules, lines: readonly InputLine[], options: EvaluateOptions): BatchPart & { readonly out: string } {
  let out = '';
  let cases = 0;
  let failed = 0;
  for (const line of lines) {
    if (!line.tooLarge && !line.notUtf8 && line.text.trim() === '') continue;
    cases++;
    try {
      if (line.tooLarge) throw new InputTooLarge(undefined);
      if (line.notUtf8) throw new InputError('LK7005', [{ path: '', message: line.notUtf8 }]);
      out += `${evaluateToJson(rules, readJson(line.text), options)}\n`;
    } catch (error) {
      failed++;
      out += `${JSON.stringify({ error: { ...asEvaluationError(error).toJSON(), line: line.number } })}\n`;
    }
  }
  return { out, cases, failed };
}

/** A failure of one case as the engine reports it; anything else is a bug and is rethrown. */
export function asEvaluationError(error: unknown): EvaluationError {
  if (error instanceof EvaluationError) return error;
  if (error instanceof InputTooLarge) return new InputError('LK7007', [{ path: '', message: error.message }]);
  throw error;
}

/** The worker's side: compile, then answer batches (a failure is said, and the worker stops). */
function serve(job: BatchJob, port: NonNullable<typeof parentPort>): void {
  const failed = (error: unknown) => port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
  let rules: CompiledRules;
  try {
    const compiled = compile(job.files, job.module !== undefined ? { module: job.module } : {});
    if (!compiled.ok) throw new Error('reglene kompilerer ikke i arbeidstråden');
    rules = compiled.rules;
  } catch (error) {
    failed(error);
    return;
  }
  const encoder = new TextEncoder();
  port.on('message', ({ seq, lines }: ToWorker) => {
    try {
      const part = evaluateLines(rules, lines, job.options);
      // Encoded here and moved, not copied: the main thread only writes the bytes.
      const bytes = encoder.encode(part.out);
      port.postMessage({ kind: 'part', seq, part: { ...part, out: bytes } } satisfies FromWorker, [bytes.buffer]);
    } catch (error) {
      failed(error);
      port.close();
    }
  });
}

const data = workerData as { kind?: unknown } | null | undefined;
if (!isMainThread && parentPort && data?.kind === 'lovkode-run-batch') serve(workerData as BatchJob, parentPort);
