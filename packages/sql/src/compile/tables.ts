import { calendar, enumMembers, type Ast, type ModuleInfo, type TableEntry, type TableSymbol } from '@lovkode/dsl';
import { SqlRefusal } from '../refusal.js';
import type { Compiler, Env } from './context.js';
import { atom, compileExpr, refuse } from './expressions.js';
import type { Sql } from './query.js';
import { combine, firstError, firstReasons } from './sql-value.js';

/**
 * Rate tables as interval tables, and lookups as interval joins (docs/sql.md §2). Each key
 * gets its periods `[fra, til]` in date order: a value, or the `LK7003` message the evaluator
 * gives there (before the first row, after a row's `til`, an `ukjent` period, a key without
 * rows). A lookup therefore always finds one row, and an unknown period is an error.
 */

function keyValues(compiler: Compiler, table: TableSymbol, entry: ModuleInfo): string[][] {
  const sets = table.params.map((param) => {
    if (param.type.kind === 'enum') return [...enumMembers(param.type.symbol, entry).keys()];
    if (param.type.kind === 'boolean') return ['sann', 'usann'];
    throw new SqlRefusal(`a table keyed by ${param.type.kind} is not compiled to SQL yet (only choices and truth values)`, `tabell ${table.name}`);
  });
  let combos: string[][] = [[]];
  for (const set of sets) combos = combos.flatMap((c) => set.map((k) => [...c, k]));
  void compiler;
  return combos;
}

/** One period of one key of a table: its value, or the error a lookup in it gives. */
export interface Period {
  readonly from: string;
  /** The last day of the period. */
  readonly to: string;
  /** The value (SQL), or undefined for an error period. */
  readonly value: string | undefined;
  /** The error text before the lookup day (SQL: code, site, message), and after it (SQL text or undefined: no day in the message). */
  readonly error: { readonly before: string; readonly after: string | undefined } | undefined;
}

/** A table's periods per key combination (the keys joined by U+0000), in date order, and the SQL type of its values. */
export interface TablePeriods {
  readonly periods: ReadonlyMap<string, readonly Period[]>;
  readonly valueType: string;
  readonly keyCount: number;
}

/** Writes a table's periods as a constant table (keys, fra, til, verdi, feil, feil_etter). */
export function writeTable(compiler: Compiler, table: TablePeriods, name: string): void {
  const d = compiler.dialect;
  const rows: string[] = [];
  for (const [key, periods] of table.periods) {
    const keys = table.keyCount === 0 ? [] : key.split('\u0000');
    for (const period of periods) {
      rows.push(
        `(${[
          ...keys.map((k) => d.text(k)),
          `DATE '${period.from}'`,
          `DATE '${period.to}'`,
          period.value === undefined ? `CAST(NULL AS ${table.valueType})` : `CAST(${period.value} AS ${table.valueType})`,
          period.error ? period.error.before : `CAST(NULL AS ${d.types.text})`,
          period.error?.after ?? `CAST(NULL AS ${d.types.text})`,
        ].join(', ')})`,
      );
    }
  }
  const columns = [...Array.from({ length: table.keyCount }, (_, i) => `k${i}`), 'fra', 'til', 'verdi', 'feil', 'feil_etter'];
  compiler.query.addTable(name, `SELECT * FROM ${d.values(rows, 'x', columns)}`);
}

