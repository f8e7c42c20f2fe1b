import type {
  Ast,
  Citation,
  DefinitionSymbol,
  DiscretionSymbol,
  ExceptionSymbol,
  InputSymbol,
  ModuleInfo,
  RuleSymbol,
  TableEntry,
  TableSymbol,
  Type,
} from '@lovkode/dsl';
import { wordingPeriod, wordingStatus } from '@lovkode/dsl';
import { argumentText, CallTable, claimOverride, overrideKey, type EvalContext, type TraceArgument, type TraceCall, type TraceRecorder } from '../runtime/context.js';
import { EvaluationError, type RuleLocation } from '../runtime/errors.js';
import type { JsonWriter } from '../values/json.js';
import { Undetermined, type Value } from '../runtime/values.js';
import type { JsonValue, TraceCitation, TraceDefinition, TraceStep } from '../trace/trace.js';
import { leave } from '../runtime/ore.js';
import { scalarCodec } from '../values/kinds.js';
import { Emitter } from './emitter.js';
import { compileExpr, fail, genExpr, Scope, type Compiled, type CompiledDefinition, type GenEnv, type Linker } from './expressions.js';
import { compileTemplate } from './templates.js';

/** What a definition computes, and how it appears in the trace. */
interface Body {
  readonly symbol: DefinitionSymbol;
  readonly kind: TraceStep['kind'];
  readonly type: Type;
  /** Frame size: parameters and comprehension variables. */
  readonly scope: Scope;
  /** Computes the value; `step` is the trace step being filled in, when tracing. */
  compute(ctx: EvalContext, frame: Value[], step: TraceStep | undefined): Value;
}

export function citationsOf(citations: readonly Citation[]): TraceCitation[] {
  const traced: TraceCitation[] = [];
  for (const { source: c, ledd, punktum } of citations) {
    // The keys in this order: the trace's JSON text is compared as text.
    const citation: { -readonly [K in keyof TraceCitation]: TraceCitation[K] } = { id: c.name, title: c.title };
    if (c.kind === 'source' && c.url) citation.url = c.url;
    if (c.kind === 'assumption') citation.assumption = true;
    if (ledd !== undefined) citation.ledd = ledd;
    if (punktum !== undefined) citation.punktum = punktum;
    if (c.kind === 'source' && ledd !== undefined && punktum !== undefined) {
      const wordings = checkedWordings(c.decl, ledd, punktum);
      if (wordings.length > 0) citation.wordings = wordings;
    }
    traced.push(citation);
  }
  return traced;
}

/** The wordings of a punktum that were checked against the official text: not `ukjent`, not from a secondary source. */
function checkedWordings(decl: Ast.SourceDecl, ledd: number, punktum: number): NonNullable<TraceCitation['wordings']>[number][] {
  const wordings: NonNullable<TraceCitation['wordings']>[number][] = [];
  for (const s of decl.sentences) {
    if (s.ledd.value !== ledd || s.punktum.value !== punktum || wordingStatus(decl, s) !== 'kontrollert') continue;
    const { from, to } = wordingPeriod(s);
    const wording: { text: string; from?: string; to?: string } = { text: s.text.value };
    if (from) wording.from = from;
    if (to) wording.to = to;
    wordings.push(wording);
  }
  return wordings;
}

/** Arguments as the text of their list's JSON. */
function texts(args: readonly TraceArgument[]): string {
  let text = '[';
  for (let i = 0; i < args.length; i++) text += i === 0 ? argumentText(args[i] as TraceArgument) : `,${argumentText(args[i] as TraceArgument)}`;
  return `${text}]`;
}

/** The frame of a definition without parameters or comprehension variables: nothing is ever stored in it. */
const noLocals: Value[] = [];

/**
 * The name of a scalar type in the trace, known when a definition is compiled (`beløp`,
 * `sannhetsverdi` …); a list, record or enumeration is named by the trace that meets it
 * (`TraceRecorder.typeName`), which describes it in its `types`.
 */
function scalarName(type: Type): string | undefined {
  return scalarCodec(type)?.name;
}

/**
 * Wraps a body as a compiled definition: memoized per evaluation when it has no parameters,
 * and recorded as a trace step when tracing.
 */
