import { enumMembers, walk, type Ast, type DiscretionSymbol, type LkSymbol, type RuleSymbol, type Type } from '@lovkode/dsl';
import { SqlRefusal } from '../refusal.js';
import { placeOf, typeOf, type Env, type ListSource } from './context.js';
import { constant, type Level, type Sql } from './query.js';
import { combine, firstError, firstReasons, isSimple, mergeReasons } from './sql-value.js';
import { asDecimal, compileExact, compileRound, decimalLiteral } from './division.js';
import { compileLookup } from './tables.js';
import { asJson, elementJson, joinedElements, recordJson, undeterminedJson } from './json.js';

/**
 * Compiles a checked expression to SQL on the environment's level (docs/sql.md §2): one
 * function per node kind, in the style of the evaluator's `compile/expressions.ts`. What has
 * no exact translation is refused with the place in the rules.
 */
export function compileExpr(env: Env, expr: Ast.Expr): Sql {
  const d = env.compiler.dialect;
  switch (expr.kind) {
    case 'Number':
      if (typeOf(env, expr)?.kind === 'decimal') return decimalLiteral(env, expr, expr.value, false);
      return constant(`CAST(${expr.value} AS ${d.types.integer})`);
    case 'Money':
      return constant(`CAST(${expr.value} AS ${d.types.money})`);
    case 'Duration':
      return refuse(env, expr, 'a duration outside «dato ± varighet»');
    case 'Date':
      return constant(`DATE '${expr.value}'`);
    case 'Month':
      return constant(`DATE '${expr.value}-01'`);
    case 'Text':
      return constant(d.text(expr.value));
    case 'Boolean':
      return constant(expr.value ? 'TRUE' : 'FALSE');
    case 'Undetermined':
      return { v: 'NULL', u: d.text(expr.reason?.value ?? 'Krever individuell vurdering'), e: null, level: undefined, needs: -1 };
    case 'Reference':
      return compileReference(env, expr.name, expr);
    case 'MemberAccess':
      return compileMember(env, expr);
    case 'Call':
      return compileCall(env, expr, undefined);
    case 'At':
      if (expr.lookup.kind !== 'Call') return refuse(env, expr, '«per» on something other than a table lookup');
      return compileCall(env, expr.lookup, expr.date);
    case 'Percent':
      if (expr.operand.kind !== 'Number') return refuse(env, expr, 'a percentage of something other than a number written in the rules is not compiled to SQL yet');
      return decimalLiteral(env, expr, expr.operand.value, true);
    case 'Unary': {
      const a = operand(env, expr.operand);
      if (expr.operator === '-') return combine(env.level, [a], `(-${a.v})`, a.u, a.e);
      return combine(env.level, [a], `(NOT ${a.v})`, a.u, a.e);
    }
    case 'Binary':
      return compileBinary(env, expr);
    case 'If':
      return compileIf(env, expr);
    case 'List':
      return compileList(env, expr);
    case 'Record':
      return compileRecord(env, expr);
  }
}

/** A value of a list or record type as its JSON text on the environment's level (json.ts). */
function jsonOf(env: Env, expr: Ast.Expr): Sql {
  return atom(env, asJson(env, operand(env, expr), typeOf(env, expr)));
}

/** `[a, b]`: the items' JSON texts in order (an undetermined item stays one), the first item's error first. */
function compileList(env: Env, expr: Ast.ListLiteral): Sql {
  const items = expr.items.map((item) => jsonOf(env, item));
  if (items.length === 0) return constant(env.compiler.dialect.text(''));
  return combine(env.level, items, items.map((item) => item.v).join(` || ',' || `), null, firstError(...items.map((item) => item.e)));
}

/** `T { felt: … }`: the fields in the type's order, as the evaluator builds it; a field left out is its default. */
function compileRecord(env: Env, expr: Ast.RecordLiteral): Sql {
  const type = typeOf(env, expr);
  if (type?.kind !== 'record') return refuse(env, expr, 'a record without its type');
  const given = new Map(expr.fields.map((f) => [f.name.text, f.value]));
  const fields: Array<{ name: string; json: Sql }> = [];
  for (const field of type.symbol.fields.values()) {
    const explicit = given.get(field.name);
    if (explicit) fields.push({ name: field.name, json: jsonOf(env, explicit) });
    else if (field.decl.defaultValue) fields.push({ name: field.name, json: jsonOf({ ...env, module: field.module ?? env.module }, field.decl.defaultValue) });
  }
  return recordJson(env, fields);
}

export function refuse(env: Env, expr: Ast.Expr | { span: Ast.Span }, message: string): never {
  throw new SqlRefusal(message, placeOf(env, expr.span));
}

/** An operand on the environment's level (imported from the case level), bound to columns when it is not small. */
export function operand(env: Env, expr: Ast.Expr): Sql {
  return atom(env, compileExpr(env, expr));
}

/** A compiled expression made readable on the environment's level, and small enough to repeat. */
export function atom(env: Env, sql: Sql): Sql {
  const here = sql.level !== undefined && sql.level !== env.level ? env.level.import(sql) : sql;
  if (here.level === undefined || isSimple(here)) return here;
  return env.level.bind(here);
}

