/**
 * The review with worker threads (node:worker_threads): the rule tests are evaluated in this
 * thread; the case file and the population are cut into contiguous slices, one per worker.
 * Each worker compiles both versions once from the file texts and evaluates its slice; the
 * partial summaries are merged in slice order, so the report is the same — byte for byte —
 * with any number of workers.
 */
import { availableParallelism } from 'node:os';
import { startWorkerThread } from '../worker-thread.js';
import { compareCases, mergePartials, type PartialGroup } from './impact.js';
import { diffRuleSets, explicitCases, finishImpact, populationSize, prepareSide, settingsFor, type ImpactOptions, type PreparedSide, type RuleSetInput } from './diff.js';
import { reviewReportVersion, type CaseGroup, type ReviewReport } from './model.js';
import { noHouseholdType } from './population.js';
import type { LoadedPopulationModule } from './population-module.js';
import { structuralDiff } from './structural.js';
import { workerUrl, type WorkerJob, type WorkerResult } from './worker.js';

/** Below this many cases a review runs in one thread: starting workers costs more than it saves. */
export const parallelThreshold = 20_000;

/** The number of workers `--workers auto` uses for `cases` cases. */
export function autoWorkers(cases: number): number {
  if (cases < parallelThreshold) return 0;
  return Math.max(0, Math.min(availableParallelism(), 8));
}

/** The review, with `workers` worker threads (0: in this thread). */
export async function diffRuleSetsParallel(
  oldInput: RuleSetInput | PreparedSide,
  newInput: RuleSetInput | PreparedSide,
  options: ImpactOptions & { readonly workers: number; readonly populationModule?: LoadedPopulationModule },
): Promise<ReviewReport> {
  const old = 'rules' in oldInput ? oldInput : prepareSide(oldInput);
  const neu = 'rules' in newInput ? newInput : prepareSide(newInput);
  if (options.workers <= 0) return diffRuleSets(old, neu, options);

  const structural = structuralDiff(old, neu);
  const settings = settingsFor(old, neu, options);
  const { tests, cases } = explicitCases(old, neu, options);
  const size = populationSize(options);
  const module = options.populationModule;
  const count = options.workers;
  const slice = (total: number, k: number) => [Math.floor((total * k) / count), Math.floor((total * (k + 1)) / count)] as const;
  const jobs: WorkerJob[] = [];
  for (let k = 0; k < count; k++) {
    const [cs, ce] = slice(cases.length, k);
    const [ps, pe] = slice(size, k);
    jobs.push({
      kind: 'lovkode-impact',
      old: { files: old.files, module: old.entry.name },
      new: { files: neu.files, module: neu.entry.name },
      settings,
      cases: cases.slice(cs, ce),
      casesIndex: tests.length + cs,
      population: options.population && size > 0 ? { options: options.population, start: ps, end: pe, index: tests.length + cases.length + ps } : undefined,
      populationModule: module?.url,
    });
  }
  const running = jobs.map(startWorker);
  // The rule tests meanwhile, here.
  const groups = compareCases(old.rules, neu.rules, tests, settings, 0, new Map(), module ? module.householdType : noHouseholdType);
  const results = await Promise.all(running);
  for (const group of ['cases', 'population'] as const) {
    const parts: PartialGroup[] = [];
    for (const result of results) {
      const part = new Map<CaseGroup, PartialGroup>(result).get(group);
      if (part) parts.push(part);
    }
    if (parts.length > 0) groups.set(group, mergePartials(parts));
  }
  return { version: reviewReportVersion, old: old.info, new: neu.info, structural, impact: finishImpact(settings, groups, options, structural) };
}

/** Starts a worker on `workerUrl` with `job`; resolves with its partial summaries. */
function startWorker(job: WorkerJob): Promise<Array<[CaseGroup, PartialGroup]>> {
  const worker = startWorkerThread(workerUrl, job);
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.once('message', (result: WorkerResult) => {
      settled = true;
      if (result.ok) resolve(JSON.parse(result.groups) as Array<[CaseGroup, PartialGroup]>);
      else reject(new Error(`arbeidstråd: ${result.message}`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`arbeidstråden avsluttet med kode ${code} uten resultat`));
    });
  });
}
