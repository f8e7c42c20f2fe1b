import type { Ast, CheckedProgram, DefinitionSymbol, EnumMemberSymbol, EnumSymbol, LkSymbol, ModuleInfo, TableSymbol, Type } from '@lovkode/dsl';
import { ageOn, firstDayOf, lastDayOf, monthNumberOf, monthOf, shift, yearOf } from '../runtime/calendar.js';
import { overrideKey, type EvalContext, type TraceRecorder } from '../runtime/context.js';
import { EvaluationError, type RuleLocation } from '../runtime/errors.js';
import type { JsonCodecs, JsonWriter } from '../values/json.js';
import * as op from '../runtime/operations.js';
import { keyOrder } from '../runtime/order.js';
import { roundToStep } from '../runtime/rounding.js';
import { Decimal, Undetermined, ZERO, type RecordValue, type Value } from '../runtime/values.js';
import type { TraceAggregation } from '../trace/trace.js';

/** A compiled expression: evaluates with the evaluation's context and the current frame of locals. */
export type Compiled = (ctx: EvalContext, frame: Value[]) => Value;

/** What a compiled reference to a rule, `skjønn`, table or input calls. */
export interface CompiledDefinition {
  /** The value of a definition without parameters (memoized per evaluation). */
  get(ctx: EvalContext): Value;
  /**
   * A call of a rule with parameters, or a table lookup: the caller puts the arguments in
   * the first slots of `frame` (the definition's own) and the callee computes in it.
   */
  call(ctx: EvalContext, frame: Value[]): Value;
  /**
   * The definition's one frame: parameters, then comprehension variables. One is enough,
   * because a definition is never computed twice at once: the checker rejects every cycle,
   * and a call's arguments are computed before they are put in the frame. So a call
   * allocates nothing.
   */
  readonly frame: Value[];
}

/** How compiled code reaches the rest of the rule set. */
export interface Linker {
  readonly program: CheckedProgram;
  /** The compiled definition that is in force for a symbol (after variant replacements). */
  definition(symbol: DefinitionSymbol): CompiledDefinition;
  /** File, line and column of a span in a module's file. */
  location(module: ModuleInfo, span: Ast.Span): RuleLocation;
  /** An enumeration's members, in order, as the evaluation sees them (after a variant's `utvid valg`). */
  enumMembers(symbol: EnumSymbol): ReadonlyMap<string, EnumMemberSymbol>;
  /** The JSON readers and writers of the rule set's types, built once. */
  readonly json: JsonCodecs;
}

/** Where a comprehension keeps its element's `plass` and, when it has `etter`, its `rang`. */
export interface PositionSlots {
  readonly position: number;
  readonly rank: number | undefined;
}

/** Frame slots of the parameters and comprehension variables of one definition. */
export class Scope {
  private readonly slots = new Map<LkSymbol, number>();
  private readonly positions = new Map<LkSymbol, PositionSlots>();
  size = 0;

  add(symbol: LkSymbol): number {
    const slot = this.size++;
    this.slots.set(symbol, slot);
    return slot;
  }

  slot(symbol: LkSymbol): number | undefined {
    return this.slots.get(symbol);
  }

  /** Slots for the position (and rank) of a comprehension variable's element. */
  addPosition(symbol: LkSymbol, ranked: boolean): PositionSlots {
    const slots = { position: this.size++, rank: ranked ? this.size++ : undefined };
    this.positions.set(symbol, slots);
    return slots;
  }

  position(symbol: LkSymbol): PositionSlots | undefined {
    return this.positions.get(symbol);
  }

  /** A slot no name refers to: a table's lookup date, after its keys. */
  reserve(): number {
    return this.size++;
  }
}

export interface CompileEnv {
  readonly linker: Linker;
  readonly module: ModuleInfo;
  readonly scope: Scope;
}