function compileReference(env: Env, name: Ast.Name, expr: Ast.Expr): Sql {
  const symbol = env.compiler.program.references.get(name);
  if (!symbol) return refuse(env, expr, `the name «${name.text}» is not resolved`);
  switch (symbol.kind) {
    case 'enum-member':
      return constant(env.compiler.dialect.text(symbol.name));
    case 'rule':
    case 'discretion': {
      if (symbol.params) return refuse(env, expr, `«${symbol.name}» has parameters`);
      return env.compiler.value(symbol, placeOf(env, expr.span));
    }
    case 'input': {
      if (symbol.type.kind === 'list') return refuse(env, expr, `the list «${symbol.name}» is compiled only as the source of an aggregation («sum(… for x i ${symbol.name})», «antall(${symbol.name})»)`);
      if (symbol.type.kind === 'record') return refuse(env, expr, `the record «${symbol.name}» is compiled only through its fields`);
      return { v: `p.${env.compiler.dialect.id(symbol.name)}`, u: null, e: null, level: env.compiler.caseLevel, needs: 0 };
    }
    case 'builtin':
      if (symbol.name === 'vurderingsdato') return env.compiler.asOf();
      if (symbol.name === 'vurderingsmåned') {
        const asOf = env.compiler.asOf();
        return { ...asOf, v: env.compiler.dialect.monthOf(asOf.v) };
      }
      return refuse(env, expr, `the built-in «${name.text}»`);
    case 'parameter':
    case 'variable': {
      const bound = env.values?.get(symbol);
      if (bound) return bound;
      const row = env.rows.get(symbol);
      if (row && env.level.within(row)) return elementJson(env, row, symbol.type, expr);
      return refuse(env, expr, `«${name.text}» is a whole ${symbol.type.kind === 'record' ? 'record' : 'value'} of a list element; only its fields, or a rule called with it, are compiled`);
    }
    default:
      return refuse(env, expr, `«${name.text}» (${symbol.kind})`);
  }
}

/** The list level whose current row a local (parameter or comprehension variable) stands for. */
function rowOf(env: Env, expr: Ast.Expr): Level | undefined {
  if (expr.kind !== 'Reference') return undefined;
  const symbol = env.compiler.program.references.get(expr.name);
  return symbol ? env.rows.get(symbol as LkSymbol) : undefined;
}

function compileMember(env: Env, expr: Ast.MemberAccess): Sql {
  const member = env.compiler.program.references.get(expr.member);
  if (member?.kind === 'enum-member') return constant(env.compiler.dialect.text(member.name));
  const row = rowOf(env, expr.object);
  if (row) {
    if (!env.level.within(row)) return refuse(env, expr, 'a field of an element read outside the element');
    if (typeOf(env, expr)?.kind === 'list') return refuse(env, expr, `the list «${expr.member.text}» inside a list element is compiled only as the source of an aggregation or of «i»`);
    // A field of the element of this level or of a parent level (imported where it is used).
    return { v: `p.${env.compiler.dialect.id(expr.member.text)}`, u: null, e: null, level: row, needs: 0 };
  }
  return refuse(env, expr, `the field «${expr.member.text}» of something other than a list element`);
}

function compileIf(env: Env, expr: Ast.IfExpr): Sql {
  const c = operand(env, expr.condition);
  const decimal = typeOf(env, expr)?.kind === 'decimal';
  const t = decimal ? atom(env, asDecimal(env, expr.then)) : operand(env, expr.then);
  const o = decimal ? atom(env, asDecimal(env, expr.otherwise)) : operand(env, expr.otherwise);
  const v = `CASE ${c.v} WHEN TRUE THEN ${t.v} WHEN FALSE THEN ${o.v} END`;
  const u = c.u === null && t.u === null && o.u === null ? null : `CASE ${c.v} WHEN TRUE THEN ${t.u ?? 'NULL'} WHEN FALSE THEN ${o.u ?? 'NULL'} ELSE ${c.u ?? 'NULL'} END`;
  const branchError = t.e === null && o.e === null ? null : `CASE ${c.v} WHEN TRUE THEN ${t.e ?? 'NULL'} WHEN FALSE THEN ${o.e ?? 'NULL'} END`;
  return combine(env.level, [c, t, o], v, u, firstError(c.e, branchError));
}

function compileBinary(env: Env, expr: Ast.BinaryExpr): Sql {
  const d = env.compiler.dialect;
  if (expr.right.kind === 'Duration') return compileShift(env, expr, expr.right);
  if (expr.operator === 'i') return compileMembership(env, expr);
  const exact = expr.operator === '/' || expr.operator === '*' ? compileExact(env, expr) : undefined;
  if (exact) return exact;
  const leftType = typeOf(env, expr.left);
  const rightType = typeOf(env, expr.right);
  const resultType = typeOf(env, expr);
  if (resultType?.kind === 'decimal' || leftType?.kind === 'decimal' || rightType?.kind === 'decimal') return compileDecimal(env, expr);
  const rows = [rowOf(env, expr.left), rowOf(env, expr.right)] as const;
  if ((expr.operator === '=' || expr.operator === '≠') && leftType?.kind === 'record' && rows[0] && rows[1]) {
    const equal = recordsEqual(env, expr.left, rows[0], rows[1], expr);
    return expr.operator === '=' ? equal : { ...equal, v: `(NOT ${equal.v})` };
  }
  const a = operand(env, expr.left);
  const b = operand(env, expr.right);
  const merged = mergeReasons(d, a.u, b.u);
  const both = firstError(a.e, b.e);
  switch (expr.operator) {
    case '+':
    case '-':
    case '*': {
      // Two lists joined: the evaluator's `add` (undetermined if either is, the reasons merged).
      if (resultType?.kind === 'list') return combine(env.level, [a, b], joinedElements(d, a.v, b.v), merged, both);
      if (resultType?.kind === 'integer') return combine(env.level, [a, b], `(${a.v} ${expr.operator} ${b.v})`, merged, both);
      if (resultType?.kind !== 'money') return refuse(env, expr, `arithmetic on ${resultType?.kind ?? 'unknown'} values is not compiled to SQL yet`);
      if (expr.operator === '*' && leftType?.kind !== 'integer' && rightType?.kind !== 'integer') {
        return refuse(env, expr, 'multiplying two amounts or decimals is not compiled yet (the exact product has more than two decimals)');
      }
      return combine(env.level, [a, b], `CAST(${a.v} ${expr.operator} ${b.v} AS ${d.types.money})`, merged, both);
    }
    case '=':
    case '≠':
      if (leftType?.kind === 'record' || leftType?.kind === 'list') return refuse(env, expr, 'equality of records other than elements of lists, or of lists, is not compiled to SQL yet');
      return comparison(env, expr.operator, a, b, merged, both);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return comparison(env, expr.operator, a, b, merged, both);
    case 'og':
    case 'eller': {
      // Kleene logic is SQL's own three-valued AND/OR on the value (NULL only when undetermined);
      // the right side is evaluated, and can fail, unless the left decides.
      const sqlOp = expr.operator === 'og' ? 'AND' : 'OR';
      const decides = expr.operator === 'og' ? 'FALSE' : 'TRUE';
      const v = `(${a.v} ${sqlOp} ${b.v})`;
      const u = merged === null ? null : `CASE WHEN ${v} IS NULL THEN ${merged} END`;
      const e = b.e === null ? a.e : firstError(a.e, `CASE WHEN ${a.v} = ${decides} THEN NULL ELSE ${b.e} END`);
      return combine(env.level, [a, b], v, u, e);
    }
  }
  return refuse(env, expr, `the operator «${expr.operator}»`);
}