/** A table's periods per key, each with its value or its `LK7003` error, as the evaluator's `tableBody` finds them. */
export function tablePeriods(compiler: Compiler, table: TableSymbol): TablePeriods {
  const d = compiler.dialect;
  const module = table.module as ModuleInfo;
  const model = table.model ?? { dated: false, entries: [] };
  const env: Env = { compiler, module, level: compiler.caseLevel, rows: new Map() };
  const tableSite = compiler.site(module, [table.decl.name.span], 'LK7003');
  const rowSite = (entry: TableEntry) => compiler.site(module, [entry.row.span], 'LK7003');
  const text = (value: string) => d.text(value);
  const result = new Map<string, Period[]>();
  const valueType = (() => {
    const t = table.type;
    if (t.kind === 'money') return d.types.money;
    if (t.kind === 'integer') return d.types.integer;
    if (t.kind === 'boolean') return d.types.boolean;
    if (t.kind === 'text' || t.kind === 'enum') return d.types.text;
    if (t.kind === 'date' || t.kind === 'month') return d.types.date;
    throw new SqlRefusal(`a table of ${t.kind} values is not compiled to SQL yet`, `tabell ${table.name}`);
  })();
  // Periods are closed, [fra, til], from the first day of the calendar to its last, so that a
  // lookup is an equality on the keys and a range on the day (no NULL bounds, no OR).
  const first = '0001-01-01';
  const last = '9999-12-31';
  const dayBefore = (day: string) => calendar.shift(day, -1, 'dag') as string;
  let rows: Period[] = [];
  const row = (_keys: readonly string[], from: string | undefined, to: string | undefined, value: string | undefined, error?: { site: ReturnType<Compiler['site']>; before: string; after: string | undefined }) =>
    ({
      from: from ?? first,
      to: to === undefined ? last : dayBefore(to),
      value,
      error: error ? { before: compiler.query.error(error.site, text(error.before)), after: error.after === undefined ? undefined : text(error.after) } : undefined,
    }) satisfies Period;
  const cell = (entry: TableEntry): string | undefined => {
    if (entry.value.kind !== 'value') return undefined;
    const expr = entry.value.expr;
    if (expr.kind === 'Number' && (table.type.kind === 'money' || (table.type.kind === 'integer' && expr.integer))) return expr.value;
    const sql = compileExpr(env, entry.value.expr);
    if (sql.level !== undefined || sql.u !== null || sql.e !== null) refuse(env, entry.value.expr, 'a table cell that is not a literal');
    return sql.v;
  };
  for (const keys of keyValues(compiler, table, compiler.entry)) {
    rows = [];
    result.set(keys.join('\u0000'), rows);
    const describe = keys.length > 0 ? ` for ${keys.join(', ')}` : '';
    const group = model.entries
      .filter((e) => e.keys.every((k, i) => k === undefined || k === keys[i]))
      .slice()
      .sort((a, b) => ((a.validFrom ?? '') < (b.validFrom ?? '') ? -1 : (a.validFrom ?? '') > (b.validFrom ?? '') ? 1 : 0));
    if (group.length === 0) {
      rows.push(row(keys, undefined, undefined, undefined, { site: tableSite, before: `Tabellen «${table.name}» har ingen rad${describe}`, after: undefined }));
      continue;
    }
    const unknown = (entry: TableEntry) => ({
      site: rowSite(entry),
      before: `Tabellen «${table.name}» har ukjent verdi${describe} `,
      after: ` (perioden fra ${entry.validFrom ?? 'start'}): ${entry.value.kind === 'unknown' ? entry.value.message : ''}`,
    });
    if (!model.dated) {
      const first = group[0] as TableEntry;
      const value = cell(first);
      rows.push(value === undefined ? row(keys, undefined, undefined, undefined, unknown(first)) : row(keys, undefined, undefined, value));
      continue;
    }
    const first = group[0] as TableEntry;
    rows.push(row(keys, undefined, first.validFrom, undefined, { site: tableSite, before: `Tabellen «${table.name}» har ingen verdi${describe} `, after: `: første rad gjelder fra ${first.validFrom}` }));
    group.forEach((entry, i) => {
      const next = group[i + 1]?.validFrom;
      const value = cell(entry);
      if (value === undefined) {
        rows.push(row(keys, entry.validFrom, next, undefined, unknown(entry)));
        return;
      }
      if (entry.validTo === undefined || (next !== undefined && next <= entry.validTo)) {
        rows.push(row(keys, entry.validFrom, next, value));
        return;
      }
      const after = calendar.shift(entry.validTo, 1, 'dag');
      rows.push(row(keys, entry.validFrom, after, value));
      rows.push(row(keys, after, next, undefined, { site: rowSite(entry), before: `Tabellen «${table.name}» har ingen verdi${describe} `, after: `: raden fra ${entry.validFrom} gjaldt til ${entry.validTo}` }));
    });
  }
  return { periods: result, valueType, keyCount: table.params.length };
}

