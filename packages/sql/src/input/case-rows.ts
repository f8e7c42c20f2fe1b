import type { Layout, TableLayout } from '../layout.js';

/** A cell of an input table: text (amounts, dates, members), a truth value, or NULL. */
export type Cell = string | boolean | null;

/**
 * One validated case as rows of the layout's tables (docs/sql.md §1): its `sak` row and one
 * row per list element, keyed by `sak_id` (and `nr`, the element's place). A month is its
 * first day; a field left out is NULL (the query reads its default).
 */
export function caseRows(layout: Layout, object: Record<string, unknown>, caseId: number, add: (table: TableLayout, keys: readonly number[], cells: readonly Cell[]) => void): void {
  add(layout.cases, [caseId], cellsOf(layout.cases, object));
  for (const list of layout.lists) {
    const items = (Object.hasOwn(object, list.field as string) ? object[list.field as string] : []) as Array<Record<string, unknown>>;
    items.forEach((item, i) => add(list, [caseId, i + 1], cellsOf(list, item)));
  }
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