export function definitionOf(body: Body, slot: number, linker: Linker): CompiledDefinition {
  const symbol = body.symbol;
  const module = symbol.module as ModuleInfo;
  const location = symbol.nameSpan ? linker.location(module, symbol.nameSpan) : undefined;
  const paramTypes = 'params' in symbol && symbol.params ? symbol.params.map((p) => p.type) : [];
  const argJson = paramTypes.map((type) => linker.traceWriter(type));
  const valueJson = linker.traceWriter(body.type);
  const kind = body.kind;
  const name = symbol.name;
  const type = body.type;
  const typeName = scalarName(type);
  // The arguments' types, the same for every call when they are all scalars.
  const scalarArgTypes = paramTypes.every((t) => scalarName(t) !== undefined) ? Object.freeze(paramTypes.map((t) => scalarName(t) as string)) : undefined;
  const argTypesIn = (trace: TraceRecorder): readonly string[] => scalarArgTypes ?? paramTypes.map((t) => trace.typeName(t));
  // A list of records or lists (the case's persons, incomes, expenses) is written element by element through
  // the trace's arguments, so that each element is written once however many steps show it (its own, the calls
  // that take it, the aggregations over it).
  const elementJson = type.kind === 'list' && (type.element.kind === 'record' || type.element.kind === 'list') ? linker.traceWriter(type.element) : undefined;
  const writeValue = (trace: TraceRecorder, value: Value): JsonValue => {
    if (!elementJson || !Array.isArray(value)) return valueJson(value);
    const list: JsonValue[] = [];
    for (let i = 0; i < value.length; i++) list.push(trace.argument(value[i] as Value, elementJson).json);
    return list;
  };
  const frame = body.scope.size === 0 ? noLocals : new Array<Value>(body.scope.size);
  /** Computes the value into a step begun for it; `outer` is the step that was current before. */
  const record = (ctx: EvalContext, trace: TraceRecorder, frame: Value[], step: TraceStep, outer: TraceStep | undefined): Value => {
    try {
      const value = body.compute(ctx, frame, step);
      step.value = writeValue(trace, value);
      return value;
    } finally {
      trace.end(outer);
    }
  };
  /** A value without parameters: one step, memoized in the evaluation's slot. */
  const tracedValue = (ctx: EvalContext, trace: TraceRecorder): Value => {
    const outer = trace.current();
    const step = trace.begin(kind, name, typeName ?? trace.typeName(type), undefined, undefined, location);
    ctx.valueSteps[slot] = step.id;
    return record(ctx, trace, frame, step, outer);
  };
  /** Begins the step of a new call, computes it, and notes its value with the call. */
  const newCall = (ctx: EvalContext, trace: TraceRecorder, frame: Value[], args: readonly JsonValue[], made: TraceCall, calls?: CallTable): Value => {
    // The types' names are the same for every call in a trace: a call table names them once (in the order a call names them).
    const argTypes = calls ? (calls.argTypes ??= argTypesIn(trace)) : argTypesIn(trace);
    const valueType = typeName ?? (calls ? (calls.type ??= trace.typeName(type)) : trace.typeName(type));
    const outer = trace.current();
    const step = trace.begin(kind, name, valueType, args, argTypes, location);
    made.id = step.id;
    const value = record(ctx, trace, frame, step, outer);
    made.value = value;
    return value;
  };
  /** The value of an earlier call with the same arguments, linked to the current step. */
  const earlierValue = (trace: TraceRecorder, earlier: TraceCall): Value => {
    trace.use(earlier.id);
    return earlier.value as Value;
  };
  /** A call of one argument, found by it (`CallTable`). */
  const byArgument = (ctx: EvalContext, trace: TraceRecorder, frame: Value[]): Value => {
    const calls = (ctx.callTables[slot] ??= new CallTable());
    const value = frame[0] as Value;
    const same = calls.of(value);
    if (same?.value !== undefined) return earlierValue(trace, same);
    const argument = trace.argument(value, argJson[0] as JsonWriter);
    const equal = calls.equal(value, argument);
    if (equal?.value !== undefined) return earlierValue(trace, equal);
    const made: TraceCall = { id: -1, value: undefined, of: value, argument };
    calls.add(made);
    return newCall(ctx, trace, frame, (argument.alone ??= [argument.json]), made, calls);
  };
  /** A call found by its arguments' text (and, for a table, the day it is read on). */
  const byText = (ctx: EvalContext, trace: TraceRecorder, frame: Value[]): Value => {
    const args = argJson.map((write, i) => trace.argument(frame[i] as Value, write));
    const calls = (ctx.keyedCalls[slot] ??= new Map());
    const key = kind === 'table' ? `${frame[paramTypes.length] as string}:${texts(args)}` : texts(args);
    const earlier = calls.get(key);
    if (earlier?.value !== undefined) return earlierValue(trace, earlier);
    const made: TraceCall = { id: -1, value: undefined, of: undefined, argument: undefined };
    calls.set(key, made);
    return newCall(ctx, trace, frame, args.map((arg) => arg.json), made);
  };
  /**
   * A call: a call with the same arguments (and, for a table read on another day than the
   * as-of date, `per`, the same day) is the same call. A rule or `skjønn` of one argument, and
   * a table of one key read on the as-of date, find it by the argument; the others by their
   * arguments' text.
   */
  const tracedCall =
    argJson.length !== 1
      ? byText
      : kind !== 'table'
        ? byArgument
        : (ctx: EvalContext, trace: TraceRecorder, frame: Value[]): Value => (frame[1] === ctx.asOf ? byArgument(ctx, trace, frame) : byText(ctx, trace, frame));
  return {
    frame,
    get(ctx) {
      const cached = ctx.values[slot];
      if (cached !== undefined) {
        const step = ctx.valueSteps[slot];
        if (step !== undefined) ctx.trace?.use(step);
        return cached;
      }
      const value = ctx.trace ? tracedValue(ctx, ctx.trace) : body.compute(ctx, frame, undefined);
      ctx.values[slot] = value;
      return value;
    },
    call(ctx, frame) {
      return ctx.trace ? tracedCall(ctx, ctx.trace, frame) : body.compute(ctx, frame, undefined);
    },
  };
}

