import type { InputSymbol, Type, Ast } from '@lovkode/dsl';
import type { Dialect } from './dialect.js';
import { SqlRefusal } from './refusal.js';

/**
 * The normalised input tables of a scheme, generated from its input declaration
 * (docs/sql.md §1): `sak`, one row per case; `sak__<list>`, one row per element of a list
 * field, keyed by `(sak_id, nr)`; `sak__<list>__<field>`, one row per element of a list inside
 * a list element, keyed by `(sak_id, nr, nr_2)`. `lists` holds them all, each after its parent.
 */
export interface Layout {
  readonly cases: TableLayout;
  readonly lists: readonly TableLayout[];
}

export interface TableLayout {
  readonly name: string;
  /** The list field this table holds, as a path from the case (`inntekter.tilhører`; undefined for `sak`). */
  readonly field: string | undefined;
  /** The list table whose elements hold this one (a list inside a list element), if any. */
  readonly parent: TableLayout | undefined;
  /** The key columns: `sak_id`, then `nr` (the element's place), `nr_2` (the place within the element's list), … */
  readonly keys: readonly string[];
  readonly columns: readonly ColumnLayout[];
}

export interface ColumnLayout {
  readonly name: string;
  /** The field's path in a case's JSON (within the element, for a list table). */
  readonly path: readonly string[];
  readonly type: ScalarType;
  /** The literal default, when the field may be left out. */
  readonly defaultValue: Ast.Expr | undefined;
}

export type ScalarType = Extract<Type, { kind: 'money' | 'integer' | 'boolean' | 'text' | 'date' | 'month' | 'enum' }>;

export const caseTable = 'sak';

export function listTableName(field: string): string {
  return `${caseTable}__${field}`;
}

/** The layout of the inputs, or a refusal naming the field SQL cannot hold yet. */
export function layoutOf(inputs: readonly InputSymbol[]): Layout {
  const caseColumns: ColumnLayout[] = [];
  const lists: TableLayout[] = [];
  for (const input of inputs) {
    const type = input.type;
    if (type.kind === 'list') {
      if (type.element.kind !== 'record') throw new SqlRefusal(`a list of ${type.element.kind} values is not laid out as a table yet`, `inndata ${input.name}`);
      if (input.decl.defaultValue && !(input.decl.defaultValue.kind === 'List' && input.decl.defaultValue.items.length === 0)) {
        throw new SqlRefusal('a list input whose default is not [] is not compiled yet', `inndata ${input.name}`);
      }
      listTables(lists, listTableName(input.name), input.name, undefined, ['sak_id', 'nr'], type.element, `inndata ${input.name}`);
    } else {
      caseColumns.push(...columnsOf(input.name, type, [input.name], input.decl.defaultValue, `inndata ${input.name}`));
    }
  }
  return { cases: { name: caseTable, field: undefined, parent: undefined, keys: ['sak_id'], columns: caseColumns }, lists };
}

/** A list's table, then the tables of the lists inside its elements (a list of records each). */
function listTables(lists: TableLayout[], name: string, field: string, parent: TableLayout | undefined, keys: readonly string[], element: Extract<Type, { kind: 'record' }>, where: string): void {
  const table: TableLayout = { name, field, parent, keys, columns: recordColumns(element, [], where) };
  lists.push(table);
  for (const inner of element.symbol.fields.values()) {
    if (inner.type.kind !== 'list') continue;
    if (inner.type.element.kind !== 'record') throw new SqlRefusal(`a list of ${inner.type.element.kind} values inside a list element is not laid out as a table yet`, `${where}.${inner.name}`);
    if (inner.decl.defaultValue && !(inner.decl.defaultValue.kind === 'List' && inner.decl.defaultValue.items.length === 0)) {
      throw new SqlRefusal('a list field whose default is not [] is not compiled yet', `${where}.${inner.name}`);
    }
    listTables(lists, `${name}__${inner.name}`, `${field}.${inner.name}`, table, [...keys, `nr_${keys.length}`], inner.type.element, `${where}.${inner.name}`);
  }
}

function recordColumns(type: Extract<Type, { kind: 'record' }>, path: readonly string[], where: string): ColumnLayout[] {
  const columns: ColumnLayout[] = [];
  for (const field of type.symbol.fields.values()) {
    // A list inside a list element has a table of its own (listTables).
    if (field.type.kind === 'list') continue;
    columns.push(...columnsOf([...path, field.name].join('__'), field.type, [...path, field.name], field.decl.defaultValue, where));
  }
  return columns;
}

function columnsOf(name: string, type: Type, path: readonly string[], defaultValue: Ast.Expr | undefined, where: string): ColumnLayout[] {
  switch (type.kind) {
    case 'money':
    case 'integer':
    case 'boolean':
    case 'text':
    case 'date':
    case 'month':
    case 'enum':
      return [{ name, path, type, defaultValue }];
    case 'record':
      if (defaultValue) throw new SqlRefusal('a record field with a default is not compiled yet', where);
      return recordColumns(type, path, where);
    default:
      throw new SqlRefusal(`a field of type ${type.kind} is not laid out in SQL yet (exact decimals «tall» need more than DECIMAL(18,2))`, where);
  }
}

export function sqlType(dialect: Dialect, type: ScalarType): string {
  switch (type.kind) {
    case 'money':
      return dialect.types.money;
    case 'integer':
      return dialect.types.integer;
    case 'boolean':
      return dialect.types.boolean;
    case 'date':
    case 'month':
      return dialect.types.date;
    case 'text':
    case 'enum':
      return dialect.types.text;
  }
}

/** `CREATE TABLE` statements for the layout (`lovkode sql --layout`). */
export function layoutDdl(dialect: Dialect, layout: Layout): string {
  const table = (t: TableLayout) => {
    const keys = t.keys.map((k) => `${k} ${dialect.types.integer} NOT NULL`);
    const columns = t.columns.map((c) => `${dialect.id(c.name)} ${sqlType(dialect, c.type)}${c.defaultValue ? '' : ' NOT NULL'}`);
    return `CREATE TABLE ${t.name} (\n  ${[...keys, ...columns].join(',\n  ')}\n);`;
  };
  return [table(layout.cases), ...layout.lists.map(table)].join('\n\n');
}
