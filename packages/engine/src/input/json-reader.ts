import { InputError } from '../runtime/errors.js';
import { findAmbiguities, position } from './json-ambiguities.js';

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
    throw new JsonSyntaxError(syntaxReason(error instanceof Error ? error.message : String(error), source));
  }
  const ambiguities = findAmbiguities(source);
  if (ambiguities.length > 0) throw new InputError('LK7009', ambiguities);
  return value;
}

/**
 * What `JSON.parse` says is wrong, in Norwegian, with the line and column where it says so:
 * «forventet «,» eller «}» etter en verdi; linje 1, kolonne 8». A message not known here keeps
 * the parser's words (its position as a line and column too).
 */
function syntaxReason(message: string, text: string): string {
  const at = /(?: in JSON)? at position (\d+)/.exec(message);
  const words = knownReason(message) ?? (at ? message.slice(0, at.index) : message);
  return at ? `${words}; ${position(text, Number(at[1]))}` : words;
}

function knownReason(message: string): string | undefined {
  for (const [regex, words] of SYNTAX_REASONS) {
    const match = regex.exec(message);
    if (match) return words(match);
  }
  return undefined;
}

/** V8's messages of `JSON.parse` (Node.js 20) and what they mean. */
const SYNTAX_REASONS: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => string]> = [
  [/^Unexpected end of JSON input/, () => 'teksten slutter før JSON-verdien er ferdig'],
  [/^Expected double-quoted property name/, () => 'forventet et feltnavn i anførselstegn'],
  [/^Expected property name or '}'/, () => 'forventet et feltnavn i anførselstegn eller «}»'],
  [/^Expected ',' or '}' after property value/, () => 'forventet «,» eller «}» etter en verdi'],
  [/^Expected ',' or '\]' after array element/, () => 'forventet «,» eller «]» etter et element i listen'],
  [/^Expected ':' after property name/, () => 'forventet «:» etter feltnavnet'],
  [/^Unterminated string/, () => 'en tekst mangler det avsluttende anførselstegnet'],
  [/^Bad control character in string literal/, () => 'et kontrolltegn står rett i en tekst (skriv det som \\n, \\t eller \\u…)'],
  [/^Bad escaped character/, () => 'en ugyldig \\-sekvens i en tekst'],
  [/^Unexpected non-whitespace character after JSON/, () => 'mer tekst etter JSON-verdien'],
  [/^No number after minus sign/, () => 'et minustegn uten tall etter seg'],
  [/^Exponent part is missing a number/, () => 'en eksponent uten tall'],
  [/^Unterminated fractional number/, () => 'et desimaltall uten sifre etter punktumet'],
  // Without a position; the message goes on to quote the whole text, which is left out.
  [/^Unexpected token '(.*?)',/, (match) => `uventet tegn «${match[1]}»`],
];

/** The text is not JSON at all (`LK7005`); `reason` is what is wrong and where, in Norwegian. */
export class JsonSyntaxError extends InputError {
  constructor(readonly reason: string) {
    super('LK7005', [{ path: '', message: `Ikke gyldig JSON (${reason})` }]);
    this.name = 'JsonSyntaxError';
  }
}
