import type { Value } from '../runtime/values.js';

/** A value in its JSON form (case input, results, the trace). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
/** A JSON Schema node as generated (input-schema.ts). */
export type JsonSchema = { [keyword: string]: JsonValue };
/** A schema node as the validator meets it. */
export type SchemaNode = { readonly [keyword: string]: unknown };

/** The names of the scalar types, as the rules and the trace write them. */
export type ScalarTypeName = 'beløp' | 'tall' | 'heltall' | 'sannhetsverdi' | 'tekst' | 'dato' | 'måned';

/** What is wrong with a JSON value; `size` when it is too large rather than malformed (LK7007). */
export interface Violation {
  readonly message: string;
  readonly size: boolean;
}

/** How a value is shown: the space that groups digits (the editor uses a no-break space). */
export interface FormatStyle {
  readonly group: string;
}

export const plainStyle: FormatStyle = { group: ' ' };

/**
 * Everything Lovkode knows about one scalar type, in one place (docs/values.md): how its
 * JSON is described, checked, read and written, and how it is shown to people and in rules.
 */
export interface ScalarCodec {
  readonly name: ScalarTypeName;
  /** The JSON Schema node of a value (`negativeAllowed` matters for amounts only). */
  schema(negativeAllowed: boolean): JsonSchema;
  /** The JSON Schema node of a value as `write` writes it (results, OpenAPI). */
  resultSchema(): JsonSchema;
  /** Is a generated schema node this type's? (The validator's way from an ajv error back to the type.) */
  describes(node: SchemaNode): boolean;
  /** A short Norwegian description, for the schema. */
  describe(negativeAllowed: boolean): string;
  /** What is wrong with a JSON value the schema refused; `field` is the field it was given for. */
  violation(data: unknown, node: SchemaNode, field: string | undefined): Violation;
  /** A validated JSON value as a runtime value. */
  read(json: unknown): Value;
  /** A runtime value as JSON; `strict`: a result must be exact (an amount in whole øre, LK7008). */
  write(value: Value, strict: boolean): JsonValue;
  /** A JSON value as a reader sees it: `7 850,00 kr`, `1. mars 2024`, `ja`. */
  format(json: JsonValue, style: FormatStyle): string;
  /** A JSON value as rule text: `7 850 kr`, `2024-03-01`, `sann`. */
  literal(json: JsonValue): string;
}

export function plain(message: string): Violation {
  return { message, size: false };
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Whether two JSON values have the same text (`JSON.stringify`): the same keys in the same order, the same values. */
export function sameJson(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i] as JsonValue, b[i] as JsonValue)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // The values first, without lists of keys: two records of a case (its persons, its incomes) that
  // are compared differ in a value far more often than in their keys (a trace compares many).
  for (const key in a) {
    if (!hasOwn.call(a, key)) continue;
    if (!hasOwn.call(b, key) || !sameJson(a[key] as JsonValue, b[key] as JsonValue)) return false;
  }
  // The same value for each of the first's keys: the same text when the keys are the same, in the same order.
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== others[i]) return false;
  return true;
}
