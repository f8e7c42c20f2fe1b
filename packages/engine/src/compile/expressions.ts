import type { Ast, CheckedProgram, DefinitionSymbol, EnumMemberSymbol, EnumSymbol, LkSymbol, ModuleInfo, TableSymbol, Type } from '@lovkode/dsl';
import { overrideKey, type EvalContext, type TraceRecorder } from '../runtime/context.js';
import { EvaluationError, type RuleLocation } from '../runtime/errors.js';
import type { JsonCodecs, JsonWriter } from '../values/json.js';
import { keyOrder } from '../runtime/order.js';
import { Decimal, Undetermined, ZERO, type RecordValue, type Value } from '../runtime/values.js';
import type { TraceAggregation } from '../trace/trace.js';
import { LeaveFastPath, oreOf } from '../runtime/ore.js';
import { Emitter, type GeneratedCode, type RuntimeName } from './emitter.js';

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
   * The definition's one frame: parameters, then what its body keeps there (a table's lookup
   * date, a template's `verdi`). One is enough, because a definition is never computed twice
   * at once: the checker rejects every cycle, and a call's arguments are computed before they
   * are put in the frame. So a call allocates nothing.
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
  /**
   * How the code it links holds amounts: as decimal.js values (the reference, and the path of
   * every trace), or as integer øre (the fast path, docs/engine-design.md §2).
   */
  readonly money: MoneyRepresentation;
  /** Generated functions by source, kept by the holder of the rule set (`GeneratedCode`). */
  readonly code: GeneratedCode;
  /**
   * The writer of a value of a type as the trace writes it (an amount exactly as it is), for
   * values as the code it links holds them: an amount in øre is written as the decimal path
   * writes the same amount in kroner.
   */
  traceWriter(type: Type | undefined): JsonWriter;
}

/** How generated code holds amounts. */
export type MoneyRepresentation = 'decimal' | 'øre';

/** Where a comprehension keeps its element's `plass` and, when it has `etter`, its `rang`. */
export interface PositionSlots {
  readonly position: number;
  readonly rank: number | undefined;
}

/**
 * The locals of one definition: its parameters and comprehension variables, each a slot.
 * Parameters arrive in the frame; in generated code every slot is a JavaScript variable
 * (`Emitter.local`).
 */
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

/** Where an expression's code is generated: the compile environment and the function being written. */
export interface GenEnv extends CompileEnv {
  readonly out: Emitter;
}

export function typeOf(env: CompileEnv, expr: Ast.Expr): Type | undefined {
  return env.linker.program.types.get(expr);
}

function internalError(expr: Ast.Expr, what: string): never {
  throw new Error(`Lovkode internal error: cannot compile ${what} at offset ${expr.span.start}`);
}

/**
 * The value of an expression that is a literal (or an enum member, or a list or record of
 * them), known when it is compiled;
 * an amount as the linker holds amounts (`LeaveFastPath` for one that is not a whole number of
 * øre, on the fast path).
 */
function literalValue(env: CompileEnv, expr: Ast.Expr): Value | LeaveFastPath | undefined {
  switch (expr.kind) {
    case 'Number':
    case 'Money': {
      // By the type the checker gave it: a table's cells of `beløp` are written without «kr».
      const type = typeOf(env, expr)?.kind;
      if (type === 'integer') return Number(expr.value);
      if (type !== 'money' || env.linker.money === 'decimal') return new Decimal(expr.value);
      return oreOf(new Decimal(expr.value)) ?? new LeaveFastPath(`the amount ${expr.value} is not a whole number of øre`);
    }
    case 'Date':
    case 'Month':
    case 'Text':
    case 'Boolean':
      return expr.value;
    case 'Reference':
    case 'MemberAccess': {
      const member = env.linker.program.references.get(expr.kind === 'Reference' ? expr.name : expr.member);
      return member?.kind === 'enum-member' ? member.name : undefined;
    }
    case 'List':
      return constantList(env, expr);
    case 'Record':
      return constantRecord(env, expr);
    default:
      return undefined;
  }
}

/** The value of a list whose items are all literal values (`literalValue`), built once at compile time. */
function constantList(env: CompileEnv, expr: Ast.Expr): readonly Value[] | undefined {
  if (expr.kind !== 'List') return undefined;
  const values: Value[] = [];
  for (const item of expr.items) {
    const value = literalValue(env, item);
    if (value === undefined || value instanceof LeaveFastPath) return undefined;
    values.push(value);
  }
  return Object.freeze(values);
}

/**
 * The value of a record literal whose fields, given or by their defaults, are all literal
 * values, built once at compile time as `genRecord` would build it (the fields in the type's
 * order, a field without a value or default left out): a test's `gitt` values, mostly.
 */
