export {
  inputSchema,
  valueSchema,
  describeType,
  OVERRIDES_PROPERTY,
  MONEY_KEYWORD,
  SCHEMA_DIALECT,
  MAX_LIST_ITEMS,
  MAX_TEXT_LENGTH,
  MAX_OVERRIDES,
  type JsonSchema,
  type JsonValue,
  type InputSchemaOptions,
  type ValueSchemaOptions,
} from './input-schema.js';
export { createInputValidator, inputErrorCode, isSizeViolation, MAX_VIOLATIONS, MAX_FIELDS, type InputValidator } from './validate.js';
export { checkOverrides, OverrideCheckers, type DiscretionInfo } from './overrides.js';
