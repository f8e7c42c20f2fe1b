import type * as A from '../ast/ast.js';
import { printExpression } from './expressions.js';
import { closingLineWith, fits, indentStep, labelledLine, line, padEnd, width, type Line } from './line.js';
import { printAnnotation, printType } from './signatures.js';
import type { SourceScanner } from './source-scanner.js';

/**
 * Declarations with a braced body: `valg` (and `utvid valg`) and `type` on one line when they fit and hold no
 * comment, otherwise one member per line; `inndata` always one field per line. On separate
 * lines the field types start in one column. A field's options stand two spaces after its
 * type, like an annotation.
 */

export function enumLines(decl: A.EnumDecl | A.EnumExtensionDecl, source: SourceScanner): Line[] {
  const head = `${decl.kind === 'EnumExtension' ? 'utvid ' : ''}valg ${decl.name.text}`;
  const annotation = decl.kind === 'EnumExtension' ? decl.annotation : undefined;
  const cited = annotation ? `  ${printAnnotation(annotation)}` : '';
  const last = decl.members.length - 1;
  // The closing brace: after the last member and a comma after it, if any.
  let close = source.nextTokenStart((decl.members[last] as A.Name).span.end);
  if (source.slice({ start: close, end: close + 1 }) === ',') close = source.nextTokenStart(close + 1);
  const oneLine = `${head} { ${decl.members.map((m) => m.text).join(', ')} }${cited}`;
  // A comment after the closing brace goes below the declaration either way (`Line.closing`).
  if (fits(0, oneLine) && !source.hasCommentInside({ start: decl.span.start, end: close })) return [line(0, oneLine, decl.span.start, decl.span.end)];
  return [
    ...blockOpening(head, decl.span.start, decl.name.span.end, source),
    ...decl.members.map((m, i) => line(indentStep, i < last ? `${m.text},` : m.text, m.span.start, m.span.end)),
    annotation ? closingLineWith(`}${cited}`, close, decl.span.end, indentStep) : closingLine(decl.span),
  ];
}

/**
 * The opening of a `valg` or `type` block: `valg X {` on one line. A comment written inside
 * the head (before the brace) stays before the brace, with the brace on its own line: moved
 * into the block it would stand directly above the first member or field and become its doc
 * comment (its label), which the author did not write.
 */
function blockOpening(head: string, start: number, headEnd: number, source: SourceScanner): Line[] {
  const brace = source.nextTokenStart(headEnd);
  if (!source.hasCommentInside({ start, end: brace })) return [openingLine(head, start, headEnd, source)];
  return [line(0, head, start, headEnd), line(0, '{', brace, brace + 1, indentStep)];
}

export function recordLines(decl: A.RecordDecl, source: SourceScanner): Line[] {
  const head = `type ${decl.name.text}`;
  const fields = decl.fields.map((f) => fieldText(f, 0, source));
  const oneLine = fields.length === 0 ? `${head} {}` : `${head} { ${fields.join(', ')} }`;
  if (fits(0, oneLine) && !source.hasCommentInside(decl.span)) return [line(0, oneLine, decl.span.start, decl.span.end)];
  // A field's doc comment is its label (docs/language.md §7): the head's comments stay before the brace.
  const nameColumns = Math.max(0, ...decl.fields.map((f) => width(f.name.text) + 1));
  return [
    ...blockOpening(head, decl.span.start, decl.name.span.end, source),
    ...decl.fields.map((f) => labelledLine(indentStep, fieldText(f, nameColumns, source), f.span.start, f.span.end)),
    closingLine(decl.span),
  ];
}

export function inputLines(decl: A.InputDecl, source: SourceScanner): Line[] {
  const keyword = 'inndata';
  const head = decl.name ? `${keyword} ${decl.name.text}` : keyword;
  const headEnd = decl.name ? decl.name.span.end : decl.span.start + keyword.length;
  return fieldBlockLines(head, decl.span, headEnd, decl.fields, source);
}

function fieldBlockLines(head: string, span: A.Span, headEnd: number, fields: readonly A.FieldDecl[], source: SourceScanner): Line[] {
  const nameColumns = Math.max(0, ...fields.map((f) => width(f.name.text) + 1));
  return [
    openingLine(head, span.start, headEnd, source),
    ...fields.map((f) => line(indentStep, fieldText(f, nameColumns, source), f.span.start, f.span.end)),
    closingLine(span),
  ];
}

/** `navn: Type  (valg) = standardverdi`, the name and colon padded to `nameColumns`. */
function fieldText(field: A.FieldDecl, nameColumns: number, source: SourceScanner): string {
  const name = padEnd(`${field.name.text}:`, nameColumns);
  const options = field.options.length > 0 ? `  (${field.options.map((o) => o.text).join(', ')})` : '';
  const value = field.defaultValue ? ` = ${printExpression(field.defaultValue, source)}` : '';
  return `${name} ${printType(field.type)}${options}${value}`;
}

function openingLine(head: string, start: number, headEnd: number, source: SourceScanner): Line {
  const brace = source.nextTokenStart(headEnd);
  return line(0, `${head} {`, start, brace + 1);
}

/** The closing brace; a comment above it is indented like the members. */
function closingLine(span: A.Span): Line {
  return line(0, '}', span.end - 1, span.end, indentStep);
}