function constantRecord(env: CompileEnv, expr: Ast.RecordLiteral): RecordValue | undefined {
  const type = typeOf(env, expr);
  if (type?.kind !== 'record') return undefined;
  const given = new Map(expr.fields.map((f) => [f.name.text, f.value]));
  const record: Record<string, Value> = {};
  for (const field of type.symbol.fields.values()) {
    const explicit = given.get(field.name);
    const fieldExpr = explicit ?? field.decl.defaultValue;
    if (!fieldExpr) continue;
    const value = literalValue(explicit ? env : { ...env, module: field.module ?? env.module }, fieldExpr);
    if (value === undefined || value instanceof LeaveFastPath) return undefined;
    record[field.name] = value;
  }
  return Object.freeze(record);
}

/**
 * Compiles a checked expression on its own, as a function of the evaluation's context and a
 * frame holding the definition's locals (a `skjønn`'s guideline, a table row, a field's
 * default, a template's placeholder). A literal needs no code.
 */
export function compileExpr(env: CompileEnv, expr: Ast.Expr): Compiled {
  const literal = literalValue(env, expr);
  if (literal !== undefined && !(literal instanceof LeaveFastPath)) return () => literal;
  const out = new Emitter();
  const result = genExpr({ ...env, out }, expr);
  out.line(`return ${result};`);
  return out.build('expression', env.linker.code, env.linker.money === 'decimal');
}

/**
 * Generates the code of a checked expression with every name resolved (docs/engine-design.md
 * §2): statements in `env.out`, computed in the order and with the laziness the language
 * defines, and returns the JavaScript expression that holds the value afterwards (a
 * temporary, a local or a constant: reading it has no effect).
 */
export function genExpr(env: GenEnv, expr: Ast.Expr): string {
  const literal = literalValue(env, expr);
  if (literal !== undefined) return literalCode(env, literal);
  switch (expr.kind) {
    case 'Number':
    case 'Money':
    case 'Date':
    case 'Month':
    case 'Text':
    case 'Boolean':
      return internalError(expr, 'a literal');
    case 'Duration':
      return internalError(expr, 'a duration outside «dato ± varighet»');
    case 'Undetermined':
      return env.out.constant(new Undetermined([expr.reason?.value ?? 'Krever individuell vurdering']));
    case 'Reference':
      return genReference(env, expr.name, expr);
    case 'MemberAccess':
      return genMember(env, expr);
    case 'Call':
      return genCall(env, expr);
    case 'At':
      return genCall(env, expr.lookup as Ast.Call, lookupDate(env, expr.date));
    case 'Percent':
      // Of a number only (the checker): a decimal on either path.
      return assign(env, `${env.out.fn('divide')}(${genExpr(env, expr.operand)}, 100)`);
    case 'Unary':
      return assign(env, `${env.out.fn(expr.operator === '-' ? 'negate' : 'not')}(${genExpr(env, expr.operand)})`);
    case 'Binary':
      return genBinary(env, expr);
    case 'If':
      return genIf(env, expr);
    case 'List':
      return genList(env, expr);
    case 'Record':
      return genRecord(env, expr);
  }
}

/** A literal in generated code: numbers, booleans and texts as JavaScript literals, anything else as a constant. */
function literalCode(env: GenEnv, value: Value | LeaveFastPath): string {
  if (value instanceof LeaveFastPath) return assign(env, `${env.out.fn('leave')}(${JSON.stringify(value.why)})`);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return env.out.constant(value);
}

/** A new temporary holding `code`'s value. */
function assign(env: GenEnv, code: string): string {
  const t = env.out.temp();
  env.out.line(`${t} = ${code};`);
  return t;
}

