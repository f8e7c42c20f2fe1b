import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { defaultPeriod, household } from '../../../../rules/befolkning.mjs';
import { runBatch } from '../../src/cli/commands/batch';
import type { Io } from '../../src/cli/io';
import { readRuleSet } from '../../src/cli/rules';
import { root, tempDir } from './lovkode';

// A worker thread of `lovkode run --batch` that stops (as a crash or an out-of-memory would end
// it) loses no case: the batches it had are evaluated in the main thread, the output is the
// same bytes, and stderr says so. The worker here ends when it is sent its first batch, without
// answering: however fast or slow the machine, it holds a batch when it stops (a worker ended
// after its first answer could answer every batch it had before it ended, under load).
vi.mock('../../src/worker-thread', () => ({
  startWorkerThread: () => new Worker("require('node:worker_threads').parentPort.once('message', () => process.exit(3));", { eval: true }),
}));

const temp = tempDir();
afterAll(() => temp.remove());

/** Runs the batch in this process, standard output and error kept. */
async function batch(input: string, workers: number): Promise<{ code: number; out: Buffer; err: string }> {
  const out: Buffer[] = [];
  let err = '';
  const io: Io = {
    cwd: root,
    stdin: Readable.from([]),
    out: async (text) => void out.push(Buffer.from(text)),
    err: (text) => void (err += text),
  };
  const read = await readRuleSet(io, ['rules'], undefined);
  const code = await runBatch(io, read, input, path.relative(root, input), {}, workers);
  return { code, out: Buffer.concat(out), err };
}

describe('lovkode run --batch when a worker stops', () => {
  it('evaluates the batches it had in the main thread: the same lines, and a line on stderr', { timeout: 180_000 }, async () => {
    const input = path.join(temp.dir, 'saker.jsonl');
    const lines = Array.from({ length: 3_000 }, (_, i) => JSON.stringify(household(7, i, defaultPeriod)));
    // About 1 MB: many batches, so that the worker has some waiting when it stops.
    writeFileSync(input, `${lines.join('\n')}\n`);
    const alone = await batch(input, 0);
    expect(alone.code).toBe(0);
    expect(alone.err).toBe('');
    const lost = await batch(input, 1);
    expect(lost.code).toBe(0);
    expect(lost.err).toBe('lovkode run: en arbeidstråd stoppet (avsluttet med kode 3); sakene den hadde beregnes i hovedtråden\n');
    expect(lost.out.equals(alone.out)).toBe(true);
    expect(lost.out.toString('utf8').trimEnd().split('\n')).toHaveLength(3_000);
  });
});
