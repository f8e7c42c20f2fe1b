/**
 * Values as the editor shows them (Norwegian: `16 550,00 kr`, `1. mars 2024`) and as rule
 * text (`16 550 kr`, `2024-03`), from the engine's JSON form and the rule language's type.
 */
import { formatDate, formatMonth, formatNumber } from '../../../engine/src/trace/formatting';
import type { Type } from './lib';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `16550.5` → `16 550,5` with a no-break space; with `decimals`, padded: `16 550,50`. */
export function norwegianNumber(text: string, decimals?: number): string {
  return formatNumber(text, decimals, '\u00a0');
}


function isUndetermined(value: unknown): value is { ubestemt: string[] } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Array.isArray((value as Record<string, unknown>)['ubestemt']);
}

/** How a JSON value of `type` reads on screen. Without a type, a best guess. */
export function displayValue(value: unknown, type: Type | undefined): string {
  if (value === null || value === undefined) return '–';
  if (isUndetermined(value)) return `ubestemt (${value.ubestemt.join('; ')})`;
  const kind = type?.kind;
  if (typeof value === 'string') {
    if (kind === 'money' && /^-?\d+(\.\d+)?$/.test(value)) return `${norwegianNumber(value, 2)} kr`;
    if (kind === 'decimal' && /^-?\d+(\.\d+)?$/.test(value)) return norwegianNumber(value);
    if (kind === 'date') return formatDate(value);
    if (kind === 'month') return formatMonth(value);
    if (kind === 'text') return `«${value}»`;
    return value;
  }
  if (typeof value === 'number') return norwegianNumber(String(value));
  if (typeof value === 'boolean') return value ? 'sann' : 'usann';
  if (Array.isArray(value)) {
    const element = type?.kind === 'list' ? type.element : undefined;
    return value.length === 0 ? 'ingen (tom liste)' : `[${value.map((v) => displayValue(v, element)).join(', ')}]`;
  }
  const record = value as Record<string, unknown>;
  const fields = type?.kind === 'record' ? type.symbol.fields : undefined;
  return `{ ${Object.entries(record)
    .map(([k, v]) => `${k}: ${displayValue(v, fields?.get(k)?.type)}`)
    .join(', ')} }`;
}

/** A number in rule syntax: `8 000`, `0,5`, `-12`. */
function literalNumber(text: string): string {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : whole;
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/** A JSON value of `type` written as a literal of the rule language (for `gitt` and `forvent`). */
export function literalOf(value: unknown, type: Type | undefined): string {
  if (isUndetermined(value)) return value.ubestemt[0] ? `ubestemt ${quote(value.ubestemt[0])}` : 'ubestemt';
  const kind = type?.kind;
  if (value === null || value === undefined) throw new Error('Verdien mangler');
  if (kind === 'money') {
    const text = typeof value === 'number' ? String(value) : String(value);
    const [whole = '0', fraction = ''] = text.split('.');
    const trimmed = /^0*$/.test(fraction) ? '' : fraction.padEnd(2, '0');
    return `${literalNumber(trimmed ? `${whole}.${trimmed}` : whole)} kr`;
  }
  if (kind === 'decimal' || kind === 'integer') return literalNumber(String(value));
  if (typeof value === 'boolean') return value ? 'sann' : 'usann';
  if (typeof value === 'string') {
    if (kind === 'text') return quote(value);
    if (kind === 'date' || kind === 'month' || kind === 'enum') return value;
    return /^[\p{L}_][\p{L}\d_]*$/u.test(value) || /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? value : quote(value);
  }
  if (typeof value === 'number') return literalNumber(String(value));
  if (Array.isArray(value)) {
    const element = type?.kind === 'list' ? type.element : undefined;
    return `[${value.map((v) => literalOf(v, element)).join(', ')}]`;
  }
  const fields = type?.kind === 'record' ? type.symbol.fields : undefined;
  const entries = Object.entries(value as Record<string, Json>).map(([k, v]) => `${k}: ${literalOf(v, fields?.get(k)?.type)}`);
  return `{ ${entries.join(', ')} }`;
}

/** Quoted rule text. */
export function textLiteral(text: string): string {
  return quote(text);
}
