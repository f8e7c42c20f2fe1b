import type { RuleLocation } from '../runtime/errors.js';

/** The trace format (docs/engine.md §7). Bump `traceVersion` on any incompatible change. */
export const traceVersion = 1;

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface TraceCitation {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
  /** An assumption made by the rule authors, not a legal source. */
  readonly assumption?: true;
  /** The ledd (and punktum) of the source's stored text the citation is pinned to (docs/law-text.md). */
  readonly ledd?: number;
  readonly punktum?: number;
  /**
   * The punktum's wordings, each with its period, when the citation is pinned to one punktum
   * and the source's wording is checked against the official text (`kontrollert`): what the
   * justification may quote.
   */
  readonly wordings?: ReadonlyArray<{ readonly text: string; readonly from?: string; readonly to?: string }>;
}

export interface TraceDefinition {
  readonly kind: 'base' | 'exception' | 'guideline' | 'override';
  /** The exception's label. */
  readonly label?: string;
  /** What the winning exception overrode, outermost first (`base`, then labels). */
  readonly overrode?: readonly string[];
  readonly location: RuleLocation;
}

/**
 * A type the trace's values have, named as the rules write it (`beløp`, `liste av Barn`,
 * `Satskategori`): the names of `beløp`, `tall`, `heltall`, `sannhetsverdi`, `tekst`, `dato`
 * and `måned` stand for themselves; lists, records and enumerations are described in
 * `Trace.types`. A reader formats a value by its type, never by its shape. An enumeration's
 * `labels` are its members' doc comments (`## enslig voksen`), shown instead of the member's name;
 * a record's `defaults` are its fields' declared defaults, and a field at its default is not shown;
 * its `labels` are its fields' doc comments: such a field is shown as «label value», or with an
 * empty label as the value alone, instead of «name: value».
 */
export type TraceType =
  | { readonly kind: 'list'; readonly element: string }
  | {
      readonly kind: 'record';
      readonly fields: Readonly<Record<string, string>>;
      readonly defaults?: Readonly<Record<string, JsonValue>>;
      readonly labels?: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'enum'; readonly members: readonly string[]; readonly labels?: Readonly<Record<string, string>> };

export interface TraceAggregation {
  /** The aggregation as written, e.g. `sum(x.beløp for x i inntekter der teller_som_inntekt(x))`. */
  readonly expression: string;
  /** The built-in the aggregation calls (`sum`, `antall`, `liste`, `noen`, `alle` …). */
  readonly function?: string;
  /** The types of the elements and of the values computed for them. */
  readonly elementType?: string;
  readonly valueType?: string;
  readonly items: ReadonlyArray<{ readonly element: JsonValue; readonly included: boolean; readonly value?: JsonValue }>;
}

/**
 * One step of a trace. The engine makes every step with all its fields, those a step does not
 * have set to undefined (left out of the JSON): test a field by its value, not by `in`.
 */
export interface TraceStep {
  readonly id: number;
  readonly kind: 'input' | 'rule' | 'discretion' | 'table';
  readonly name: string;
  /** The type of `value` (see `TraceType`). */
  readonly type?: string;
  /** Arguments of a function-like rule, or the keys of a table lookup. */
  readonly args?: readonly JsonValue[];
  /** The types of `args`. */
  readonly argTypes?: readonly string[];
  value: JsonValue;
  readonly location?: RuleLocation;
  definition?: TraceDefinition;
  override?: { readonly value: JsonValue; readonly reason: string; readonly guideline: JsonValue };
  /** The row a table lookup read; `at` is the day it was read on when that is not the as-of date (`per`). */
  row?: { readonly keys: ReadonlyArray<string | null>; readonly from?: string; readonly to?: string; readonly at?: string; readonly location: RuleLocation };
  citations: readonly TraceCitation[];
  explanation?: string;
  aggregations?: TraceAggregation[];
  /** The steps its value was computed from (a step that used none may share one frozen empty list with others: copy it to change it). */
  uses: readonly number[];
}

export interface Trace {
  readonly version: typeof traceVersion;
  readonly asOf: string;
  /** Whether the as-of was given as a day or as a month (whose first day `asOf` is). */
  readonly asOfType: 'dato' | 'måned';
  /** The lists, records and enumerations the values are of, by name (`TraceType`). */
  readonly types: Readonly<Record<string, TraceType>>;
  readonly ruleset: string;
  readonly outputs: Record<string, number>;
  readonly steps: TraceStep[];
}