/**
 * Arithmetic and comparisons with a decimal (`tall`), held as whole numbers of 10⁻¹²
 * (division.ts): a whole number is scaled to it; a whole number times a decimal stays exact.
 */
function compileDecimal(env: Env, expr: Ast.BinaryExpr): Sql {
  const d = env.compiler.dialect;
  const integerFactor = expr.operator === '*' ? [expr.left, expr.right].find((x) => typeOf(env, x)?.kind === 'integer') : undefined;
  const a = integerFactor === expr.left ? operand(env, expr.left) : asDecimal(env, expr.left);
  const b = integerFactor === expr.right ? operand(env, expr.right) : asDecimal(env, expr.right);
  const merged = mergeReasons(d, a.u, b.u);
  const both = firstError(a.e, b.e);
  switch (expr.operator) {
    case '+':
    case '-':
    case '*':
      return combine(env.level, [a, b], `(${integerFactor ? `CAST(${a.v} AS ${d.wholeNumber}) * CAST(${b.v} AS ${d.wholeNumber})` : `${a.v} ${expr.operator} ${b.v}`})`, merged, both);
    case '=':
    case '≠':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return comparison(env, expr.operator, a, b, merged, both);
  }
  return refuse(env, expr, `the operator «${expr.operator}» on decimal numbers`);
}

/** A comparison of two operands in SQL (`≠` is `<>`), undetermined and failing as they are. */
function comparison(env: Env, operator: '=' | '≠' | '<' | '<=' | '>' | '>=', a: Sql, b: Sql, merged: Sql['u'], both: Sql['e']): Sql {
  return combine(env.level, [a, b], `(${a.v} ${operator === '≠' ? '<>' : operator} ${b.v})`, merged, both);
}

/** `b i u.gjelder_barn`: an element of a list in scope is equal to an element of a list (`noen` over it). */
function compileElementOf(env: Env, expr: Ast.BinaryExpr): Sql {
  const row = rowOf(env, expr.left);
  if (!row) return refuse(env, expr, 'membership («i») of something other than an element of a list, in a list that is not written out, is not compiled to SQL yet');
  const list = env.compiler.listWithin(env.level, listSource(env, expr.right), placeOf(env, expr.right.span));
  const inner: Env = { ...env, level: list };
  const equal = recordsEqual(inner, expr.left, row, list, expr);
  return aggregate(env, list, 'noen', { ...equal, level: list }, undefined);
}

/**
 * Two elements of lists are equal when every field is (the evaluator's `valuesEqual` on records
 * of scalar fields; a field left out is its default in both).
 */
function recordsEqual(env: Env, expr: Ast.Expr, a: Level, b: Level, where: Ast.Expr): Sql {
  const type = typeOf(env, expr);
  if (type?.kind !== 'record' || [...type.symbol.fields.values()].some((f) => f.type.kind === 'list')) return refuse(env, where, 'equality of records with lists inside is not compiled to SQL yet');
  const ta = env.compiler.elementTable(a);
  const tb = env.compiler.elementTable(b);
  if (!ta || !tb) return refuse(env, where, 'equality of elements of joined lists is not compiled to SQL yet');
  const d = env.compiler.dialect;
  const fields = ta.columns.flatMap((c) => [a, b].map((level) => atom(env, { v: `p.${d.id(c.name)}`, u: null, e: null, level, needs: 0 })));
  const pairs = ta.columns.map((_, i) => `${(fields[2 * i] as Sql).v} = ${(fields[2 * i + 1] as Sql).v}`);
  return combine(env.level, fields, `(${pairs.join(' AND ') || 'TRUE'})`, null, null);
}

function compileMembership(env: Env, expr: Ast.BinaryExpr): Sql {
  const d = env.compiler.dialect;
  const list = expr.right;
  if (list.kind !== 'List') return compileElementOf(env, expr);
  const items: string[] = [];
  for (const item of list.items) {
    if (item.kind === 'Text') items.push(d.text(item.value));
    else {
      const symbol = item.kind === 'Reference' ? env.compiler.program.references.get(item.name) : item.kind === 'MemberAccess' ? env.compiler.program.references.get(item.member) : undefined;
      if (symbol?.kind !== 'enum-member') return refuse(env, item, 'membership («i») in a list that is not fixed');
      items.push(d.text(symbol.name));
    }
  }
  const a = operand(env, expr.left);
  if (items.length === 0) return combine(env.level, [a], 'FALSE', a.u, a.e);
  return combine(env.level, [a], `(${a.v} IN (${items.join(', ')}))`, a.u, a.e);
}

const pluralUnit = { dag: 'dager', måned: 'måneder', år: 'år' } as const;

/** `dato ± N dager|måneder|år`, `måned ± N måneder|år`; outside the years 1–9999 it is undetermined, as in the evaluator. */
function compileShift(env: Env, expr: Ast.BinaryExpr, duration: Ast.DurationLiteral): Sql {
  const d = env.compiler.dialect;
  const from = operand(env, expr.left);
  const amount = expr.operator === '-' ? -duration.amount : duration.amount;
  const isMonth = typeOf(env, expr.left)?.kind === 'month';
  const moved = duration.unit === 'dag' ? d.addDays(from.v, amount) : d.addMonths(from.v, duration.unit === 'år' ? amount * 12 : amount);
  const shifted = env.level.bind(combine(env.level, [from], moved, null, null));
  const inCalendar = `${d.year(shifted.v)} BETWEEN 1 AND 9999`;
  const count = Math.abs(amount);
  const reason = `${isMonth ? d.monthText(from.v) : d.dateText(from.v)} || ${d.text(` ${amount < 0 ? '-' : '+'} ${count} ${count === 1 ? duration.unit : pluralUnit[duration.unit]} faller utenfor kalenderen (årene 1–9999)`)}`;
  const outside = `CASE WHEN NOT (${inCalendar}) THEN ${reason} END`;
  return combine(env.level, [from, shifted], `CASE WHEN ${inCalendar} THEN ${shifted.v} END`, firstReasons(from.u, outside), from.e);
}

