import type { Type } from '@lovkode/dsl';
import { TypeNames, type TypeDescriptions } from '../values/names.js';
import type { JsonValue, TraceAggregation, TraceCitation, TraceStep, TraceType } from '../trace/trace.js';
import type { Value } from './values.js';

/** A caseworker's override of a `skjønn` for one evaluation (for one element, when it is assessed per element). */
export interface Override {
  readonly value: Value;
  readonly reason: string;
  /** For a `skjønn` assessed per element: the arguments of each call that took this override (none: it fitted nothing computed). */
  readonly claims?: Array<readonly Value[]>;
}

/**
 * The key of an override in `EvalContext.overrides`: the `skjønn`'s name, and for one
 * assessed per element the arguments as canonical JSON (`toJson` of each, so `"500"` and
 * `500` are one amount).
 */
export function overrideKey(name: string, canonicalArgs: readonly unknown[] | undefined): string {
  return canonicalArgs === undefined ? name : `${name}\u0000${JSON.stringify(canonicalArgs)}`;
}

/** An argument of a traced call, written once per value and writer (`TraceRecorder.argument`). */
export interface TraceArgument {
  readonly write: (value: Value) => JsonValue;
  readonly json: JsonValue;
  readonly text: string;
}

/** A call in a trace: its step, and its value once computed (none while it is being computed). */
export interface TraceCall {
  readonly id: number;
  value: Value | undefined;
}

/** The citations of a step that has none. */
const noCitations: readonly TraceCitation[] = Object.freeze([]);

/** Records the trace of one evaluation as a graph of steps (docs/engine.md §7). */
export class TraceRecorder {
  readonly steps: TraceStep[] = [];
  /** The names of the steps' types, and the lists, records and enumerations among them. */
  private readonly names: TypeNames;

  /** `descriptions`: the rule set's enumerations and records as the evaluation sees them (with a variant's `utvid valg`). */
  constructor(descriptions: TypeDescriptions) {
    this.names = new TypeNames(descriptions);
  }

  /** The lists, records and enumerations the steps' values are of, by name. */
  get types(): Record<string, TraceType> {
    return this.names.types;
  }

  /** The name of a value's type in the trace (`TypeNames`). */
  typeName(type: Type): string {
    return this.names.nameOf(type);
  }

  private readonly stack: TraceStep[] = [];
  private readonly calls = new Map<string, Map<string, TraceCall>>();
  /** Arguments written so far, by the value (a record or list of the case is the argument of many calls). */
  private readonly arguments = new Map<object, TraceArgument>();

  /** An argument of a call as the trace writes it: its JSON, and that JSON's text for the call's key. */
  argument(value: Value, write: (value: Value) => JsonValue): TraceArgument {
    // Only objects are kept: a number or text is written as fast as it is looked up.
    const kept = typeof value === 'object' && value !== null;
    let written = kept ? this.arguments.get(value) : undefined;
    if (written?.write !== write) {
      const json = write(value);
      written = { write, json, text: JSON.stringify(json) };
      if (kept) this.arguments.set(value, written);
    }
    return written;
  }

  /**
   * The calls of one rule or table made so far in this trace, by their arguments (`TraceCall`):
   * a call repeated with the same arguments links the earlier step instead of being computed
   * and traced again.
   */
  callsOf(callee: string): Map<string, TraceCall> {
    let calls = this.calls.get(callee);
    if (!calls) this.calls.set(callee, (calls = new Map()));
    return calls;
  }

  /**
   * Starts a step and links it to the step that uses it. The step's fields are written in the
   * order the trace's JSON has them (docs/engine.md §7); its citations, none yet, are set when
   * known (`noCitations` is shared and frozen: a step's citations are replaced, never added to).
   */
  begin(
    kind: TraceStep['kind'],
    name: string,
    type: string,
    args: JsonValue[] | undefined,
    argTypes: readonly string[] | undefined,
    location: TraceStep['location'],
  ): TraceStep {
    const id = this.steps.length;
    const full: TraceStep = args
      ? location
        ? { citations: noCitations, kind, name, type, args, argTypes, location, id, value: null, uses: [] }
        : { citations: noCitations, kind, name, type, args, argTypes, id, value: null, uses: [] }
      : location
        ? { citations: noCitations, kind, name, type, location, id, value: null, uses: [] }
        : { citations: noCitations, kind, name, type, id, value: null, uses: [] };
    this.steps.push(full);
    this.use(id);
    this.stack.push(full);
    return full;
  }

  /** Ends a step. */
  end(step: TraceStep): void {
    if (this.stack[this.stack.length - 1] === step) this.stack.pop();
  }

  /** Notes that the current step used the step `id`. */
  use(id: number): void {
    const current = this.stack[this.stack.length - 1];
    if (current && current.id !== id && !current.uses.includes(id)) current.uses.push(id);
  }

  current(): TraceStep | undefined {
    return this.stack[this.stack.length - 1];
  }

  addAggregation(aggregation: TraceAggregation): void {
    const current = this.current();
    if (current) (current.aggregations ??= []).push(aggregation);
  }
}

/** The state of one evaluation: the as-of day, inputs, overrides, memoized values and the trace. */
export class EvalContext {
  /** Memoized values of parameterless rules and `skjønn`, by slot. */
  readonly values: Array<Value | undefined>;
  /** The trace step of each memoized value, by slot, when tracing. */
  readonly valueSteps: Array<number | undefined>;

  constructor(
    slotCount: number,
    readonly asOf: string,
    readonly inputs: readonly Value[],
    readonly overrides: ReadonlyMap<string, Override>,
    readonly trace: TraceRecorder | undefined,
  ) {
    this.values = new Array<Value | undefined>(slotCount);
    this.valueSteps = trace ? new Array<number | undefined>(slotCount) : [];
  }
}

/** Notes that a call with these arguments (the very values, not equal ones) took a per-element override. */
export function claimOverride(override: Override, args: readonly Value[]): void {
  const claims = override.claims;
  if (!claims || claims.some((claimed) => claimed.length === args.length && claimed.every((value, i) => value === args[i]))) return;
  claims.push([...args]);
}
