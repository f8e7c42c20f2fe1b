import type { Span } from '../ast/ast.js';

/** A 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** The text of one rule file with a line table for offset ↔ line/column conversion. */
export class SourceText {
  private lineStarts: number[] | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
    return starts;
  }

  positionAt(offset: number): Position {
    const starts = this.starts();
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
    const starts = this.starts();
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
