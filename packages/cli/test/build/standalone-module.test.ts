/**
 * `lovkode build` (issue 15, item 1; docs/engine.md §11): the shipped rules written as a
 * standalone module, imported with plain Node in a child process, give exactly what
 * `@lovkode/engine`'s `evaluate` gives for the same rules and input — values, undetermined
 * outcomes, errors in the same words and codes, traces — over generated households and a
 * handful of error cases; the module imports decimal.js and nothing else; its ruleset id is
 * lovkode's.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, evaluate, type CompiledRules, type EvaluateOptions } from '@lovkode/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../src/cli/io.js';
import { lovkode, root, tempDir } from '../cli/lovkode.js';

interface Population {
  household(seed: number, index: number, period: { from: string; to: string }): unknown;
  defaultPeriod: { from: string; to: string };
}

type Case = { readonly input: unknown; readonly options?: EvaluateOptions } | { readonly household: readonly [number, number]; readonly options?: EvaluateOptions };

const temp = tempDir();
afterAll(() => temp.remove());
// The modules import decimal.js as an embedder's project has it.
beforeAll(() => {
  mkdirSync(path.join(temp.dir, 'node_modules'), { recursive: true });
  const decimal = path.dirname(createRequire(path.join(root, 'packages', 'engine', 'package.json')).resolve('decimal.js/package.json'));
  symlinkSync(decimal, path.join(temp.dir, 'node_modules', 'decimal.js'));
});
const population = (await import(path.join(root, 'rules', 'befolkning.mjs'))) as Population;
const evaluator = fileURLToPath(new URL('./evaluate-built.mjs', import.meta.url));

/** A folder of the temporary directory with one rule file `file` of `text`. */
function ruleFolder(name: string, file: string, text: string): string {
  const dir = path.join(temp.dir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, file), text);
  return dir;
}

/** Builds the shipped rules with `lovkode build` (from the repository root, as `pnpm lovkode` runs). */
async function built(name: string, args: readonly string[]): Promise<string> {
  const out = path.join(temp.dir, `${name}.mjs`);
  const run = await lovkode(['build', 'rules', ...args, '--out', out]);
  expect(run.stderr).toMatch(/^skrev /);
  expect(run.code).toBe(0);
  return out;
}

/**
 * The built module's results for the cases, one JSON text each, from plain Node (with
 * `nodeOptions`); and what it says of itself.
 */
