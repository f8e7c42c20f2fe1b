/**
 * Structural equality of syntax trees, ignoring where they are written (spans). Two
 * expressions that are equal here mean the same thing; used for conflict detection and by
 * the formatter's round-trip guarantee.
 */
export function equalIgnoringSpans(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => equalIgnoringSpans(item, b[i]));
  }
  if (Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => k !== 'span' && (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => k !== 'span' && (b as Record<string, unknown>)[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => equalIgnoringSpans((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
