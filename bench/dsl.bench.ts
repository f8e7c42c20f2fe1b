/**
 * Benchmark of the language front end on a generated, realistic 5 000-line rule set:
 * parse alone, parse + check, and re-check after a one-line edit through the checker's
 * `Workspace` (which re-parses only the edited file and checks the rule set again).
 * Run with `pnpm bench` (all benchmarks) or `node bench/run.mjs dsl`.
 */
import { check } from '../packages/dsl/src/check/check';
import { Workspace } from '../packages/dsl/src/check/workspace';
import type { Diagnostic } from '../packages/dsl/src/diagnostics/diagnostic';
import { parse } from '../packages/dsl/src/parser/parse';
import { editPoint, generateRuleFile, generateRuleSet, groupDigits } from './generate-rules';

const LINES = 5_000;
const RUNS = 40;
const WARMUP = 10;
/** parse + check of 5 000 lines should take less than this. */
const TARGET_MS = 50;

interface Stats {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] as number };
}

function measure(step: (run: number) => void): Stats {
  for (let i = 0; i < WARMUP; i++) step(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    step(i);
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

function edit(text: string, run: number): string {
  const { start, end } = editPoint(text);
  return `${text.slice(0, start)}maks(0 kr, behov_1 - inntekt_1 - ${Math.abs(run)} kr)${text.slice(end)}`;
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function row(label: string, s: Stats, lines: number, target?: number): string {
  const rate = groupDigits(Math.round(lines / (s.median / 1000)));
  const verdict = target === undefined ? '' : `   target < ${target} ms: ${s.median < target ? 'met' : `NOT met (${(s.median / target).toFixed(1)}× the target)`}`;
  return `  ${label.padEnd(46)}${ms(s.median).padStart(10)}${ms(s.p95).padStart(10)}${ms(s.min).padStart(10)}${`${rate} lines/s`.padStart(18)}${verdict}`;
}

function errorCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').length;
}

/** True when this module was compiled with esbuild's keepNames (as tsx does). */
function compiledWithKeepNames(): boolean {
  const probe = (): (() => number) => {
    const inner = (): number => 0;
    return inner;
  };
  return String(probe).includes('__name');
}

export default async function run(): Promise<void> {
  const path = 'generert.lov';
  const text = generateRuleFile({ lines: LINES });
  const lines = text.split(/\r\n|\r|\n/).length;
  const set = generateRuleSet({ lines: LINES, files: 5 });
  const setLines = set.reduce((n, f) => n + f.text.split('\n').length, 0);
  const edited = set[1] as { path: string; text: string };

  const single = check([{ path, text }]);
  const multi = check(set);
  const parsed = parse(text, path).file.declarations;
  const count = (kind: string): string => groupDigits(parsed.filter((d) => d.kind === kind).length);
  console.log(
    `Generated rule set: ${groupDigits(lines)} lines, ${groupDigits(text.length)} characters — ${count('Table')} tables, ${count('Rule')} rules, ` +
      `${count('Discretion')} skjønn, ${count('Test')} tests; diagnostics: ${errorCount(single.diagnostics)} (one file), ${errorCount(multi.diagnostics)} (${set.length} files)`,
  );
  if (errorCount(single.diagnostics) + errorCount(multi.diagnostics) > 0) {
    console.log('  WARNING: the generated rule set does not check clean; the figures below include error reporting.');
    for (const d of [...single.diagnostics, ...multi.diagnostics].slice(0, 5)) console.log(`    ${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
  }
  console.log(`Each figure: ${RUNS} runs after ${WARMUP} warm-up runs, in this process (Node ${process.version}).`);
  if (compiledWithKeepNames()) {
    console.log(
      '  Note: compiled with esbuild keepNames (e.g. loaded through tsx): every grammar closure pays for __name(), which makes parsing several times slower. `pnpm bench` bundles without it.',
    );
  }
  console.log(`  ${''.padEnd(46)}${'median'.padStart(10)}${'p95'.padStart(10)}${'min'.padStart(10)}${'throughput'.padStart(18)}`);

  const parseStats = measure(() => parse(text, path));
  console.log(row(`parse (${groupDigits(lines)} lines)`, parseStats, lines));

  const checkStats = measure(() => check([{ path, text }]));
  console.log(row(`parse + check (${groupDigits(lines)} lines)`, checkStats, lines, TARGET_MS));

  const one = new Workspace();
  one.set(path, text);
  one.check();
  const oneStats = measure((i) => {
    one.set(path, edit(text, i));
    one.check();
  });
  console.log(row('re-check after one edit, 1 file', oneStats, lines));

  const many = new Workspace();
  for (const f of set) many.set(f.path, f.text);
  many.check();
  const manyStats = measure((i) => {
    many.set(edited.path, edit(edited.text, i));
    many.check();
  });
  console.log(row(`re-check after one edit, ${set.length} files (${groupDigits(setLines)} lines)`, manyStats, setLines));
  console.log(`  Re-check: Workspace.set(edited file) + Workspace.check(); the edit changes one line of «regel stønad_1» (in ${edited.path} for ${set.length} files).`);
}
