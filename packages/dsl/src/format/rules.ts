import type * as A from '../ast/ast.js';
import { printExpression } from './expressions.js';
import { indentStep, line, width, type Line } from './line.js';
import { headerLines, printParams, printType, replacePrefix } from './signatures.js';
import type { SourceScanner, TextPiece } from './source-scanner.js';
import { statementLines } from './statements.js';

/**
 * `regel` and `skjønn`: the header, then the definitions one step in; an exception's header
 * one step in with its definition two steps in; the `forklaring` last, one step in.
 */

export function ruleLines(decl: A.RuleDecl, source: SourceScanner): Line[] {
  const params = decl.params ? printParams(decl.params) : '';
  const head = `${replacePrefix(decl.replaces)}regel ${decl.name.text}${params}: ${printType(decl.type)}`;
  return [
    ...headerLines(0, head, decl.span.start, decl.type.span.end, decl.annotation),
    ...decl.definitions.flatMap((d) => definitionLines(d, indentStep, source)),
    ...decl.exceptions.flatMap((e) => exceptionLines(e, source)),
    ...(decl.explanation ? explanationLines(decl.explanation, source) : []),
  ];
}

export function discretionLines(decl: A.DiscretionDecl, source: SourceScanner): Line[] {
  const params = decl.params ? printParams(decl.params) : '';
  const head = `${replacePrefix(decl.replaces)}skjønn ${decl.name.text}${params}: ${printType(decl.type)}`;
  const headerEnd = (decl.annotation ?? decl.type).span.end;
  const guidelineEnd = source.afterClosingParentheses(decl.guideline.span.end);
  return [
    ...headerLines(0, head, decl.span.start, decl.type.span.end, decl.annotation),
    ...statementLines(indentStep, 'veiledende = ', decl.guideline, source.nextTokenStart(headerEnd), guidelineEnd, source),
    ...(decl.explanation ? explanationLines(decl.explanation, source) : []),
  ];
}

function definitionLines(definition: A.Definition, indent: number, source: SourceScanner): Line[] {
  const prefix = definition.condition ? `når ${printExpression(definition.condition, source)} så ` : '= ';
  return statementLines(indent, prefix, definition.value, definition.span.start, definition.span.end, source);
}

function exceptionLines(exception: A.ExceptionDecl, source: SourceScanner): Line[] {
  const parent = exception.parent ? ` til ${exception.parent.text}` : '';
  const head = `unntak ${exception.label.text}${parent}`;
  const headEnd = (exception.parent ?? exception.label).span.end;
  return [
    ...headerLines(indentStep, head, exception.span.start, headEnd, exception.annotation),
    ...definitionLines(exception.definition, 2 * indentStep, source),
  ];
}

/**
 * `forklaring "…"`. A template written in pieces over several lines keeps those line breaks,
 * each further line starting under the first piece.
 */
function explanationLines(explanation: A.Explanation, source: SourceScanner): Line[] {
  const keyword = 'forklaring ';
  const runs: TextPiece[][] = [];
  let previous: TextPiece | undefined;
  for (const piece of source.textPieces(explanation.template.span)) {
    const run = runs[runs.length - 1];
    if (run && previous && !source.hasLineBreak(previous.end, piece.start)) run.push(piece);
    else runs.push([piece]);
    previous = piece;
  }
  return runs.map((run, index) => {
    const text = run.map((p) => p.image).join(' ');
    const first = run[0] as TextPiece;
    const last = run[run.length - 1] as TextPiece;
    return index === 0
      ? line(indentStep, keyword + text, explanation.span.start, last.end)
      : line(indentStep + width(keyword), text, first.start, last.end);
  });
}