/** Whether generated code for a value may hold an undetermined value: not a JavaScript literal, not the as-of day. */
function mayBeUndetermined(code: string): boolean {
  return !/^(-?\d|true$|false$|"|ctx\.asOf$)/.test(code);
}

/** `x instanceof U`, or `false` for a value that cannot be undetermined. */
function isUndeterminedCode(env: GenEnv, value: string): string {
  return mayBeUndetermined(value) ? `${value} instanceof ${env.out.fn('U')}` : 'false';
}

/** `undetermined(x) ? x : code`, where `x` is the value it depends on. */
function unlessUndetermined(env: GenEnv, value: string, code: string): string {
  return assign(env, mayBeUndetermined(value) ? `${value} instanceof ${env.out.fn('U')} ? ${value} : ${code}` : code);
}

function genReference(env: GenEnv, name: Ast.Name, expr: Ast.Expr): string {
  const symbol = env.linker.program.references.get(name);
  if (!symbol) return internalError(expr, `the name «${name.text}»`);
  switch (symbol.kind) {
    case 'parameter':
    case 'variable': {
      const slot = env.scope.slot(symbol);
      if (slot === undefined) return internalError(expr, `the local «${name.text}»`);
      return env.out.local(slot);
    }
    case 'rule':
    case 'discretion':
    case 'input':
      return assign(env, `${env.out.constant(env.linker.definition(symbol))}.get(ctx)`);
    case 'builtin':
      if (symbol.name === 'vurderingsdato') return 'ctx.asOf';
      if (symbol.name === 'vurderingsmåned') return assign(env, `${env.out.fn('monthOf')}(ctx.asOf)`);
      return internalError(expr, `the built-in «${name.text}»`);
    default:
      return internalError(expr, `«${name.text}» (${symbol.kind})`);
  }
}

function genMember(env: GenEnv, expr: Ast.MemberAccess): string {
  const record = genExpr(env, expr.object);
  return unlessUndetermined(env, record, `${record}[${JSON.stringify(expr.member.text)}]`);
}

/** `dato ± N dager|måneder|år`, `måned ± N måneder|år` (the checker allows no other duration). */
function genShift(env: GenEnv, expr: Ast.BinaryExpr, duration: Ast.DurationLiteral): string {
  const from = genExpr(env, expr.left);
  const amount = expr.operator === '-' ? -duration.amount : duration.amount;
  return unlessUndetermined(env, from, `${env.out.fn('shift')}(${from}, ${amount}, ${JSON.stringify(duration.unit)})`);
}

const arithmetic: Partial<Record<Ast.BinaryExpr['operator'], RuntimeName>> = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '=': 'equals' };

/** Whether an expression is an amount held in øre: its type is `beløp` and the code is the fast path's. */
function inOre(env: GenEnv, expr: Ast.Expr): boolean {
  return env.linker.money === 'øre' && typeOf(env, expr)?.kind === 'money';
}

/**
 * Arithmetic on amounts in øre (`runtime/ore.ts`), by the operands' types: the operands
 * computed left to right, then the operation.
 */
function genOreArithmetic(env: GenEnv, expr: Ast.BinaryExpr): string {
  const out = env.out;
  const left = genExpr(env, expr.left);
  const right = genExpr(env, expr.right);
  const leftMoney = typeOf(env, expr.left)?.kind === 'money';
  const rightMoney = typeOf(env, expr.right)?.kind === 'money';
  const decimal = (e: Ast.Expr) => typeOf(env, e)?.kind === 'decimal';
  switch (expr.operator) {
    case '+':
      return assign(env, `${out.fn('addOre')}(${left}, ${right})`);
    case '-':
      return assign(env, `${out.fn('subtractOre')}(${left}, ${right})`);
    case '*':
      if (decimal(expr.left)) return assign(env, `${out.fn('multiplyOreDecimal')}(${right}, ${left})`);
      if (decimal(expr.right)) return assign(env, `${out.fn('multiplyOreDecimal')}(${left}, ${right})`);
      return assign(env, `${out.fn('multiplyOre')}(${left}, ${right})`);
    case '/':
      return assign(env, leftMoney && rightMoney ? `${out.fn('divideOreByOre')}(${left}, ${right})` : `${out.fn('divideOre')}(${left}, ${right})`);
    default:
      return internalError(expr, `«${expr.operator}» on amounts in øre`);
  }
}

function genBinary(env: GenEnv, expr: Ast.BinaryExpr): string {
  if (expr.right.kind === 'Duration') return genShift(env, expr, expr.right);
  const out = env.out;
  switch (expr.operator) {
    case '+':
    case '-':
    case '*':
    case '/':
    case '=': {
      if (expr.operator !== '=' && (inOre(env, expr) || (expr.operator === '/' && inOre(env, expr.left)))) return genOreArithmetic(env, expr);
      const left = genExpr(env, expr.left);
      const right = genExpr(env, expr.right);
      return assign(env, `${out.fn(arithmetic[expr.operator] as RuntimeName)}(${left}, ${right})`);
    }
    case '≠': {
      const left = genExpr(env, expr.left);
      const right = genExpr(env, expr.right);
      return assign(env, `${out.fn('not')}(${out.fn('equals')}(${left}, ${right}))`);
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const left = genExpr(env, expr.left);
      const right = genExpr(env, expr.right);
      return assign(env, `${out.fn('ordering')}(${JSON.stringify(expr.operator)}, ${left}, ${right})`);
    }
    case 'i':
      return genMembership(env, expr);
    case 'og':
    case 'eller':
      return genConnective(env, expr, expr.operator);
  }
}

