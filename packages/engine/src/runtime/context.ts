import type { Type } from '@lovkode/dsl';
import { TypeNames, type TypeDescriptions } from '../values/names.js';
import type { JsonValue, TraceAggregation, TraceCitation, TraceStep, TraceType } from '../trace/trace.js';
import type { Value } from './values.js';
import { sameJson } from '../values/codec.js';

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
  /** The JSON's text, made the first time a call's key needs it (`argumentText`). */
  text: string | undefined;
  /** The arguments of a call of one argument with this one (`[json]`), made once: the steps of such calls share it. */
  alone?: readonly JsonValue[];
}

/** The text of an argument's JSON, made once. */
export function argumentText(argument: TraceArgument): string {
  return (argument.text ??= JSON.stringify(argument.json));
}

/** How many calls of a rule with one argument are compared by their arguments' JSON before they are found by its text. */
const COMPARED_CALLS = 16;

/**
 * The calls of a rule or `skjønn` with one argument in one trace (or of a table of one key read
 * on the as-of date). A call with the very value of an earlier one is that call (found by the
 * value); so is a call with another value of the same JSON (twins with the same data): found
 * by comparing the JSON with the earlier calls' while they are few, and by its text beyond
 * that. While they are few they are a list, looked through: no map is made for them, nor any
 * text (a case's persons and incomes are each the argument of many calls, and are hardly ever
 * alike).
 */
export class CallTable {
  /** The names of the callee's argument types and value type in this trace, once named (the same for each call). */
  argTypes: readonly string[] | undefined;
  type: string | undefined;
  /** The calls while they are few (not kept beyond: the maps have them). */
  private readonly calls: TraceCall[] = [];
  /** Beyond `COMPARED_CALLS` calls: the calls by argument value (and by a twin's value once found), and by their argument's text. */
  private byValue: Map<Value, TraceCall> | undefined;
  private byText: Map<string, TraceCall> | undefined;

  /** The call with this very argument value. */
  of(value: Value): TraceCall | undefined {
    if (this.byValue) return this.byValue.get(value);
    const calls = this.calls;
    for (let i = 0; i < calls.length; i++) if ((calls[i] as TraceCall).of === value) return calls[i];
    return undefined;
  }

  /** The call with an argument of the same JSON (noted under this value too, when there are many). */
  equal(value: Value, argument: TraceArgument): TraceCall | undefined {
    if (this.byText) {
      const found = this.byText.get(argumentText(argument));
      if (found) this.byValue?.set(value, found);
      return found;
    }
    const calls = this.calls;
    for (let i = 0; i < calls.length; i++) if (sameJson(((calls[i] as TraceCall).argument as TraceArgument).json, argument.json)) return calls[i];
    return undefined;
  }

  /** A new call (its `of` the argument value, its `argument` the value's JSON). */
  add(call: TraceCall): void {
    if (this.byText) {
      this.byText.set(argumentText(call.argument as TraceArgument), call);
      this.byValue?.set(call.of as Value, call);
      return;
    }
    this.calls.push(call);
    if (this.calls.length > COMPARED_CALLS) {
      this.byText = new Map();
      this.byValue = new Map();
      for (const made of this.calls) {
        this.byText.set(argumentText(made.argument as TraceArgument), made);
        this.byValue.set(made.of as Value, made);
      }
    }
  }
}

/** A call in a trace: its step, and its value once computed (none while it is being computed). */
export interface TraceCall {
  /** Its step (set when the step begins). */
  id: number;
  value: Value | undefined;
  /** For a call of one argument (`CallTable`): the argument's value, and its JSON. */
  readonly of?: Value;
  readonly argument?: TraceArgument;
}

/** The citations of a step that has none. */
const noCitations: readonly TraceCitation[] = Object.freeze([]);

