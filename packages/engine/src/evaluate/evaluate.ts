import { calendar, enumMembers, sameType, type EnumSymbol, type InputSymbol, type Type } from '@lovkode/dsl';
import type { CompiledOutput, CompiledRules, InputPlan } from '../compile/compiler.js';
import type { ResultWriters } from '../compile/result-writer.js';
import { checkOverrides } from '../schema/overrides.js';
import { inputErrorCode } from '../schema/validate.js';
import { traceVersion, type JsonValue, type Trace } from '../trace/trace.js';
import { runtimeFormatter } from '../values/format.js';
import type { MembersOf } from '../values/names.js';
import { EvalContext, overrideKey, TraceRecorder, type Override } from '../runtime/context.js';
import { EvaluationError, InputError } from '../runtime/errors.js';
import { LeaveFastPath } from '../runtime/ore.js';
import type { FieldDefault, JsonReader } from '../values/json.js';
import type { Value } from '../runtime/values.js';
import { isComplete, resultJson, type EvaluateOptions, type EvaluationResult, type SchemeTypes, type UntypedScheme } from './result.js';

export type { EvaluateOptions, EvaluationResult } from './result.js';

/**
 * Evaluates one case. Throws `InputError` (every violation) for input that does not match
 * the schema and `EvaluationError` when the rules give no result; never a partial result.
 * Typed by the types `lovkode types` writes: `evaluate<Scheme>(rules, input)`.
 */
export function evaluate<S extends SchemeTypes = UntypedScheme>(rules: CompiledRules, input: S['input'], options: EvaluateOptions = {}): EvaluationResult<S['output']> {
  return evaluateUntyped(rules, input, options) as EvaluationResult<S['output']>;
}

function evaluateUntyped(rules: CompiledRules, input: unknown, options: EvaluateOptions): EvaluationResult {
  const fast = takesFastPath(options) ? evaluateInOre(rules, input, options, options.trace ? withTrace(rules, options) : theResult) : undefined;
  return fast ?? evaluateInDecimal(rules, input, options);
}

/**
 * Evaluates one case as `evaluate` does and gives the result as the JSON text the CLI and the
 * HTTP service write (docs/engine.md §6): the bytes of `resultJson(evaluate(rules, input,
 * options))`. On the fast path without the trace the text is written straight from the values
 * in øre, without building the result and stringifying it. Throws as `evaluate` does.
 */
export function evaluateToJson(rules: CompiledRules, input: unknown, options: EvaluateOptions = {}): string {
  if (options.trace) return resultJson(evaluateUntyped(rules, input, options));
  const fast = takesFastPath(options) ? evaluateInOre(rules, input, options, itsJson) : undefined;
  return fast ?? resultJson(evaluateInDecimal(rules, input, options));
}

/** Amounts in øre where that is exact, with the trace or without: not a call (that takes the decimal path, as do overrides). */
function takesFastPath(options: EvaluateOptions): boolean {
  return !options.calls && options.fastPath !== false;
}

const theResult = (writers: ResultWriters) => writers.result as (ctx: EvalContext) => EvaluationResult;
const itsJson = (writers: ResultWriters) => writers.json;

/** The result with its trace: the steps the writers' computation recorded in the context. */
function withTrace(rules: CompiledRules, options: EvaluateOptions) {
  return (writers: ResultWriters) => (ctx: EvalContext) => {
    const result: { -readonly [K in keyof EvaluationResult]?: EvaluationResult[K] } = writers.result(ctx);
    // Added last, as the decimal path's result has it.
    result.trace = traceOf(rules, ctx.trace as TraceRecorder, ctx.asOf, options);
    return result as EvaluationResult;
  };
}

/**
 * The fast path (docs/engine-design.md §2): the case read straight into øre by the plan's
 * generated reader, the outputs computed in øre and the result written by the plan's writers
 * (`write` chooses which: the object or its JSON text). Undefined where it cannot promise
 * the decimal path's result: a case the reader is not sure of (an override, an invalid input:
 * the decimal path reports it), an output that is not there, a computation that leaves the
 * fast path or fails (the decimal path says why in its words).
 */
function evaluateInOre<T>(rules: CompiledRules, input: unknown, options: EvaluateOptions, write: (writers: ResultWriters) => (ctx: EvalContext) => T): T | undefined {
  const fast = rules.inputPlan(options.outputs).fast();
  if (!fast.writers) return undefined;
  let inputs: Value[] | undefined;
  try {
    inputs = fast.read(input);
  } catch {
    // A property that throws when read, or nesting deeper than the stack: the decimal path reports it.
    return undefined;
  }
  if (!inputs) return undefined;
  const asOf = asOfDay(rules, input as Record<string, unknown>, options.asOf);
  const recorder = options.trace ? new TraceRecorder(rules.traceTypes) : undefined;
  try {
    return write(fast.writers)(new EvalContext(fast.slotCount, asOf, inputs, noOverrides, recorder));
  } catch (error) {
    if (error instanceof LeaveFastPath || error instanceof EvaluationError) return undefined;
    throw error;
  }
}

