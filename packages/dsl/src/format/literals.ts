import type { DurationLiteral, MoneyLiteral, NumberLiteral, TextLiteral } from '../ast/ast.js';
import type { SourceScanner } from './source-scanner.js';

/**
 * Literals are printed as the author spelled them: digit grouping and decimals of numbers,
 * escapes of texts and the split of a long text into adjacent pieces.
 */

export function printNumber(literal: NumberLiteral, source: SourceScanner): string {
  return source.numberAt(literal.span.start);
}

export function printMoney(literal: MoneyLiteral, source: SourceScanner): string {
  return `${source.numberAt(literal.span.start)} kr`;
}

export function printDuration(literal: DurationLiteral, source: SourceScanner): string {
  return `${source.numberAt(literal.span.start)} ${literal.written}`;
}

/** A text on one line: its pieces joined by single spaces. */
export function printText(literal: TextLiteral, source: SourceScanner): string {
  return source
    .textPieces(literal.span)
    .map((piece) => piece.image)
    .join(' ');
}
