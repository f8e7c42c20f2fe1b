/**
 * The worker-thread side of ./parallel.ts. A worker compiles both versions once from the
 * file texts, evaluates its slice of the cases (and generates its slice of the population
 * itself, so no households are copied between threads) and posts the partial summaries.
 *
 * The hook below runs when this module is loaded as a worker with `workerData.kind ===
 * 'lovkode-impact'`. Bundled (bench/), the bundle itself is the worker script: this module's
 * top-level code is in it, so the same hook runs there.
 */
import type { RuleSource } from '@lovkode/dsl';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { compile, type CompiledRules } from '@lovkode/engine';
import { compareCases, populationCases, type ImpactSettings, type PartialGroup, type ReviewCase } from './impact.js';
import type { CaseGroup } from './model.js';
import { noHouseholdType, type PopulationOptions } from './population.js';
import { loadPopulationModule } from './population-module.js';

/** The URL of the module workers load (this file, or the bundle it is part of). */
export const workerUrl: string = import.meta.url;

export interface WorkerJob {
  readonly kind: 'lovkode-impact';
  readonly old: { readonly files: readonly RuleSource[]; readonly module: string };
  readonly new: { readonly files: readonly RuleSource[]; readonly module: string };
  readonly settings: ImpactSettings;
  /** Case-file cases of this slice, and the global index of the first. */
  readonly cases: readonly ReviewCase[];
  readonly casesIndex: number;
  /** Households `start` … `end − 1` of the population, and the global index of `start`. */
  readonly population: { readonly options: PopulationOptions; readonly start: number; readonly end: number; readonly index: number } | undefined;
  /** The URL of the scheme's population module (households, household types), if it has one. */
  readonly populationModule: string | undefined;
}

/**
 * The partial summaries travel as one JSON string of `Array<[CaseGroup, PartialGroup]>`:
 * with every case of a large population changed, that is hundreds of thousands of small
 * objects, which JSON moves between threads in less time than structured cloning.
 */
export type WorkerResult = { readonly ok: true; readonly groups: string } | { readonly ok: false; readonly message: string };

function compileSide(side: WorkerJob['old']): CompiledRules {
  const result = compile(side.files, { module: side.module });
  if (!result.ok) throw new Error(`reglene for ${side.module} kompilerer ikke i arbeidstråden`);
  return result.rules;
}

/** Runs one job (in a worker, or in this thread for a test). */
export async function runWorkerJob(job: WorkerJob): Promise<WorkerResult> {
  try {
    const module = job.populationModule !== undefined ? await loadPopulationModule(job.populationModule) : undefined;
    const householdType = module ? module.householdType : noHouseholdType;
    const oldRules = compileSide(job.old);
    const newRules = compileSide(job.new);
    const groups = new Map<CaseGroup, PartialGroup>();
    compareCases(oldRules, newRules, job.cases, job.settings, job.casesIndex, groups, householdType);
    const p = job.population;
    if (p && module && p.end > p.start) compareCases(oldRules, newRules, populationCases(module, p.options, p.start, p.end), job.settings, p.index, groups, householdType);
    return { ok: true, groups: JSON.stringify([...groups]) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

const data = workerData as { kind?: unknown } | null | undefined;
if (!isMainThread && parentPort && data?.kind === 'lovkode-impact') {
  const port = parentPort;
  void runWorkerJob(workerData as WorkerJob).then((result) => port.postMessage(result));
}