// ─── Calls and aggregations ──────────────────────────────────────────────────

function compileCall(env: Env, expr: Ast.Call, at: Ast.Expr | undefined): Sql {
  const callee = expr.callee.kind === 'Reference' ? expr.callee : undefined;
  const symbol = callee && env.compiler.program.references.get(callee.name);
  if (!symbol) return refuse(env, expr, 'a call of something that is not a name');
  if (symbol.kind === 'table') return compileLookup(env, expr, env.compiler.inForce(symbol), at);
  if (symbol.kind === 'rule' || symbol.kind === 'discretion') {
    const row = expr.args.length === 1 ? rowOf(env, expr.args[0] as Ast.Expr) : undefined;
    if (row) return env.compiler.perElement(symbol, row, placeOf(env, expr.span));
    return compileInlineCall(env, expr, symbol);
  }
  if (symbol.kind !== 'builtin') return refuse(env, expr, `a call of «${symbol.name}»`);
  const d = env.compiler.dialect;
  switch (symbol.name) {
    case 'overstyrt':
      // The input tables hold no overrides (docs/sql.md §6): a case is never overridden here.
      return constant('FALSE');
    case 'alder': {
      const born = operand(env, expr.args[0] as Ast.Expr);
      const on = operand(env, expr.args[1] as Ast.Expr);
      const before = `${d.month(on.v)} * 100 + ${d.day(on.v)} < ${d.month(born.v)} * 100 + ${d.day(born.v)}`;
      const v = `CASE WHEN ${on.v} >= ${born.v} THEN ${d.year(on.v)} - ${d.year(born.v)} - CASE WHEN ${before} THEN 1 ELSE 0 END END`;
      const reason = `CASE WHEN ${on.v} < ${born.v} THEN ${d.text('Alderen kan ikke regnes ut: fødselsdatoen ')} || ${d.dateText(born.v)} || ${d.text(' er etter ')} || ${d.dateText(on.v)} || ${d.text(', datoen alderen regnes på')} END`;
      return combine(env.level, [born, on], v, firstReasons(born.u, on.u, reason), firstError(born.e, on.e));
    }
    case 'første_dag': {
      const a = operand(env, expr.args[0] as Ast.Expr);
      return a; // a month is held as its first day
    }
    case 'måned_av':
      return unary(env, expr, d.monthOf);
    case 'siste_dag':
      return unary(env, expr, d.lastDay);
    case 'år':
      return unary(env, expr, d.year);
    case 'måned':
      return unary(env, expr, d.month);
    case 'maks':
    case 'min': {
      if (expr.comprehension) {
        if (!['integer', 'money'].includes(typeOf(env, expr)?.kind ?? '')) return refuse(env, expr, `«${symbol.name}» of a list of other than whole numbers or amounts is not compiled to SQL yet`);
        return compileAggregation(env, expr, symbol.name);
      }
      if (expr.args.length !== 2) return refuse(env, expr, `«${symbol.name}» of a list or of more than two values is not compiled to SQL yet (only of a comprehension or of two values)`);
      const decimal = typeOf(env, expr)?.kind === 'decimal';
      const a = decimal ? atom(env, asDecimal(env, expr.args[0] as Ast.Expr)) : operand(env, expr.args[0] as Ast.Expr);
      const b = decimal ? atom(env, asDecimal(env, expr.args[1] as Ast.Expr)) : operand(env, expr.args[1] as Ast.Expr);
      // Undetermined (NULL) if either is: a comparison with NULL must not fall through to the other value.
      const v = `CASE WHEN ${a.v} IS NULL OR ${b.v} IS NULL THEN NULL WHEN ${b.v} ${symbol.name === 'maks' ? '>' : '<'} ${a.v} THEN ${b.v} ELSE ${a.v} END`;
      return combine(env.level, [a, b], v, firstReasons(a.u, b.u), firstError(a.e, b.e));
    }
    case 'sum':
    case 'antall':
    case 'noen':
    case 'alle':
      return compileAggregation(env, expr, symbol.name);
    case 'avrund':
      return compileRound(env, expr);
    case 'liste':
      return compileCollect(env, expr);
    case 'plass':
    case 'rang': {
      const arg = expr.args[0] as Ast.Expr;
      const row = rowOf(env, arg);
      const variable = arg.kind === 'Reference' ? env.compiler.program.references.get(arg.name) : undefined;
      const sorted = variable && env.positions?.get(variable as LkSymbol);
      if (sorted) return symbol.name === 'plass' ? sorted.place() : sorted.rank();
      if (symbol.name === 'rang') return refuse(env, expr, '«rang» is compiled to SQL only for the variable of an ordered comprehension («etter»)');
      if (!row || !row.places || !variable || !env.places?.has(variable as LkSymbol)) {
        return refuse(env, expr, '«plass» is compiled to SQL only for the variable of a comprehension without a filter, over a list input or a list inside an element');
      }
      return { v: `p.${row.ownKey}`, u: null, e: null, level: row, needs: 0 };
    }
    default:
      return refuse(env, expr, `the function «${symbol.name}» is not compiled to SQL yet`);
  }
}

/**
 * A call of a rule or `skjønn` with parameters that stand for values (`justert_sats(enslig)`,
 * `f(b, 3)`), or for the row of the level it is called on: the body is compiled at the call,
 * with the arguments in place of the parameters. The arguments are computed first, as the
 * evaluator's call does: their errors come before the body's; an undetermined argument is
 * undetermined wherever the body reads it.
 */