function evaluatedByModule(
  module: string,
  cases: readonly Case[],
  nodeOptions: readonly string[] = [],
): Promise<{ results: string[]; about: { ruleset: string; module: string; madeWithNewFunction: string[]; madeWithoutTrace: number } }> {
  const file = path.join(temp.dir, `cases-${path.basename(module)}.json`);
  writeFileSync(file, JSON.stringify(cases));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...nodeOptions, evaluator, module, file], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${error.message}\n${stderr}`));
      const lines = stdout.trimEnd().split('\n');
      resolve({ results: lines.slice(0, -1), about: JSON.parse(lines[lines.length - 1] as string) });
    });
  });
}

/** The engine's result for a case, as the child writes the module's. */
function evaluatedByEngine(rules: CompiledRules, c: Case): string {
  const input = 'household' in c ? population.household(c.household[0], c.household[1], population.defaultPeriod) : c.input;
  try {
    return JSON.stringify(evaluate(rules, input, c.options));
  } catch (error) {
    const e = error as Error & { toJSON?: () => object };
    return JSON.stringify({ thrown: e.constructor.name, ...(typeof e.toJSON === 'function' ? e.toJSON() : { message: String(error) }) });
  }
}

async function engineRules(module?: string): Promise<CompiledRules> {
  const compiled = compile(await readRuleFiles(root, ['rules']), module ? { module } : {});
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
  return compiled.rules;
}

const households = (count: number, seed: number, options?: EvaluateOptions): Case[] => Array.from({ length: count }, (_, i) => ({ household: [seed, i] as const, ...(options ? { options } : {}) }));

const single = { beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: [{ fødselsdato: '1990-05-01' }], utgifter: [{ art: 'husleie', beløp: '8000' }] };

/** Cases that fail or take another path than the households: every one must fail or differ in the same words. */
const errorCases: Case[] = [
  // Bad input: the schema's violations, every one (LK7005).
  { input: {} },
  { input: { beregningsmåned: '2024-03', sivilstand: 'gift', voksne: 'to' } },
  { input: { ...single, utgifter: [{ art: 'husleie', beløp: '12.345' }] } },
  { input: { ...single, beregningsmåned: '2024-13' } },
  { input: [1, 2] },
  { input: { ...single, voksne: [{ fødselsdato: '1990-02-30' }], utgifter: [{ art: 'flyreise', beløp: -5 }], ukjent: 1 } },
  { input: { ...single, utgifter: Array.from({ length: 1001 }, () => ({ art: 'husleie', beløp: 1 })) } },
  // An undetermined outcome (a single person with two adults), with its trace.
  { input: { ...single, voksne: [{ fødselsdato: '1990-05-01' }, { fødselsdato: '1991-01-01' }] } },
  { input: { ...single, voksne: [{ fødselsdato: '1990-05-01' }, { fødselsdato: '1991-01-01' }] }, options: { trace: true } },
  // A period the guideline rates do not cover (rules/satser): no rate, in the engine's words.
  { input: { ...single, beregningsmåned: '1990-01' } },
  { input: single, options: { asOf: '2031-06' } },
  // An override of a `skjønn` (the decimal path, with its warning), and a bad one (LK7006).
  { input: { ...single, overstyringer: [{ navn: 'sats', verdi: '9000', begrunnelse: 'Særlige forhold' }] } },
  { input: { ...single, overstyringer: [{ navn: 'ukjent_skjønn', verdi: '1', begrunnelse: 'x' }] } },
  { input: { ...single, overstyringer: [{ navn: 'sats', verdi: '-9000.001', begrunnelse: 'x' }] } },
  // Per element (`for`): one the case does not have (its warning), and one whose element is not a child.
  { input: { ...single, overstyringer: [{ navn: 'barnets_behov_utover_satsen', verdi: '100', begrunnelse: 'Særlige forhold', for: [{ fødselsdato: '2020-01-01' }] }] } },
  { input: { ...single, overstyringer: [{ navn: 'barnets_behov_utover_satsen', verdi: '100', begrunnelse: 'x', for: [{ fødselsdato: 'i fjor' }] }] } },
  // Named outputs, an unknown output, the decimal path alone, and a trace.
  { input: single, options: { outputs: ['sats', 'boutgifter'] } },
  { input: single, options: { outputs: ['finnes_ikke'] } },
  { input: single, options: { fastPath: false } },
  { input: single, options: { trace: true } },
];

/** Whether every case gives the same JSON through the module as through the engine; the first that does not, if any. */
function firstDifference(rules: CompiledRules, cases: readonly Case[], results: readonly string[]): { case: Case; engine: string; module: string | undefined } | undefined {
  for (const [i, c] of cases.entries()) {
    const engine = evaluatedByEngine(rules, c);
    if (results[i] !== engine) return { case: c, engine: engine.slice(0, 2000), module: results[i]?.slice(0, 2000) };
  }
  return undefined;
}

describe('lovkode build: the decision sosialtjenesteloven.vedtak as a standalone module', () => {
  let module: string;
  let rules: CompiledRules;
  beforeAll(async () => {
    module = await built('vedtak', ['--module', 'sosialtjenesteloven.vedtak']);
    rules = await engineRules('sosialtjenesteloven.vedtak');
  }, 120_000);

  it('imports decimal.js and nothing else (every import, export … from, dynamic import and require, as esbuild parses them)', async () => {
    const { build } = await import('esbuild');
    const result = await build({ entryPoints: [module], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', packages: 'external', logLevel: 'silent' });
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports).toEqual(['decimal.js']);
  });

  it('evaluates 3 000 generated households, every 300th also with its trace and on the decimal path alone, and the error cases as the engine does, where code may not be made from a string: identical JSON', async () => {
    const cases: Case[] = [
      ...households(3000, 11),
      ...households(3000, 11).filter((_, i) => i % 300 === 0).flatMap((c): Case[] => [{ ...c, options: { trace: true } }, { ...c, options: { fastPath: false } }]),
      ...errorCases,
    ];
    // Every function and validator these evaluations use is printed in the module (docs/engine.md §11).
    const { results, about } = await evaluatedByModule(module, cases, ['--disallow-code-generation-from-strings']);
    expect(results).toHaveLength(cases.length);
    expect(firstDifference(rules, cases, results)).toBeUndefined();
    // The cases are what the comparison is about: values, undetermined outcomes, both kinds of error.
    const parsed = results.map((r) => JSON.parse(r) as { complete?: boolean; thrown?: string; code?: string; trace?: unknown });
    expect(parsed.filter((r) => r.complete === true).length).toBeGreaterThan(2000);
    expect(parsed.some((r) => r.complete === false)).toBe(true);
    expect(parsed.filter((r) => r.thrown === 'InputError').map((r) => r.code)).toEqual(expect.arrayContaining(['LK7005', 'LK7006']));
    expect(parsed.some((r) => r.thrown === 'EvaluationError')).toBe(true);
    expect(parsed.filter((r) => r.trace !== undefined).length).toBeGreaterThan(10);
    // The ruleset id inside is lovkode's for the same rules; no function was even tried with
    // new Function (the flag would have refused it).
    expect(about).toMatchObject({ ruleset: rules.ruleset, module: 'sosialtjenesteloven.vedtak', madeWithoutTrace: 0, madeWithNewFunction: [] });
  }, 120_000);

  it('has the ruleset id of `lovkode run` on the same rules', async () => {
    const run = await lovkode(['run', 'rules', '--input', '-'], { stdin: JSON.stringify(single) });
    expect((JSON.parse(run.stdout) as { ruleset: string }).ruleset).toBe(rules.ruleset);
    // Also in its first line, for a reader.
    expect(readFileSync(module, 'utf8').split('\n')[0]).toContain(rules.ruleset);
  }, 60_000);
});

describe('lovkode build: a `forklaring` whose placeholder has a list comprehension of its own', () => {
  it('prints the placeholder with the rule, numbered as the module compiles it: the trace needs no new Function, and is the engine\'s', async () => {
    // The rule and its placeholder each have a comprehension variable: each a local of the rule's function.
    const dir = ruleFolder(
      'forklaring',
      'unge.lov',
      `modul prøve.unge

