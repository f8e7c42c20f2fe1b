import type * as A from '../ast/ast.js';
import { printExpression } from './expressions.js';
import { indentStep, line, padEnd, padStart, width, type Line } from './line.js';
import { printText } from './literals.js';
import { headerLines, printCitedSource, printParams, printType, replacePrefix } from './signatures.js';
import type { SourceScanner } from './source-scanner.js';

/**
 * `tabell`: the header, then the rows one step in, aligned into columns. Each column is as
 * wide as its widest cell; numbers and amounts are right-aligned, all else left-aligned. An
 * `ukjent` cell spans the rest of its row: it and any cells after it are printed unpadded.
 */

interface PrintedCell {
  readonly text: string;
  readonly alignRight: boolean;
}

export function tableLines(decl: A.TableDecl, source: SourceScanner): Line[] {
  const head = `${replacePrefix(decl.replaces)}tabell ${decl.name.text}${printParams(decl.params)}: ${printType(decl.type)}`;
  const rows = decl.rows.map((row) => ({
    span: row.span,
    cells: row.cells.map((cell) => printCell(cell, source)),
    aligned: alignedCellCount(row),
  }));
  const columns: number[] = [];
  for (const row of rows) {
    row.cells.slice(0, row.aligned).forEach((cell, c) => {
      columns[c] = Math.max(columns[c] ?? 0, width(cell.text));
    });
  }
  const rowLines = rows.map((row) => {
    const texts = row.cells.map((cell, c) => {
      if (c >= row.aligned) return cell.text;
      const columnWidth = columns[c] ?? 0;
      return cell.alignRight ? padStart(cell.text, columnWidth) : padEnd(cell.text, columnWidth);
    });
    return line(indentStep, `| ${texts.join(' | ')} |`, row.span.start, row.span.end);
  });
  return [...headerLines(0, head, decl.span.start, decl.type.span.end, decl.annotation), ...rowLines];
}

/** The number of cells of a row that take part in column alignment: those before `ukjent`. */
function alignedCellCount(row: A.TableRow): number {
  const unknown = row.cells.findIndex((cell) => cell.content.kind === 'Unknown');
  return unknown === -1 ? row.cells.length : unknown;
}

function printCell(cell: A.TableCell, source: SourceScanner): PrintedCell {
  const content = cell.content;
  switch (content.kind) {
    case 'Empty':
      return { text: '', alignRight: false };
    case 'Unknown':
      return { text: content.message ? `ukjent ${printText(content.message, source)}` : 'ukjent', alignRight: false };
    case 'HeaderKeyword':
      return { text: content.keyword, alignRight: false };
    case 'Value':
      return {
        text: printExpression(content.value, source),
        alignRight: content.value.kind === 'Number' || content.value.kind === 'Money',
      };
    case 'Values':
      return { text: content.values.map((value) => printExpression(value, source)).join(', '), alignRight: false };
    case 'Citations':
      return { text: content.sources.map(printCitedSource).join(', '), alignRight: false };
  }
}
