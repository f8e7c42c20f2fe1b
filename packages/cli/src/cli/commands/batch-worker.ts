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

/** The result lines of a batch as UTF-8, and how many cases it had and how many failed. */
export interface BatchPart {
  readonly out: Uint8Array<ArrayBuffer>;
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
export function evaluateLines(rules: CompiledRules, lines: readonly InputLine[], options: EvaluateOptions): BatchPart {
  const out = new LineBytes();
  let cases = 0;
  let failed = 0;
  for (const line of lines) {
    if (!line.tooLarge && !line.notUtf8 && line.text.trim() === '') continue;
    cases++;
    try {
      if (line.tooLarge) throw new InputTooLarge(undefined);
      if (line.notUtf8) throw new InputError('LK7005', [{ path: '', message: line.notUtf8 }]);
      out.line(evaluateToJson(rules, readJson(line.text), options));
    } catch (error) {
      failed++;
      out.line(JSON.stringify({ error: { ...asEvaluationError(error).toJSON(), line: line.number } }));
    }
  }
  return { out: out.bytes(), cases, failed };
}

/**
 * Lines written as UTF-8 into one buffer, each as it is made. A result line is a string built
 * piece by piece; encoding each line at once, while its pieces are fresh, took about a third less
 * time than joining a batch's lines into one string and encoding that (docs/engine.md §10).
 */
class LineBytes {
  /** Its own memory (not Node's shared pool), so that a worker can move it to the main thread. */
  #buffer = Buffer.allocUnsafeSlow(256 * 1024);
  #length = 0;

  line(text: string): void {
    // A UTF-16 code unit is at most three bytes of UTF-8; one more for the newline.
    const most = this.#length + text.length * 3 + 1;
    if (most > this.#buffer.length) {
      const larger = Buffer.allocUnsafeSlow(Math.max(most, this.#buffer.length * 2));
      this.#buffer.copy(larger, 0, 0, this.#length);
      this.#buffer = larger;
    }
    this.#length += this.#buffer.write(text, this.#length, 'utf8');
    this.#buffer[this.#length++] = 10;
  }

  /** The lines written, in the buffer's own memory. */
  bytes(): Uint8Array<ArrayBuffer> {
    return this.#buffer.subarray(0, this.#length);
  }
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
  port.on('message', ({ seq, lines }: ToWorker) => {
    try {
      const part = evaluateLines(rules, lines, job.options);
      // Moved, not copied: the main thread only writes the bytes.
      port.postMessage({ kind: 'part', seq, part } satisfies FromWorker, [part.out.buffer]);
    } catch (error) {
      failed(error);
      port.close();
    }
  });
}

const data = workerData as { kind?: unknown } | null | undefined;
if (!isMainThread && parentPort && data?.kind === 'lovkode-run-batch') serve(workerData as BatchJob, parentPort);