/** `tabell(k, …)` or `tabell(k, …) per dato`: the row for the keys on the lookup day. */
export function compileLookup(env: Env, expr: Ast.Call, table: TableSymbol, at: Ast.Expr | undefined): Sql {
  const compiler = env.compiler;
  const d = compiler.dialect;
  const fixed = expr.args.map((arg) => fixedKey(env, arg));
  if (fixed.every((k): k is string => k !== undefined)) return lookupFixed(env, table, fixed, at);
  const name = compiler.table(table);
  const keys = expr.args.map((arg, i) => {
    const key = atom(env, compileExpr(env, arg));
    const type = table.params[i]?.type;
    return type?.kind === 'boolean' ? { ...key, v: `CASE WHEN ${key.v} THEN 'sann' ELSE 'usann' END` } : key;
  });
  // The day: the `per` date (a month is held as its first day), or the as-of day.
  const day = atom(env, at ? compileExpr(env, at) : compiler.asOf());
  const level = env.level;
  const id = compiler.query.nextId();
  const t = `t${id}`;
  const needs = Math.max(day.needs, ...keys.map((k) => k.needs));
  const conditions = [...keys.map((k, i) => `${t}.k${i} = ${k.v}`), `${t}.fra <= ${day.v}`, `${day.v} <= ${t}.til`];
  level.join(`LEFT JOIN ${name} ${t} ON ${conditions.join(' AND ')}`, needs);
  // The day is checked first, then the keys in order (`compileLookup`, `tableBody`).
  const u = firstReasons(day.u, ...keys.map((k) => k.u));
  const failure = `CASE WHEN ${t}.feil IS NULL THEN NULL WHEN ${t}.feil_etter IS NULL THEN ${t}.feil ELSE ${t}.feil || ${d.dateText(day.v)} || ${t}.feil_etter END`;
  const lookupError = u === null ? failure : `CASE WHEN ${u} IS NULL THEN ${failure} END`;
  const e = firstError(...keys.map((k) => k.e), day.e, lookupError);
  const index = level.pendingIndex - 1;
  const joined = combine(level, [day, ...keys], `${t}.verdi`, u, e);
  return {
    v: level.column(joined.v, index, 'v', id),
    u: joined.u === null ? null : level.column(joined.u, index, 'u', id),
    e: level.column(joined.e as string, index, 'e', id),
    level,
    needs: level.pendingIndex,
  };
}

/** A key written as a member (`Satstype.utvidet`, `enslig`) or a truth value: known when compiling. */
function fixedKey(env: Env, arg: Ast.Expr): string | undefined {
  if (arg.kind === 'Boolean') return arg.value ? 'sann' : 'usann';
  const name = arg.kind === 'Reference' ? arg.name : arg.kind === 'MemberAccess' ? arg.member : undefined;
  const symbol = name && env.compiler.program.references.get(name);
  return symbol?.kind === 'enum-member' ? symbol.name : undefined;
}

/**
 * A lookup whose keys are written in the rule (`veiledende_sats(enslig) per …`): the key's
 * periods are known, so the lookup is a `CASE` on the day, with no join.
 */
function lookupFixed(env: Env, table: TableSymbol, keys: readonly string[], at: Ast.Expr | undefined): Sql {
  const compiler = env.compiler;
  const d = compiler.dialect;
  const periods = compiler.periods(table).periods.get(keys.join('\u0000'));
  if (!periods) throw new SqlRefusal(`no periods for ${keys.join(', ')}`, `tabell ${table.name}`);
  const day = atom(env, at ? compileExpr(env, at) : compiler.asOf());
  const branch = (p: Period, x: string) => (p === periods[periods.length - 1] ? `ELSE ${x}` : `WHEN ${day.v} <= DATE '${p.to}' THEN ${x}`);
  // One period covers every day: its value (a CASE of only ELSE is not SQL).
  const cases = (part: (p: Period) => string) => (periods.length === 1 ? part(periods[0] as Period) : `CASE ${periods.map((p) => branch(p, part(p))).join(' ')} END`);
  const v = cases((p) => p.value ?? 'NULL');
  const failure = cases((p) => (p.error ? (p.error.after === undefined ? p.error.before : `${p.error.before} || ${d.dateText(day.v)} || ${p.error.after}`) : 'NULL'));
  const e = firstError(day.e, day.u === null ? failure : `CASE WHEN ${day.u} IS NULL THEN ${failure} END`);
  return env.level.bind(combine(env.level, [day], day.u === null ? v : `CASE WHEN ${day.u} IS NULL THEN ${v} END`, day.u, e));
}