function genMembership(env: GenEnv, expr: Ast.BinaryExpr): string {
  // Membership in a fixed list of enum members or texts: a set lookup.
  const fixed = constantList(env, expr.right);
  if (fixed && fixed.every((item) => typeof item === 'string')) {
    const item = genExpr(env, expr.left);
    return unlessUndetermined(env, item, `${env.out.constant(new Set(fixed as string[]))}.has(${item})`);
  }
  // The list is computed before the item.
  const list = genExpr(env, expr.right);
  const item = genExpr(env, expr.left);
  return assign(env, `${env.out.fn('contains')}(${list}, ${item})`);
}

/** `a og b`, `a eller b`: `b` is computed only when `a` does not decide. */
function genConnective(env: GenEnv, expr: Ast.BinaryExpr, operator: 'og' | 'eller'): string {
  const out = env.out;
  const left = genExpr(env, expr.left);
  const result = out.temp();
  const decides = operator === 'og' ? 'false' : 'true';
  out.branch(
    `${left} === ${decides}`,
    () => out.line(`${result} = ${decides};`),
    () => {
      const right = genExpr(env, expr.right);
      out.line(`${result} = ${out.fn(operator === 'og' ? 'and' : 'or')}(${left}, ${right});`);
    },
  );
  return result;
}

function genIf(env: GenEnv, expr: Ast.IfExpr): string {
  const out = env.out;
  const condition = genExpr(env, expr.condition);
  const result = out.temp();
  out.branch(
    `${condition} instanceof ${out.fn('U')}`,
    () => out.line(`${result} = ${condition};`),
    () =>
      out.branch(
        condition,
        () => out.line(`${result} = ${genExpr(env, expr.then)};`),
        () => out.line(`${result} = ${genExpr(env, expr.otherwise)};`),
      ),
  );
  return result;
}

function genList(env: GenEnv, expr: Ast.ListLiteral): string {
  const items = expr.items.map((item) => genExpr(env, item));
  return assign(env, `[${items.join(', ')}]`);
}

function genRecord(env: GenEnv, expr: Ast.RecordLiteral): string {
  const type = typeOf(env, expr);
  if (type?.kind !== 'record') return internalError(expr, 'a record');
  const given = new Map(expr.fields.map((f) => [f.name.text, f.value]));
  const record = env.out.temp();
  env.out.line(`${record} = {};`);
  for (const field of type.symbol.fields.values()) {
    const explicit = given.get(field.name);
    const value = explicit ? genExpr(env, explicit) : field.decl.defaultValue ? genExpr({ ...env, module: field.module ?? env.module }, field.decl.defaultValue) : undefined;
    if (value !== undefined) env.out.line(`${record}[${JSON.stringify(field.name)}] = ${value};`);
  }
  return record;
}

// ─── Calls and aggregations ──────────────────────────────────────────────────

/** The day a `per` lookup reads its table on: the date, or the first day of the month. */
function lookupDate(env: GenEnv, expr: Ast.Expr): () => string {
  return () => {
    const date = genExpr(env, expr);
    if (typeOf(env, expr)?.kind !== 'month') return date;
    return unlessUndetermined(env, date, `${env.out.fn('firstDayOf')}(${date})`);
  };
}

/**
 * A table lookup: the keys, then the day whose row is read (the as-of date, or the date of
 * `per`), computed in that order.
 */
function genLookup(env: GenEnv, expr: Ast.Call, table: TableSymbol, at: (() => string) | undefined): string {
  const definition = env.out.constant(env.linker.definition(table));
  const keys = expr.args.map((arg) => genExpr(env, arg));
  const day = at ? at() : 'ctx.asOf';
  const result = env.out.temp();
  // The keys and the day written into the table's frame, as `lookUp` does, without an array of the keys per call.
  const call = () => {
    const frame = env.out.temp();
    env.out.line(`${frame} = ${definition}.frame;`);
    keys.forEach((key, i) => env.out.line(`${frame}[${i}] = ${key};`));
    env.out.line(`${frame}[${keys.length}] = ${day};`);
    env.out.line(`${result} = ${definition}.call(ctx, ${frame});`);
  };
  if (mayBeUndetermined(day)) env.out.branch(`${day} instanceof ${env.out.fn('U')}`, () => env.out.line(`${result} = ${day};`), call);
  else call();
  return result;
}

/** Looks up a table: its keys in the table's frame, then the day whose row is read in the slot after them (`tableBody`). */
export function lookUp(table: CompiledDefinition, ctx: EvalContext, keys: readonly Value[], day: string): Value {
  const frame = table.frame;
  for (let i = 0; i < keys.length; i++) frame[i] = keys[i] as Value;
  frame[keys.length] = day;
  return table.call(ctx, frame);
}