/** An amount or decimal written in the rules, parsed when it is compiled. */
function decimalLiteral(expr: Ast.NumberLiteral | Ast.MoneyLiteral): Decimal {
  return new Decimal(expr.value);
}

function constant(value: Value): Compiled {
  return () => value;
}

/** The value of a list whose items are all literals or enum members, built once at compile time. */
function constantList(env: CompileEnv, expr: Ast.Expr): readonly Value[] | undefined {
  if (expr.kind !== 'List') return undefined;
  const values: Value[] = [];
  for (const item of expr.items) {
    if (item.kind === 'Date' || item.kind === 'Month' || item.kind === 'Text' || item.kind === 'Boolean') values.push(item.value);
    else {
      const member = item.kind === 'Reference' ? env.linker.program.references.get(item.name) : item.kind === 'MemberAccess' ? env.linker.program.references.get(item.member) : undefined;
      if (member?.kind !== 'enum-member') return undefined;
      values.push(member.name);
    }
  }
  return Object.freeze(values);
}

export function typeOf(env: CompileEnv, expr: Ast.Expr): Type | undefined {
  return env.linker.program.types.get(expr);
}

function internalError(expr: Ast.Expr, what: string): never {
  throw new Error(`Lovkode internal error: cannot compile ${what} at offset ${expr.span.start}`);
}

/** Compiles a checked expression to a closure with every name resolved (docs/engine.md §1). */
export function compileExpr(env: CompileEnv, expr: Ast.Expr): Compiled {
  switch (expr.kind) {
    case 'Number': {
      const type = typeOf(env, expr);
      return constant(type?.kind === 'integer' ? Number(expr.value) : decimalLiteral(expr));
    }
    case 'Money':
      return constant(decimalLiteral(expr));
    case 'Duration':
      return internalError(expr, 'a duration outside «dato ± varighet»');
    case 'Date':
    case 'Month':
    case 'Text':
    case 'Boolean':
      return constant(expr.value);
    case 'Undetermined':
      return constant(new Undetermined([expr.reason?.value ?? 'Krever individuell vurdering']));
    case 'Reference':
      return compileReference(env, expr.name, expr);
    case 'MemberAccess': {
      const member = env.linker.program.references.get(expr.member);
      if (member?.kind === 'enum-member') return constant(member.name);
      const object = compileExpr(env, expr.object);
      const field = expr.member.text;
      return (ctx, frame) => {
        const record = object(ctx, frame);
        return record instanceof Undetermined ? record : ((record as RecordValue)[field] as Value);
      };
    }
    case 'Call':
      return compileCall(env, expr);
    case 'At':
      return compileCall(env, expr.lookup as Ast.Call, lookupDate(env, expr.date));
    case 'Percent': {
      const operand = compileExpr(env, expr.operand);
      return (ctx, frame) => op.divide(operand(ctx, frame), 100);
    }
    case 'Unary': {
      const operand = compileExpr(env, expr.operand);
      return expr.operator === '-' ? (ctx, frame) => op.negate(operand(ctx, frame)) : (ctx, frame) => op.not(operand(ctx, frame));
    }
    case 'Binary':
      return compileBinary(env, expr);
    case 'If': {
      const condition = compileExpr(env, expr.condition);
      const then = compileExpr(env, expr.then);
      const otherwise = compileExpr(env, expr.otherwise);
      return (ctx, frame) => {
        const c = condition(ctx, frame);
        if (c instanceof Undetermined) return c;
        return c ? then(ctx, frame) : otherwise(ctx, frame);
      };
    }
    case 'List': {
      const fixed = constantList(env, expr);
      if (fixed) return constant(fixed);
      const items = expr.items.map((item) => compileExpr(env, item));
      return (ctx, frame) => items.map((item) => item(ctx, frame));
    }
    case 'Record':
      return compileRecord(env, expr);
  }
}

