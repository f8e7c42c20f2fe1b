import type { JsonValue, Trace } from '../trace/trace';

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
}

export interface EvaluationResult {
  readonly values: Record<string, JsonValue>;
  /** The values of `options.calls`, in order. */
  readonly calls?: JsonValue[];
  readonly warnings: string[];
  readonly ruleset: string;
  readonly trace?: Trace;
}
