import type { Type } from '@lovkode/dsl';
import type { Value } from '../runtime/values.js';
import type { TraceType } from '../trace/trace.js';
import { plainStyle, sameJson, type FormatStyle, type JsonValue } from './codec.js';
import { jsonWriter } from './json.js';
import { codecNamed } from './kinds.js';
import { namedType, type MembersOf } from './names.js';

/** The lists, records and enumerations values are of, by name (`Trace.types`). */
export type TypeTable = Readonly<Record<string, TraceType>>;

/**
 * The one formatter of values (docs/values.md): a JSON value of the type named `type` as a
 * reader sees it — `16 550,00 kr`, `1. mars 2024`, `ja`, `enslig`, `ingen`. An undetermined
 * outcome reads «ikke fastsatt (grunnen)», whatever its type. A value whose type is not
 * known (a trace from before types were recorded) is shown as written, never guessed.
 */
export function formatValue(value: JsonValue | undefined, type: string | undefined, types: TypeTable, style: FormatStyle = plainStyle): string {
  if (value === null || value === undefined) return 'ingen verdi';
  const reasons = undeterminedReasons(value);
  if (reasons !== undefined) return `ikke fastsatt (${reasons.join('; ')})`;
  if (type === undefined) return untyped(value);
  const codec = codecNamed(type);
  if (codec) return codec.format(value, style);
  const described = types[type];
  switch (described?.kind) {
    case 'enum':
      return own(described.labels, String(value)) ?? String(value).replace(/_/g, ' ');
    case 'list': {
      if (!Array.isArray(value)) break;
      if (value.length === 0) return 'ingen';
      const records = types[described.element]?.kind === 'record';
      return value.map((v) => formatValue(v, described.element, types, style)).join(records ? '; ' : ', ');
    }
    case 'record': {
      if (typeof value !== 'object' || Array.isArray(value)) break;
      // An empty list field or a field at its declared default says nothing a family needs
      // («gjelder barn: ingen», «utdanning: ikke under utdanning»). A field with a label (its doc
      // comment) reads «label value»; after one with an empty label (the value alone) the next
      // follows without a comma: «husleie på 8 000,00 kr», «barnets behov må vurderes for barnet født …».
      const defaults = described.defaults;
      const labels = described.labels;
      let text = '';
      let previous: string | undefined;
      for (const [key, field] of Object.entries(value)) {
        const fallback = own(defaults, key);
        if ((Array.isArray(field) && field.length === 0) || (fallback !== undefined && sameJson(fallback, field))) continue;
        const shown = formatValue(field, own(described.fields, key), types, style);
        const label = own(labels, key);
        if (previous !== undefined) text += previous === '' ? ' ' : ', ';
        text += label === undefined ? `${key.replace(/_/g, ' ')}: ${shown}` : label === '' ? shown : `${label} ${shown}`;
        previous = label ?? key;
      }
      return text;
    }
    default:
      break;
  }
  return untyped(value);
}

/**
 * Formats runtime values of a checked type as `formatValue` does (the type named once).
 * `members`: an enumeration's members as the evaluation sees them (a variant's `utvid valg`
 * adds some, with their labels).
 */
export function runtimeFormatter(type: Type | undefined, members?: MembersOf, style: FormatStyle = plainStyle): (value: Value) => string {
  const { name, types } = namedType(type, members);
  const write = jsonWriter(type, false);
  return (value) => formatValue(write(value), name, types, style);
}

/**
 * A JSON value of the type named `type` as rule text, for `gitt`, `overstyr` and `forvent`
 * lines: `7 850 kr`, `2024-03-01`, `sann`, `[{ fødselsdato: 2015-05-01 }]`, `ubestemt "…"`.
 */
export function literalOf(value: JsonValue | undefined, type: string | undefined, types: TypeTable): string {
  if (value === null || value === undefined) throw new Error('Verdien mangler');
  const reasons = undeterminedReasons(value);
  if (reasons !== undefined) return reasons[0] ? `ubestemt ${codecNamed('tekst')?.literal(reasons[0])}` : 'ubestemt';
  const codec = type === undefined ? undefined : codecNamed(type);
  if (codec) return codec.literal(value);
  const described = type === undefined ? undefined : types[type];
  switch (described?.kind) {
    case 'enum':
      return String(value);
    case 'list':
      if (Array.isArray(value)) return `[${value.map((v) => literalOf(v, described.element, types)).join(', ')}]`;
      break;
    case 'record':
      if (typeof value === 'object' && !Array.isArray(value)) {
        return `{ ${Object.entries(value).map(([key, field]) => `${key}: ${literalOf(field, described.fields[key], types)}`).join(', ')} }`;
      }
      break;
    default:
      break;
  }
  throw new Error(`Verdien ${JSON.stringify(value)} kan ikke skrives som en verdi av typen ${type ?? 'ukjent'}`);
}

/** A value by key, own keys only: field and member names may be any name (`constructor`). */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function undeterminedReasons(value: JsonValue): readonly string[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const reasons = value['ubestemt'];
  return Object.keys(value).length === 1 && Array.isArray(reasons) ? reasons.map(String) : undefined;
}

function untyped(value: JsonValue): string {
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  if (Array.isArray(value)) return value.length === 0 ? 'ingen' : value.map((v) => (v === null ? 'ingen verdi' : untyped(v))).join(', ');
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([key, field]) => `${key.replace(/_/g, ' ')}: ${field === null ? 'ingen verdi' : untyped(field)}`).join(', ');
  return String(value);
}
