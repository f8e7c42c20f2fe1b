import type { FieldSymbol, Type } from '@lovkode/dsl';
import type { JsonValue } from '../trace/trace';
import { EvaluationError } from './errors';
import { Decimal, isDecimal, isUndetermined, type RecordValue, type Value } from './values';

/** The value of a record field left out of the input: its declared default. */
export type FieldDefault = (field: FieldSymbol) => Value | undefined;

/** Reads one validated JSON value of a type as a runtime value. */
export type JsonReader = (json: unknown, fieldDefault: FieldDefault) => Value;
/** Writes one runtime value of a type as JSON. */
export type JsonWriter = (value: Value) => JsonValue;

const noDefault: FieldDefault = () => undefined;

/**
 * Conversion between JSON and runtime values by type (docs/engine.md §2). Input JSON has
 * been validated against the schema before it gets here.
 *
 * Every type gets its reader and writer built once (records once per declaration, since the
 * checker makes a new type object for each use of a record's name): a list of records is
 * converted by a loop over the record's fields with their converters at hand, not by
 * working the types out again for every value of every case.
 */
export function fromJson(json: unknown, type: Type, fieldDefault: FieldDefault = noDefault): Value {
  return jsonReader(type)(json, fieldDefault);
}

/**
 * A value as JSON: amounts with two decimals, undetermined outcomes as `{ ubestemt: [...] }`.
 * Results are `strict`: an amount that is not a whole number of øre is an error (LK7008);
 * the trace shows intermediate amounts exactly as they are.
 */
export function toJson(value: Value, type: Type | undefined, strict = true): JsonValue {
  return jsonWriter(type, strict)(value);
}

const readers = new WeakMap<object, JsonReader>();
const strictWriters = new WeakMap<object, JsonWriter>();
const looseWriters = new WeakMap<object, JsonWriter>();

function cacheKey(type: Type): object {
  return type.kind === 'record' ? type.symbol : type;
}

/** The reader of a type (see `fromJson`), built once. */
export function jsonReader(type: Type): JsonReader {
  const key = cacheKey(type);
  let reader = readers.get(key);
  if (!reader) readers.set(key, (reader = buildReader(type)));
  return reader;
}

function buildReader(type: Type): JsonReader {
  switch (type.kind) {
    case 'money':
    case 'decimal':
      return (json) => (typeof json === 'string' ? decimalOf(json) : new Decimal(json as number));
    case 'list': {
      let element: JsonReader | undefined;
      return (json, fieldDefault) => {
        const read = (element ??= jsonReader(type.element));
        const items = json as unknown[];
        const list: Value[] = [];
        for (let i = 0; i < items.length; i++) list.push(read(items[i], fieldDefault));
        return list;
      };
    }
    case 'record': {
      // Built on first use: a record's fields may (through a list) contain the record itself.
      let fields: Array<{ readonly name: string; readonly symbol: FieldSymbol; readonly read: JsonReader }> | undefined;
      return (json, fieldDefault) => {
        fields ??= [...type.symbol.fields.values()].map((symbol) => ({ name: symbol.name, symbol, read: jsonReader(symbol.type) }));
        const record: Record<string, Value> = {};
        const object = json as Record<string, unknown>;
        for (const field of fields) {
          const given = object[field.name];
          const value = given !== undefined ? field.read(given, fieldDefault) : fieldDefault(field.symbol);
          if (value !== undefined) record[field.name] = value;
        }
        return record;
      };
    }
    default:
      return (json) => json as Value;
  }
}

/** The writer of a type (see `toJson`), built once. */
export function jsonWriter(type: Type | undefined, strict: boolean): JsonWriter {
  if (!type) return strict ? untypedStrict : untypedLoose;
  const cache = strict ? strictWriters : looseWriters;
  const key = cacheKey(type);
  let writer = cache.get(key);
  if (!writer) cache.set(key, (writer = buildWriter(type, strict)));
  return writer;
}

/**
 * The writer of a type. A value is written by what it is (a `Decimal` as an amount or a
 * decimal, a list, a record …); the type says how amounts are written and gives the types
 * of list elements and record fields.
 */
