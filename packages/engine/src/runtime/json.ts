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
      return typeof json === 'string' ? decimalOf(json) : new Decimal(json as number);
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
 * A decimal string as an exact `Decimal`. Whole amounts (`"11150"`, `"11150.00"`) are by far
 * the most common; as integers they take decimal.js's fast path, with the same value.
 */
function decimalOf(text: string): Decimal {
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : /^\.0*$/.test(text.slice(dot)) ? text.slice(0, dot) : undefined;
  if (whole !== undefined && whole.length > 0 && whole.length <= 7 && whole.charCodeAt(0) !== 45 /* - */) return new Decimal(Number(whole));
  return new Decimal(text);
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
    return twoDecimals(value);
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

/** An amount of at most two decimals with exactly two: `toFixed(2)`, without its rounding pass. */
function twoDecimals(value: Decimal): string {
  const text = value.toString();
  if (text.includes('e') || value.isZero()) return value.toFixed(2);
  const dot = text.indexOf('.');
  if (dot < 0) return `${text}.00`;
  return text.length - dot === 2 ? `${text}0` : text;
}