function compileInlineCall(env: Env, expr: Ast.Call, called: RuleSymbol | DiscretionSymbol): Sql {
  const symbol = env.compiler.inForce(called);
  const params = symbol.params ?? [];
  const rows = new Map<LkSymbol, Level>();
  const values = new Map<LkSymbol, Sql>();
  const args: Sql[] = [];
  expr.args.forEach((arg, i) => {
    const param = params[i] as LkSymbol;
    const row = rowOf(env, arg);
    if (row) {
      if (!env.level.within(row)) refuse(env, arg, 'an element of a list passed to a rule outside the element is not compiled to SQL yet');
      rows.set(param, row);
      return;
    }
    const value = operand(env, arg);
    args.push(value);
    values.set(param, { ...value, e: null });
  });
  const body = atom(env, callBody(env, symbol, rows, values, placeOf(env, expr.span)));
  return combine(env.level, [...args, body], body.v, body.u, firstError(...args.map((a) => a.e), body.e));
}

/**
 * The body of an inlined call on the environment's level. A call on a level whose row stands
 * for an element of a list input (`w` of `for w i voksne` inside a rule of `v: Voksen`), with
 * that element, its place and constants as arguments (`stønad_for_voksen(w, plass(w))`),
 * depends on the element alone: it is computed on the list's own level, once per element, and
 * joined in by the element's place, not computed again for every row of the pair.
 */
function callBody(env: Env, symbol: RuleSymbol | DiscretionSymbol, rows: ReadonlyMap<LkSymbol, Level>, values: ReadonlyMap<LkSymbol, Sql>, where: string): Sql {
  const same = env.level.sameElementAs;
  const place = same && `p.${same.key}`;
  const ofElement = (value: Sql) => value.level === undefined || (value.level === env.level && value.v === place && value.u === null);
  if (!same || rows.size === 0 || ![...rows.values()].every((row) => row === env.level) || ![...values.values()].every(ofElement)) {
    return env.compiler.call(symbol, env.level, rows, values, where);
  }
  const list = same.level;
  const rowsThere = new Map([...rows.keys()].map((param) => [param, list] as const));
  const valuesThere = new Map([...values].map(([param, value]) => [param, value.level === undefined ? value : { v: `p.${list.ownKey}`, u: null, e: null, level: list, needs: 0 }] as const));
  const there = env.compiler.call(symbol, list, rowsThere, valuesThere, where);
  return there.level === list ? env.level.importElement(there) : there;
}

/** A built-in of one argument that keeps its argument's reasons and error. */
function unary(env: Env, expr: Ast.Call, fn: (sql: string) => string): Sql {
  const a = operand(env, expr.args[0] as Ast.Expr);
  return combine(env.level, [a], fn(a.v), a.u, a.e);
}

/**
 * An aggregation over a list input: the element's filter and body are columns of the list's
 * level; the aggregate is a grouped subquery joined to the case level (docs/sql.md §2).
 */
function compileAggregation(env: Env, expr: Ast.Call, fn: 'sum' | 'antall' | 'noen' | 'alle' | 'maks' | 'min'): Sql {
  const compiler = env.compiler;
  const comprehension = expr.comprehension;
  const sourceExpr = comprehension ? comprehension.source : (expr.args[0] as Ast.Expr);
  if (fn === 'antall' && !comprehension && !isListSource(env, sourceExpr)) return compileLength(env, sourceExpr);
  const list = compiler.listWithin(env.level, listSource(env, sourceExpr), placeOf(env, sourceExpr.span));
  if (comprehension?.ordering) return compileOrdered(env, expr, comprehension, comprehension.ordering, list, fn);

  let fv: string;
  let fu: string | null;
  let fe: string | null;
  let needs = 0;
  if (!comprehension) {
    if (fn !== 'antall') return refuse(env, expr, `«${fn}» of a list of records`);
    fv = '1';
    fu = null;
    fe = null;
  } else {
    const inner = comprehensionEnv(env, expr, comprehension, list);
    const filter = comprehension.filter ? atom(inner, compileExpr(inner, comprehension.filter)) : undefined;
    const body = fn === 'antall' ? undefined : atom(inner, compileExpr(inner, comprehension.body));
    if (body?.level !== undefined && body.level !== list) throw new Error('Lovkode internal error: aggregation body on another level');
    const value = body ? body.v : '1';
    fv = filter ? `CASE WHEN ${filter.v} THEN ${value} END` : value;
    if (filter?.u) fu = body?.u ? `CASE WHEN ${filter.v} IS NULL THEN ${filter.u} WHEN ${filter.v} THEN ${body.u} END` : `CASE WHEN ${filter.v} IS NULL THEN ${filter.u} END`;
    else fu = body?.u ? (filter ? `CASE WHEN ${filter.v} THEN ${body.u} END` : body.u) : null;
    fe = body?.e ? (filter ? firstError(filter.e, `CASE WHEN ${filter.v} THEN ${body.e} END`) : body.e) : (filter?.e ?? null);
    needs = Math.max(filter?.needs ?? 0, body?.needs ?? 0);
  }
  return aggregate(env, list, fn, { v: fv, u: fu, e: fe, level: list, needs }, typeOf(env, expr));
}

/**
 * The environment of a comprehension's filter and body: its variable stands for the rows of
 * `list`. `plass` of the variable is the element's place in the list when no filter can leave
 * an element out of the count: without a filter, or with one that does not read the element
 * (which keeps every element or none).
 */
function comprehensionEnv(env: Env, expr: Ast.Call, comprehension: Ast.Comprehension, list: Level): Env {
  const variable = env.compiler.program.declarations.get(comprehension.variable);
  if (!variable) return refuse(env, expr, 'a comprehension without its variable');
  const counted = !comprehension.filter || !reads(env, comprehension.filter, variable);
  const places = counted ? new Set([...(env.places ?? []), variable]) : env.places;
  return { ...env, level: list, rows: new Map([...env.rows, [variable, list]]), ...(places ? { places } : {}) };
}

/** Whether an expression names a local (its own text, not the rules it calls). */
function reads(env: Env, expr: Ast.Expr, local: LkSymbol): boolean {
  let found = false;
  walk(expr, (node) => {
    if (found) return false;
    if (node.kind === 'Reference' && env.compiler.program.references.get((node as Ast.Reference).name) === local) found = true;
    return undefined;
  });
  return found;
}