// ─── Rules: default logic ────────────────────────────────────────────────────

/** One way a rule can be defined: a base definition or an exception, with what it needs at run time and in the trace. */
interface Alternative {
  /** Its place among the rule's alternatives (base definitions first), as generated code names it. */
  readonly index: number;
  readonly definition: Ast.Definition;
  readonly validFrom: string | undefined;
  readonly validTo: string | undefined;
  readonly location: RuleLocation;
  readonly label: string | undefined;
  readonly citations: TraceCitation[];
  readonly exceptions: Alternative[];
  /** For the trace: the labels from the outermost exception down to this one's parent. */
  chain: readonly string[];
}

/**
 * A rule as generated code (docs/engine-design.md §2): the applicable exception or base
 * definition chosen by if-chains (Catala's default calculus: an applicable exception wins
 * over what it is an exception to; two applicable alternatives of one level conflict; an
 * undetermined condition makes the choice undetermined), then its value computed.
 */
export function ruleBody(symbol: RuleSymbol, linker: Linker): Body {
  const module = symbol.module as ModuleInfo;
  const scope = new Scope();
  for (const param of symbol.params ?? []) scope.add(param);
  const ruleCitations = citationsOf(symbol.citations);
  const all: Alternative[] = symbol.decl.definitions.map((d, index) => ({
    index,
    definition: d,
    validFrom: undefined,
    validTo: undefined,
    location: linker.location(module, d.span),
    label: undefined,
    citations: ruleCitations,
    exceptions: [],
    chain: [],
  }));
  const base = [...all];
  const compiled = new Map<ExceptionSymbol, Alternative>();
  for (const exception of symbol.exceptions.values()) {
    const alternative: Alternative = {
      index: all.length,
      definition: exception.decl.definition,
      validFrom: exception.validFrom,
      validTo: exception.validTo,
      location: linker.location(module, exception.decl.definition.span),
      label: exception.name,
      citations: citationsOf(exception.citations),
      exceptions: [],
      chain: [],
    };
    all.push(alternative);
    compiled.set(exception, alternative);
  }
  const roots: Alternative[] = [];
  for (const [exception, alternative] of compiled) {
    const parent = exception.parent && compiled.get(exception.parent);
    (parent ? parent.exceptions : roots).push(alternative);
  }
  const chains = (level: readonly Alternative[], chain: readonly string[]): void => {
    for (const alternative of level) {
      alternative.chain = chain;
      chains(alternative.exceptions, [...chain, alternative.label as string]);
    }
  };
  chains(roots, []);
  const out = new Emitter();
  const env: GenEnv = { linker, module, scope, out };
  const explanation = symbol.decl.explanation ? compileTemplate(env, symbol.decl.explanation) : undefined;
  const nameLocation = linker.location(module, symbol.decl.name.span);
  // What the trace says of each alternative when it is taken: one frozen object per alternative, shared by the steps.
  const definitions = all.map((alternative): TraceDefinition =>
    Object.freeze(
      alternative.label
        ? { kind: 'exception', label: alternative.label, overrode: Object.freeze(['base', ...alternative.chain]), location: alternative.location }
        : { kind: 'base', location: alternative.location },
    ),
  );
  // One unconditional definition that always applies: nothing to choose, and its value is computed the same way with the trace or without.
  const only = roots.length === 0 && base.length === 1 && !base[0]?.definition.condition && !symbol.validFrom && !symbol.validTo ? base[0] : undefined;
  const { winner, value } = only ? genOnly(env, only) : genChoice(env, symbol, roots, base, all, nameLocation);
  // The trace of the step, in the rule's own code: which alternative was taken, its sources, and the explanation.
  out.branch('step', () => {
    const defined = only ? out.constant(definitions[only.index]) : `${out.constant(definitions)}[${winner}]`;
    const cited = only ? out.constant(only.citations) : `${out.constant(all.map((alternative) => alternative.citations))}[${winner}]`;
    out.line(`step.definition = ${defined};`);
    out.line(`step.citations = ${cited};`);
    if (!explanation) return;
    out.branch(`!(${value} instanceof ${out.fn('U')})`, () => {
      if (explanation.valueSlot !== undefined) out.line(`frame[${explanation.valueSlot}] = ${value};`);
      out.line(`step.explanation = ${out.constant(explanation)}.sentence()(ctx, frame);`);
    });
  });
  out.line(`return ${value};`);
  const compute = out.build<TraceStep | undefined>(functionName(symbol.name), linker.code, linker.money === 'decimal');
  return { symbol, kind: 'rule', type: symbol.type, scope, compute };
}

