import type { JsonValue, Trace } from '../trace/trace.js';
import { determined } from '../values/json.js';

/** What `evaluate` is asked (docs/engine.md §1). */
export interface EvaluateOptions {
  /** The as-of day (`YYYY-MM-DD`) or month; wins over the input's `vurderingstidspunkt`. */
  readonly asOf?: string;
  /** Record the trace (docs/engine.md §7). */
  readonly trace?: boolean;
  /** Names of rules or `skjønn` to compute instead of the rule set's `utdata`. */
  readonly outputs?: readonly string[];
  /**
   * Rules with parameters or tables to call with arguments (JSON, as inputs are written),
   * besides the outputs: `{ name: "barnesats", args: [{ "fødselsdato": "2019-05-01" }] }`.
   * Their values are `calls` of the result, in the same order.
   */
  readonly calls?: ReadonlyArray<{ readonly name: string; readonly args: readonly JsonValue[] }>;
  /**
   * `false`: compute amounts with decimal.js only, the reference path, instead of as integer øre
   * where that is exact (docs/engine-design.md §2). The results are the same; this is for
   * tests that show it, and for measuring.
   */
  readonly fastPath?: boolean;
}

/** An output the rules leave undetermined (docs/engine.md §5): the reasons, never a number. */
export type Ubestemt = { ubestemt: string[] };

/** A value as a result that is not complete may hold it: undetermined itself, or anywhere inside. */
export type MaybeUndetermined<T> = T extends readonly (infer E)[] ? MaybeUndetermined<E>[] | Ubestemt : T extends object ? { [K in keyof T]: MaybeUndetermined<T[K]> } | Ubestemt : T | Ubestemt;

/**
 * The types of a scheme's input and output, as `lovkode types` writes them (`Scheme` in the
 * written module); `evaluate<Scheme>(…)` then takes that input and gives those outputs.
 */
export interface SchemeTypes {
  readonly input: unknown;
  readonly output: object;
}

/** The types of an evaluation that names no scheme: any input, outputs as JSON. */
export interface UntypedScheme extends SchemeTypes {
  readonly output: Record<string, JsonValue>;
}

interface ResultFields {
  /** The values of `options.calls`, in order. */
  readonly calls?: JsonValue[];
  readonly warnings: string[];
  readonly ruleset: string;
  readonly trace?: Trace;
}

/**
 * The result of `evaluate`. `complete` is true when no output is undetermined, anywhere
 * inside it; then `values` has the output types as they are, and otherwise any of them may
 * be `{ ubestemt: [...] }` (docs/engine-design.md §3). `complete` is not part of the JSON the
 * CLI and the HTTP service write.
 */
export type EvaluationResult<O extends object = Record<string, JsonValue>> = ResultFields &
  ({ readonly complete: true; readonly values: O } | { readonly complete: false; readonly values: string extends keyof O ? O : { [K in keyof O]: MaybeUndetermined<O[K]> } });

/**
 * A result as the JSON text the CLI and the HTTP service write: without `complete`, which only
 * the result in a program has (docs/engine.md §6).
 */
export function resultJson(result: EvaluationResult): string {
  const { values, warnings, ruleset, calls, trace } = result;
  // A field that is undefined is left out of the text.
  return JSON.stringify({ values, warnings, ruleset, calls, trace });
}

/** Whether no value is undetermined, anywhere inside. */
export function isComplete(values: Readonly<Record<string, JsonValue>>): boolean {
  for (const key in values) if (!determined(values[key] as JsonValue)) return false;
  return true;
}