/** A call of a rule or `skjønn` with parameters: the arguments are computed, then put in the callee's frame. */
function genRuleCall(env: GenEnv, expr: Ast.Call, symbol: DefinitionSymbol): string {
  const definition = env.out.constant(env.linker.definition(symbol));
  const args = expr.args.map((arg) => genExpr(env, arg));
  const frame = env.out.temp();
  env.out.line(`${frame} = ${definition}.frame;`);
  args.forEach((arg, i) => env.out.line(`${frame}[${i}] = ${arg};`));
  return assign(env, `${definition}.call(ctx, ${frame})`);
}

/** The built-ins of one date or month argument: undetermined in, undetermined out. */
const calendarFunctions: Partial<Record<string, RuntimeName>> = {
  første_dag: 'firstDayOf',
  måned_av: 'monthOf',
  siste_dag: 'lastDayOf',
  år: 'yearOf',
  måned: 'monthNumberOf',
};

function genCall(env: GenEnv, expr: Ast.Call, at?: () => string): string {
  const callee = expr.callee as Ast.Reference;
  const symbol = env.linker.program.references.get(callee.name);
  if (!symbol) return internalError(expr, 'a call');
  if (symbol.kind === 'table') return genLookup(env, expr, symbol, at);
  if (symbol.kind === 'rule' || symbol.kind === 'discretion') return genRuleCall(env, expr, symbol);
  if (symbol.kind !== 'builtin') return internalError(expr, 'a call');
  const out = env.out;
  const calendarFunction = calendarFunctions[symbol.name];
  if (calendarFunction) {
    const arg = genExpr(env, expr.args[0] as Ast.Expr);
    return unlessUndetermined(env, arg, `${out.fn(calendarFunction)}(${arg})`);
  }
  switch (symbol.name) {
    case 'overstyrt':
      return genOverridden(env, expr);
    case 'alder': {
      const born = genExpr(env, expr.args[0] as Ast.Expr);
      const on = genExpr(env, expr.args[1] as Ast.Expr);
      return assign(env, `${isUndeterminedCode(env, born)} ? ${born} : ${isUndeterminedCode(env, on)} ? ${on} : ${out.fn('ageOn')}(${born}, ${on})`);
    }
    case 'avrund':
      return genRound(env, expr);
    case 'maks':
    case 'min':
      return genExtreme(env, expr, symbol.name === 'maks');
    case 'sum': {
      if (inOre(env, expr)) return genFold(env, expr, '0', 'sumOre');
      const integer = typeOf(env, expr)?.kind === 'integer';
      return genFold(env, expr, integer ? '0' : out.constant(ZERO), integer ? 'addInteger' : 'addAmount');
    }
    case 'antall':
      return genFold(env, expr, '0', 'count', 'uncounted');
    case 'noen':
      return genFold(env, expr, 'false', 'or');
    case 'alle':
      return genFold(env, expr, 'true', 'and');
    case 'liste':
      return genFold(env, expr, '[]', 'collect');
    case 'distinkte':
      return genFold(env, expr, '[]', 'distinct');
    case 'plass':
    case 'rang':
      return genPosition(env, expr, symbol.name);
    default:
      return internalError(expr, `the function «${symbol.name}»`);
  }
}

/** `avrund(x, steg, modus)`: the mode is computed only when neither value is undetermined. */
function genRound(env: GenEnv, expr: Ast.Call): string {
  const out = env.out;
  if (inOre(env, expr)) return genRoundOre(env, expr);
  const value = genExpr(env, expr.args[0] as Ast.Expr);
  const step = genExpr(env, expr.args[1] as Ast.Expr);
  const result = out.temp();
  const U = out.fn('U');
  out.branch(
    `${value} instanceof ${U} || ${step} instanceof ${U}`,
    () => out.line(`${result} = ${out.fn('undetermined')}(${value}, ${step});`),
    () => {
      const mode = genExpr(env, expr.args[2] as Ast.Expr);
      const rounded = assign(env, `${out.fn('roundToStep')}(${out.fn('toDecimal')}(${value}), ${out.fn('toDecimal')}(${step}), ${mode})`);
      out.line(`${result} = typeof ${value} === 'number' ? ${rounded}.toNumber() : ${rounded};`);
    },
  );
  return result;
}

/**
 * `avrund` of an amount in øre: `avrund(a / n, steg, modus)` rounds the exact quotient
 * (`roundOre`), so that the share of an amount that is not a whole number of øre, rounded,
 * stays on the fast path; any other amount is rounded as `a / 1`. A divisor that is zero or a
 * decimal leaves before anything else can be decided (the decimal path's division says what
 * happens).
 */
