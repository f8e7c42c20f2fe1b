/**
 * Where the time of compiling the shipped rule set goes: `node bench/compile-phases.mjs [runs]`
 * (bundles this file as `bench/run.mjs` does, not through tsx). First the figure of
 * `engine.bench.ts`: the median of the first 15 compiles in a fresh process. Then `runs` more
 * rounds, each timing the whole `compile` and apart its parts: lexing, parsing (which lexes),
 * the check of the parsed files, the ruleset hash, and the compile of the checked rule set
 * (which computes the hash once more). For a profile: `node --cpu-prof bench/compile-phases.mjs 200`.
 */
import { checkParsed, parseFile, tokenize, type RuleSource } from '../packages/dsl/src/index';
import { compile, compileChecked, rulesetHash } from '../packages/engine/src/index';
import { ruleFiles } from '../test/support/rule-files';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export default function run(runs: number): void {
  const files: RuleSource[] = ruleFiles('rules').filter((f) => !f.path.includes('/tester/'));
  const options = { module: 'sosialtjenesteloven.vedtak' };
  const whole: number[] = [];
  for (let i = 0; i < 15; i++) whole.push(time(() => compile(files, options)));
  console.log(`compile, median of the first 15: ${median(whole).toFixed(1)} ms (${whole.map((t) => t.toFixed(0)).join(' ')})`);
  const phases: Record<string, number[]> = { compile: [], lex: [], parse: [], check: [], hash: [], 'compile checked': [] };
  // Each part of one round after the other, on the same files; the check takes the round's parse.
  for (let i = 0; i < runs; i++) {
    phases['compile']!.push(time(() => compile(files, options)));
    phases['lex']!.push(time(() => files.forEach((f) => tokenize(f.text))));
    let parsed: ReturnType<typeof parseFile>[] = [];
    phases['parse']!.push(time(() => (parsed = files.map(parseFile))));
    let checked: ReturnType<typeof checkParsed> | undefined;
    phases['check']!.push(time(() => (checked = checkParsed(parsed))));
    phases['hash']!.push(time(() => rulesetHash(files)));
    phases['compile checked']!.push(time(() => compileChecked(checked!, files, options)));
  }
  if (runs > 0) for (const [name, times] of Object.entries(phases)) console.log(`${name.padEnd(16)} median ${median(times).toFixed(2)} ms, min ${Math.min(...times).toFixed(2)} ms (${runs} runs)`);
}
