/**
 * Values by type (docs/values.md): one codec per scalar type, and the composite types built
 * from them. Nothing outside this folder decides what a value is from its shape.
 */
export type { FormatStyle, JsonSchema, JsonValue, ScalarCodec, ScalarTypeName, SchemaNode, Violation } from './codec';
export { plainStyle } from './codec';
export { codecNamed, codecOfSchema, scalarCodec } from './kinds';
export { commonAmount, decimalsOf } from './money';
export * from './limits';
export { formatNumber } from './numbers';
export { formatValue, runtimeFormatter, literalOf, type TypeTable } from './format';
export { fromJson, jsonReader, jsonWriter, toJson, type FieldDefault, type JsonReader, type JsonWriter } from './json';
export { namedType, TypeNames } from './names';
