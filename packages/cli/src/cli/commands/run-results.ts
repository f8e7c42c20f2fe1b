import { evaluate, EvaluationError, InputError, readJson, type CompiledRules, type EvaluateOptions, type EvaluationResult } from '@lovkode/engine';
import { InputTooLarge } from '../io.js';

/** A result as `lovkode run` prints it: one line of JSON. */
export function resultJson(result: EvaluationResult, explain: boolean): string {
  const { values, warnings, ruleset, trace } = result;
  return JSON.stringify(explain ? { values, warnings, ruleset, trace } : { values, warnings, ruleset });
}

/** A failure of one case as the engine reports it; anything else is a bug and is rethrown. */
export function asEvaluationError(error: unknown): EvaluationError {
  if (error instanceof EvaluationError) return error;
  if (error instanceof InputTooLarge) return new InputError('LK7007', [{ path: '', message: error.message }]);
  throw error;
}

/** How the cases of a batch are evaluated and printed. */
export interface BatchSettings {
  readonly options: EvaluateOptions;
  readonly explain: boolean;
}

/** One line of a batch's input as read (`readLines`). */
export interface BatchLine {
  readonly number: number;
  readonly text: string;
  readonly tooLarge: boolean;
  readonly notUtf8: string | undefined;
}

/** The output of a run of lines: a result line for each (ending in a newline), and how many failed. */
export interface ChunkResult {
  readonly out: string;
  readonly failed: number;
}

/**
 * Evaluates lines of a batch, each on its own: a case that fails gives
 * `{"error": {…, "line": n}}` on its line, and the rest are evaluated.
 */
export function evaluateLines(rules: CompiledRules, lines: readonly BatchLine[], settings: BatchSettings): ChunkResult {
  let out = '';
  let failed = 0;
  for (const line of lines) {
    let text: string;
    try {
      if (line.tooLarge) throw new InputTooLarge(undefined);
      if (line.notUtf8) throw new InputError('LK7005', [{ path: '', message: line.notUtf8 }]);
      text = resultJson(evaluate(rules, readJson(line.text), settings.options), settings.explain);
    } catch (error) {
      failed++;
      text = JSON.stringify({ error: { ...asEvaluationError(error).toJSON(), line: line.number } });
    }
    out += `${text}\n`;
  }
  return { out, failed };
}