function compileReference(env: CompileEnv, name: Ast.Name, expr: Ast.Expr): Compiled {
  const symbol = env.linker.program.references.get(name);
  if (!symbol) return internalError(expr, `the name «${name.text}»`);
  switch (symbol.kind) {
    case 'parameter':
    case 'variable': {
      const slot = env.scope.slot(symbol);
      if (slot === undefined) return internalError(expr, `the local «${name.text}»`);
      return (_ctx, frame) => frame[slot] as Value;
    }
    case 'enum-member':
      return constant(symbol.name);
    case 'rule':
    case 'discretion':
    case 'input': {
      const definition = env.linker.definition(symbol);
      return (ctx) => definition.get(ctx);
    }
    case 'builtin':
      if (symbol.name === 'vurderingsdato') return (ctx) => ctx.asOf;
      if (symbol.name === 'vurderingsmåned') return (ctx) => monthOf(ctx.asOf);
      return internalError(expr, `the built-in «${name.text}»`);
    default:
      return internalError(expr, `«${name.text}» (${symbol.kind})`);
  }
}

/** `dato ± N dager|måneder|år`, `måned ± N måneder|år` (the checker allows no other duration). */
function compileShift(env: CompileEnv, expr: Ast.BinaryExpr, duration: Ast.DurationLiteral): Compiled {
  const value = compileExpr(env, expr.left);
  const amount = expr.operator === '-' ? -duration.amount : duration.amount;
  const unit = duration.unit;
  return (ctx, frame) => {
    const from = value(ctx, frame);
    return from instanceof Undetermined ? from : shift(from as string, amount, unit);
  };
}

function compileBinary(env: CompileEnv, expr: Ast.BinaryExpr): Compiled {
  if (expr.right.kind === 'Duration') return compileShift(env, expr, expr.right);
  const left = compileExpr(env, expr.left);
  const right = compileExpr(env, expr.right);
  switch (expr.operator) {
    case '+':
      return (ctx, frame) => op.add(left(ctx, frame), right(ctx, frame));
    case '-':
      return (ctx, frame) => op.subtract(left(ctx, frame), right(ctx, frame));
    case '*':
      return (ctx, frame) => op.multiply(left(ctx, frame), right(ctx, frame));
    case '/':
      return (ctx, frame) => op.divide(left(ctx, frame), right(ctx, frame));
    case '=':
      return (ctx, frame) => op.equals(left(ctx, frame), right(ctx, frame));
    case '≠':
      return (ctx, frame) => op.not(op.equals(left(ctx, frame), right(ctx, frame)));
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const operator = expr.operator;
      return (ctx, frame) => op.ordering(operator, left(ctx, frame), right(ctx, frame));
    }
    case 'i': {
      // Membership in a fixed list of enum members or texts: a set lookup.
      const fixed = constantList(env, expr.right);
      if (fixed && fixed.every((item) => typeof item === 'string')) {
        const members = new Set(fixed as string[]);
        return (ctx, frame) => {
          const item = left(ctx, frame);
          return item instanceof Undetermined ? item : members.has(item as string);
        };
      }
      return (ctx, frame) => op.contains(right(ctx, frame), left(ctx, frame));
    }
    case 'og':
      return (ctx, frame) => {
        const a = left(ctx, frame);
        return a === false ? false : op.and(a, right(ctx, frame));
      };
    case 'eller':
      return (ctx, frame) => {
        const a = left(ctx, frame);
        return a === true ? true : op.or(a, right(ctx, frame));
      };
  }
}

function compileRecord(env: CompileEnv, expr: Ast.RecordLiteral): Compiled {
  const type = typeOf(env, expr);
  if (type?.kind !== 'record') return internalError(expr, 'a record');
  const given = new Map(expr.fields.map((f) => [f.name.text, compileExpr(env, f.value)]));
  const fields: Array<[string, Compiled]> = [];
  for (const field of type.symbol.fields.values()) {
    const value = given.get(field.name) ?? (field.decl.defaultValue ? compileExpr({ ...env, module: field.module ?? env.module }, field.decl.defaultValue) : undefined);
    if (value) fields.push([field.name, value]);
  }
  return (ctx, frame) => {
    const record: Record<string, Value> = {};
    for (const [name, value] of fields) record[name] = value(ctx, frame);
    return record;
  };
}

