import type { Dialect } from '../dialect.js';
import type { Level, Sql } from './query.js';

/**
 * Small builders for the three parts of a compiled expression (value, reasons, error), in the
 * evaluator's order: the left operand's error before the right's, reasons merged as
 * `Undetermined.merge` or the first one taken, as each operation does.
 */

/** The level of a combination: the deepest operand's (a case-level operand is imported first). */
export function combine(level: Level, parts: readonly Sql[], v: string, u: string | null, e: string | null): Sql {
  const constant = parts.every((p) => p.level === undefined);
  return { v, u, e, level: constant ? undefined : level, needs: Math.max(-1, ...parts.map((p) => p.needs)) };
}

/** The first error: `a`'s, else `b`'s (both are evaluated). */
export function firstError(...errors: ReadonlyArray<string | null>): string | null {
  const present = errors.filter((e): e is string => e !== null);
  if (present.length === 0) return null;
  return present.length === 1 ? (present[0] as string) : `COALESCE(${present.join(', ')})`;
}

/** The first undetermined operand's reasons. */
export function firstReasons(...reasons: ReadonlyArray<string | null>): string | null {
  return firstError(...reasons);
}

/** `Undetermined.merge(a, b)`: `a`'s reasons, then `b`'s it does not hold. */
export function mergeReasons(dialect: Dialect, a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return `CASE WHEN ${a} IS NULL THEN ${b} WHEN ${b} IS NULL THEN ${a} ELSE ${dialect.mergeReasons(a, b)} END`;
}

/** Reasons merged in order. */
export function mergeAll(dialect: Dialect, reasons: ReadonlyArray<string | null>): string | null {
  let merged: string | null = null;
  for (const r of reasons) merged = mergeReasons(dialect, merged, r);
  return merged;
}

/** Whether a part is small enough to repeat (a column, a literal). */
export function isSimple(sql: Sql): boolean {
  const simple = (x: string | null) => x === null || x.length <= 48;
  return simple(sql.v) && simple(sql.u) && simple(sql.e) && !/\bCASE\b/.test(sql.v);
}