kilde k "Kilde"

type Barn { fødselsdato: dato }

inndata {
  beregningsmåned: måned  (vurderingstidspunkt)
  barn:            liste av Barn = []
}

regel unge: heltall  (kilde k)
  = antall(b for b i barn der b.fødselsdato > 2010-01-01)
  forklaring "{antall(b for b i barn)} barn i alt, {verdi} av dem født etter 2010."

utdata unge
`,
    );
    const out = path.join(temp.dir, 'unge.mjs');
    const run = await lovkode(['build', dir, '--out', out]);
    expect(run.code).toBe(0);
    const compiled = compile(await readRuleFiles(root, [dir]));
    if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
    const input = { beregningsmåned: '2024-03', barn: [{ fødselsdato: '2009-05-01' }, { fødselsdato: '2015-01-01' }] };
    const cases: Case[] = [{ input }, { input, options: { trace: true } }];
    const { results, about } = await evaluatedByModule(out, cases, ['--disallow-code-generation-from-strings']);
    expect(firstDifference(compiled.rules, cases, results)).toBeUndefined();
    expect(results[1]).toContain('2 barn i alt, 1 av dem født etter 2010.');
    expect(about.madeWithNewFunction).toEqual([]);
  }, 60_000);
});

describe('lovkode build: a rule no output uses', () => {
  // The shipped decision has no such rule: each one an output does not compute is read by a
  // `forklaring` of one it does, and a trace (on either path) computes it.
  it('refuses it, where code may not be made from a string, in clear words (its code is not in the module); makes it with new Function where that is allowed', async () => {
    const dir = ruleFolder(
      'ubrukt',
      'ubrukt.lov',
      `modul prøve.ubrukt

kilde k "Kilde"

inndata {
  beregningsmåned: måned  (vurderingstidspunkt)
  antall_personer: heltall = 1
}

regel personer: heltall  (kilde k)
  = antall_personer
  forklaring "{verdi} personer."

regel ubrukt: tekst  (kilde k)
  = "Ingen bruker denne regelen."

utdata personer
`,
    );
    const out = path.join(temp.dir, 'ubrukt.mjs');
    const run = await lovkode(['build', dir, '--out', out]);
    expect(run.code).toBe(0);
    const compiled = compile(await readRuleFiles(root, [dir]));
    if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
    const cases: Case[] = [{ input: { beregningsmåned: '2024-03' }, options: { outputs: ['ubrukt'] } }];
    const refused = await evaluatedByModule(out, cases, ['--disallow-code-generation-from-strings']);
    expect(JSON.parse(refused.results[0] as string)).toEqual({
      thrown: 'Error',
      message: expect.stringContaining('Funksjonen «ubrukt» av reglene kan ikke lages her: JavaScript-motoren tillater ikke kode laget fra tekst') as unknown,
    });
    const allowed = await evaluatedByModule(out, cases);
    expect(firstDifference(compiled.rules, cases, allowed.results)).toBeUndefined();
    expect(allowed.about.madeWithNewFunction).toContain('ubrukt');
  }, 60_000);
});

describe('lovkode build without --module', () => {
  it('builds the module lovkode evaluates by default, and evaluates households as the engine does', async () => {
    const module = await built('standard', []);
    const rules = await engineRules();
    const cases = [...households(300, 5), ...errorCases];
    const { results, about } = await evaluatedByModule(module, cases);
    expect(about.module).toBe(rules.entry.name);
    expect(firstDifference(rules, cases, results)).toBeUndefined();
  }, 120_000);

  it.each(['kommuner.eksempel_egne_satser', 'reformer.sifo'])('builds the variant %s, which checks only the modules it reaches, and evaluates households as the engine does', async (variant) => {
    const module = await built(variant, ['--module', variant]);
    const rules = await engineRules(variant);
    const cases = [...households(300, 7), ...households(300, 7).filter((_, i) => i % 100 === 0).map((c) => ({ ...c, options: { trace: true } })), ...errorCases];
    const { results, about } = await evaluatedByModule(module, cases, ['--disallow-code-generation-from-strings']);
    expect(about).toMatchObject({ ruleset: rules.ruleset, module: variant, madeWithNewFunction: [] });
    expect(firstDifference(rules, cases, results)).toBeUndefined();
  }, 120_000);

  it('refuses a call without --out, and a module the rules do not have, as usage errors; writes nothing', async () => {
    const run = await lovkode(['build', 'rules']);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('mangler --out');
    const out = path.join(temp.dir, 'ingen.mjs');
    const unknown = await lovkode(['build', 'rules', '--module', 'finnes_ikke', '--out', out]);
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toContain('Finner ingen modul som heter «finnes_ikke»');
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