/** Where a rule's generated code leaves the alternative taken (its index) and the value. */
interface Outcome {
  readonly winner: string;
  readonly value: string;
}

/** The value of a rule's one unconditional definition, in a variable. */
function genOnly(env: GenEnv, only: Alternative): Outcome {
  const value = env.out.temp();
  env.out.line(`${value} = ${genExpr(env, only.definition.value)};`);
  return { winner: String(only.index), value };
}

/**
 * The choice among a rule's alternatives (an applicable exception first, else the one base
 * definition that applies), then the chosen one's value: variables holding the chosen index and the value.
 */
function genChoice(
  env: GenEnv,
  symbol: RuleSymbol,
  roots: readonly Alternative[],
  base: readonly Alternative[],
  all: readonly Alternative[],
  nameLocation: RuleLocation,
): Outcome {
  const out = env.out;
  const rule = new RuleCode(env, symbol, all);
  if (symbol.validFrom || symbol.validTo) {
    out.line(`if (!(${periodTest(symbol.validFrom, symbol.validTo)})) ${out.constant((asOf: string) => fail('LK7001', `Regelen «${symbol.name}» gjelder ikke ${asOf}${period(symbol.validFrom, symbol.validTo)}`, [nameLocation]))}(ctx.asOf);`);
  }
  const winner = out.temp();
  const chooseBase = () => {
    const chosen = rule.choose(base);
    out.line(`if (${chosen.unknown}) return ${chosen.unknown};`);
    out.line(`if (${chosen.found} < 0) ${out.constant((asOf: string) => fail('LK7001', `Ingen definisjon av «${symbol.name}» gjelder for saken ${asOf}`, [nameLocation]))}(ctx.asOf);`);
    out.line(`${winner} = ${chosen.found};`);
  };
  if (roots.length > 0) {
    // An applicable exception wins over what it is an exception to.
    const exception = rule.applicable(roots);
    out.line(`if (${exception.unknown}) return ${exception.unknown};`);
    out.line(`${winner} = ${exception.found};`);
    out.branch(`${winner} < 0`, chooseBase);
  } else {
    chooseBase();
  }
  const value = out.temp();
  out.block(`switch (${winner})`, () => {
    for (const alternative of all) {
      out.block(`case ${alternative.index}:`, () => {
        out.line(`${value} = ${genExpr(env, alternative.definition.value)};`);
        out.line('break;');
      });
    }
  });
  return { winner, value };
}

