import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, evaluate, type CompiledRules } from '../packages/engine/src/index';
import { ruleFiles } from '../test/support/rule-files';
import { handWritten, handWrittenOutputs } from './hand-written';
import { households } from './households';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Times of `rounds` passes of each function over `cases`, in ms. The functions take turns pass
 * by pass, so that a machine that speeds up or slows down during the run affects neighbouring
 * passes alike.
 */
function passes(cases: readonly unknown[], fns: ReadonlyArray<(c: unknown) => unknown>, rounds: number): number[][] {
  const times = fns.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    fns.forEach((fn, i) => {
      const start = performance.now();
      for (const c of cases) fn(c);
      (times[i] as number[]).push(performance.now() - start);
    });
  }
  return times;
}

/** Evaluations per second of the best pass. */
function bestRate(cases: readonly unknown[], times: readonly number[]): number {
  return (cases.length / Math.min(...times)) * 1000;
}

/**
 * `lovkode run --batch` over the cases as a whole process (start, reading the rules, compiling,
 * evaluating, writing one line per case), in ms: the best of `rounds`. The command's bundle is
 * built before, by a first run.
 */
function batchProcess(cases: readonly unknown[], rounds: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'lovkode-batch-'));
  try {
    const input = join(dir, 'cases.jsonl');
    writeFileSync(input, `${cases.map((c) => JSON.stringify(c)).join('\n')}\n`);
    const command = ['packages/cli/bin/lovkode.mjs', 'run', 'rules', '--input', input, '--batch'];
    const times: number[] = [];
    for (let round = 0; round <= rounds; round++) {
      const start = performance.now();
      const result = spawnSync(process.execPath, command, { stdio: ['ignore', 'ignore', 'inherit'] });
      if (result.status !== 0) throw new Error(`lovkode run --batch ended with ${result.status}`);
      // Round 0 builds the command's bundle if a source changed.
      if (round > 0) times.push(performance.now() - start);
    }
    return Math.min(...times);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<void> {
  console.log(`load average (1, 5, 15 min) at start: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  const files = ruleFiles('rules').filter((f) => !f.path.includes('/tester/'));
  const compileTimes: number[] = [];
  let rules: CompiledRules | undefined;
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    const result = compile(files, { module: 'sosialtjenesteloven.vedtak' });
    compileTimes.push(performance.now() - start);
    if (!result.ok) throw new Error('the shipped rules do not compile');
    rules = result.rules;
  }
  const compiled = rules as CompiledRules;
  console.log(`compile (check + compile) of the shipped rule set: median ${median(compileTimes).toFixed(1)} ms (target < 30 ms)`);

  // The engine computes what the hand-written function computes: the outputs of § 18.
  const options = { outputs: handWrittenOutputs };
  const engine = (c: unknown) => evaluate(compiled, c, options);
  const cases = households(100_000, 42);
  let mismatches = 0;
  for (const c of cases) {
    if (JSON.stringify(engine(c).values) !== JSON.stringify(handWritten(c))) mismatches++;
  }
  console.log(`cross-check against the hand-written function: ${mismatches} of ${cases.length.toLocaleString('en')} households differ`);
  if (mismatches > 0) throw new Error('the engine and the hand-written function disagree: fix one of them before timing');

  const [engineTimes, referenceTimes] = passes(cases, [engine, (c) => handWritten(c as Parameters<typeof handWritten>[0])], 7) as [number[], number[]];
  const withoutTrace = bestRate(cases, engineTimes);
  const reference = bestRate(cases, referenceTimes);
  // The ratio of each engine pass to the hand-written pass right after it, the median of them.
  const ratio = median(engineTimes.map((ms, i) => ms / (referenceTimes[i] as number)));
  const traced = cases.slice(0, 10_000);
  const withTrace = bestRate(traced, passes(traced, [(c) => evaluate(compiled, c, { ...options, trace: true })], 3)[0] as number[]);
  console.log(`evaluate, 100 000 households, no trace:   ${Math.round(withoutTrace).toLocaleString('en')} evaluations/s (target ≥ 300 000)`);
  console.log(`evaluate, 10 000 households, with trace:  ${Math.round(withTrace).toLocaleString('en')} evaluations/s (target ≥ 50 000)`);
  console.log(`hand-written decimal.js function (own copy of decimal.js): ${Math.round(reference).toLocaleString('en')} evaluations/s`);
  console.log(`ratio engine / hand-written time, median of 7 neighbouring passes: ${ratio.toFixed(2)}× (target ≤ 1.0×)`);
  const batch = batchProcess(cases, 3);
  console.log(`lovkode run --batch, 100 000 households, whole process (all outputs), best of 3: ${(batch / 1000).toFixed(2)} s (target < 1.5 s)`);
  console.log(`load average (1, 5, 15 min) at end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
}
