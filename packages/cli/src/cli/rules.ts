import path from 'node:path';
import { check, filesReached, formatDiagnostic, hasErrors, type Diagnostic, type RuleSource } from '@lovkode/dsl';
import { RuleSet, type CompiledRules, type CompileResult, type RuleSetOptions } from '@lovkode/engine';
import { variantFolders, variantModules } from '../review/sides.js';
import { CliError, displayPath, ExitCode, readRuleFiles, type Io } from './io.js';

/**
 * Reads and compiles the rule files for `run` and `schema`. Rules with errors are refused:
 * their diagnostics go to stderr and the command exits with 1.
 */
export async function loadRules(io: Io, paths: readonly string[], module: string | undefined): Promise<CompiledRules> {
  return (await loadRuleSet(io, paths, module)).rules;
}

/** The compiled rules and the files they were compiled from (for worker threads that compile them again, and `lovkode build`). */
export interface LoadedRules {
  readonly rules: CompiledRules;
  readonly files: readonly RuleSource[];
}

/** As `loadRules`, with the files; `options`: what the rule set shares (`lovkode build` keeps its generated code). */
export async function loadRuleSet(io: Io, paths: readonly string[], module: string | undefined, options: RuleSetOptions = {}): Promise<LoadedRules> {
  return compileRuleSet(io, await readRuleSet(io, paths, module), options);
}

/** Rule files read, not yet compiled, and the module to compile them for (`undefined`: the one module with outputs). */
export interface ReadRules {
  readonly files: readonly RuleSource[];
  readonly entry: string | undefined;
}

/** Reads the rule files `paths` names, and finds the module to compile: `module`, or the variant the paths name. */
export async function readRuleSet(io: Io, paths: readonly string[], module: string | undefined): Promise<ReadRules> {
  const files = await readRuleFiles(io.cwd, paths);
  return { files, entry: module ?? namedVariant(io.cwd, paths, files) };
}

/** Checks and compiles rules read by `readRuleSet`; errors are printed and refused as in `loadRules`. */
export function compileRuleSet(io: Io, read: ReadRules, options: RuleSetOptions = {}): LoadedRules {
  const { files, entry } = read;
  // The files the entry reaches: a module sees no other (`lovkode check` checks them all).
  const checked = check(filesReached(files, entry));
  const compiled: CompileResult = hasErrors(checked.diagnostics)
    ? { ok: false, diagnostics: checked.diagnostics }
    : new RuleSet(checked, files, options).compile(entry !== undefined ? { module: entry } : {});
  if (compiled.ok) return { rules: compiled.rules, files };
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  // Only the entry module is in question (none, several, or an unknown name): a usage problem.
  if (errors.every((d) => d.file === '')) {
    throw new CliError(`${errors.map((d) => d.message).join('; ')} (bruk --module <modul>)`, ExitCode.usage);
  }
  io.err(errors.map((d) => `${diagnosticLine(d)}\n`).join(''));
  throw new CliError(`reglene har ${errors.length === 1 ? 'én feil' : `${errors.length} feil`}; rett dem først («lovkode check»)`, ExitCode.failed);
}

/** A diagnostic without a place in a file (e.g. "choose a module") is printed without one. */
export function diagnosticLine(d: Diagnostic): string {
  return d.file === '' ? `${d.severity} ${d.code}: ${d.message}${d.hint ? ` (${d.hint})` : ''}` : formatDiagnostic(d);
}

/**
 * The variant a command's paths name, as `lovkode diff` reads a side: a path inside a
 * variant folder (`rules/kommuner/eksempel-egne-satser`) is computed through the one variant
 * module among its files, not through the state rules it varies (which would give the state's
 * numbers without a word). Several variants there is a usage error; none, the default.
 */
function namedVariant(cwd: string, paths: readonly string[], files: readonly RuleSource[]): string | undefined {
  const variants = new Set<string>();
  for (const given of paths) {
    const segments = displayPath(cwd, path.resolve(cwd, given)).split('/');
    if (!segments.slice(0, -1).some((segment) => (variantFolders as readonly string[]).includes(segment))) continue;
    const prefix = segments.join('/');
    for (const name of variantModules(files.filter((file) => file.path === prefix || file.path.startsWith(`${prefix}/`)))) variants.add(name);
  }
  if (variants.size > 1) throw new CliError(`stiene har flere varianter (${[...variants].join(', ')}); velg én med --module`, ExitCode.usage);
  return [...variants][0];
}
