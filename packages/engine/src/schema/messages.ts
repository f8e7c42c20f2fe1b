/**
 * Plain Norwegian wording of input violations, shared by the schema validator and the check
 * of overrides so that one mistake reads the same wherever it is found.
 */

/** How much of a value a message quotes. */
const QUOTE_LIMIT = 40;

/** A value as a message quotes it: escaped, and shortened if long. */
export function quote(text: string): string {
  const escaped = JSON.stringify(text.length > QUOTE_LIMIT * 2 ? text.slice(0, QUOTE_LIMIT * 2) : text).slice(1, -1);
  return `«${escaped.length > QUOTE_LIMIT ? `${escaped.slice(0, QUOTE_LIMIT)}…` : escaped}»`;
}

/** What a value is, in words: «teksten «abc»», «tallet 5», «en liste» … */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'ingen verdi';
  switch (typeof value) {
    case 'boolean':
      return `sannhetsverdien ${value}`;
    case 'number':
      return Number.isFinite(value) ? `tallet ${String(value)}` : `et ugyldig tall (${String(value)})`;
    case 'string':
      return `teksten ${quote(value)}`;
    case 'object':
      return Array.isArray(value) ? 'en liste' : 'et objekt';
    default:
      return 'en verdi som ikke finnes i JSON';
  }
}

export function expected(what: string, value: unknown): string {
  return `Forventet ${what}, men fikk ${describeValue(value)}`;
}

export const missingField = (name: string): string => `Feltet ${quote(name)} mangler`;
export const emptyField = (name: string): string => `Feltet ${quote(name)} kan ikke være tomt`;
export const listTooLong = (length: number, limit: number): string => `Listen har for mange elementer (${length}); høyst ${limit} er tillatt`;
export const textTooLong = (length: number, limit: number): string => `Teksten er for lang (${length} tegn); høyst ${limit} er tillatt`;
export const tooManyFields = (count: number, limit: number): string => `Objektet har for mange felt (${count}); høyst ${limit} er tillatt`;

export function unknownField(name: string, known: readonly string[]): string {
  const suggestion = closest(name, known);
  return `Ukjent felt ${quote(name)}${suggestion === undefined ? '' : ` (mente du ${quote(suggestion)}?)`}`;
}

/** The known name within a small edit distance of `name`, if there is exactly one best. */
export function closest(name: string, known: readonly string[]): string | undefined {
  if (name.length > 64) return undefined;
  const limit = name.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - name.length) > limit || candidate.length > 64) continue;
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** A JSON pointer segment (`~` → `~0`, `/` → `~1`). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
