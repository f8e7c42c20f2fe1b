import type * as A from '../ast/ast.js';
import { printExpression } from './expressions.js';
import { fits, indentStep, line, width, type Line } from './line.js';
import { printText } from './literals.js';
import { headerLines } from './signatures.js';
import type { SourceScanner } from './source-scanner.js';

/**
 * `test`: the header, then `gitt`, `overstyr` and `forvent` one step in. The assignments of
 * `gitt` keep the author's lines (several on one line separated by commas, as long as the
 * line fits), each further line starting under the first assignment.
 */

export function testLines(decl: A.TestDecl, source: SourceScanner): Line[] {
  const asOf = decl.asOf ? ` per ${decl.asOf.value}` : '';
  const headEnd = (decl.asOf ?? decl.name).span.end;
  const headerEnd = (decl.annotation ?? decl.asOf ?? decl.name).span.end;
  return [
    ...headerLines(0, `test ${printText(decl.name, source)}${asOf}`, decl.span.start, headEnd, decl.annotation),
    ...givenLines(decl.givens, source.nextTokenStart(headerEnd), source),
    ...decl.overrides.map((o) => overrideLine(o, source)),
    ...decl.expectations.map((e) => expectationLine(e, source)),
  ];
}

function givenLines(givens: readonly A.Assignment[], keywordStart: number, source: SourceScanner): Line[] {
  const keyword = 'gitt ';
  const column = indentStep + width(keyword);
  const groups: { text: string; start: number; end: number }[] = [];
  for (const given of givens) {
    const text = `${given.name.text} = ${printExpression(given.value, source)}`;
    const group = groups[groups.length - 1];
    if (group && !source.hasLineBreak(group.end, given.span.start) && fits(column, `${group.text}, ${text}`)) {
      group.text = `${group.text}, ${text}`;
      group.end = given.span.end;
    } else {
      groups.push({ text, start: given.span.start, end: given.span.end });
    }
  }
  return groups.map((group, index) =>
    index === 0
      ? line(indentStep, keyword + group.text, keywordStart, group.end)
      : line(column, group.text, group.start, group.end),
  );
}

function overrideLine(override: A.OverrideDecl, source: SourceScanner): Line {
  const reason = override.reason ? `  begrunnelse ${printText(override.reason, source)}` : '';
  const args = override.args ? `(${override.args.map((a) => printExpression(a, source)).join(', ')})` : '';
  const text = `overstyr ${override.name.text}${args} = ${printExpression(override.value, source)}${reason}`;
  return line(indentStep, text, override.span.start, override.span.end);
}

function expectationLine(expectation: A.Expectation, source: SourceScanner): Line {
  const text =
    expectation.kind === 'ExpectError'
      ? `forvent feil${expectation.message ? ` ${printText(expectation.message, source)}` : ''}`
      : `forvent ${expectation.name.text}${expectation.args ? `(${expectation.args.map((a) => printExpression(a, source)).join(', ')})` : ''} = ${printExpression(expectation.value, source)}`;
  return line(indentStep, text, expectation.span.start, expectation.span.end);
}