// ─── Calls and aggregations ──────────────────────────────────────────────────

/** The types of an aggregation's elements and values, named in the trace. */
function aggregationTypes(trace: TraceRecorder, element: Type | undefined, value: Type | undefined): { elementType?: string; valueType?: string } {
  return { ...(element ? { elementType: trace.typeName(element) } : {}), ...(value ? { valueType: trace.typeName(value) } : {}) };
}

/** The day a `per` lookup reads its table on: the date, or the first day of the month. */
function lookupDate(env: CompileEnv, expr: Ast.Expr): Compiled {
  const date = compileExpr(env, expr);
  if (typeOf(env, expr)?.kind !== 'month') return date;
  return (ctx, frame) => {
    const month = date(ctx, frame);
    return month instanceof Undetermined ? month : firstDayOf(month as string);
  };
}

/**
 * A table lookup: the keys go in the table's frame, then the day whose row is read (the
 * as-of date, or the date of `per`) in the slot after them.
 */
function compileLookup(env: CompileEnv, expr: Ast.Call, table: TableSymbol, at: Compiled | undefined): Compiled {
  const definition = env.linker.definition(table);
  const keys = expr.args.map((arg) => compileExpr(env, arg));
  return (ctx, frame) => {
    const values = keys.map((key) => key(ctx, frame));
    const day = at ? at(ctx, frame) : ctx.asOf;
    return day instanceof Undetermined ? day : lookUp(definition, ctx, values, day as string);
  };
}

/** Looks up a table: its keys in the table's frame, then the day whose row is read in the slot after them (`tableBody`). */
export function lookUp(table: CompiledDefinition, ctx: EvalContext, keys: readonly Value[], day: string): Value {
  const frame = table.frame;
  for (let i = 0; i < keys.length; i++) frame[i] = keys[i] as Value;
  frame[keys.length] = day;
  return table.call(ctx, frame);
}

