import type { Ast, Type } from '@lovkode/dsl';
import type { Dialect } from '../dialect.js';
import type { Env } from './context.js';
import type { Level, Sql } from './query.js';
import { refuse } from './expressions.js';
import { combine, firstError } from './sql-value.js';

/**
 * List- and record-valued expressions as JSON text (docs/sql.md §1): the text the evaluator's
 * JSON writer (`values/json.ts` of the engine) writes for the value, built in SQL, so that a
 * list output is written character for character as `run --batch` writes it. A record is its
 * object (`{"kode":"midler","barn":[]}`, the fields in the type's order); a list is held as its
 * elements joined by commas, without the brackets, so that joining two lists is joining two
 * texts; an undetermined part inside is `{"ubestemt":[…]}` where it is. An expression of a
 * list or record type compiles to such a text as its value (`Sql.v`); its own reasons (the whole
 * value undetermined) and error are its `u` and `e`, as for any value.
 */

/** Whether values of the type are held as JSON text. */
export function isJsonType(type: Type | undefined): boolean {
  return type?.kind === 'list' || type?.kind === 'record';
}

/** A value of `type` (compiled as `sql`) as its JSON text: `u` folded into the text, the error kept. */
export function asJson(env: Env, sql: Sql, type: Type | undefined): Sql {
  const d = env.compiler.dialect;
  const text = valueJson(d, sql.v, type);
  const v = sql.u === null ? text : `CASE WHEN ${sql.u} IS NOT NULL THEN ${undeterminedJson(d, sql.u)} ELSE ${text} END`;
  return combine(env.level, [sql], v, null, sql.e);
}

/** The JSON text of a value that is determined. */
export function valueJson(d: Dialect, v: string, type: Type | undefined): string {
  const quoted = (x: string) => `${d.text('"')} || ${x} || ${d.text('"')}`;
  switch (type?.kind) {
    case 'list':
      return `${d.text('[')} || ${v} || ${d.text(']')}`;
    case 'record':
      return v;
    case 'money':
      return quoted(`CAST(CAST(${v} AS ${d.types.money}) AS ${d.types.text})`);
    case 'integer':
      return d.integerText(v);
    case 'boolean':
      return `CASE WHEN ${v} THEN 'true' ELSE 'false' END`;
    case 'date':
      return quoted(d.dateText(v));
    case 'month':
      return quoted(d.monthText(v));
    case 'enum':
      // A member's name: a name of the language, nothing to escape.
      return quoted(v);
    case 'text':
      return quoted(jsonEscaped(d, v, false));
    default:
      throw new Error(`Lovkode internal error: no JSON text for a value of type ${type?.kind ?? 'unknown'}`);
  }
}

/** `{"ubestemt":[…]}` of reasons joined by U+001E. */
export function undeterminedJson(d: Dialect, reasons: string): string {
  return `${d.text('{"ubestemt":["')} || replace(${jsonEscaped(d, reasons, true)}, chr(30), ${d.text('","')}) || ${d.text('"]}')}`;
}

/** The short escapes of `JSON.stringify`; the other control characters are `\u00xx`, in lower case. */
const shortEscapes: Readonly<Record<number, string>> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r' };

/**
 * A text as the inside of a JSON string, escaped as `JSON.stringify` escapes it: the backslash,
 * the quote and the control characters U+0001–U+001F (U+001E kept when it separates reasons).
 * (A NUL character is not escaped: PostgreSQL's texts cannot hold it.) In DuckDB, a text
 * without any of them (most are) skips the 33 replacements: the `.jsonl` lines of the decision,
 * built in the query, took 9.4–9.8 s of CPU for 100 000 households without that test, 5.9–6.2 s
 * with it.
 */
function jsonEscaped(d: Dialect, text: string, keepSeparator: boolean): string {
  let escaped = `replace(replace(${text}, ${d.text('\\')}, ${d.text('\\\\')}), ${d.text('"')}, ${d.text('\\"')})`;
  for (let code = 1; code < 32; code++) {
    if (keepSeparator && code === 30) continue;
    escaped = `replace(${escaped}, chr(${code}), ${d.text(shortEscapes[code] ?? `\\u00${code.toString(16).padStart(2, '0')}`)})`;
  }
  return d.name === 'duckdb' ? `CASE WHEN regexp_matches(${text}, '[\\x01-\\x1f"\\\\]') THEN ${escaped} ELSE ${text} END` : escaped;
}

/** A record's JSON text from its fields' JSON texts, in the type's order (a field without a value is left out). */
export function recordJson(env: Env, fields: ReadonlyArray<{ readonly name: string; readonly json: Sql }>): Sql {
  const d = env.compiler.dialect;
  if (fields.length === 0) return combine(env.level, [], d.text('{}'), null, null);
  const parts = fields.map(({ name, json }, i) => `${d.text(`${i === 0 ? '{' : ','}${JSON.stringify(name)}:`)} || ${json.v}`);
  return combine(
    env.level,
    fields.map((f) => f.json),
    `${parts.join(' || ')} || ${d.text('}')}`,
    null,
    // The first error of the fields, in the order the evaluator builds them.
    firstError(...fields.map((f) => f.json.e)),
  );
}

/** The elements of a list joined (`a + b`): the texts with a comma between them when both have elements. */
export function joinedElements(d: Dialect, a: string, b: string): string {
  return `${a} || CASE WHEN ${a} <> '' AND ${b} <> '' THEN ',' ELSE '' END || ${b}`;
}

/** The JSON text of an element of a list input read whole (`[b]`), from its table's columns. */
export function elementJson(env: Env, row: Level, type: Type | undefined, where: Ast.Expr): Sql {
  const d = env.compiler.dialect;
  const fields = (record: Type | undefined, path: readonly string[]): string => {
    if (record?.kind !== 'record') return refuse(env, where, 'an element read whole that is not a record');
    const parts = [...record.symbol.fields.values()].map((field, i) => {
      const column = [...path, field.name];
      const text = field.type.kind === 'record' ? fields(field.type, column) : field.type.kind === 'list' ? refuse(env, where, 'an element with a list inside, read whole, is not compiled to SQL yet') : valueJson(d, `p.${d.id(column.join('__'))}`, field.type);
      return `${d.text(`${i === 0 ? '{' : ','}${JSON.stringify(field.name)}:`)} || ${text}`;
    });
    return parts.length === 0 ? d.text('{}') : `${parts.join(' || ')} || ${d.text('}')}`;
  };
  return { v: fields(type, []), u: null, e: null, level: row, needs: 0 };
}
