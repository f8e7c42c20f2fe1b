import { InputError } from '../runtime/errors.js';
import { findAmbiguities } from './json-ambiguities.js';

/**
 * The one reader of a case's JSON text, for the CLI (`lovkode run`, `lovkode diff --cases`),
 * the HTTP service and embedders (docs/engine.md §8). Stricter than `JSON.parse`, which it
 * uses for the structure: a field given twice in one object, and a number that would not be
 * read exactly (more than 15 significant digits, or out of a double's range), are errors
 * (`LK7009`) at their JSON path and position, never a silently chosen or rounded value.
 * Amounts that need more digits are sent as decimal strings (`"99999999999999.99"`).
 *
 *   readJson('{"husleie": 8000.50}')            // { husleie: 8000.5 }
 *   readJson('{"husleie": 1, "husleie": 2}')    // throws InputError LK7009 at /husleie
 *
 * A leading byte-order mark is ignored.
 */
export function readJson(text: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new JsonSyntaxError(error instanceof Error ? error.message : String(error));
  }
  const ambiguities = findAmbiguities(source);
  if (ambiguities.length > 0) throw new InputError('LK7009', ambiguities);
  return value;
}

/** The text is not JSON at all (`LK7005`); `reason` is the parser's own words. */
export class JsonSyntaxError extends InputError {
  constructor(readonly reason: string) {
    super('LK7005', [{ path: '', message: `Ikke gyldig JSON (${reason})` }]);
    this.name = 'JsonSyntaxError';
  }
}
