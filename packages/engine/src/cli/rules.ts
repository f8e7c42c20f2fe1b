import { formatDiagnostic, type Diagnostic } from '@lovkode/dsl';
import { compile, type CompiledRules } from '../compile/compiler';
import { CliError, ExitCode, readRuleFiles, type Io } from './io';

/**
 * Reads and compiles the rule files for `run` and `schema`. Rules with errors are refused:
 * their diagnostics go to stderr and the command exits with 1.
 */
export async function loadRules(io: Io, paths: readonly string[], module: string | undefined): Promise<CompiledRules> {
  const files = await readRuleFiles(io.cwd, paths);
  const compiled = compile(files, module !== undefined ? { module } : {});
  if (compiled.ok) return compiled.rules;
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
