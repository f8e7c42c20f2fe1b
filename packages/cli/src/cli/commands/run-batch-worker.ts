/**
 * The worker-thread side of `lovkode run --batch` (./run-batch.ts). A worker compiles the rules
 * once from the file texts and evaluates the runs of lines it is sent, answering each with its
 * output.
 *
 * The hook below runs when this module is loaded as a worker with `workerData.kind ===
 * 'lovkode-batch'`. Bundled (bin/lovkode.mjs), the bundle itself is the worker script: this
 * module's top-level code is in it, so the same hook runs there.
 */
import type { RuleSource } from '@lovkode/dsl';
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { compile } from '@lovkode/engine';
import { evaluateLines, type BatchLine, type BatchSettings, type ChunkResult } from './run-results.js';

/** The URL of the module workers load (this file, or the bundle it is part of). */
export const batchWorkerUrl: string = import.meta.url;

export interface BatchWorkerJob {
  readonly kind: 'lovkode-batch';
  readonly files: readonly RuleSource[];
  readonly module: string;
  readonly settings: BatchSettings;
}

/** A run of lines to evaluate, numbered in the order sent. */
export interface BatchRequest {
  readonly id: number;
  readonly lines: readonly BatchLine[];
}

export type BatchAnswer = { readonly id: number; readonly result: ChunkResult } | { readonly id: number; readonly failure: string };

function serve(port: MessagePort, job: BatchWorkerJob): void {
  const compiled = compile(job.files, { module: job.module });
  port.on('message', (request: BatchRequest) => {
    let answer: BatchAnswer;
    try {
      if (!compiled.ok) throw new Error(`reglene for ${job.module} kompilerer ikke i arbeidstråden`);
      answer = { id: request.id, result: evaluateLines(compiled.rules, request.lines, job.settings) };
    } catch (error) {
      answer = { id: request.id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(answer);
  });
}

const data = workerData as { kind?: unknown } | null | undefined;
if (!isMainThread && parentPort && data?.kind === 'lovkode-batch') serve(parentPort, workerData as BatchWorkerJob);
