import type { Layout, TableLayout } from '../layout.js';

/** A cell of an input table: text (amounts, dates, members), a truth value, or NULL. */
export type Cell = string | boolean | null;

/**
 * One validated case as rows of the layout's tables (docs/sql.md §1): its `sak` row and one
 * row per list element, keyed by `sak_id` (and `nr`, the element's place; `nr_2`, the place in
 * a list inside the element). A month is its first day; a field left out is NULL (the query
 * reads its default).
 */
export function caseRows(layout: Layout, object: Record<string, unknown>, caseId: number, add: (table: TableLayout, keys: readonly number[], cells: readonly Cell[]) => void): void {
  add(layout.cases, [caseId], cellsOf(layout.cases, object));
  const rows = (parent: TableLayout | undefined, owner: Record<string, unknown>, keys: readonly number[]) => {
    for (const list of layout.lists) {
      if (list.parent !== parent) continue;
      const field = (list.field as string).split('.').pop() as string;
      const items = (Object.hasOwn(owner, field) ? owner[field] : []) as Array<Record<string, unknown>>;
      items.forEach((item, i) => {
        add(list, [...keys, i + 1], cellsOf(list, item));
        rows(list, item, [...keys, i + 1]);
      });
    }
  };
  rows(undefined, object, [caseId]);
}

function cellsOf(table: TableLayout, object: Record<string, unknown>): Cell[] {
  return table.columns.map((column) => {
    let value: unknown = object;
    for (const step of column.path) value = value !== null && typeof value === 'object' && Object.hasOwn(value, step) ? (value as Record<string, unknown>)[step] : undefined;
    if (value === undefined || value === null) return null;
    if (typeof value === 'boolean') return value;
    return column.type.kind === 'month' ? `${String(value)}-01` : String(value);
  });
}
