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
import { claimOverride, overrideKey, type EvalContext, type TraceRecorder } from '../runtime/context.js';
import { EvaluationError, type RuleLocation } from '../runtime/errors.js';
import type { JsonWriter } from '../values/json.js';
import { Undetermined, type Value } from '../runtime/values.js';
import type { TraceCitation, TraceDefinition, TraceStep } from '../trace/trace.js';
import { compileExpr, fail, Scope, type Compiled, type CompiledDefinition, type Linker } from './expressions.js';
import { renderTemplate } from './templates.js';

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
  return citations.map(({ source: c, ledd, punktum }) => {
    const wordings = c.kind === 'source' && ledd !== undefined && punktum !== undefined ? checkedWordings(c.decl, ledd, punktum) : [];
    return {
      id: c.name,
      title: c.title,
      ...(c.kind === 'source' && c.url ? { url: c.url } : {}),
      ...(c.kind === 'assumption' ? { assumption: true as const } : {}),
      ...(ledd !== undefined ? { ledd } : {}),
      ...(punktum !== undefined ? { punktum } : {}),
      ...(wordings.length > 0 ? { wordings } : {}),
    };
  });
}

/** The wordings of a punktum that were checked against the official text: not `ukjent`, not from a secondary source. */
function checkedWordings(decl: Ast.SourceDecl, ledd: number, punktum: number): NonNullable<TraceCitation['wordings']>[number][] {
  return decl.sentences
    .filter((s) => Number(s.ledd.text) === ledd && Number(s.punktum.text) === punktum && wordingStatus(decl, s) === 'kontrollert')
    .map((s) => {
      const { from, to } = wordingPeriod(s);
      return { text: s.text.value, ...(from ? { from } : {}), ...(to ? { to } : {}) };
    });
}

/** The frame of a definition without parameters or comprehension variables: nothing is ever stored in it. */
const noLocals: Value[] = [];

function inPeriod(asOf: string, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || from <= asOf) && (to === undefined || asOf <= to);
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
  const argJson = paramTypes.map((type) => linker.json.writer(type, false));
  const valueJson = linker.json.writer(body.type, false);
  const traced = (ctx: EvalContext, trace: TraceRecorder, frame: Value[], memoSlot: number | undefined): Value => {
    const jsonArgs = memoSlot === undefined ? argJson.map((write, i) => write(frame[i] as Value)) : undefined;
    // A table read on another day than the as-of date is another lookup (`per`).
    const day = body.kind === 'table' ? `@${frame[paramTypes.length] as string}` : '';
    const callKey = jsonArgs ? `${symbol.kind}:${symbol.name}${day}:${JSON.stringify(jsonArgs)}` : undefined;
    const begun = trace.begin(
      {
        kind: body.kind,
        name: symbol.name,
        type: trace.typeName(body.type),
        ...(jsonArgs ? { args: jsonArgs, argTypes: paramTypes.map((t) => trace.typeName(t)) } : {}),
        ...(location ? { location } : {}),
      },
      callKey,
    );
    if ('repeated' in begun) {
      if (memoSlot !== undefined) ctx.valueSteps[memoSlot] = begun.repeated;
      return begun.value;
    }
    if (memoSlot !== undefined) ctx.valueSteps[memoSlot] = begun.id;
    let value: Value | undefined;
    try {
      value = body.compute(ctx, frame, begun);
      begun.value = valueJson(value);
      return value;
    } finally {
      trace.end(begun, callKey, value);
    }
  };
  const frame = body.scope.size === 0 ? noLocals : new Array<Value>(body.scope.size);
  return {
    frame,
    get(ctx) {
      const cached = ctx.values[slot];
      if (cached !== undefined) {
        const step = ctx.valueSteps[slot];
        if (step !== undefined) ctx.trace?.use(step);
        return cached;
      }
      const value = ctx.trace ? traced(ctx, ctx.trace, frame, slot) : body.compute(ctx, frame, undefined);
      ctx.values[slot] = value;
      return value;
    },
    call(ctx, frame) {
      return ctx.trace ? traced(ctx, ctx.trace, frame, undefined) : body.compute(ctx, frame, undefined);
    },
  };
}

// ─── Rules: default logic ────────────────────────────────────────────────────

