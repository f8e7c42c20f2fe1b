/**
 * What the editor's worker does after one keystroke, outside the browser: the edited rule set
 * checked (`analyze`), then the tests of the open module and of every module that uses it run
 * until their results can be shown (the worker's first `tests` event), then the failing tests'
 * trace paths. With the shipped rules, in paragraf-18.lov (an age limit made 60 and 6 again)
 * and in the rate file (a rate made 17 850 and 7 850 again), as test/browser/speed.test.ts
 * types them. Run with `node bench/run.mjs editor-keystroke`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { LovkodeService } from '../packages/editor/src/worker/service';

/** Run from the repository's root, as `node bench/run.mjs` is. */
const RULES = 'rules';
const KEYSTROKES = 40;
const WARMUP = 10;

function ruleFiles(dir: string): Array<{ path: string; text: string; disk: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.lov'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { path: relative(dir, join(dir, name)).split('\\').join('/'), text, disk: text };
    });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

interface Keystroke {
  readonly checkMs: number;
  readonly resultsMs: number;
  readonly tracesMs: number;
  /** The process's CPU time from the keystroke to the results (less disturbed by other processes than the clock). */
  readonly cpuMs: number;
}

function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

/** One keystroke as the worker answers it: check, tests until their results are shown, trace paths. */
function keystroke(service: LovkodeService, path: string, text: string, version: number): Keystroke {
  service.setText(path, text, version);
  const cpu = process.cpuUsage();
  const start = performance.now();
  service.analyze();
  const checked = performance.now();
  const plan = service.planTests(path);
  const steps = service.planSteps(plan);
  let results: number | undefined;
  let cpuMs: number | undefined;
  for (let next = steps.next(); !next.done; next = steps.next()) {
    if (next.value && results === undefined) {
      results = performance.now();
      cpuMs = cpuSince(cpu);
    }
  }
  const end = performance.now();
  return { checkMs: checked - start, resultsMs: (results ?? end) - checked, tracesMs: end - (results ?? end), cpuMs: cpuMs ?? cpuSince(cpu) };
}

function measure(label: string, path: string, marker: string, insert: string): void {
  const files = ruleFiles(RULES);
  const original = files.find((f) => f.path === path)?.text;
  if (original === undefined) throw new Error(`no ${path}`);
  const at = original.indexOf(marker) + marker.length;
  const edited = `${original.slice(0, at)}${insert}${original.slice(at)}`;
  const service = new LovkodeService();
  service.load(files);
  service.setActive(path);
  service.tests(path);
  const samples: Keystroke[] = [];
  for (let i = 0; i < WARMUP + KEYSTROKES; i++) {
    const sample = keystroke(service, path, i % 2 === 0 ? edited : original, 2 + i);
    if (i >= WARMUP) samples.push(sample);
  }
  // Every other keystroke makes tests fail (their trace paths follow the results).
  const failing = samples.filter((_, i) => i % 2 === 0);
  const ms = (pick: (k: Keystroke) => number, of = samples) => `${median(of.map(pick)).toFixed(1)} ms`.padStart(9);
  console.log(
    `  ${label.padEnd(28)} check ${ms((k) => k.checkMs)}   tests until shown ${ms((k) => k.resultsMs)}   keystroke → results ${ms((k) => k.checkMs + k.resultsMs)} (CPU ${ms((k) => k.cpuMs).trim()})   trace paths ${ms((k) => k.tracesMs, failing)}`,
  );
}

export default function run(): void {
  console.log(`editor keystroke (median of ${KEYSTROKES} after ${WARMUP} warm-up, the shipped rules; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}):`);
  measure('paragraf-18.lov', 'sosialtjenesteloven/paragraf-18.lov', 'alder_i_måneden(b) < 6', '0');
  measure('satser/veiledende-satser.lov', 'satser/veiledende-satser.lov', '| 2024-01-01 |  ', '1');
}
