import type { Span } from '../ast/ast.js';

/** A 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** The text of one rule file with a line table for offset ↔ line/column conversion. */
export class SourceText {
  private starts: readonly number[] | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  /** Where each line begins (the parser finds the declarations there; positions are counted from it). */
  lineStarts(): readonly number[] {
    return (this.starts ??= lineStarts(this.text));
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    // A byte-order mark is invisible in editors: columns on the first line do not count it.
    const bom = low === 0 && offset > 0 && this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { line: low + 1, column: offset - (starts[low] as number) + 1 - bom };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts();
    const lineIndex = Math.min(Math.max(position.line - 1, 0), starts.length - 1);
    const lineStart = starts[lineIndex] as number;
    const nextStart = lineIndex + 1 < starts.length ? (starts[lineIndex + 1] as number) : this.text.length;
    const bom = lineIndex === 0 && this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return Math.min(lineStart + bom + Math.max(position.column - 1, 0), nextStart);
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}

/**
 * Where the lines of `text` begin: at 0 and after every line break (`\r\n`, `\r` or `\n`).
 * The breaks are found with `indexOf`, not by reading every character in JavaScript: a
 * compile builds the table of every file it names a location in, mostly before V8 has
 * optimised this code.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    if (cr === -1 || (lf !== -1 && lf < cr)) {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    } else {
      const end = lf === cr + 1 ? cr + 2 : cr + 1;
      starts.push(end);
      if (end === cr + 2) lf = text.indexOf('\n', end);
      cr = text.indexOf('\r', cr + 1);
    }
  }
  return starts;
}