function genRoundOre(env: GenEnv, expr: Ast.Call): string {
  const out = env.out;
  const U = out.fn('U');
  const value = expr.args[0] as Ast.Expr;
  const quotient = value.kind === 'Binary' && value.operator === '/' && typeOf(env, value.right)?.kind !== 'money' ? value : undefined;
  const amount = genExpr(env, quotient ? quotient.left : value);
  const divisor = quotient ? genExpr(env, quotient.right) : '1';
  if (quotient) out.line(`if (!(${divisor} instanceof ${U}) && (typeof ${divisor} !== 'number' || ${divisor} === 0)) ${out.fn('leave')}('avrund of a division by zero or by a decimal');`);
  const step = genExpr(env, expr.args[1] as Ast.Expr);
  const result = out.temp();
  out.branch(
    `${amount} instanceof ${U} || ${divisor} instanceof ${U} || ${step} instanceof ${U}`,
    // `roundOre` gives the undetermined operands, merged, before it reads the mode.
    () => out.line(`${result} = ${out.fn('roundOre')}(${amount}, ${divisor}, ${step}, undefined);`),
    () => {
      const mode = genExpr(env, expr.args[2] as Ast.Expr);
      out.line(`${result} = ${out.fn('roundOre')}(${amount}, ${divisor}, ${step}, ${mode});`);
    },
  );
  return result;
}

/** `maks`/`min` of two values, of several, or of a list or comprehension. */
function genExtreme(env: GenEnv, expr: Ast.Call, largest: boolean): string {
  const out = env.out;
  if (!expr.comprehension && expr.args.length === 2) {
    const x = genExpr(env, expr.args[0] as Ast.Expr);
    const y = genExpr(env, expr.args[1] as Ast.Expr);
    return assign(env, `${isUndeterminedCode(env, x)} ? ${x} : ${isUndeterminedCode(env, y)} ? ${y} : ${out.fn('extreme')}(${x}, ${y}, ${largest})`);
  }
  if (!expr.comprehension && expr.args.length > 2) {
    const values = expr.args.map((arg) => genExpr(env, arg));
    return assign(env, `${out.fn('maximum')}([${values.join(', ')}], ${largest})`);
  }
  const values = genFold(env, expr, '[]', 'collect');
  return unlessUndetermined(env, values, `${out.fn('maximum')}(${values}, ${largest})`);
}

/**
 * `overstyrt(f(a, …))`, `overstyrt(f)`: whether the case overrides the `skjønn` `f` for these
 * arguments (keyed as `evaluate` keys overrides). The `skjønn` itself is not evaluated; an
 * undetermined argument makes the answer undetermined. The arguments are computed only when
 * the case has overrides.
 */
function genOverridden(env: GenEnv, expr: Ast.Call): string {
  const out = env.out;
  const arg = expr.args[0];
  const call = arg?.kind === 'Call' ? arg : undefined;
  const name = arg?.kind === 'Reference' ? arg.name : call?.callee.kind === 'Reference' ? call.callee.name : undefined;
  const symbol = name && env.linker.program.references.get(name);
  if (!symbol || symbol.kind !== 'discretion') return internalError(expr, 'overstyrt(…)');
  const params = symbol.params;
  if (!params || !call) return assign(env, `ctx.overrides.has(${JSON.stringify(overrideKey(symbol.name, undefined))})`);
  const writers = params.map((param) => env.linker.json.writer(param.type, false));
  const overridden = (ctx: EvalContext, values: readonly Value[]): Value =>
    values.find((v) => v instanceof Undetermined) ?? ctx.overrides.has(overrideKey(symbol.name, values.map((v, i) => (writers[i] as JsonWriter)(v))));
  const result = out.temp();
  out.branch(
    'ctx.overrides.size === 0',
    () => out.line(`${result} = false;`),
    () => {
      const args = call.args.map((a) => genExpr(env, a));
      out.line(`${result} = ${out.constant(overridden)}(ctx, [${args.join(', ')}]);`);
    },
  );
  return result;
}

/** `plass(x)`, `rang(x)`: the local the comprehension of `x` sets for its element. */
function genPosition(env: GenEnv, expr: Ast.Call, fn: 'plass' | 'rang'): string {
  const arg = expr.args[0];
  const variable = arg?.kind === 'Reference' ? env.linker.program.references.get(arg.name) : undefined;
  const slots = variable && env.scope.position(variable);
  const slot = fn === 'plass' ? slots?.position : slots?.rank;
  if (slot === undefined) return internalError(expr, `${fn}(…)`);
  return env.out.local(slot);
}

/**
 * An aggregation's element as the trace writes it: through the trace's arguments, so that an
 * element (a person, an income of the case) is written once per trace however many
 * aggregations and calls name it. Only where `items` is kept, that is, when tracing.
 */