/** A JavaScript test that the as-of day is within a period (ISO dates compare as texts). */
function periodTest(from: string | undefined, to: string | undefined): string {
  const tests = [...(from ? [`${JSON.stringify(from)} <= ctx.asOf`] : []), ...(to ? [`ctx.asOf <= ${JSON.stringify(to)}`] : [])];
  return tests.length > 0 ? tests.join(' && ') : 'true';
}

/** The name of a generated function: the rule's name where JavaScript allows it. */
function functionName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : 'rule';
}

/** The variables the choice among one level of alternatives leaves: the chosen alternative's index (or -1), and the undetermined reasons. */
interface Choice {
  readonly found: string;
  readonly unknown: string;
}

/** Generates the choice of a rule's alternative. */
class RuleCode {
  private readonly conflict: string;

  constructor(
    private readonly env: GenEnv,
    rule: RuleSymbol,
    all: readonly Alternative[],
  ) {
    const name = (x: Alternative) => (x.label ? `unntaket «${x.label}»` : 'en grunndefinisjon');
    this.conflict = env.out.constant((a: number, b: number): never => {
      const first = all[a] as Alternative;
      const second = all[b] as Alternative;
      return fail('LK7002', `Motstrid i «${rule.name}»: både ${name(first)} og ${name(second)} gjelder, og ingen av dem er unntak fra den andre`, [first.location, second.location]);
    });
  }

  /**
   * Whether the alternative itself applies (within its period, with a true condition): a
   * variable holding `true`, `false` or undetermined, or `true` itself for an alternative
   * without condition or period.
   */
  private applies(alternative: Alternative): string {
    const out = this.env.out;
    const condition = alternative.definition.condition;
    if (!condition && !alternative.validFrom && !alternative.validTo) return 'true';
    const holds = out.temp();
    const test = () => out.line(`${holds} = ${condition ? genExpr(this.env, condition) : 'true'};`);
    if (alternative.validFrom || alternative.validTo) out.branch(periodTest(alternative.validFrom, alternative.validTo), test, () => out.line(`${holds} = false;`));
    else test();
    return holds;
  }

  /** Takes the alternative if it applies (`holds`), or notes why it is undetermined. */
  private takeIf(choice: Choice, holds: string, result: string): void {
    const out = this.env.out;
    if (holds === 'true') {
      this.take(choice, result);
      return;
    }
    out.branch(
      `${holds} instanceof ${out.fn('U')}`,
      () => out.line(`${choice.unknown} = ${out.fn('merge')}(${choice.unknown}, ${holds});`),
      () => out.branch(holds, () => this.take(choice, result)),
    );
  }

  /** Notes that `result` (an index) applies at this level: a conflict if another did. */
  private take(choice: Choice, result: string): void {
    this.env.out.line(`if (${choice.found} >= 0) ${this.conflict}(${choice.found}, ${result});`);
    this.env.out.line(`${choice.found} = ${result};`);
  }

  private start(): Choice {
    const out = this.env.out;
    const choice = { found: out.temp(), unknown: out.temp() };
    out.line(`${choice.found} = -1; ${choice.unknown} = undefined;`);
    return choice;
  }

  /** The one applicable base definition; a conflict if two apply; undetermined if a condition is. */
  choose(level: readonly Alternative[]): Choice {
    const choice = this.start();
    for (const alternative of level) this.takeIf(choice, this.applies(alternative), String(alternative.index));
    return choice;
  }

  /**
   * The exception that wins among `level`: an exception applies if one of its own exceptions
   * applies (which then wins) or if its condition holds. Two applicable siblings conflict.
   */
  applicable(level: readonly Alternative[]): Choice {
    const out = this.env.out;
    const choice = this.start();
    for (const alternative of level) {
      const own = () => this.takeIf(choice, this.applies(alternative), String(alternative.index));
      if (alternative.exceptions.length === 0) {
        own();
        continue;
      }
      const inner = this.applicable(alternative.exceptions);
      out.branch(
        inner.unknown,
        () => out.line(`${choice.unknown} = ${out.fn('merge')}(${choice.unknown}, ${inner.unknown});`),
        () => out.branch(`${inner.found} >= 0`, () => this.take(choice, inner.found), own),
      );
    }
    return choice;
  }
}