function buildWriter(type: Type | undefined, strict: boolean): JsonWriter {
  const money = type?.kind === 'money';
  let element: JsonWriter | undefined;
  let fields: Array<{ readonly name: string; readonly write: JsonWriter }> | undefined;
  return (value) => {
    if (isUndetermined(value)) return { ubestemt: [...value.reasons] };
    if (isDecimal(value)) return money ? amountJson(value, strict) : value.toString();
    if (Array.isArray(value)) {
      const write = (element ??= jsonWriter(type?.kind === 'list' ? type.element : undefined, strict));
      const list: JsonValue[] = [];
      for (let i = 0; i < value.length; i++) list.push(write(value[i] as Value));
      return list;
    }
    if (typeof value === 'object') {
      const record = value as RecordValue;
      const out: Record<string, JsonValue> = {};
      if (type?.kind === 'record') {
        fields ??= [...type.symbol.fields.values()].map((field) => ({ name: field.name, write: jsonWriter(field.type, strict) }));
        for (const field of fields) {
          const given = record[field.name];
          if (given !== undefined) out[field.name] = field.write(given);
        }
      } else {
        const write = jsonWriter(undefined, strict);
        for (const key in record) out[key] = write(record[key] as Value);
      }
      return out;
    }
    return value as JsonValue;
  };
}

const untypedStrict = buildWriter(undefined, true);
const untypedLoose = buildWriter(undefined, false);

/**
 * A decimal string as an exact `Decimal`. Whole amounts (`"11150"`, `"11150.00"`) are by far
 * the most common; as integers they take decimal.js's fast path, with the same value.
 */
function decimalOf(text: string): Decimal {
  let whole = 0;
  let end = 0;
  for (; end < text.length && end < 8; end++) {
    const c = text.charCodeAt(end);
    if (c < 48 || c > 57) break;
    whole = whole * 10 + c - 48;
  }
  // Up to seven digits, then nothing or a point and only zeros.
  if (end === 0 || end > 7) return new Decimal(text);
  let rest = end;
  if (text.charCodeAt(end) === 46 /* . */) {
    rest++;
    while (rest < text.length && text.charCodeAt(rest) === 48) rest++;
  }
  if (rest === text.length) return new Decimal(whole);
  return new Decimal(text);
}

/**
 * An amount with exactly two decimals, written from decimal.js's representation where that
 * is plain (see `commonAmount`), else read off its one `toString()`. The amounts of a result
 * are written out for every case; `toFixed(2)` and `decimalPlaces()` each cost as much again.
 */
function amountJson(value: Decimal, strict: boolean): string {
  const common = commonAmount(value);
  if (common !== undefined) return common;
  const text = value.toString();
  if (!text.includes('e')) {
    const dot = text.indexOf('.');
    if (dot < 0) return `${text}.00`;
    const places = text.length - dot - 1;
    if (places === 2) return text;
    if (places === 1) return `${text}0`;
  } else if (value.decimalPlaces() <= 2) {
    return value.toFixed(2);
  }
  if (!strict) return text;
  throw new EvaluationError('LK7008', `Beløpet ${text} er ikke et helt antall øre; rund av med avrund(…) i reglene`);
}

/**
 * The two-decimal text of zero or of an amount of at least 1 and under 10 000 000 (kroner) in
 * whole øre, from the documented read-only properties of a decimal.js value: `d`, its digits
 * in words of seven, `e`, its exponent, and `s`, its sign. Such an amount is one word before
 * the decimal point and at most one after it (`984.5` is `d = [984, 5000000]`, `e = 2`).
 * Anything else, `undefined`.
 */
export function commonAmount(value: Decimal): string | undefined {
  const { d, e, s } = value;
  if (!d || e < 0 || e > 6 || d.length > 2) return undefined;
  const whole = d[0] as number;
  if (whole === 0) return '0.00';
  const sign = s < 0 ? '-' : '';
  if (d.length === 1) return `${sign}${whole}.00`;
  const fraction = d[1] as number;
  if (fraction % 100_000 !== 0) return undefined;
  const cents = fraction / 100_000;
  return `${sign}${whole}.${cents < 10 ? '0' : ''}${cents}`;
}
