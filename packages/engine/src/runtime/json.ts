import type { FieldSymbol, Type } from '@lovkode/dsl';
import type { JsonValue } from '../trace/trace';
import { EvaluationError } from './errors';
import { Decimal, isDecimal, isUndetermined, type RecordValue, type Value } from './values';

/** The value of a record field left out of the input: its declared default. */
export type FieldDefault = (field: FieldSymbol) => Value | undefined;

/**
 * Conversion between JSON and runtime values by type (docs/engine.md §2). Input JSON has
 * been validated against the schema before it gets here.
 */
export function fromJson(json: unknown, type: Type, fieldDefault: FieldDefault = () => undefined): Value {
  switch (type.kind) {
    case 'money':
    case 'decimal':
      return new Decimal(typeof json === 'number' ? String(json) : (json as string));
    case 'list':
      return (json as unknown[]).map((item) => fromJson(item, type.element, fieldDefault));
    case 'record': {
      const record: Record<string, Value> = {};
      const object = json as Record<string, unknown>;
      for (const field of type.symbol.fields.values()) {
        const given = object[field.name];
        const value = given !== undefined ? fromJson(given, field.type, fieldDefault) : fieldDefault(field);
        if (value !== undefined) record[field.name] = value;
      }
      return record;
    }
    default:
      return json as Value;
  }
}

/**
 * A value as JSON: amounts with two decimals, undetermined outcomes as `{ ubestemt: [...] }`.
 * Results are `strict`: an amount that is not a whole number of øre is an error (LK7008);
 * the trace shows intermediate amounts exactly as they are.
 */
export function toJson(value: Value, type: Type | undefined, strict = true): JsonValue {
  if (isUndetermined(value)) return { ubestemt: [...value.reasons] };
  if (isDecimal(value)) {
    if (type?.kind !== 'money') return value.toString();
    if (value.decimalPlaces() > 2) {
      if (!strict) return value.toString();
      throw new EvaluationError('LK7008', `Beløpet ${value.toString()} er ikke et helt antall øre; rund av med avrund(…) i reglene`);
    }
    return value.toFixed(2);
  }
  if (Array.isArray(value)) return value.map((item) => toJson(item, type?.kind === 'list' ? type.element : undefined, strict));
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [key, field] of Object.entries(value as RecordValue)) {
      out[key] = toJson(field, type?.kind === 'record' ? type.symbol.fields.get(key)?.type : undefined, strict);
    }
    return out;
  }
  return value as JsonValue;
}