/**
 * `liste(x for v i l der f)`: the JSON texts of the elements in the list's order, an element
 * whose filter is undetermined written as `{"ubestemt":[…]}` in its place (the evaluator's
 * `collect` keeps it), gathered by the level the comprehension is computed on (json.ts).
 */
function compileCollect(env: Env, expr: Ast.Call): Sql {
  const comprehension = expr.comprehension;
  if (!comprehension) return refuse(env, expr, '«liste» of a list (other than of a comprehension) is not compiled to SQL yet');
  const d = env.compiler.dialect;
  const list = env.compiler.listWithin(env.level, listSource(env, comprehension.source), placeOf(env, comprehension.source.span));
  if (comprehension.ordering) return compileOrdered(env, expr, comprehension, comprehension.ordering, list, 'liste');
  const inner = comprehensionEnv(env, expr, comprehension, list);
  const filter = comprehension.filter ? atom(inner, compileExpr(inner, comprehension.filter)) : undefined;
  const body = jsonOf(inner, comprehension.body);
  if (!filter) return aggregate(env, list, 'liste', body, undefined);
  const undetermined = filter.u === null ? '' : ` WHEN ${filter.v} IS NULL THEN ${undeterminedJson(d, filter.u)}`;
  const v = `CASE${undetermined} WHEN ${filter.v} THEN ${body.v} END`;
  const e = body.e === null ? filter.e : firstError(filter.e, `CASE WHEN ${filter.v} THEN ${body.e} END`);
  return aggregate(env, list, 'liste', { v, u: null, e, level: list, needs: Math.max(filter.needs, body.needs) }, undefined);
}

/**
 * A comprehension with `etter` (the evaluator's `genOrderedLoop`): the elements that pass the
 * filter, sorted by their keys (stably: equal keys keep the list's order, also `synkende`), then
 * folded in that order with `plass` (`ROW_NUMBER()` over the sorted elements) and `rang`
 * (`RANK()`: equal keys, equal rank) set. The filter and the key are evaluated first, element by
 * element in the list's order: their errors come first, and if one of them is undetermined, the
 * result is, with the reasons of every one (merged in the list's order), and the body is not
 * evaluated. The body's parts are then taken in the sorted order.
 */
function compileOrdered(env: Env, expr: Ast.Call, comprehension: Ast.Comprehension, ordering: Ast.Ordering, list: Level, fn: Aggregate): Sql {
  const variable = env.compiler.program.declarations.get(comprehension.variable);
  if (!variable) return refuse(env, expr, 'a comprehension without its variable');
  // The filter and the key see the element, not its place (the evaluator sets it after sorting).
  const base: Env = { ...env, level: list, rows: new Map([...env.rows, [variable, list]]) };
  const filter = comprehension.filter ? atom(base, compileExpr(base, comprehension.filter)) : undefined;
  const key = atom(base, compileExpr(base, ordering.key));
  const passing = (x: string) => (filter ? `CASE WHEN ${filter.v} THEN ${x} END` : x);
  const partition = [...list.keys.slice(0, -1).map((k) => `p.${k}`), ...(filter ? [`CASE WHEN ${filter.v} THEN 1 ELSE 0 END`] : [])];
  const sortKey = orderKey(env, key.v, typeOf(env, ordering.key), ordering.key);
  const needs = Math.max(filter?.needs ?? 0, key.needs);
  const window = (numbering: string, tieBreak: boolean) =>
    list.bind({ v: passing(`${numbering} OVER (PARTITION BY ${partition.join(', ')} ORDER BY ${sortKey}${ordering.descending ? ' DESC' : ''}${tieBreak ? `, p.${list.ownKey}` : ''})`), u: null, e: null, level: list, needs });
  let place: Sql | undefined;
  let rank: Sql | undefined;
  const positions = { place: () => (place ??= window('ROW_NUMBER()', true)), rank: () => (rank ??= window('RANK()', false)) };
  const inner: Env = { ...base, positions: new Map([...(env.positions ?? []), [variable, positions]]) };
  const body = fn === 'antall' ? undefined : fn === 'liste' ? jsonOf(inner, comprehension.body) : atom(inner, compileExpr(inner, comprehension.body));
  if (body?.level !== undefined && body.level !== list) throw new Error('Lovkode internal error: aggregation body on another level');
  const order = positions.place();
  // Before the sorting: an undetermined filter, else the key of an element that passes it.
  const keyReasons = key.u === null ? null : passing(key.u);
  const u = filter?.u ? `CASE WHEN ${filter.v} IS NULL THEN ${filter.u} ELSE ${keyReasons ?? 'NULL'} END` : keyReasons;
  const e = firstError(filter?.e ?? null, key.e === null ? null : passing(key.e));
  const element: Sql = { v: passing(body ? body.v : '1'), u: body?.u ? passing(body.u) : null, e: body?.e ? passing(body.e) : null, level: list, needs: Math.max(body?.needs ?? 0, order.needs) };
  return aggregate(env, list, fn, element, typeOf(env, expr), { position: order.v, u, e, needs: Math.max(needs, order.needs) });
}

/**
 * A key of `etter` as SQL orders it the evaluator's way (runtime/order.ts): numbers, amounts,
 * dates and months as they are, a text by its code points (PostgreSQL's `COLLATE "C"`), a
 * `valg` by its members' order.
 */
function orderKey(env: Env, key: string, type: Type | undefined, where: Ast.Expr): string {
  switch (type?.kind) {
    case 'integer':
    case 'decimal':
    case 'money':
    case 'date':
    case 'month':
      return key;
    case 'text':
      return env.compiler.dialect.binaryOrder(key);
    case 'enum': {
      const members = [...enumMembers(type.symbol, env.compiler.entry).keys()];
      return `CASE ${key} ${members.map((m, i) => `WHEN ${env.compiler.dialect.text(m)} THEN ${i}`).join(' ')} END`;
    }
    default:
      return refuse(env, where, `a key of «etter» of type ${type?.kind ?? 'unknown'} is not compiled to SQL yet`);
  }
}

