import type { Type } from '@lovkode/dsl';
import { isDecimal, isUndetermined, type RecordValue, type Value } from '../runtime/values';
import { formatDate, formatMonth, formatNumber } from './formatting';

/** A value as a family reads it in a justification: `16 550,00 kr`, `1. mars 2024`, `ja`. */
export function formatValue(value: Value, type: Type | undefined): string {
  if (isUndetermined(value)) return `ikke fastsatt (${value.reasons.join('; ')})`;
  if (isDecimal(value)) {
    if (type?.kind === 'money') return `${formatNumber(value.decimalPlaces() > 2 ? value.toString() : value.toFixed(2), 2)} kr`;
    return formatNumber(value.toString());
  }
  if (typeof value === 'number') return formatNumber(String(value));
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  if (typeof value === 'string') {
    if (type?.kind === 'date') return formatDate(value);
    if (type?.kind === 'month') return formatMonth(value);
    if (type?.kind === 'enum') return value.replace(/_/g, ' ');
    return value;
  }
  if (Array.isArray(value)) {
    const element = type?.kind === 'list' ? type.element : undefined;
    return value.length === 0 ? 'ingen' : value.map((v) => formatValue(v, element)).join(', ');
  }
  const record = value as RecordValue;
  return Object.entries(record)
    .map(([k, v]) => `${k.replace(/_/g, ' ')}: ${formatValue(v, type?.kind === 'record' ? type.symbol.fields.get(k)?.type : undefined)}`)
    .join(', ');
}
