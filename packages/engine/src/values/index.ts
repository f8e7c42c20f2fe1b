/**
 * Values by type (docs/values.md): one codec per scalar type, and the composite types built
 * from them. Nothing outside this folder decides what a value is from its shape.
 */
export type { FormatStyle, JsonSchema, JsonValue, ScalarCodec, ScalarTypeName, SchemaNode, Violation } from './codec.js';
export { plainStyle } from './codec.js';
export { codecNamed, codecOfSchema, scalarCodec } from './kinds.js';
export { commonAmount, decimalsOf } from './money.js';
export * from './limits.js';
export { formatNumber } from './numbers.js';
export { formatValue, runtimeFormatter, literalOf, type TypeTable } from './format.js';
export { fromJson, jsonReader, jsonWriter, toJson, type FieldDefault, type JsonReader, type JsonWriter } from './json.js';
export { namedType, TypeDescriptions, TypeNames } from './names.js';
