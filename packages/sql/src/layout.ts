import type { InputSymbol, Type, Ast } from '@lovkode/dsl';
import type { Dialect } from './dialect.js';
import { SqlRefusal } from './refusal.js';

/**
 * The normalised input tables of a scheme, generated from its input declaration
 * (docs/sql.md §1): `sak`, one row per case; `sak__<list>`, one row per element of a list
 * field, keyed by `(sak_id, nr)`.
 */
export interface Layout {
  readonly cases: TableLayout;
  readonly lists: readonly TableLayout[];
}

export interface TableLayout {
  readonly name: string;
  /** The list field this table holds (undefined for `sak`). */
  readonly field: string | undefined;
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
      lists.push({ name: listTableName(input.name), field: input.name, columns: recordColumns(type.element, [], `inndata ${input.name}`) });
    } else {
      caseColumns.push(...columnsOf(input.name, type, [input.name], input.decl.defaultValue, `inndata ${input.name}`));
    }
  }
  return { cases: { name: caseTable, field: undefined, columns: caseColumns }, lists };
}

function recordColumns(type: Extract<Type, { kind: 'record' }>, path: readonly string[], where: string): ColumnLayout[] {
  const columns: ColumnLayout[] = [];
  for (const field of type.symbol.fields.values()) {
    // A list inside a list element would need a table per element: not laid out yet. It is
    // left out of the tables; a rule that reads it is refused where it reads it.
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
    const keys = t.field === undefined ? [`sak_id ${dialect.types.integer} NOT NULL`] : [`sak_id ${dialect.types.integer} NOT NULL`, `nr ${dialect.types.integer} NOT NULL`];
    const columns = t.columns.map((c) => `${dialect.id(c.name)} ${sqlType(dialect, c.type)}${c.defaultValue ? '' : ' NOT NULL'}`);
    return `CREATE TABLE ${t.name} (\n  ${[...keys, ...columns].join(',\n  ')}\n);`;
  };
  return [table(layout.cases), ...layout.lists.map(table)].join('\n\n');
}