function period(from: string | undefined, to: string | undefined): string {
  if (from && to) return ` (gjelder fra ${from} til ${to})`;
  if (from) return ` (gjelder fra ${from})`;
  return to ? ` (gjelder til ${to})` : '';
}

// ─── Discretion ──────────────────────────────────────────────────────────────

export function discretionBody(symbol: DiscretionSymbol, linker: Linker): Body {
  const module = symbol.module as ModuleInfo;
  const scope = new Scope();
  for (const param of symbol.params ?? []) scope.add(param);
  const env = { linker, module, scope };
  const params = symbol.params;
  const argJson = params?.map((param) => linker.json.writer(param.type, false));
  const valueJson = linker.json.writer(symbol.type, false);
  /** The override of this `skjønn` for the arguments in the frame (canonical JSON, as `evaluate` keys them); a per-element one notes who took it. */
  const overrideOf = (ctx: EvalContext, frame: Value[]) => {
    if (ctx.overrides.size === 0) return undefined;
    if (!params) return ctx.overrides.get(symbol.name);
    const override = ctx.overrides.get(overrideKey(symbol.name, (argJson as JsonWriter[]).map((write, i) => write(frame[i] as Value))));
    if (override) claimOverride(override, frame.slice(0, params.length));
    return override;
  };
  const guideline = compileExpr(env, symbol.decl.guideline);
  const citations = citationsOf(symbol.citations);
  const location = linker.location(module, symbol.decl.guideline.span);
  // What the trace says of how the value was set: one frozen object each, shared by the steps.
  const byGuideline: TraceDefinition = Object.freeze({ kind: 'guideline', location });
  const overridden: TraceDefinition = Object.freeze({ kind: 'override', location });
  const explanation = symbol.decl.explanation ? compileTemplate(env, symbol.decl.explanation) : undefined;
  /** What the guideline would have been, for the trace of an override; an override never fails because the guideline cannot be computed. */
  const guidelineForTrace = (ctx: EvalContext, frame: Value[]) => {
    try {
      return valueJson(guideline(ctx, frame));
    } catch (error) {
      if (!(error instanceof EvaluationError)) throw error;
      return { feil: error.message };
    }
  };
  return {
    symbol,
    kind: 'discretion',
    type: symbol.type,
    scope,
    compute(ctx, frame, step) {
      const override = overrideOf(ctx, frame);
      let value: Value;
      if (override) {
        value = override.value;
        if (step) {
          step.override = { value: valueJson(value), reason: override.reason, guideline: guidelineForTrace(ctx, frame) };
          step.definition = overridden;
        }
      } else {
        value = guideline(ctx, frame);
        if (step) step.definition = byGuideline;
      }
      if (step) {
        step.citations = citations;
        if (explanation && !(value instanceof Undetermined)) step.explanation = explanation.explain(ctx, frame, value);
      }
      return value;
    },
  };
}

// ─── Inputs ──────────────────────────────────────────────────────────────────

export function inputBody(symbol: InputSymbol, index: number): Body {
  return {
    symbol,
    kind: 'input',
    type: symbol.type,
    scope: new Scope(),
    compute: (ctx) => ctx.inputs[index] as Value,
  };
}

// ─── Tables ──────────────────────────────────────────────────────────────────

interface IndexedEntry {
  readonly entry: TableEntry;
  /** `entry.validFrom`, at hand for the binary search. */
  readonly from: string | undefined;
  readonly value: Compiled | undefined;
  readonly row: NonNullable<TraceStep['row']>;
  readonly citations: TraceCitation[];
}

