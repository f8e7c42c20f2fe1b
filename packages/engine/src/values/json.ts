import type { FieldSymbol, Type } from '@lovkode/dsl';
import { isDecimal, isUndetermined, type RecordValue, type Value } from '../runtime/values.js';
import type { JsonValue } from './codec.js';
import { scalarCodec } from './kinds.js';
import { oreText } from '../runtime/ore.js';

/** The value of a record field left out of the input: its declared default. */
export type FieldDefault = (field: FieldSymbol) => Value | undefined;

/** Reads one validated JSON value of a type as a runtime value. */
export type JsonReader = (json: unknown, fieldDefault: FieldDefault) => Value;
/** Writes one runtime value of a type as JSON. */
export type JsonWriter = (value: Value) => JsonValue;

const noDefault: FieldDefault = () => undefined;

/**
 * Conversion between JSON and runtime values by type (docs/engine.md §2, docs/values.md):
 * scalars by their codecs, lists and records by their parts. Input JSON has
 * been validated against the schema before it gets here.
 *
 * `fromJson` and `toJson` build the converter of the type for this one value; code that
 * converts many values asks the `JsonCodecs` of its compiled rule set, which builds each
 * type's reader and writer once.
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

/**
 * The readers and writers of the types of one compiled rule set, each built once (records
 * once per declaration, since the checker makes a new type object for each use of a
 * record's name): a list of records is converted by a loop over the record's fields with
 * their converters at hand, not by working the types out again for every value of every
 * case. Owned by the compiler of a checked rule set (`RuleSet`), and lives as long as it.
 */
export class JsonCodecs {
  private readonly readers = new Map<object, JsonReader>();
  private readonly strictWriters = new Map<object, JsonWriter>();
  private readonly looseWriters = new Map<object, JsonWriter>();
  private readonly oreWriters = new Map<object, JsonWriter>();

  reader(type: Type): JsonReader {
    const key = cacheKey(type);
    let reader = this.readers.get(key);
    if (!reader) this.readers.set(key, (reader = buildReader(type, (part) => this.reader(part))));
    return reader;
  }

  writer(type: Type | undefined, strict: boolean): JsonWriter {
    if (!type) return strict ? untypedStrict : untypedLoose;
    const cache = strict ? this.strictWriters : this.looseWriters;
    const key = cacheKey(type);
    let writer = cache.get(key);
    if (!writer) cache.set(key, (writer = buildWriter(type, strict, (part) => this.writer(part, strict))));
    return writer;
  }

  /**
   * The writer of a result of the fast path, where amounts are integer øre: it writes what the
   * strict writer writes of the same value in kroner (an amount in øre is always a whole number
   * of øre).
   */
  oreWriter(type: Type): JsonWriter {
    const key = cacheKey(type);
    let writer = this.oreWriters.get(key);
    if (!writer) this.oreWriters.set(key, (writer = buildWriter(type, true, (part) => (part ? this.oreWriter(part) : untypedStrict), oreText)));
    return writer;
  }
}

function cacheKey(type: Type): object {
  return type.kind === 'record' ? type.symbol : type;
}

/** The reader of a type (see `fromJson`), built now; its parts are built on first use. */
export function jsonReader(type: Type): JsonReader {
  return buildReader(type, jsonReader);
}

function buildReader(type: Type, part: (type: Type) => JsonReader): JsonReader {
  const codec = scalarCodec(type);
  if (codec) return (json) => codec.read(json);
  switch (type.kind) {
    case 'list': {
      let element: JsonReader | undefined;
      return (json, fieldDefault) => {
        const read = (element ??= part(type.element));
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
        fields ??= [...type.symbol.fields.values()].map((symbol) => ({ name: symbol.name, symbol, read: part(symbol.type) }));
        const record: Record<string, Value> = {};
        const object = json as Record<string, unknown>;
        for (const field of fields) {
          // Own properties only: a field named `toString` that the case leaves out is absent, not the inherited function.
          const given = Object.prototype.hasOwnProperty.call(object, field.name) ? object[field.name] : undefined;
          const value = given !== undefined ? field.read(given, fieldDefault) : fieldDefault(field.symbol);
          if (value !== undefined) record[field.name] = value;
        }
        return record;
      };
    }
    default:
      // An enumeration member is its name; `ubestemt` and erroneous types have no JSON of their own.
      return (json) => json as Value;
  }
}

/** The writer of a type (see `toJson`), built now; its parts are built on first use. */
export function jsonWriter(type: Type | undefined, strict: boolean): JsonWriter {
  if (!type) return strict ? untypedStrict : untypedLoose;
  return buildWriter(type, strict, (element) => jsonWriter(element, strict));
}

/**
 * The writer of a type: an undetermined outcome as `{ ubestemt: [...] }` whatever the type,
 * a scalar by its codec, lists and records by their parts. Without a type (a test's
 * expectation for a name that is not an output) a value is written as what it is at run
 * time: a `Decimal` as a decimal string, never as an amount. With `ore`, amounts are integer
 * øre (the fast path's results), written by it.
 */
function buildWriter(type: Type | undefined, strict: boolean, part: (type: Type | undefined) => JsonWriter, ore?: (øre: number) => string): JsonWriter {
  if (ore && type?.kind === 'money') return (value) => (isUndetermined(value) ? { ubestemt: [...value.reasons] } : ore(value as number));
  const codec = type === undefined ? undefined : scalarCodec(type);
  if (codec) return (value) => (isUndetermined(value) ? { ubestemt: [...value.reasons] } : codec.write(value, strict));
  let element: JsonWriter | undefined;
  let fields: Array<{ readonly name: string; readonly write: JsonWriter }> | undefined;
  return (value) => {
    if (isUndetermined(value)) return { ubestemt: [...value.reasons] };
    if (isDecimal(value)) return value.toString();
    if (Array.isArray(value)) {
      const write = (element ??= part(type?.kind === 'list' ? type.element : undefined));
      const list: JsonValue[] = [];
      for (let i = 0; i < value.length; i++) list.push(write(value[i] as Value));
      return list;
    }
    if (typeof value === 'object') {
      const record = value as RecordValue;
      const out: Record<string, JsonValue> = {};
      if (type?.kind === 'record') {
        fields ??= [...type.symbol.fields.values()].map((field) => ({ name: field.name, write: part(field.type) }));
        for (const field of fields) {
          const given = record[field.name];
          if (given !== undefined) out[field.name] = field.write(given);
        }
      } else {
        const write = part(undefined);
        for (const key in record) out[key] = write(record[key] as Value);
      }
      return out;
    }
    return value as JsonValue;
  };
}

/**
 * Whether a value as JSON is determined, anywhere inside: an undetermined outcome is written
 * `{ ubestemt: [...] }` whatever its type.
 */
export function determined(value: JsonValue): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(determined);
  if (Object.hasOwn(value, 'ubestemt')) return false;
  return Object.values(value).every(determined);
}

// Without a type, a value's parts are untyped too.
const untypedStrict: JsonWriter = buildWriter(undefined, true, () => untypedStrict);
const untypedLoose: JsonWriter = buildWriter(undefined, false, () => untypedLoose);
