import { compile, evaluate, type CompiledRules } from '../packages/engine/src/index';
import { ruleFiles } from '../test/support/rule-files';
import { handWritten } from './hand-written';
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

export default async function run(): Promise<void> {
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
  console.log(`compile (check + compile) of the shipped rule set: median ${median(compileTimes).toFixed(1)} ms (target < 100 ms)`);

  const cases = households(100_000, 42);
  let mismatches = 0;
  for (const c of cases.slice(0, 20_000)) {
    if (JSON.stringify(evaluate(compiled, c).values) !== JSON.stringify(handWritten(c))) mismatches++;
  }
  console.log(`cross-check against the hand-written function: ${mismatches} of 20 000 households differ`);

  const [engineTimes, referenceTimes] = passes(cases, [(c) => evaluate(compiled, c), (c) => handWritten(c as Parameters<typeof handWritten>[0])], 7) as [number[], number[]];
  const withoutTrace = bestRate(cases, engineTimes);
  const reference = bestRate(cases, referenceTimes);
  // The ratio of each engine pass to the hand-written pass right after it, the median of them.
  const ratio = median(engineTimes.map((ms, i) => ms / (referenceTimes[i] as number)));
  const withTrace = bestRate(cases.slice(0, 10_000), (passes(cases.slice(0, 10_000), [(c) => evaluate(compiled, c, { trace: true })], 3)[0] as number[]));
  console.log(`evaluate, 100 000 households, no trace:   ${Math.round(withoutTrace).toLocaleString('en')} evaluations/s (target ≥ 200 000)`);
  console.log(`evaluate, 10 000 households, with trace:  ${Math.round(withTrace).toLocaleString('en')} evaluations/s`);
  console.log(`hand-written decimal.js function:          ${Math.round(reference).toLocaleString('en')} evaluations/s`);
  console.log(`ratio engine / hand-written time, median of 7 neighbouring passes: ${ratio.toFixed(2)}× (target ≤ 1.5×)`);
}