/**
 * The length of a list-valued expression that is not a list of the input (`antall(barnets_behov)`):
 * `[…]` its items, `liste(… for x i l der …)` the elements that pass, `a + b`, `hvis`, a
 * list-valued rule its chosen alternative's. The elements are not built, so they must be
 * records of fields that cannot fail (literals, members, fields of elements, such lists).
 */
export function compileLength(env: Env, expr: Ast.Expr): Sql {
  const d = env.compiler.dialect;
  switch (expr.kind) {
    case 'List':
      for (const item of expr.items) safeElement(env, item);
      return constant(`CAST(${expr.items.length} AS ${d.types.integer})`);
    case 'Call': {
      const callee = expr.callee.kind === 'Reference' ? env.compiler.program.references.get(expr.callee.name) : undefined;
      if (callee?.kind !== 'builtin' || callee.name !== 'liste' || !expr.comprehension || expr.comprehension.ordering) break;
      safeElement(env, expr.comprehension.body);
      return compileAggregation(env, expr, 'antall');
    }
    case 'Binary': {
      if (expr.operator !== '+') break;
      const a = atom(env, compileLength(env, expr.left));
      const b = atom(env, compileLength(env, expr.right));
      return combine(env.level, [a, b], `(${a.v} + ${b.v})`, mergeReasons(d, a.u, b.u), firstError(a.e, b.e));
    }
    case 'If': {
      const c = operand(env, expr.condition);
      const t = atom(env, compileLength(env, expr.then));
      const o = atom(env, compileLength(env, expr.otherwise));
      const v = `CASE ${c.v} WHEN TRUE THEN ${t.v} WHEN FALSE THEN ${o.v} END`;
      const u = c.u === null && t.u === null && o.u === null ? null : `CASE ${c.v} WHEN TRUE THEN ${t.u ?? 'NULL'} WHEN FALSE THEN ${o.u ?? 'NULL'} ELSE ${c.u ?? 'NULL'} END`;
      const branchError = t.e === null && o.e === null ? null : `CASE ${c.v} WHEN TRUE THEN ${t.e ?? 'NULL'} WHEN FALSE THEN ${o.e ?? 'NULL'} END`;
      return combine(env.level, [c, t, o], v, u, firstError(c.e, branchError));
    }
    case 'Reference': {
      const symbol = env.compiler.program.references.get(expr.name);
      if ((symbol?.kind === 'rule' || symbol?.kind === 'discretion') && !symbol.params) return env.compiler.length(symbol, placeOf(env, expr.span));
      if (symbol?.kind !== 'input' || symbol.type.kind !== 'list') break;
      const list = env.compiler.listWithin(env.level, { kind: 'input', field: symbol.name }, placeOf(env, expr.span));
      return aggregate(env, list, 'antall', { v: '1', u: null, e: null, level: list, needs: 0 }, undefined);
    }
  }
  return refuse(env, expr, 'the length of this list is not compiled to SQL yet');
}

/** An element of a list whose length is taken: built of parts that cannot fail or be undetermined. */
function safeElement(env: Env, expr: Ast.Expr): void {
  switch (expr.kind) {
    case 'Text':
    case 'Number':
    case 'Money':
    case 'Boolean':
    case 'Date':
    case 'Month':
      return;
    case 'List':
      for (const item of expr.items) safeElement(env, item);
      return;
    case 'Record':
      for (const field of expr.fields) safeElement(env, field.value);
      return;
    case 'Reference': {
      // A member, or an element (a comprehension's variable, a parameter): known when the list is built.
      const kind = env.compiler.program.references.get(expr.name)?.kind;
      if (kind === 'enum-member' || kind === 'variable' || kind === 'parameter') return;
      break;
    }
    case 'MemberAccess': {
      const object = expr.object.kind === 'Reference' ? env.compiler.program.references.get(expr.object.name)?.kind : undefined;
      if (object === 'variable' || object === 'parameter' || env.compiler.program.references.get(expr.member)?.kind === 'enum-member') return;
      break;
    }
  }
  refuse(env, expr, 'an element that could fail or be undetermined, in a list whose length is taken, is not compiled to SQL yet');
}

function isListSource(env: Env, expr: Ast.Expr): boolean {
  if (expr.kind === 'Reference') return env.compiler.program.references.get(expr.name)?.kind === 'input';
  return expr.kind === 'MemberAccess' || expr.kind === 'Binary';
}

/** What an aggregation ranges over: a list input, a list inside an element in scope, or two list inputs joined. */
function listSource(env: Env, expr: Ast.Expr): ListSource {
  const program = env.compiler.program;
  if (expr.kind === 'Reference') {
    const symbol = program.references.get(expr.name);
    if (symbol?.kind === 'input' && symbol.type.kind === 'list') return { kind: 'input', field: symbol.name };
  }
  if (expr.kind === 'MemberAccess') {
    const row = rowOf(env, expr.object);
    if (row && env.level.within(row)) return { kind: 'nested', row, field: expr.member.text };
  }
  if (expr.kind === 'Binary' && expr.operator === '+') {
    const fields = [expr.left, expr.right].map((side) => {
      const symbol = side.kind === 'Reference' ? program.references.get(side.name) : undefined;
      return symbol?.kind === 'input' && symbol.type.kind === 'list' ? symbol.name : undefined;
    });
    if (fields.every((f): f is string => f !== undefined)) return { kind: 'joined', fields };
  }
  return refuse(env, expr, 'an aggregation over something other than a list input, a list inside an element, or two list inputs joined, is not compiled to SQL yet');
}

/** What an aggregation computes of its elements. */
type Aggregate = 'sum' | 'antall' | 'noen' | 'alle' | 'liste' | 'maks' | 'min';

/** An ordered comprehension's part in its aggregation: the sorted place, and the filter's and key's reasons and errors. */
interface Ordered {
  readonly position: string;
  readonly u: string | null;
  readonly e: string | null;
  readonly needs: number;
}

