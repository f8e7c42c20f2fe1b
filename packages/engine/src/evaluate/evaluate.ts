import { calendar, enumMembers, extendingModules, sameType, type CheckedProgram, type EnumSymbol, type InputSymbol, type Type } from '@lovkode/dsl';
import type { CompiledOutput, CompiledRules } from '../compile/compiler';
import { inputSchema } from '../schema/input-schema';
import { checkOverrides } from '../schema/overrides';
import { createInputValidator, inputErrorCode } from '../schema/validate';
import { traceVersion, type JsonValue } from '../trace/trace';
import type { EvaluateOptions, EvaluationResult } from './result';

export type { EvaluateOptions, EvaluationResult } from './result';
import { runtimeFormatter } from '../values/format';
import type { MembersOf } from '../values/names';
import { EvalContext, overrideKey, TraceRecorder, type Override } from '../runtime/context';
import { EvaluationError, InputError, type InputViolation } from '../runtime/errors';
import { fromJson, jsonReader, jsonWriter, toJson, type JsonReader, type JsonWriter } from '../values/json';
import type { Value } from '../runtime/values';

type Validator = (input: unknown) => InputViolation[];

/**
 * What evaluating a case with a compiled rule set needs besides the rules, worked out once:
 * the input validator, each input's slot and reader, each output's writer. Worked out again
 * when the rule set reads one more input (an output compiled on demand can add one).
 */
interface Plan {
  readonly inputCount: number;
  readonly validate: Validator;
  readonly inputSlots: readonly number[];
  readonly readers: readonly JsonReader[];
  readonly writers: readonly JsonWriter[];
}
const plans = new WeakMap<CompiledRules, Plan>();

function planFor(rules: CompiledRules): Plan {
  const cached = plans.get(rules);
  if (cached?.inputCount === rules.inputs.length) return cached;
  const plan: Plan = {
    inputCount: rules.inputs.length,
    validate: validatorFor(rules),
    inputSlots: rules.inputs.map((symbol) => rules.inputSlot(symbol)),
    readers: rules.inputs.map((symbol) => jsonReader(symbol.type)),
    writers: rules.outputs.map((output) => jsonWriter(output.type, true)),
  };
  plans.set(rules, plan);
  return plan;
}

/** Validators by the inputs' symbols: the entries of one checked rule set mostly share their inputs. */
const validatorsByInputs = new WeakMap<CheckedProgram, Map<string, Validator>>();
const inputIds = new WeakMap<InputSymbol, number>();
let nextInputId = 0;
/** Validators by schema text: recompiling the rules after an edit rarely changes the inputs. */
const validatorsBySchema = new Map<string, Validator>();
const maxCachedSchemas = 16;

function validatorFor(rules: CompiledRules): Validator {
  // A variant's `utvid valg` members are allowed values through it only: they are part of the key.
  const extended = extendingModules(rules.entry).map((m) => m.name);
  const symbols = [...rules.inputs.map((s) => inputIds.get(s) ?? (inputIds.set(s, nextInputId), nextInputId++)), ...extended].join(',');
  let byInputs = validatorsByInputs.get(rules.program);
  if (!byInputs) validatorsByInputs.set(rules.program, (byInputs = new Map()));
  let validate = byInputs.get(symbols);
  if (!validate) {
    const schema = inputSchema(rules.inputs, { entry: rules.entry });
    const key = JSON.stringify(schema);
    validate = validatorsBySchema.get(key);
    if (!validate) {
      if (validatorsBySchema.size >= maxCachedSchemas) validatorsBySchema.delete(validatorsBySchema.keys().next().value as string);
      validate = createInputValidator(schema);
      validatorsBySchema.set(key, validate);
    }
    byInputs.set(symbols, validate);
  }
  return validate;
}

/**
 * Evaluates one case. Throws `InputError` (every violation) for input that does not match
 * the schema and `EvaluationError` when the rules give no result; never a partial result.
 */