interface Alternative {
  readonly condition: Compiled | undefined;
  readonly value: Compiled;
  readonly validFrom: string | undefined;
  readonly validTo: string | undefined;
  readonly location: RuleLocation;
  readonly label: string | undefined;
  readonly citations: TraceCitation[];
  readonly exceptions: Alternative[];
  /** For the trace: the labels from the outermost exception down to this one's parent. */
  chain: readonly string[];
}

export function ruleBody(symbol: RuleSymbol, linker: Linker): Body {
  const module = symbol.module as ModuleInfo;
  const scope = new Scope();
  for (const param of symbol.params ?? []) scope.add(param);
  const env = { linker, module, scope };
  const definition = (d: Ast.Definition) => ({
    condition: d.condition && compileExpr(env, d.condition),
    value: compileExpr(env, d.value),
    location: linker.location(module, d.span),
  });
  const ruleCitations = citationsOf(symbol.citations);
  const baseAlternatives: Alternative[] = symbol.decl.definitions.map((d) => ({
    ...definition(d),
    validFrom: undefined,
    validTo: undefined,
    label: undefined,
    citations: ruleCitations,
    exceptions: [],
    chain: [],
  }));
  const compiled = new Map<ExceptionSymbol, Alternative>();
  for (const exception of symbol.exceptions.values()) {
    compiled.set(exception, {
      ...definition(exception.decl.definition),
      validFrom: exception.validFrom,
      validTo: exception.validTo,
      label: exception.name,
      citations: citationsOf(exception.citations),
      exceptions: [],
      chain: [],
    });
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
  // One unconditional definition that always applies: nothing to choose.
  const only = roots.length === 0 && baseAlternatives.length === 1 && !baseAlternatives[0]?.condition && !symbol.validFrom && !symbol.validTo ? baseAlternatives[0] : undefined;
  const explanation = symbol.decl.explanation && renderTemplate(env, symbol.decl.explanation);
  const nameLocation = linker.location(module, symbol.decl.name.span);

  return {
    symbol,
    kind: 'rule',
    type: symbol.type,
    scope,
    compute(ctx, frame, step) {
      if (only && !step) return only.value(ctx, frame);
      if (!inPeriod(ctx.asOf, symbol.validFrom, symbol.validTo)) {
        fail('LK7001', `Regelen «${symbol.name}» gjelder ikke ${ctx.asOf}${period(symbol.validFrom, symbol.validTo)}`, [nameLocation]);
      }
      // An applicable exception wins over what it is an exception to (Catala's default calculus).
      const exception = roots.length > 0 ? applicable(ctx, frame, roots, symbol) : undefined;
      if (exception instanceof Undetermined) return exception;
      let winner: Alternative;
      if (exception) {
        winner = exception;
      } else {
        const base = choose(ctx, frame, baseAlternatives, symbol);
        if (base instanceof Undetermined) return base;
        if (!base) fail('LK7001', `Ingen definisjon av «${symbol.name}» gjelder for saken ${ctx.asOf}`, [nameLocation]);
        winner = base;
      }
      const value = winner.value(ctx, frame);
      if (step) {
        const definition: TraceDefinition =
          exception && winner.label
            ? { kind: 'exception', label: winner.label, overrode: ['base', ...winner.chain], location: winner.location }
            : { kind: 'base', location: winner.location };
        step.definition = definition;
        step.citations = winner.citations;
        if (explanation && !(value instanceof Undetermined)) step.explanation = explanation(ctx, frame, value);
      }
      return value;
    },
  };
}

function period(from: string | undefined, to: string | undefined): string {
  if (from && to) return ` (gjelder fra ${from} til ${to})`;
  if (from) return ` (gjelder fra ${from})`;
  return to ? ` (gjelder til ${to})` : '';
}

function conflict(rule: RuleSymbol, a: Alternative, b: Alternative): never {
  const name = (x: Alternative) => (x.label ? `unntaket «${x.label}»` : 'en grunndefinisjon');
  return fail('LK7002', `Motstrid i «${rule.name}»: både ${name(a)} og ${name(b)} gjelder, og ingen av dem er unntak fra den andre`, [a.location, b.location]);
}

/** Does the alternative itself apply: within its period, with a true condition? */
function applies(ctx: EvalContext, frame: Value[], alternative: Alternative): Value {
  if (!inPeriod(ctx.asOf, alternative.validFrom, alternative.validTo)) return false;
  return alternative.condition ? alternative.condition(ctx, frame) : true;
}

/** The one applicable base definition; a conflict if two apply; undetermined if a condition is. */
function choose(ctx: EvalContext, frame: Value[], level: readonly Alternative[], rule: RuleSymbol): Alternative | Undetermined | undefined {
  let chosen: Alternative | undefined;
  let unknown: Undetermined | undefined;
  for (const alternative of level) {
    const holds = applies(ctx, frame, alternative);
    if (holds instanceof Undetermined) unknown = Undetermined.merge(unknown, holds);
    else if (holds) {
      if (chosen) conflict(rule, chosen, alternative);
      chosen = alternative;
    }
  }
  return unknown ?? chosen;
}

/**
 * The exception that wins among `level`: an exception applies if one of its own exceptions
 * applies (which then wins) or if its condition holds. Two applicable siblings conflict.
 */
function applicable(ctx: EvalContext, frame: Value[], level: readonly Alternative[], rule: RuleSymbol): Alternative | Undetermined | undefined {
  let found: Alternative | undefined;
  let unknown: Undetermined | undefined;
  for (const alternative of level) {
    let result: Alternative | undefined;
    const inner = alternative.exceptions.length > 0 ? applicable(ctx, frame, alternative.exceptions, rule) : undefined;
    if (inner instanceof Undetermined) {
      unknown = Undetermined.merge(unknown, inner);
      continue;
    } else if (inner) {
      result = inner;
    } else {
      const holds = applies(ctx, frame, alternative);
      if (holds instanceof Undetermined) {
        unknown = Undetermined.merge(unknown, holds);
        continue;
      }
      if (holds) result = alternative;
    }
    if (!result) continue;
    if (found) conflict(rule, found, result);
    found = result;
  }
  return unknown ?? found;
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
  const explanation = symbol.decl.explanation && renderTemplate(env, symbol.decl.explanation);
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
          step.definition = { kind: 'override', location };
        }
      } else {
        value = guideline(ctx, frame);
        if (step) step.definition = { kind: 'guideline', location };
      }
      if (step) {
        step.citations = citations;
        if (explanation && !(value instanceof Undetermined)) step.explanation = explanation(ctx, frame, value);
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
    value: entry.value.kind === 'value' ? compileExpr(env, entry.value.expr) : undefined,
    row: {
      keys: entry.keys.map((k) => k ?? null),
      ...(entry.validFrom ? { from: entry.validFrom } : {}),
      ...(entry.validTo ? { to: entry.validTo } : {}),
      location: linker.location(module, entry.row.span),
    },
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
  const single = symbol.params.length === 1;
  const location = linker.location(module, symbol.decl.name.span);
  const keysOf = (frame: Value[]) => symbol.params.map((_, i) => keyOf(frame[i] as Value));
  const describe = (frame: Value[]) => (symbol.params.length > 0 ? ` for ${keysOf(frame).join(', ')}` : '');

  return {
    symbol,
    kind: 'table',
    type: symbol.type,
    scope,
    compute(ctx, frame, step) {
      for (let i = 0; i < symbol.params.length; i++) if (frame[i] instanceof Undetermined) return frame[i] as Undetermined;
      const at = frame[atSlot] as string;
      const group = (single && groups.get(keyOf(frame[0] as Value))) || matching(keysOf(frame));
      // No row for the keys at all (a member a variant's `utvid valg` adds, say): never a silent value.
      if (group.length === 0) fail('LK7003', `Tabellen «${symbol.name}» har ingen rad${describe(frame)}`, [location]);
      let found: IndexedEntry | undefined;
      if (model.dated) {
        let low = 0;
        let high = group.length - 1;
        while (low <= high) {
          const mid = (low + high) >> 1;
          const candidate = group[mid] as IndexedEntry;
          if ((candidate.entry.validFrom as string) <= at) {
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

function keyOf(value: Value): string {
  return typeof value === 'boolean' ? (value ? 'sann' : 'usann') : String(value);
}