function compileCall(env: CompileEnv, expr: Ast.Call, at?: Compiled): Compiled {
  const callee = expr.callee as Ast.Reference;
  const symbol = env.linker.program.references.get(callee.name);
  if (!symbol) return internalError(expr, 'a call');
  if (symbol.kind === 'table') return compileLookup(env, expr, symbol, at);
  if (symbol.kind === 'rule' || symbol.kind === 'discretion') {
    const definition = env.linker.definition(symbol);
    const args = expr.args.map((arg) => compileExpr(env, arg));
    switch (args.length) {
      case 1: {
        const [first] = args as [Compiled];
        return (ctx, frame) => {
          const a = first(ctx, frame);
          const callee = definition.frame;
          callee[0] = a;
          return definition.call(ctx, callee);
        };
      }
      case 2: {
        const [first, second] = args as [Compiled, Compiled];
        return (ctx, frame) => {
          const a = first(ctx, frame);
          const b = second(ctx, frame);
          const callee = definition.frame;
          callee[0] = a;
          callee[1] = b;
          return definition.call(ctx, callee);
        };
      }
      default:
        return (ctx, frame) => {
          const values = args.map((arg) => arg(ctx, frame));
          const callee = definition.frame;
          for (let i = 0; i < values.length; i++) callee[i] = values[i] as Value;
          return definition.call(ctx, callee);
        };
    }
  }
  if (symbol.kind !== 'builtin') return internalError(expr, 'a call');
  if (symbol.name === 'overstyrt') return compileOverridden(env, expr);
  const args = expr.args.map((arg) => compileExpr(env, arg));
  const [a, b, c] = args as [Compiled, Compiled, Compiled];
  switch (symbol.name) {
    case 'alder':
      return (ctx, frame) => {
        const born = a(ctx, frame);
        const on = b(ctx, frame);
        return born instanceof Undetermined ? born : on instanceof Undetermined ? on : ageOn(born as string, on as string);
      };
    case 'første_dag':
      return (ctx, frame) => {
        const month = a(ctx, frame);
        return month instanceof Undetermined ? month : firstDayOf(month as string);
      };
    case 'måned_av':
      return (ctx, frame) => {
        const date = a(ctx, frame);
        return date instanceof Undetermined ? date : monthOf(date as string);
      };
    case 'siste_dag':
      return (ctx, frame) => {
        const month = a(ctx, frame);
        return month instanceof Undetermined ? month : lastDayOf(month as string);
      };
    case 'år':
      return (ctx, frame) => {
        const date = a(ctx, frame);
        return date instanceof Undetermined ? date : yearOf(date as string);
      };
    case 'måned':
      return (ctx, frame) => {
        const date = a(ctx, frame);
        return date instanceof Undetermined ? date : monthNumberOf(date as string);
      };
    case 'avrund':
      return (ctx, frame) => {
        const value = a(ctx, frame);
        const step = b(ctx, frame);
        if (value instanceof Undetermined || step instanceof Undetermined) return Undetermined.merge(undeterminedOf(value), undeterminedOf(step));
        const rounded = roundToStep(op.toDecimal(value), op.toDecimal(step), c(ctx, frame) as string);
        return typeof value === 'number' ? rounded.toNumber() : rounded;
      };
    case 'maks':
    case 'min': {
      const largest = symbol.name === 'maks';
      if (!expr.comprehension && args.length === 2) {
        const [first, second] = args as [Compiled, Compiled];
        return (ctx, frame) => {
          const x = first(ctx, frame);
          const y = second(ctx, frame);
          return x instanceof Undetermined ? x : y instanceof Undetermined ? y : op.extreme(x, y, largest);
        };
      }
      if (!expr.comprehension && args.length > 2) return (ctx, frame) => op.maximum(args.map((arg) => arg(ctx, frame)), largest);
      const fold = aggregate(env, expr);
      return (ctx, frame) => {
        const values = fold(ctx, frame, [], op.collect);
        return values instanceof Undetermined ? values : op.maximum(values as Value[], largest);
      };
    }
    case 'sum': {
      const fold = aggregate(env, expr);
      const integer = typeOf(env, expr)?.kind === 'integer';
      const step = integer ? op.addInteger : op.addAmount;
      const zero = integer ? 0 : ZERO;
      return (ctx, frame) => fold(ctx, frame, zero, step);
    }
    case 'antall': {
      const fold = aggregate(env, expr);
      return (ctx, frame) => fold(ctx, frame, 0, op.count, op.uncounted);
    }
    case 'noen':
    case 'alle': {
      const fold = aggregate(env, expr);
      const any = symbol.name === 'noen';
      return any ? (ctx, frame) => fold(ctx, frame, false, op.or) : (ctx, frame) => fold(ctx, frame, true, op.and);
    }
    case 'liste': {
      const fold = aggregate(env, expr);
      return (ctx, frame) => fold(ctx, frame, [], op.collect);
    }
    case 'distinkte': {
      const fold = aggregate(env, expr);
      return (ctx, frame) => fold(ctx, frame, [], op.distinct);
    }
    case 'plass':
    case 'rang':
      return compilePosition(env, expr, symbol.name);
    default:
      return internalError(expr, `the function «${symbol.name}»`);
  }
}

function undeterminedOf(value: Value): Undetermined | undefined {
  return value instanceof Undetermined ? value : undefined;
}

/**
 * `overstyrt(f(a, …))`, `overstyrt(f)`: whether the case overrides the `skjønn` `f` for these
 * arguments (keyed as `evaluate` keys overrides). The `skjønn` itself is not evaluated; an
 * undetermined argument makes the answer undetermined.
 */
