/**
 * `lovkode run --batch`: JSON Lines in, one result line per case out, in input order.
 *
 * The lines are read in batches (the lines that end in each chunk read, `readLines`). Each
 * batch is evaluated whole, by this thread or by a worker thread (`batch-worker.ts`), into
 * its result lines as UTF-8 (`evaluateLines`); they are written in the order of the
 * batches, so the output is the same, byte for byte, with any number of workers. A worker
 * gets a batch only when it has fewer than two waiting, and this thread evaluates the
 * others meanwhile: the work divides itself between the threads by their speed. A worker
 * that stops is not a lost case: its batches are evaluated here (and a line on stderr says so).
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { CompiledRules, EvaluateOptions } from '@lovkode/engine';
import { startWorkerThread } from '../../worker-thread.js';
import { ExitCode, inputSize, openInput, readLines, type InputLine, type Io } from '../io.js';
import { compileRuleSet, type ReadRules } from '../rules.js';
import { batchWorkerUrl, evaluateLines, type BatchJob, type BatchPart, type FromWorker, type ToWorker } from './batch-worker.js';

/** Worker threads of a batch: `auto`, or a number (0: this thread alone). */
export type BatchWorkers = number | 'auto';

/**
 * With `auto`, workers start once the input is known to be at least this large (the file's
 * size, or what was read from standard input): starting one (loading the bundle, checking and
 * compiling the rules) costs about as much as evaluating a few thousand cases.
 */
export const autoWorkersFrom = 4 * 1024 * 1024;

/**
 * How many batches a worker may have waiting: one to work on, one to start on next. A new
 * worker gets its first ones at once; they wait for it while it compiles the rules.
 */
const waitingPerWorker = 2;

/** How many evaluated batches may wait for an earlier one before this thread waits too. */
const heldBatches = 128;

export async function runBatch(io: Io, read: ReadRules, input: string, shown: string, options: EvaluateOptions, workers: BatchWorkers): Promise<number> {
  const job: BatchJob = { kind: 'lovkode-run-batch', files: read.files, module: read.entry, options };
  const pool = new WorkerPool(io, job);
  try {
    const wanted = workers === 'auto' ? Math.max(0, Math.min(availableParallelism() - 1, 7)) : workers;
    // A file's size is known before it is read; standard input's only as it comes.
    let known = workers === 'auto' ? ((await inputSize(io, input)) ?? 0) : autoWorkersFrom;
    // Started before the rules are compiled here, so that the workers compile them meanwhile.
    if (wanted > 0 && known >= autoWorkersFrom) pool.start(wanted);
    pool.use(compileRuleSet(io, read).rules);
    const stream = await openInput(io, input, { sizeLimit: false });
    const held: Held[] = [];
    let cases = 0;
    let failed = 0;
    // Writes the evaluated batches at the front, in order (`all`: waits for every batch).
    const write = async (all: boolean) => {
      while (held.length > 0 && (all || held[0]?.part !== undefined || held.length > heldBatches)) {
        const part = await (held.shift() as Held).done;
        cases += part.cases;
        failed += part.failed;
        if (part.out.length > 0) await io.out(part.out);
      }
    };
    for await (const lines of readLines(stream, shown)) {
      if (!pool.started && wanted > 0 && known >= autoWorkersFrom) pool.start(wanted);
      held.push(pool.evaluate(lines));
      if (!pool.started) for (const line of lines) known += line.text.length;
      else await pool.hear();
      await write(false);
    }
    await write(true);
    if (failed > 0) io.err(`${failed} av ${cases} saker feilet\n`);
    return failed > 0 ? ExitCode.evaluation : ExitCode.ok;
  } finally {
    await pool.stop();
  }
}

/** A batch on its way: `part` is there once it is evaluated. */
interface Held {
  part: BatchPart | undefined;
  readonly done: Promise<BatchPart>;
}

/** A batch a worker has: its lines, kept until its part comes back (or the worker stops). */
interface Waiting {
  readonly lines: readonly InputLine[];
  readonly held: Held;
  readonly resolve: (part: BatchPart) => void;
  readonly reject: (error: unknown) => void;
}

/** One worker thread and the batches it has. */
interface Member {
  readonly worker: Worker;
  stopped: boolean;
  readonly waiting: Map<number, Waiting>;
}

/** The worker threads of one batch run. */
class WorkerPool {
  readonly #members: Member[] = [];
  #started = false;
  #seq = 0;
  /** The rules compiled in this thread (`use`), before any batch. */
  #rules: CompiledRules | undefined;

  constructor(
    private readonly io: Io,
    private readonly job: BatchJob,
  ) {}

  get started(): boolean {
    return this.#started;
  }

  start(count: number): void {
    this.#started = true;
    for (let i = 0; i < count; i++) this.#members.push(this.#member());
  }

  /** The batch's part: from a worker that has room for it, or evaluated here now. */
  evaluate(lines: readonly InputLine[]): Held {
    const rules = this.#compiled();
    const member = this.#members.find((m) => !m.stopped && m.waiting.size < waitingPerWorker);
    if (member === undefined) {
      const part = evaluateLines(rules, lines, this.job.options);
      return { part, done: Promise.resolve(part) };
    }
    const seq = this.#seq++;
    let resolve!: (part: BatchPart) => void;
    let reject!: (error: unknown) => void;
    const done = new Promise<BatchPart>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    // Awaited in order by the writer; a rejection before that is not an unhandled one.
    done.catch(() => {});
    const held: Held = { part: undefined, done };
    member.waiting.set(seq, { lines, held, resolve, reject });
    member.worker.postMessage({ seq, lines } satisfies ToWorker);
    return held;
  }

  /**
   * Lets the workers' answers in: they are events, which wait while this thread evaluates
   * and reads (an input read ahead resolves without them), so a worker would wait for work.
   */
  hear(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  use(rules: CompiledRules): void {
    this.#rules = rules;
  }

  #compiled(): CompiledRules {
    if (this.#rules === undefined) throw new Error('batch evaluated before its rules were compiled');
    return this.#rules;
  }

  async stop(): Promise<void> {
    for (const member of this.#members) member.stopped = true;
    await Promise.all(this.#members.map((m) => m.worker.terminate()));
  }

  #member(): Member {
    const member: Member = { worker: startWorkerThread(batchWorkerUrl, this.job), stopped: false, waiting: new Map() };
    member.worker.on('message', (message: FromWorker) => {
      if (message.kind === 'part') {
        const waiting = member.waiting.get(message.seq);
        if (waiting === undefined) return;
        member.waiting.delete(message.seq);
        waiting.held.part = message.part;
        waiting.resolve(message.part);
      } else {
        this.#lost(member, message.message);
      }
    });
    member.worker.on('error', (error) => this.#lost(member, error.message));
    member.worker.on('exit', (code) => this.#lost(member, `avsluttet med kode ${code}`));
    return member;
  }

  /** A worker that stopped: what it had is evaluated here, in this thread. */
  #lost(member: Member, reason: string): void {
    if (member.stopped) return;
    member.stopped = true;
    this.io.err(`lovkode run: en arbeidstråd stoppet (${reason}); sakene den hadde beregnes i hovedtråden\n`);
    for (const waiting of member.waiting.values()) {
      try {
        const part = evaluateLines(this.#compiled(), waiting.lines, this.job.options);
        waiting.held.part = part;
        waiting.resolve(part);
      } catch (error) {
        waiting.reject(error);
      }
    }
    member.waiting.clear();
  }
}