/** The reference path: every case, every option, the trace. */
function evaluateInDecimal(rules: CompiledRules, input: unknown, options: EvaluateOptions): EvaluationResult {
  // Named outputs and functions first: they may read inputs the outputs do not.
  const named = options.outputs?.map((name) => ({ name, output: rules.valueNamed(name) }));
  const functions = options.calls?.map((call) => ({ ...call, fn: rules.functionNamed(call.name) }));
  const plan = rules.inputPlan(options.outputs, options.calls?.map((call) => call.name));
  const violations = plan.validate(input);
  if (violations.length > 0) throw new InputError(inputErrorCode(violations), violations);
  const object = input as Record<string, unknown>;
  const overrideViolations = checkOverrides(object['overstyringer'] as unknown[] | undefined, rules.discretion, rules.overrideCheckers);
  if (overrideViolations.length > 0) throw new InputError('LK7006', overrideViolations);

  const asOf = asOfDay(rules, object, options.asOf);
  const given = object['overstyringer'] as Array<{ navn: string; verdi: unknown; begrunnelse: string; for?: unknown[] }> | undefined;
  const overrides = given && given.length > 0 ? new Map<string, Override>() : noOverrides;
  const warnings: string[] = [];

  const inputs = new Array<Value>(rules.inputCount);
  // The trace and the warnings name values with the evaluation's enumerations (a variant's `utvid valg` adds members and labels).
  const membersOf = (symbol: EnumSymbol) => enumMembers(symbol, rules.entry);
  const recorder = options.trace ? new TraceRecorder(rules.traceTypes) : undefined;
  const ctx = new EvalContext(rules.slotCount, asOf, inputs, overrides, recorder);
  const fieldDefault = (field: Parameters<CompiledRules['fieldDefault']>[0]) => rules.fieldDefault(field, ctx);
  for (let i = 0; i < plan.inputs.length; i++) {
    const symbol = plan.inputs[i] as InputSymbol;
    const given = Object.prototype.hasOwnProperty.call(object, symbol.name) ? object[symbol.name] : undefined;
    inputs[plan.slots[i] as number] = (given !== undefined ? (plan.readers[i] as JsonReader)(given, fieldDefault) : rules.fieldDefault(symbol, ctx)) as Value;
  }
  const perElement: Array<{ readonly name: string; readonly forWhom: string; readonly override: Override; readonly type: Type }> = [];
  for (const [index, raw] of (given ?? []).entries()) {
    const symbol = rules.discretion.get(raw.navn);
    if (!symbol) continue;
    const value = rules.json.reader(symbol.type)(raw.verdi, noDefault);
    const reason = raw.begrunnelse.trim();
    const paramTypes = symbol.params?.map((param) => param.type);
    if (!paramTypes || !raw.for) {
      (overrides as Map<string, Override>).set(raw.navn, { value, reason });
      warnings.push(`Skjønnet «${raw.navn}» er overstyrt til ${runtimeFormatter(symbol.type, membersOf)(value)}: ${reason}`);
      continue;
    }
    // The element is read as an input is, with the rules' defaults for fields it leaves out.
    const args = raw.for.map((arg, i) => rules.json.reader(paramTypes[i] as Type)(arg, fieldDefault));
    const key = overrideKey(raw.navn, args.map((arg, i) => rules.json.writer(paramTypes[i] as Type, false)(arg)));
    if (overrides.has(key)) throw new InputError('LK7006', [{ path: `/overstyringer/${index}`, message: `Skjønnet «${raw.navn}» er overstyrt to ganger for det samme` }]);
    const forWhom = args.map((arg, i) => runtimeFormatter(paramTypes[i], membersOf)(arg)).join(', ');
    // Twins with the same data are two elements the case does not tell apart: one assessment would count for both.
    if (paramTypes.length === 1) {
      const alike = alikeInCase(rules, inputs, plan, paramTypes[0] as Type, key, raw.navn);
      if (alike > 1) {
        throw new InputError('LK7006', [
          { path: `/overstyringer/${index}/for`, message: `Overstyringen av «${raw.navn}» for ${forWhom} passer på ${alike} elementer i saken med de samme opplysningene; skill dem i saken før skjønnet overstyres` },
        ]);
      }
    }
    const override: Override = { value, reason, claims: [] };
    (overrides as Map<string, Override>).set(key, override);
    perElement.push({ name: raw.navn, forWhom, override, type: symbol.type });
  }

  const outputs = named
    ? named.map(({ name, output }) => {
        if (!output) throw new EvaluationError('LK7001', `«${name}» er ikke en regel uten parametre eller et skjønn i regelsettet`);
        return output;
      })
    : rules.outputs;
  const values = valuesInDecimal(outputs, ctx);
  const calls = functions?.map(({ name, args, fn }) => {
    if (!fn) throw new EvaluationError('LK7001', `«${name}» er ikke en regel med parametre eller en tabell i regelsettet`);
    if (args.length !== fn.params.length) throw new EvaluationError('LK7001', `«${name}» tar ${fn.params.length} argumenter, men fikk ${args.length}`);
    return rules.json.writer(fn.type, true)(fn.call(ctx, args.map((arg, i) => rules.json.reader(fn.params[i] as Type)(arg, fieldDefault))));
  });
  if (perElement.length > 0) warnings.push(...perElementWarnings(perElement, membersOf));
  // Field by field, in the order of the result's JSON (no spreads: a traced batch makes one per case).
  const result: { -readonly [K in keyof EvaluationResult]?: EvaluationResult[K] } = { values, complete: isComplete(values), warnings, ruleset: rules.ruleset };
  if (calls) result.calls = calls;
  if (recorder) result.trace = traceOf(rules, recorder, asOf, options);
  return result as EvaluationResult;
}

