/**
 * `lovkode run --batch`: one result line per case line, in input order. A large batch is
 * evaluated by this thread and worker threads, one thread per core: this thread reads the
 * lines, evaluates its turn of the runs of lines and writes the results in order; each worker
 * compiles the rules once from the same file texts and evaluates the runs it is sent. The
 * output is the same, byte for byte, with any number of workers.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { newWorker } from '../../worker-thread.js';
import { openInput, readLines, type Io } from '../io.js';
import type { LoadedRules } from '../rules.js';
import { batchWorkerUrl, type BatchAnswer, type BatchWorkerJob } from './run-batch-worker.js';
import { evaluateLines, type BatchLine, type BatchSettings, type ChunkResult } from './run-results.js';

/** Lines per message to a worker, and per write in this thread. */
const RUN = 1000;
/** Below this many lines a batch is evaluated in this thread: starting workers costs more than it saves. */
export const parallelBatchThreshold = 20_000;

/** The number of workers `--workers auto` uses: one per core beside this thread's. */
export function autoBatchWorkers(): number {
  return Math.min(availableParallelism(), 8) - 1;
}

/** Runs the batch: how many cases it had, and how many failed. */
export async function runBatch(io: Io, loaded: LoadedRules, input: string, shown: string, settings: BatchSettings, workers: number): Promise<{ readonly cases: number; readonly failed: number }> {
  const lines = nonEmpty(readLines(await openInput(io, input, { sizeLimit: false }), shown))[Symbol.asyncIterator]();
  // Read ahead: a batch that ends before the threshold is evaluated here.
  const ahead: BatchLine[] = [];
  let ended = false;
  while (workers > 0 && ahead.length < parallelBatchThreshold) {
    const next = await lines.next();
    if (next.done) {
      ended = true;
      break;
    }
    ahead.push(next.value);
  }
  const all = concat(ahead, ended ? undefined : lines);
  if (workers === 0 || ended) return inThisThread(io, loaded, all, settings);
  return withWorkers(io, loaded, all, settings, workers);
}

async function inThisThread(io: Io, loaded: LoadedRules, lines: AsyncIterable<BatchLine>, settings: BatchSettings): Promise<{ cases: number; failed: number }> {
  let cases = 0;
  let failed = 0;
  for await (const run of runsOf(lines)) {
    const result = evaluateLines(loaded.rules, run, settings);
    cases += run.length;
    failed += result.failed;
    await io.out(result.out);
  }
  return { cases, failed };
}

async function withWorkers(io: Io, loaded: LoadedRules, lines: AsyncIterable<BatchLine>, settings: BatchSettings, count: number): Promise<{ cases: number; failed: number }> {
  const pool = new BatchWorkers(count, { kind: 'lovkode-batch', files: loaded.files, module: loaded.rules.entry.name, settings });
  let cases = 0;
  let failed = 0;
  // Results are written in the order of the runs; at most two runs per worker are under way.
  // Every (count + 1)th run is this thread's.
  const pending: Array<Promise<ChunkResult>> = [];
  let index = 0;
  const writeFirst = async () => {
    const result = await (pending.shift() as Promise<ChunkResult>);
    failed += result.failed;
    await io.out(result.out);
  };
  try {
    for await (const run of runsOf(lines)) {
      cases += run.length;
      pending.push(index++ % (count + 1) === count ? Promise.resolve(evaluateLines(loaded.rules, run, settings)) : pool.evaluate(run));
      if (pending.length >= (count + 1) * 2) await writeFirst();
    }
    while (pending.length > 0) await writeFirst();
  } finally {
    // Settled, so that a failure's other runs are not reported unhandled.
    for (const p of pending) p.catch(() => undefined);
    await pool.close();
  }
  return { cases, failed };
}

/** The workers, each sent runs in turn; a run's result comes back by its id. */
class BatchWorkers {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (result: ChunkResult) => void; reject: (error: Error) => void }>();
  private next = 0;
  private failure: Error | undefined;

  constructor(count: number, job: BatchWorkerJob) {
    this.workers = Array.from({ length: count }, () => {
      const worker = newWorker(batchWorkerUrl, job);
      worker.on('message', (answer: BatchAnswer) => this.answer(answer));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (this.waiting.size > 0) this.fail(new Error(`arbeidstråden avsluttet med kode ${code} uten resultat`));
      });
      return worker;
    });
  }

  evaluate(lines: readonly BatchLine[]): Promise<ChunkResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    const worker = this.workers[id % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, lines });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private answer(answer: BatchAnswer): void {
    const waiting = this.waiting.get(answer.id);
    if (!waiting) return;
    this.waiting.delete(answer.id);
    if ('result' in answer) waiting.resolve(answer.result);
    else this.fail(new Error(`arbeidstråd: ${answer.failure}`));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.waiting.values()) reject(this.failure);
    this.waiting.clear();
  }
}

/** The lines that hold a case: blank lines are skipped. */
async function* nonEmpty(lines: AsyncIterable<BatchLine>): AsyncGenerator<BatchLine> {
  for await (const line of lines) if (line.tooLarge || line.notUtf8 !== undefined || line.text.trim() !== '') yield line;
}

async function* concat(first: readonly BatchLine[], rest: AsyncIterator<BatchLine> | undefined): AsyncGenerator<BatchLine> {
  yield* first;
  if (!rest) return;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** The lines in runs of `RUN`. */
async function* runsOf(lines: AsyncIterable<BatchLine>): AsyncGenerator<BatchLine[]> {
  let run: BatchLine[] = [];
  for await (const line of lines) {
    run.push(line);
    if (run.length === RUN) {
      yield run;
      run = [];
    }
  }
  if (run.length > 0) yield run;
}