function compileOverridden(env: CompileEnv, expr: Ast.Call): Compiled {
  const arg = expr.args[0];
  const call = arg?.kind === 'Call' ? arg : undefined;
  const name = arg?.kind === 'Reference' ? arg.name : call?.callee.kind === 'Reference' ? call.callee.name : undefined;
  const symbol = name && env.linker.program.references.get(name);
  if (!symbol || symbol.kind !== 'discretion') return internalError(expr, 'overstyrt(…)');
  const params = symbol.params;
  if (!params || !call) {
    const key = overrideKey(symbol.name, undefined);
    return (ctx) => ctx.overrides.has(key);
  }
  const args = call.args.map((a) => compileExpr(env, a));
  const writers = params.map((param) => env.linker.json.writer(param.type, false));
  return (ctx, frame) => {
    if (ctx.overrides.size === 0) return false;
    const values = args.map((a) => a(ctx, frame));
    const unknown = values.find((v) => v instanceof Undetermined);
    if (unknown) return unknown;
    return ctx.overrides.has(overrideKey(symbol.name, values.map((v, i) => (writers[i] as JsonWriter)(v))));
  };
}

/** `plass(x)`, `rang(x)`: read from the slot the comprehension of `x` sets for its element. */
function compilePosition(env: CompileEnv, expr: Ast.Call, fn: 'plass' | 'rang'): Compiled {
  const arg = expr.args[0];
  const variable = arg?.kind === 'Reference' ? env.linker.program.references.get(arg.name) : undefined;
  const slots = variable && env.scope.position(variable);
  const slot = fn === 'plass' ? slots?.position : slots?.rank;
  if (slot === undefined) return internalError(expr, `${fn}(…)`);
  return (_ctx, frame) => frame[slot] as Value;
}

/**
 * An aggregation's fold: from `initial`, each value it combines in turn through `step`; an
 * undetermined list, or an element whose filter is undetermined, through `unknown`. With
 * `etter`, an undetermined filter or key is the result itself: the order is not known.
 */
type Fold = (ctx: EvalContext, frame: Value[], initial: Value, step: op.Step, unknown?: op.Step) => Value;

/**
 * Folds the values an aggregation combines: of its comprehension (one per element that
 * passes the filter, or the undetermined filter of an element) or of its single list
 * argument (an undetermined list is one undetermined value). No list of the values is built
 * unless the aggregation is one (`liste`). When tracing, each element's contribution is
 * recorded on the step being computed.
 */