/** Rows of a table by key, each list in date order, for lookups by binary search. */
export function tableBody(symbol: TableSymbol, linker: Linker): Body {
  const module = symbol.module as ModuleInfo;
  const scope = new Scope();
  for (const param of symbol.params) scope.add(param);
  // The day whose row is read: the as-of date, or the date of `tabell(k) per dato` (compileLookup).
  const atSlot = scope.reserve();
  const env = { linker, module, scope };
  const model = symbol.model ?? { dated: false, entries: [] };
  const all: IndexedEntry[] = model.entries.map((entry) => ({
    entry,
    from: entry.validFrom,
    value: entry.value.kind === 'value' ? compileExpr(env, entry.value.expr) : undefined,
    row: traceRow(entry, linker.location(module, entry.row.span)),
    citations: citationsOf(entry.citations),
  }));
  const groups = new Map<string, IndexedEntry[]>();
  const matching = (keys: readonly string[]) => {
    const key = keys.join('\u0000');
    let group = groups.get(key);
    if (!group) {
      group = all
        .filter((e) => e.entry.keys.every((k, i) => k === undefined || k === keys[i]))
        .sort((a, b) => ((a.entry.validFrom ?? '') < (b.entry.validFrom ?? '') ? -1 : (a.entry.validFrom ?? '') > (b.entry.validFrom ?? '') ? 1 : 0));
      groups.set(key, group);
    }
    return group;
  };
  const arity = symbol.params.length;
  const dated = model.dated;
  const single = arity === 1;
  // Rows are found by the keys' text; an amount in øre has another text than in kroner.
  const moneyKey = linker.money === 'øre' && symbol.params.some((p) => p.type.kind === 'money');
  const location = linker.location(module, symbol.decl.name.span);
  const keysOf = (frame: Value[]) => symbol.params.map((_, i) => keyOf(frame[i] as Value));
  const describe = (frame: Value[]) => (symbol.params.length > 0 ? ` for ${keysOf(frame).join(', ')}` : '');

  return {
    symbol,
    kind: 'table',
    type: symbol.type,
    scope,
    compute(ctx, frame, step) {
      if (moneyKey) leave('a table keyed by an amount');
      for (let i = 0; i < arity; i++) if (frame[i] instanceof Undetermined) return frame[i] as Undetermined;
      const at = frame[atSlot] as string;
      const group = (single && groups.get(keyOf(frame[0] as Value))) || matching(keysOf(frame));
      // No row for the keys at all (a member a variant's `utvid valg` adds, say): never a silent value.
      if (group.length === 0) fail('LK7003', `Tabellen «${symbol.name}» har ingen rad${describe(frame)}`, [location]);
      let found: IndexedEntry | undefined;
      if (dated) {
        let low = 0;
        let high = group.length - 1;
        while (low <= high) {
          const mid = (low + high) >> 1;
          const candidate = group[mid] as IndexedEntry;
          if ((candidate.from as string) <= at) {
            found = candidate;
            low = mid + 1;
          } else {
            high = mid - 1;
          }
        }
        if (!found) {
          fail('LK7003', `Tabellen «${symbol.name}» har ingen verdi${describe(frame)} ${at}: første rad gjelder fra ${group[0]?.entry.validFrom}`, [location]);
        }
        if (found.entry.validTo !== undefined && found.entry.validTo < at) {
          fail('LK7003', `Tabellen «${symbol.name}» har ingen verdi${describe(frame)} ${at}: raden fra ${found.entry.validFrom} gjaldt til ${found.entry.validTo}`, [found.row.location]);
        }
      } else {
        found = group[0];
        if (!found) fail('LK7003', `Tabellen «${symbol.name}» har ingen rad${describe(frame)}`, [location]);
      }
      if (!found.value) {
        const message = found.entry.value.kind === 'unknown' ? found.entry.value.message : '';
        fail('LK7003', `Tabellen «${symbol.name}» har ukjent verdi${describe(frame)} ${at} (perioden fra ${found.entry.validFrom ?? 'start'}): ${message}`, [found.row.location]);
      }
      if (step) {
        step.row = at === ctx.asOf ? found.row : { ...found.row, at };
        step.citations = found.citations;
      }
      return found.value(ctx, frame);
    },
  };
}

/** A table row as the trace shows it (the keys in this order: the trace's JSON text is compared as text). */
function traceRow(entry: TableEntry, location: RuleLocation): NonNullable<TraceStep['row']> {
  const keys = entry.keys.map((k) => k ?? null);
  const { validFrom: from, validTo: to } = entry;
  if (from && to) return { keys, from, to, location };
  if (from) return { keys, from, location };
  return to ? { keys, to, location } : { keys, location };
}

function keyOf(value: Value): string {
  return typeof value === 'boolean' ? (value ? 'sann' : 'usann') : String(value);
}
