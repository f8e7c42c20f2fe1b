/**
 * Values as the editor shows them and writes them into rule text: the engine's one formatter
 * of values (docs/values.md), by the value's type — as the justification shows them
 * (`16 550,00 kr`, `1. mars 2024`, `ja`), with a no-break space in amounts so that they never
 * wrap — and the rule language's literals (`16 550 kr`, `2024-03`) for `gitt` and `forvent`.
 */
import { formatNumber } from '@lovkode/engine';
import { formatValue, literalOf as literalOfNamed, namedType, type JsonValue, type Type, type TypeTable } from './lib';

const editorStyle = { group: '\u00a0' };

/** `16550.5` → `16 550,5` with a no-break space; with `decimals`, padded: `16 550,50`. */
export function norwegianNumber(text: string, decimals?: number): string {
  return formatNumber(text, decimals, editorStyle.group);
}

/** A JSON value of the type named `type` (a trace's or a test failure's) as the editor shows it. */
export function showValue(value: JsonValue | undefined, type: string | undefined, types: TypeTable): string {
  return formatValue(value, type, types, editorStyle);
}

/** A JSON value of a checked type as the editor shows it. */
export function displayValue(value: unknown, type: Type | undefined): string {
  const { name, types } = namedType(type);
  return showValue(value as JsonValue | undefined, name, types);
}

/** A JSON value of `type` written as a literal of the rule language (for `gitt` and `forvent`). */
export function literalOf(value: unknown, type: Type | undefined): string {
  const { name, types } = namedType(type);
  return literalOfNamed(value as JsonValue | undefined, name, types);
}

/** Quoted rule text. */
export function textLiteral(text: string): string {
  return literalOfNamed(text, 'tekst', {});
}