/** What a step that has used nothing yet has used: shared and frozen, replaced by its own list when it uses a step (`use`). */
const noUses: readonly number[] = Object.freeze([]);

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

  /** Arguments written so far, by the value (a record or list of the case is the argument of many calls). */
  private readonly arguments = new Map<object, TraceArgument>();

  /** An argument of a call as the trace writes it: its JSON (and that JSON's text, when a call's key needs it). */
  argument(value: Value, write: (value: Value) => JsonValue): TraceArgument {
    // Only objects are kept: a number or text is written as fast as it is looked up.
    const kept = typeof value === 'object' && value !== null;
    let written = kept ? this.arguments.get(value) : undefined;
    if (written?.write !== write) {
      written = { write, json: write(value), text: undefined };
      if (kept) this.arguments.set(value, written);
    }
    return written;
  }

  /**
   * Starts a step, links it to the step that uses it and makes it the current step (the one
   * that was current is the caller's to give back to `end`). A step is made with every field it
   * can have, in the order the trace's JSON has them (docs/engine.md §7): one shape for every
   * step, whatever is set later (a field that stays undefined is not in the JSON). Its
   * citations, none yet, are set when known (`noCitations` is shared and frozen: a step's
   * citations are replaced, never added to).
   */
  begin(
    kind: TraceStep['kind'],
    name: string,
    type: string,
    args: readonly JsonValue[] | undefined,
    argTypes: readonly string[] | undefined,
    location: TraceStep['location'],
  ): TraceStep {
    const id = this.steps.length;
    const step: TraceStep = {
      citations: noCitations,
      kind,
      name,
      type,
      args,
      argTypes,
      location,
      id,
      value: null,
      uses: noUses,
      aggregations: undefined,
      override: undefined,
      definition: undefined,
      row: undefined,
      explanation: undefined,
    };
    this.steps.push(step);
    this.use(id);
    this.open = step;
    return step;
  }

  /** Ends the current step: `outer`, the step that was current when it began, is current again. */
  end(outer: TraceStep | undefined): void {
    this.open = outer;
  }

  /** The step being computed (none outside every step). */
  current(): TraceStep | undefined {
    return this.open;
  }

  private open: TraceStep | undefined;

  /** The outputs' steps, by name (`output`). */
  readonly outputs: Record<string, number> = {};
  /** The step last begun or used outside every step: the value `evaluate` asked for. */
  private asked = -1;

  /** Notes that the value just computed for `evaluate` (with `CompiledDefinition.get`) is the output `name`: its step is the one it began or linked. */
  output(name: string): void {
    this.outputs[name] = this.asked;
  }

  /** Notes that the current step used the step `id`. */
  use(id: number): void {
    const current = this.open;
    if (!current) {
      this.asked = id;
      return;
    }
    if (current.id === id) return;
    const uses = current.uses;
    if (uses === noUses) current.uses = [id];
    // A step's own list, made here: the one place that adds to it.
    else if (!uses.includes(id)) (uses as number[]).push(id);
  }

  /**
   * Adds an aggregation to the current step. One the step's `forklaring` computes comes after
   * its `definition` in the JSON (as it was set when the sentence was made): the rare step
   * whose first aggregation is such one has its last fields written again in that order.
   */
  addAggregation(aggregation: TraceAggregation): void {
    const current = this.open;
    if (!current) return;
    if (current.aggregations) {
      current.aggregations.push(aggregation);
      return;
    }
    if (current.definition !== undefined) {
      const { row, explanation } = current;
      delete current.aggregations;
      delete current.row;
      delete current.explanation;
      current.aggregations = [aggregation];
      current.row = row;
      current.explanation = explanation;
      return;
    }
    current.aggregations = [aggregation];
  }
}

/** The trace's slots of an evaluation without the trace: never written (read, they are empty), shared and frozen. */
const untraced: readonly never[] = Object.freeze([]);

/** The state of one evaluation: the as-of day, inputs, overrides, memoized values and the trace. */
export class EvalContext {
  /** Memoized values of parameterless rules and `skjønn`, by slot. */
  readonly values: Array<Value | undefined>;
  /** The trace step of each memoized value, by slot, when tracing. */
  readonly valueSteps: Array<number | undefined>;
  /** The calls of each rule, `skjønn` or table with one argument made so far in the trace, by its slot (`CallTable`), when tracing. */
  readonly callTables: Array<CallTable | undefined>;
  /**
   * The other calls of each rule, `skjønn` or table made so far in the trace (several
   * arguments, a table read on another day), by its slot and their arguments' text: a call
   * repeated with the same arguments links the earlier step instead of being computed and
   * traced again. When tracing.
   */
  readonly keyedCalls: Array<Map<string, TraceCall> | undefined>;

  constructor(
    slotCount: number,
    readonly asOf: string,
    readonly inputs: readonly Value[],
    readonly overrides: ReadonlyMap<string, Override>,
    readonly trace: TraceRecorder | undefined,
  ) {
    this.values = new Array<Value | undefined>(slotCount);
    this.valueSteps = trace ? new Array<number | undefined>(slotCount) : (untraced as never[]);
    this.callTables = trace ? new Array<CallTable | undefined>(slotCount) : (untraced as never[]);
    this.keyedCalls = trace ? new Array<Map<string, TraceCall> | undefined>(slotCount) : (untraced as never[]);
  }
}

/** Notes that a call with these arguments (the very values, not equal ones) took a per-element override. */
export function claimOverride(override: Override, args: readonly Value[]): void {
  const claims = override.claims;
  if (!claims || claims.some((claimed) => claimed.length === args.length && claimed.every((value, i) => value === args[i]))) return;
  claims.push([...args]);
}
