/** The widest line the formatter aims for, in characters. */
export const maxWidth = 100;
/** One level of indentation. */
export const indentStep = 2;

/**
 * One line of formatted code, with the source range of the tokens printed on it. The range
 * lets comments be put back next to the code they were written next to.
 */
export interface Line {
  readonly indent: number;
  readonly text: string;
  /** Source offset of the first token printed on the line. */
  readonly start: number;
  /** Source offset just after the last token printed on the line. */
  readonly end: number;
  /** Indentation of a comment placed on its own line directly above this line. */
  readonly commentIndent: number;
  /**
   * The line holds a record field, whose doc comment (directly above) is its label: a comment
   * from inside the line goes below it, never above (where it would become the label).
   */
  readonly labelled?: true;
  /**
   * The line closes a block and goes on after the brace (`}  (kilde …)`): a comment from
   * between the brace and the rest goes below the line, not above it into the block.
   */
  readonly closing?: true;
}

export function line(indent: number, text: string, start: number, end: number, commentIndent = indent): Line {
  return { indent, text, start, end, commentIndent };
}

/** A record field's line (see `Line.labelled`). */
export function labelledLine(indent: number, text: string, start: number, end: number): Line {
  return { indent, text, start, end, commentIndent: indent, labelled: true };
}

/** The closing line of a block that goes on after the brace (see `Line.closing`). */
export function closingLineWith(text: string, start: number, end: number, commentIndent: number): Line {
  return { indent: 0, text, start, end, commentIndent, closing: true };
}

/** Width of a text in characters (code points, so `ø` counts one). */
export function width(text: string): number {
  return Array.from(text).length;
}

export function fits(indent: number, text: string): boolean {
  return indent + width(text) <= maxWidth;
}

export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

export function padStart(text: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - width(text))) + text;
}