function elementInTrace(f: { readonly element: string; readonly elementJson: string }): string {
  return `ctx.trace.argument(${f.element}, ${f.elementJson}).json`;
}

/**
 * What the trace records of an aggregation: its text, the built-in it calls, the types of its
 * elements and values named in the trace, and each element's contribution — in that order of
 * keys, the optional ones only when known. Built field by field: a traced evaluation makes one
 * per aggregation it computes.
 */
function aggregationRecord(
  trace: TraceRecorder,
  expression: string,
  fn: string | undefined,
  element: Type | undefined,
  value: Type | undefined,
  items: TraceAggregation['items'],
): TraceAggregation {
  const record: { -readonly [K in keyof TraceAggregation]?: TraceAggregation[K] } = { expression };
  if (fn !== undefined) record.function = fn;
  if (element) record.elementType = trace.typeName(element);
  if (value) record.valueType = trace.typeName(value);
  record.items = items;
  return record as TraceAggregation;
}

/** What the trace records of one aggregation, given its elements' contributions. */
type RecordAggregation = (trace: TraceRecorder, items: Array<TraceAggregation['items'][number]>) => void;

/**
 * An aggregation's fold: from `initial`, each value it combines in turn through the runtime
 * function `step`; an undetermined list, or an element whose filter is undetermined, through
 * `unknown`. Of a comprehension (one value per element that passes the filter, or the
 * undetermined filter of an element) or of a single list argument (an undetermined list is
 * one undetermined value). With `etter`, an undetermined filter or key is the result itself:
 * the order is not known. When tracing, each element's contribution is recorded on the step
 * being computed.
 */
function genFold(env: GenEnv, expr: Ast.Call, initial: string, step: RuntimeName, unknown: RuntimeName = step): string {
  const out = env.out;
  const comprehension = expr.comprehension;
  const total = out.temp();
  if (!comprehension) {
    const list = genExpr(env, expr.args[0] as Ast.Expr);
    const item = out.temp();
    out.branch(
      `${list} instanceof ${out.fn('U')}`,
      () => out.line(`${total} = ${out.fn(unknown)}(${initial}, ${list});`),
      () => {
        out.line(`${total} = ${initial};`);
        out.block(`for (${item} of ${list})`, () => out.line(`${total} = ${out.fn(step)}(${total}, ${item});`));
      },
    );
    return total;
  }
  const variable = env.linker.program.declarations.get(comprehension.variable);
  if (!variable) return internalError(expr, 'a comprehension');
  const source = genExpr(env, comprehension.source);
  const element = out.local(env.scope.add(variable));
  const positions = env.scope.addPosition(variable, comprehension.ordering !== undefined);
  const sourceType = typeOf(env, comprehension.source);
  const elementType = sourceType?.kind === 'list' ? sourceType.element : undefined;
  const bodyType = typeOf(env, comprehension.body);
  // For the trace: each element and its contribution as JSON.
  const elementJson = out.constant(env.linker.traceWriter(elementType));
  const valueJson = out.constant(env.linker.traceWriter(bodyType));
  const text = env.module.file.source.slice(expr.span);
  const fn = expr.callee.kind === 'Reference' ? expr.callee.name.text : undefined;
  const recordAggregation: RecordAggregation = (trace, items) => trace.addAggregation(aggregationRecord(trace, text, fn, elementType, bodyType, items));
  const items = out.temp();
  out.branch(
    `${source} instanceof ${out.fn('U')}`,
    () => out.line(`${total} = ${out.fn(unknown)}(${initial}, ${source});`),
    () => {
      out.line(`${items} = ctx.trace ? [] : undefined;`);
      const record = `if (${items} && ctx.trace) ${out.constant(recordAggregation)}(ctx.trace, ${items});`;
      const folded = { total, initial, step, unknown, items, element, elementJson, valueJson, record };
      if (comprehension.ordering) genOrderedLoop(env, comprehension, comprehension.ordering, source, positions, folded);
      else genLoop(env, comprehension, source, positions, folded);
    },
  );
  return total;
}

/** The variables of one fold's generated loop. */
interface Folded {
  readonly total: string;
  readonly initial: string;
  readonly step: RuntimeName;
  readonly unknown: RuntimeName;
  /** The trace's list of contributions (undefined when not tracing). */
  readonly items: string;
  /** The comprehension's variable. */
  readonly element: string;
  readonly elementJson: string;
  readonly valueJson: string;
  /** The statement that records the contributions on the trace. */
  readonly record: string;
}

