/**
 * Structural equality of syntax trees, ignoring where they are written (spans). Two
 * expressions that are equal here mean the same thing; used for conflict detection and by
 * the formatter's round-trip guarantee. A property that is `undefined` counts as absent.
 * (The checker compares every pair of definitions of a rule; this walk allocates nothing.)
 */
export function equalIgnoringSpans(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equalIgnoringSpans(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let present = 0;
  for (const key in x) {
    if (key === 'span' || x[key] === undefined) continue;
    present++;
    if (!equalIgnoringSpans(x[key], y[key])) return false;
  }
  for (const key in y) if (key !== 'span' && y[key] !== undefined) present--;
  return present === 0;
}
