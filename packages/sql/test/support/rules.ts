import { compile, type CompiledRules } from '@lovkode/engine';
import { ruleFiles } from '../../../../test/support/rule-files.js';

/** The shipped rules under `rules/<dirs>`, compiled for `module`, with paths as `lovkode` gives them from the repository root. */
export function shippedRules(dirs: readonly string[], module: string): CompiledRules {
  const files = dirs.flatMap((dir) => ruleFiles(`rules/${dir}`));
  const compiled = compile(files, { module });
  if (!compiled.ok) throw new Error(`the shipped rules do not compile: ${compiled.diagnostics.map((d) => d.message).join('; ')}`);
  return compiled.rules;
}
