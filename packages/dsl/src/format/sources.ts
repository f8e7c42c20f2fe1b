import type * as A from '../ast/ast.js';
import type { TopLevel } from '../parser/parser.js';
import { indentStep, line, padEnd, width, type Line } from './line.js';
import { printText } from './literals.js';
import { headerLines } from './signatures.js';
import type { SourceScanner } from './source-scanner.js';

/**
 * `kilde` declarations. Consecutive `kilde` lines (no blank line between them) form a group
 * whose titles start in one column, two spaces after the group's longest name; a `kilde`
 * line on its own has one space after the name. A link follows its title after two spaces.
 * A `kilde` that stores the provision's text (docs/law-text.md) has its `kontrollert` line
 * and one line per punktum one step in, and is a group of its own.
 */

/** `nameColumns` is the width of the longest name of the line's group, if it has a group. */
export function sourceLines(decl: A.SourceDecl, nameColumns: number | undefined, source: SourceScanner): Line[] {
  const name = nameColumns === undefined ? `${decl.name.text} ` : `${padEnd(decl.name.text, nameColumns)}  `;
  const url = decl.url ? `  <${decl.url.href}>` : '';
  const headEnd = (decl.url ?? decl.title).span.end;
  return [
    line(0, `kilde ${name}${printText(decl.title, source)}${url}`, decl.span.start, headEnd),
    ...(decl.checked ? [checkLine(decl.checked)] : []),
    ...decl.sentences.flatMap((sentence) => sentenceLines(sentence, source)),
  ];
}

function checkLine(check: A.SourceCheck): Line {
  return line(indentStep, `kontrollert ${check.date.value} <${check.url.href}>`, check.span.start, check.span.end);
}

function sentenceLines(sentence: A.SentenceDecl, source: SourceScanner): Line[] {
  const head = `ledd ${sentence.ledd.text} punktum ${sentence.punktum.text} ${sentence.unknown ? 'ukjent ' : ''}${printText(sentence.text, source)}`;
  return headerLines(indentStep, head, sentence.span.start, sentence.text.span.end, sentence.annotation);
}

function hasText(decl: A.SourceDecl): boolean {
  return decl.checked !== undefined || decl.sentences.length > 0;
}

/** The width of the longest name of each `kilde` line's group, for lines in a group of two or more. */
export function sourceNameColumns(nodes: readonly TopLevel[], source: SourceScanner): Map<A.SourceDecl, number> {
  const columns = new Map<A.SourceDecl, number>();
  let group: A.SourceDecl[] = [];
  const closeGroup = (): void => {
    const widest = Math.max(...group.map((d) => width(d.name.text)));
    if (group.length > 1) for (const decl of group) columns.set(decl, widest);
    group = [];
  };
  for (const node of nodes) {
    if (node.kind !== 'Source' || hasText(node)) {
      closeGroup();
      continue;
    }
    const previous = group[group.length - 1];
    if (previous && !staysGrouped(previous, node, source)) closeGroup();
    group.push(node);
  }
  closeGroup();
  return columns;
}

/**
 * Whether `next` follows `previous` without a blank line in the formatted file: there is
 * none in the source, and no comment inside `previous` (such a comment is moved below its
 * line and followed by a blank line).
 */
function staysGrouped(previous: A.SourceDecl, next: A.SourceDecl, source: SourceScanner): boolean {
  return !source.hasBlankLine(previous.span.end, next.span.start) && !source.hasCommentInside(previous.span);
}
