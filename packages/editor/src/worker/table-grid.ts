/**
 * Rate tables as a grid (issue 16 item 3): the cells of each table of a file as written, and
 * edits of the text from the grid. The text stays the source of truth: an edit changes one
 * cell (or adds the rows of a new period) in the file's text, the dsl formatter aligns the
 * table again, and the editor replaces only the table's declaration with the result.
 */
import type { EditData, TableGridView } from '../shared/protocol';
import { memberLabels } from './labels';
import { format, parse, visibleModules, type Ast, type CheckResult } from './lib';

type Edit = { readonly edit: EditData } | { readonly error: string };

export function tableGrids(checked: CheckResult, path: string): TableGridView[] {
  const file = checked.program.files.find((f) => f.path === path);
  const module = checked.program.moduleOfFile.get(path);
  if (!file) return [];
  const sources = module ? [...new Set(visibleModules(module).flatMap((m) => [...m.sources.keys()]))].sort() : [];
  return file.ast.declarations
    .filter((d): d is Ast.TableDecl => d.kind === 'Table' && d.rows.length > 0)
    .map((decl) => {
      const [header, ...rows] = decl.rows.map((row) => ({ line: file.source.positionAt(row.span.start).line, cells: row.cells.map((c) => file.source.slice(c.span).trim()), unknown: row.cells.some((c) => c.content.kind === 'Unknown') }));
      const symbol = checked.program.declarations.get(decl.name);
      const labels = symbol?.kind === 'table' ? memberLabels(symbol.params[symbol.params.length - 1]?.type) : {};
      return { name: decl.name.text, line: file.source.positionAt(decl.span.start).line, header: header?.cells ?? [], labels, rows, sources };
    });
}

/** Writes `text` into the cell at `row` (0 is the header) and `column` of table `name`. */
export function editTableCell(text: string, path: string, name: string, row: number, column: number, value: string): Edit {
  if (/[|\n\r]/.test(value)) return { error: 'En celle kan ikke inneholde «|» eller linjeskift' };
  return rewriteTable(text, path, name, (decl) => {
    const cell = decl.rows[row]?.cells[column];
    if (!cell) return undefined;
    return { start: cell.span.start, end: cell.span.end, insert: value.trim() };
  });
}

/**
 * A new period from `from`, citing `source`: a copy of the rows of the latest period with a
 * known value (the values to be changed in the grid), placed in date order.
 */
export function addTablePeriod(text: string, path: string, name: string, from: string, source: string): Edit {
  return rewriteTable(text, path, name, (decl) => {
    const [header, ...rows] = decl.rows;
    const columns = header?.cells.map((c) => (c.content.kind === 'HeaderKeyword' ? c.content.keyword : text.slice(c.span.start, c.span.end).trim())) ?? [];
    const fromColumn = columns.indexOf('fra');
    if (fromColumn < 0) return undefined;
    const dateOf = (row: Ast.TableRow) => text.slice(row.cells[fromColumn]?.span.start, row.cells[fromColumn]?.span.end).trim();
    const known = rows.filter((r) => !r.cells.some((c) => c.content.kind === 'Unknown'));
    const latest = known.map(dateOf).sort().pop();
    const copies = known.filter((r) => dateOf(r) === latest).map((r) => {
      const cells = r.cells.map((c, i) => (i === fromColumn ? from : columns[i] === 'kilde' ? source : columns[i] === 'til' ? '' : text.slice(c.span.start, c.span.end).trim()));
      return `| ${cells.join(' | ')} |`;
    });
    if (copies.length === 0) return undefined;
    const after = rows.find((r) => dateOf(r) > from);
    if (after) return { start: after.span.start, end: after.span.start, insert: `${copies.join('\n  ')}\n  ` };
    const last = decl.rows[decl.rows.length - 1] as Ast.TableRow;
    return { start: last.span.end, end: last.span.end, insert: `\n  ${copies.join('\n  ')}` };
  });
}

/** Applies `change` to the table's text, formats the file, and returns the edit replacing the table's declaration. */
function rewriteTable(text: string, path: string, name: string, change: (decl: Ast.TableDecl) => { start: number; end: number; insert: string } | undefined): Edit {
  const before = parse(text, path);
  const decl = tableIn(before.file, name);
  if (!decl) return { error: `Finner ikke tabellen ${name}` };
  const changed = change(decl);
  if (!changed) return { error: `Tabellen ${name} har ikke den cellen` };
  const next = `${text.slice(0, changed.start)}${changed.insert}${text.slice(changed.end)}`;
  const syntax = parse(next, path).diagnostics.find((d) => d.code.startsWith('LK1'));
  if (syntax) return { error: `«${changed.insert}» kan ikke stå der: ${syntax.message}` };
  const formatted = format(next, path);
  const after = tableIn(parse(formatted, path).file, name);
  if (!after) return { error: `Finner ikke tabellen ${name} etter endringen` };
  const start = before.source.positionAt(decl.span.start);
  const end = before.source.positionAt(decl.span.end);
  return { edit: { path, range: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, newText: formatted.slice(after.span.start, after.span.end) } };
}

function tableIn(file: Ast.RuleFile, name: string): Ast.TableDecl | undefined {
  return file.declarations.find((d): d is Ast.TableDecl => d.kind === 'Table' && d.name.text === name);
}