export function evaluate(rules: CompiledRules, input: unknown, options: EvaluateOptions = {}): EvaluationResult {
  // Named outputs first: compiling one may add an input its rules read.
  const named = options.outputs?.map((name) => ({ name, output: rules.valueNamed(name) }));
  // Resolved before the plan: a function compiled now may read one more input.
  const functions = options.calls?.map((call) => ({ ...call, fn: rules.functionNamed(call.name) }));
  const plan = planFor(rules);
  const violations = plan.validate(input);
  if (violations.length > 0) throw new InputError(inputErrorCode(violations), violations);
  const object = input as Record<string, unknown>;
  const overrideViolations = checkOverrides(object['overstyringer'] as unknown[] | undefined, rules.discretion, rules.entry);
  if (overrideViolations.length > 0) throw new InputError('LK7006', overrideViolations);

  const asOf = asOfDay(rules, object, options.asOf);
  const given = object['overstyringer'] as Array<{ navn: string; verdi: unknown; begrunnelse: string; for?: unknown[] }> | undefined;
  const overrides = given && given.length > 0 ? new Map<string, Override>() : noOverrides;
  const warnings: string[] = [];

  const inputs = new Array<Value>(rules.inputCount);
  // The trace and the warnings name values with the evaluation's enumerations (a variant's `utvid valg` adds members and labels).
  const membersOf = (symbol: EnumSymbol) => enumMembers(symbol, rules.entry);
  const recorder = options.trace ? new TraceRecorder(membersOf) : undefined;
  const ctx = new EvalContext(rules.slotCount, asOf, inputs, overrides, recorder);
  const fieldDefault = (field: Parameters<CompiledRules['fieldDefault']>[0]) => rules.fieldDefault(field, ctx);
  for (let i = 0; i < rules.inputs.length; i++) {
    const symbol = rules.inputs[i] as InputSymbol;
    const given = Object.prototype.hasOwnProperty.call(object, symbol.name) ? object[symbol.name] : undefined;
    inputs[plan.inputSlots[i] as number] = (given !== undefined ? (plan.readers[i] as JsonReader)(given, fieldDefault) : rules.fieldDefault(symbol, ctx)) as Value;
  }
  const perElement: Array<{ readonly name: string; readonly forWhom: string; readonly override: Override; readonly type: Type }> = [];
  for (const [index, raw] of (given ?? []).entries()) {
    const symbol = rules.discretion.get(raw.navn);
    if (!symbol) continue;
    const value = fromJson(raw.verdi, symbol.type);
    const reason = raw.begrunnelse.trim();
    const paramTypes = symbol.params?.map((param) => param.type);
    if (!paramTypes || !raw.for) {
      (overrides as Map<string, Override>).set(raw.navn, { value, reason });
      warnings.push(`Skjønnet «${raw.navn}» er overstyrt til ${runtimeFormatter(symbol.type, membersOf)(value)}: ${reason}`);
      continue;
    }
    // The element is read as an input is, with the rules' defaults for fields it leaves out.
    const args = raw.for.map((arg, i) => fromJson(arg, paramTypes[i] as Type, fieldDefault));
    const key = overrideKey(raw.navn, args.map((arg, i) => toJson(arg, paramTypes[i] as Type, false)));
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
  const values: Record<string, JsonValue> = {};
  for (let i = 0; i < outputs.length; i++) {
    const output = outputs[i] as CompiledOutput;
    const write = named ? jsonWriter(output.type, true) : (plan.writers[i] as JsonWriter);
    values[output.name] = write(output.definition.get(ctx));
  }
  const calls = functions?.map(({ name, args, fn }) => {
    if (!fn) throw new EvaluationError('LK7001', `«${name}» er ikke en regel med parametre eller en tabell i regelsettet`);
    if (args.length !== fn.params.length) throw new EvaluationError('LK7001', `«${name}» tar ${fn.params.length} argumenter, men fikk ${args.length}`);
    return jsonWriter(fn.type, true)(fn.call(ctx, args.map((arg, i) => fromJson(arg, fn.params[i] as Parameters<typeof fromJson>[1], fieldDefault))));
  });
  warnings.push(...perElementWarnings(perElement, membersOf));
  const result: EvaluationResult = { values, warnings, ruleset: rules.ruleset, ...(calls ? { calls } : {}) };
  if (!recorder) return result;
  const traced: Record<string, number> = {};
  for (const output of outputs) {
    const step = recorder.steps.find((s) => s.name === output.name && (s.kind === 'rule' || s.kind === 'discretion'));
    if (step) traced[output.name] = step.id;
  }
  const asOfType = (options.asOf ?? '').length === 7 || (options.asOf === undefined && rules.asOf?.type.kind === 'month') ? 'måned' : 'dato';
  return { ...result, trace: { version: traceVersion, asOf, asOfType, types: recorder.types, ruleset: rules.ruleset, outputs: traced, steps: recorder.steps } };
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
function alikeInCase(rules: CompiledRules, inputs: readonly Value[], plan: Plan, type: Type, key: string, name: string): number {
  let count = 0;
  rules.inputs.forEach((symbol, i) => {
    const value = inputs[plan.inputSlots[i] as number] as Value;
    const elements = sameType(symbol.type, type) ? [value] : symbol.type.kind === 'list' && sameType(symbol.type.element, type) && Array.isArray(value) ? value : [];
    for (const element of elements) if (overrideKey(name, [toJson(element, type, false)]) === key) count++;
  });
  return count;
}

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
