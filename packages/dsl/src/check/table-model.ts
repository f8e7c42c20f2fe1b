import type * as A from '../ast/ast.js';
import type { Citation } from './symbols.js';

/**
 * A checked rate table, ready for lookup: one entry per (keys, period), the form the
 * evaluator indexes. Produced by the checker from the table's rows, so that no other part
 * interprets table headers again.
 */
export interface TableModel {
  /** Rows carry a `fra` day. */
  readonly dated: boolean;
  readonly entries: readonly TableEntry[];
}

export type TableEntryValue =
  | { readonly kind: 'value'; readonly expr: A.Expr }
  | { readonly kind: 'unknown'; readonly message: string };

export interface TableEntry {
  /**
   * One key per table parameter: the member name for a `valg` key, the canonical literal
   * text otherwise; undefined where an `ukjent` row covers every key.
   */
  readonly keys: ReadonlyArray<string | undefined>;
  /** ISO day the entry applies from (dated tables). */
  readonly validFrom: string | undefined;
  /** ISO day the entry applies to, inclusive, when the row has a `til` cell. */
  readonly validTo: string | undefined;
  readonly value: TableEntryValue;
  readonly citations: readonly Citation[];
  readonly row: A.TableRow;
  readonly cell: A.TableCell;
}

/** The text a key takes in `TableEntry.keys` for a literal or enum member written in a cell. */
export function keyText(expr: A.Expr): string | undefined {
  switch (expr.kind) {
    case 'Number':
    case 'Text':
    case 'Date':
    case 'Month':
      return expr.value;
    case 'Boolean':
      return expr.value ? 'sann' : 'usann';
    case 'Reference':
      return expr.name.text;
    case 'MemberAccess':
      return expr.member.text;
    case 'Unary':
      return expr.operator === '-' && expr.operand.kind === 'Number' ? `-${expr.operand.value}` : undefined;
    default:
      return undefined;
  }
}

/** The key of an entry's group: the entries for the same keys, one per period. */
export function groupKey(keys: ReadonlyArray<string | undefined>): string {
  return keys.map((k) => k ?? '*').join('\u0000');
}

/** « for enslig» for a diagnostic about the entries of these keys (nothing without keys). */
export function describeKeys(keys: ReadonlyArray<string | undefined>): string {
  const shown = keys.filter((k) => k !== undefined);
  return shown.length > 0 ? ` for ${shown.join(', ')}` : '';
}
