import { formatDiagnostic } from '@lovkode/dsl';
import { compile, type CompiledRules } from '../src/index';

/** Compiles rule text (a module header is added when missing) or fails the test with the diagnostics. */
export function rules(text: string, ...more: Array<{ path: string; text: string }>): CompiledRules {
  const source = text.trimStart().startsWith('modul ') ? text : `modul test.regler\n${text}`;
  const result = compile([{ path: 'test.lov', text: source }, ...more]);
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.rules;
}