/** The trace an evaluation recorded (docs/engine.md §7), with the step of each output (`TraceRecorder.output`). */
function traceOf(rules: CompiledRules, recorder: TraceRecorder, asOf: string, options: EvaluateOptions): Trace {
  const asOfType = (options.asOf ?? '').length === 7 || (options.asOf === undefined && rules.asOf?.type.kind === 'month') ? 'måned' : 'dato';
  return { version: traceVersion, asOf, asOfType, types: recorder.types, ruleset: rules.ruleset, outputs: recorder.outputs, steps: recorder.steps };
}

/** The outputs computed with decimal.js: the reference path. */
function valuesInDecimal(outputs: readonly CompiledOutput[], ctx: EvalContext): Record<string, JsonValue> {
  const values: Record<string, JsonValue> = {};
  for (let i = 0; i < outputs.length; i++) {
    const output = outputs[i] as CompiledOutput;
    values[output.name] = output.write(output.definition.get(ctx));
    ctx.trace?.output(output.name);
  }
  return values;
}

/**
 * What became of each per-element override: taken (its warning says so), or taken by no
 * computation — the case has no such element, or nothing computed needed it — which is said
 * instead of «er overstyrt».
 */
function perElementWarnings(
  overrides: ReadonlyArray<{ readonly name: string; readonly forWhom: string; readonly override: Override; readonly type: Type }>,
  membersOf: MembersOf,
): string[] {
  return overrides.map(({ name, forWhom, override, type }) =>
    (override.claims?.length ?? 0) > 0
      ? `Skjønnet «${name}» for ${forWhom} er overstyrt til ${runtimeFormatter(type, membersOf)(override.value)}: ${override.reason}`
      : `Overstyringen av «${name}» for ${forWhom} er ikke brukt: ingenting i beregningen gjelder ${forWhom}`,
  );
}

/**
 * How many elements of the case's own lists (the top-level inputs of the element's type, and
 * lists of it) are the element an override names: twins with the same data are two.
 */
function alikeInCase(rules: CompiledRules, inputs: readonly Value[], plan: InputPlan, type: Type, key: string, name: string): number {
  let count = 0;
  const write = rules.json.writer(type, false);
  plan.inputs.forEach((symbol, i) => {
    const value = inputs[plan.slots[i] as number] as Value;
    const elements = sameType(symbol.type, type) ? [value] : symbol.type.kind === 'list' && sameType(symbol.type.element, type) && Array.isArray(value) ? value : [];
    for (const element of elements) if (overrideKey(name, [write(element)]) === key) count++;
  });
  return count;
}

/** For a value that is not a record. */
const noDefault: FieldDefault = () => undefined;

/** The overrides of a case that has none. */
const noOverrides: ReadonlyMap<string, Override> = new Map();

function asOfDay(rules: CompiledRules, input: Record<string, unknown>, explicit: string | undefined): string {
  const raw = explicit ?? (rules.asOf ? (input[rules.asOf.name] as string | undefined) : undefined);
  if (raw === undefined) {
    throw new InputError('LK7005', [
      { path: rules.asOf ? `/${rules.asOf.name}` : '', message: 'Beregningen trenger et vurderingstidspunkt (en dato eller måned)' },
    ]);
  }
  if (!calendar.isIsoDate(raw) && !calendar.isIsoMonth(raw)) throw new InputError('LK7005', [{ path: '', message: `«${raw}» er ikke en dato eller måned` }]);
  return raw.length === 7 ? `${raw}-01` : raw;
}

/** One result per input, in order; a case that fails gives `{ error }` and the batch goes on. */
export function evaluateBatch(
  rules: CompiledRules,
  inputs: Iterable<unknown>,
  options: EvaluateOptions = {},
): Array<EvaluationResult | { readonly error: ReturnType<EvaluationError['toJSON']> }> {
  const results: Array<EvaluationResult | { readonly error: ReturnType<EvaluationError['toJSON']> }> = [];
  for (const input of inputs) {
    try {
      results.push(evaluate(rules, input, options));
    } catch (error) {
      if (!(error instanceof EvaluationError)) throw error;
      results.push({ error: error.toJSON() });
    }
  }
  return results;
}