function aggregate(env: CompileEnv, expr: Ast.Call): Fold {
  const comprehension = expr.comprehension;
  if (!comprehension) {
    const list = compileExpr(env, expr.args[0] as Ast.Expr);
    return (ctx, frame, initial, step, unknown = step) => {
      const value = list(ctx, frame);
      if (value instanceof Undetermined) return unknown(initial, value);
      let total = initial;
      for (const item of value as Value[]) total = step(total, item);
      return total;
    };
  }
  const source = compileExpr(env, comprehension.source);
  const variable = env.linker.program.declarations.get(comprehension.variable);
  if (!variable) return internalError(expr, 'a comprehension');
  const slot = env.scope.add(variable);
  const ordering = comprehension.ordering;
  const positions = env.scope.addPosition(variable, ordering !== undefined);
  const filter = comprehension.filter && compileExpr(env, comprehension.filter);
  const body = compileExpr(env, comprehension.body);
  const text = env.module.file.source.slice(expr.span);
  const fn = expr.callee.kind === 'Reference' ? { function: expr.callee.name.text } : {};
  const sourceType = typeOf(env, comprehension.source);
  const elementType = sourceType?.kind === 'list' ? sourceType.element : undefined;
  const bodyType = typeOf(env, comprehension.body);
  // For the trace: each element and its contribution as JSON.
  const elementJson = env.linker.json.writer(elementType, false);
  const valueJson = env.linker.json.writer(bodyType, false);
  if (ordering) {
    const keyType = typeOf(env, ordering.key);
    if (!keyType) return internalError(ordering.key, 'the key of «etter»');
    const key = compileExpr(env, ordering.key);
    const order = keyOrder(keyType, (symbol) => env.linker.enumMembers(symbol).keys());
    const byKey = ordering.descending ? (a: Keyed, b: Keyed) => order(b.key, a.key) : (a: Keyed, b: Keyed) => order(a.key, b.key);
    return (ctx, frame, initial, step, unknown = step) => {
      const list = source(ctx, frame);
      if (list instanceof Undetermined) return unknown(initial, list);
      const items: Array<TraceAggregation['items'][number]> | undefined = ctx.trace ? [] : undefined;
      const kept: Keyed[] = [];
      let undetermined: Undetermined | undefined;
      for (const element of list as Value[]) {
        frame[slot] = element;
        const included = filter ? filter(ctx, frame) : true;
        if (included === false) items?.push({ element: elementJson(element), included: false });
        if (included !== true) {
          if (included instanceof Undetermined) undetermined = Undetermined.merge(undetermined, included);
          continue;
        }
        const value = key(ctx, frame);
        if (value instanceof Undetermined) undetermined = Undetermined.merge(undetermined, value);
        else kept.push({ element, key: value });
      }
      if (undetermined) return undetermined;
      // Array.prototype.sort is stable: equal keys keep the list's order, in either direction.
      kept.sort(byKey);
      let total = initial;
      let rank = 0;
      for (let i = 0; i < kept.length; i++) {
        const { element, key: current } = kept[i] as Keyed;
        if (i === 0 || order((kept[i - 1] as Keyed).key, current) !== 0) rank = i + 1;
        frame[slot] = element;
        frame[positions.position] = i + 1;
        frame[positions.rank as number] = rank;
        const value = body(ctx, frame);
        total = step(total, value);
        items?.push({ element: elementJson(element), included: true, value: valueJson(value) });
      }
      if (items && ctx.trace) ctx.trace.addAggregation({ expression: text, ...fn, ...aggregationTypes(ctx.trace, elementType, bodyType), items });
      return total;
    };
  }
  return (ctx, frame, initial, step, unknown = step) => {
    const list = source(ctx, frame);
    if (list instanceof Undetermined) return unknown(initial, list);
    let total = initial;
    let position = 0;
    // After an element whose filter is undetermined, the positions of the next ones are too.
    let unknownPosition: Undetermined | undefined;
    const items: Array<TraceAggregation['items'][number]> | undefined = ctx.trace ? [] : undefined;
    for (const element of list as Value[]) {
      frame[slot] = element;
      const included = filter ? filter(ctx, frame) : true;
      if (included instanceof Undetermined) {
        total = unknown(total, included);
        unknownPosition = Undetermined.merge(unknownPosition, included);
        continue;
      }
      if (!included) {
        items?.push({ element: elementJson(element), included: false });
        continue;
      }
      position++;
      frame[positions.position] = unknownPosition ?? position;
      const value = body(ctx, frame);
      total = step(total, value);
      items?.push({ element: elementJson(element), included: true, value: valueJson(value) });
    }
    if (items && ctx.trace) ctx.trace.addAggregation({ expression: text, ...fn, ...aggregationTypes(ctx.trace, elementType, bodyType), items });
    return total;
  };
}

/** An element of an ordered comprehension that passed its filter, with its key. */
interface Keyed {
  readonly element: Value;
  readonly key: Value;
}

/** Throws the runtime error for a failed lookup or default-logic failure with a location. */
export function fail(code: 'LK7001' | 'LK7002' | 'LK7003', message: string, locations: RuleLocation[] = []): never {
  throw new EvaluationError(code, message, locations);
}