/** The filter's and key's reasons and errors as columns of the list's level. */
function bindBefore(list: Level, ordered: Ordered): { u: string | null; e: string | null; needs: number } {
  if (ordered.u === null && ordered.e === null) return { u: null, e: null, needs: ordered.needs };
  const bound = list.bind({ v: 'NULL', u: ordered.u, e: ordered.e, level: list, needs: ordered.needs });
  return { u: bound.u, e: bound.e, needs: bound.needs };
}

/**
 * The grouped part of an aggregation: the element's parts as columns of the list level, the
 * aggregate a subquery grouped by the parent's keys and joined to the level it is computed on.
 * `type` is the result's (a `sum` of whole numbers or of amounts); `antall`, `noen` and `alle`
 * need none.
 */
function aggregate(env: Env, list: Level, fn: Aggregate, parts: Sql, type: Type | undefined, ordered?: Ordered): Sql {
  const compiler = env.compiler;
  const d = compiler.dialect;
  const element = list.bind(parts);
  const level = env.level;
  const position = ordered ? ordered.position : `p.${list.ownKey}`;
  const id = compiler.query.nextId();
  const a = `a${id}`;
  let aggregate: string;
  switch (fn) {
    case 'sum':
      aggregate = `SUM(${element.v})`;
      break;
    case 'antall':
      aggregate = `SUM(CASE WHEN ${element.v} IS NOT NULL THEN 1 ELSE 0 END)`;
      break;
    case 'noen':
      aggregate = `MAX(CASE WHEN ${element.v} = TRUE THEN 1 ELSE 0 END)`;
      break;
    case 'alle':
      aggregate = `MAX(CASE WHEN ${element.v} = FALSE THEN 1 ELSE 0 END)`;
      break;
    case 'liste':
      aggregate = d.jsonElements(element.v, position);
      break;
    case 'maks':
    case 'min':
      aggregate = `${fn === 'maks' ? 'MAX' : 'MIN'}(${element.v})`;
      break;
  }
  // `maks`/`min` (the evaluator's `maximum` of the values collected): of no value, LK7001.
  const extreme = fn === 'maks' || fn === 'min';
  const collected = [element.v, element.u].filter((x): x is string => x !== null).map((x) => `${x} IS NOT NULL`).join(' OR ');
  const merges = fn === 'noen' || fn === 'alle';
  // Reasons and errors are rare: each is aggregated over only the elements that have it (the
  // dialect's `firstBy` and `mergeReasonsAgg` filter), in the same grouping as the value.
  const rare: string[] = [];
  if (element.u) rare.push(`${merges ? d.mergeReasonsAgg(element.u, position) : d.firstBy(element.u, position)} AS u${id}`);
  if (element.e) rare.push(`${d.firstBy(element.e, position)} AS e${id}`);
  // An ordered comprehension's filter and key: undetermined or failing before the sorting, in the list's order.
  const before = ordered ? bindBefore(list, ordered) : undefined;
  if (before?.u) rare.push(`${d.mergeReasonsAgg(before.u, `p.${list.ownKey}`)} AS ou${id}`);
  if (before?.e) rare.push(`${d.firstBy(before.e, `p.${list.ownKey}`)} AS oe${id}`);
  const common = [`${aggregate} AS ${a}`, ...(extreme ? [`SUM(CASE WHEN ${collected} THEN 1 ELSE 0 END) AS n${id}`] : [])];
  const joined = level.aggregate(list, Math.max(0, element.needs, before?.needs ?? 0), [...common, ...rare]);
  const g = `${joined.alias}.${a}`;
  const ru = `${joined.alias}.u${id}`;
  let total: string;
  switch (fn) {
    case 'sum':
      total = `CAST(COALESCE(${g}, 0) AS ${type?.kind === 'integer' ? d.types.integer : d.types.money})`;
      break;
    case 'antall':
      total = `CAST(COALESCE(${g}, 0) AS ${d.types.integer})`;
      break;
    case 'noen':
      total = `(COALESCE(${g}, 0) = 1)`;
      break;
    case 'alle':
      total = `(COALESCE(${g}, 0) = 0)`;
      break;
    case 'liste':
      total = `COALESCE(${g}, '')`;
      break;
    case 'maks':
    case 'min':
      total = g;
      break;
  }
  // `noen`: one true element decides, else the reasons of every undetermined one; `alle` alike with false.
  const decided = `COALESCE(${g}, 0) = 1`;
  const folded = element.u === null ? null : merges ? `CASE WHEN ${decided} THEN NULL ELSE ${ru} END` : ru;
  const unordered = folded === null ? total : merges ? `CASE WHEN ${decided} THEN ${total} WHEN ${ru} IS NULL THEN ${total} END` : `CASE WHEN ${folded} IS NULL THEN ${total} END`;
  // Undetermined before the sorting: the result is, and the body's errors do not arise.
  const ou = before?.u ? `${joined.alias}.ou${id}` : null;
  const u = ou === null ? folded : firstReasons(ou, folded);
  const v = ou === null ? unordered : `CASE WHEN ${ou} IS NULL THEN ${unordered} END`;
  const bodyError = element.e === null ? null : ou === null ? `${joined.alias}.e${id}` : `CASE WHEN ${ou} IS NULL THEN ${joined.alias}.e${id} END`;
  const empty = extreme
    ? `CASE WHEN COALESCE(${joined.alias}.n${id}, 0) = 0${ou === null ? '' : ` AND ${ou} IS NULL`} THEN ${compiler.query.error(compiler.site(env.module, [], 'LK7001'), d.text(`${fn}(…) av en tom liste har ingen verdi`))} END`
    : null;
  const e = firstError(before?.e ? `${joined.alias}.oe${id}` : null, bodyError, empty);
  // Bound in the stage that joins the subquery, which is the only one that sees it.
  const at = joined.at;
  const place = (x: string, suffix: string) => (at === undefined ? level.column(x, level.pendingIndex - 1, suffix, id) : level.columnAt(at, x, suffix, id));
  const bound = { v: place(v, 'v'), u: u === null ? null : place(u, 'u'), e: e === null ? null : place(e, 'e') };
  return { ...bound, level, needs: at ?? level.pendingIndex };
}