/** A comprehension without `etter`: elements in the list's order. */
function genLoop(env: GenEnv, comprehension: Ast.Comprehension, list: string, positions: PositionSlots, f: Folded): void {
  const out = env.out;
  const position = out.temp();
  // After an element whose filter is undetermined, the positions of the next ones are too.
  const unknownPosition = out.temp();
  const U = out.fn('U');
  out.line(`${f.total} = ${f.initial}; ${position} = 0; ${unknownPosition} = undefined;`);
  out.block(`for (${f.element} of ${list})`, () => {
    if (comprehension.filter) {
      const included = genExpr(env, comprehension.filter);
      out.branch(`${included} instanceof ${U}`, () => {
        out.line(`${f.total} = ${out.fn(f.unknown)}(${f.total}, ${included});`);
        out.line(`${unknownPosition} = ${out.fn('merge')}(${unknownPosition}, ${included});`);
        out.line('continue;');
      });
      out.branch(`!${included}`, () => {
        out.line(`if (${f.items}) ${f.items}.push({ element: ${elementInTrace(f)}, included: false });`);
        out.line('continue;');
      });
    }
    out.line(`${position}++;`);
    out.line(`${out.local(positions.position)} = ${unknownPosition} ?? ${position};`);
    const value = genExpr(env, comprehension.body);
    out.line(`${f.total} = ${out.fn(f.step)}(${f.total}, ${value});`);
    out.line(`if (${f.items}) ${f.items}.push({ element: ${elementInTrace(f)}, included: true, value: ${f.valueJson}(${value}) });`);
  });
  out.line(f.record);
}

/** An element of an ordered comprehension that passed its filter, with its key. */
interface Keyed {
  readonly element: Value;
  readonly key: Value;
}

/**
 * A comprehension with `etter`: the elements that pass the filter, sorted by their keys
 * (stably: equal keys keep the list's order), then folded with `plass` and `rang` set.
 */
function genOrderedLoop(env: GenEnv, comprehension: Ast.Comprehension, ordering: Ast.Ordering, list: string, positions: PositionSlots, f: Folded): void {
  const out = env.out;
  const keyType = typeOf(env, ordering.key);
  if (!keyType) return internalError(ordering.key, 'the key of «etter»');
  const order = keyOrder(keyType, (symbol) => env.linker.enumMembers(symbol).keys());
  const byKey = ordering.descending ? (a: Keyed, b: Keyed) => order(b.key, a.key) : (a: Keyed, b: Keyed) => order(a.key, b.key);
  const sameRank = (a: Keyed, b: Keyed) => order(a.key, b.key) === 0;
  const U = out.fn('U');
  const kept = out.temp();
  const undetermined = out.temp();
  const rank = out.temp();
  const i = out.temp();
  out.line(`${kept} = []; ${undetermined} = undefined;`);
  out.block(`for (${f.element} of ${list})`, () => {
    if (comprehension.filter) {
      const included = genExpr(env, comprehension.filter);
      out.line(`if (${included} === false && ${f.items}) ${f.items}.push({ element: ${elementInTrace(f)}, included: false });`);
      out.branch(`${included} !== true`, () => {
        out.line(`if (${included} instanceof ${U}) ${undetermined} = ${out.fn('merge')}(${undetermined}, ${included});`);
        out.line('continue;');
      });
    }
    const key = genExpr(env, ordering.key);
    out.line(`if (${key} instanceof ${U}) ${undetermined} = ${out.fn('merge')}(${undetermined}, ${key}); else ${kept}.push({ element: ${f.element}, key: ${key} });`);
  });
  out.branch(
    undetermined,
    () => out.line(`${f.total} = ${undetermined};`),
    () => {
      out.line(`${kept}.sort(${out.constant(byKey)});`);
      out.line(`${f.total} = ${f.initial}; ${rank} = 0;`);
      out.block(`for (${i} = 0; ${i} < ${kept}.length; ${i}++)`, () => {
        out.line(`if (${i} === 0 || !${out.constant(sameRank)}(${kept}[${i} - 1], ${kept}[${i}])) ${rank} = ${i} + 1;`);
        out.line(`${f.element} = ${kept}[${i}].element;`);
        out.line(`${out.local(positions.position)} = ${i} + 1;`);
        out.line(`${out.local(positions.rank as number)} = ${rank};`);
        const value = genExpr(env, comprehension.body);
        out.line(`${f.total} = ${out.fn(f.step)}(${f.total}, ${value});`);
        out.line(`if (${f.items}) ${f.items}.push({ element: ${elementInTrace(f)}, included: true, value: ${f.valueJson}(${value}) });`);
      });
      out.line(f.record);
    },
  );
}

/** Throws the runtime error for a failed lookup or default-logic failure with a location. */
export function fail(code: 'LK7001' | 'LK7002' | 'LK7003', message: string, locations: RuleLocation[] = []): never {
  throw new EvaluationError(code, message, locations);
}
