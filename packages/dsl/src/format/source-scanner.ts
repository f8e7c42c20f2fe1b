import type { Comment, Span } from '../ast/ast.js';

/** One quoted piece of a text literal, e.g. `"Første del "` in `"Første del " "andre del"`. */
export interface TextPiece {
  readonly image: string;
  readonly start: number;
  readonly end: number;
}

const numberImage = /\d{1,3}(?: \d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?/y;
const textImage = /"(?:[^"\\\r\n]|\\.)*"/y;
const spaceCharacters = new Set([' ', '\t', '\f', '\v', '\u00a0', '\ufeff']);
const blankLine = /\n[ \t\f\v\u00a0\ufeff]*\n/;

/**
 * Read access to the original text of a parsed file, for what the syntax tree does not
 * keep: the author's spelling of literals, where the tokens between nodes are, line breaks
 * and comments. Offsets are those of the tree's spans.
 */
export class SourceScanner {
  constructor(
    readonly text: string,
    readonly comments: readonly Comment[],
  ) {}

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** The number token that starts at `offset`, as written (`12 600`, `0,50`). */
  numberAt(offset: number): string {
    numberImage.lastIndex = offset;
    return numberImage.exec(this.text)?.[0] ?? '';
  }

  /** The quoted pieces of the text literal at `span`, skipping the space and comments between them. */
  textPieces(span: Span): TextPiece[] {
    const pieces: TextPiece[] = [];
    let offset = span.start;
    while (offset < span.end) {
      textImage.lastIndex = offset;
      const image = textImage.exec(this.text)?.[0];
      if (image === undefined) break;
      pieces.push({ image, start: offset, end: offset + image.length });
      offset = this.nextTokenStart(offset + image.length);
    }
    return pieces;
  }

  /** Where the next token after `offset` starts: space, line breaks and comments skipped. */
  nextTokenStart(offset: number): number {
    let i = offset;
    while (i < this.text.length) {
      const c = this.text[i] as string;
      if (spaceCharacters.has(c) || c === '\n') i++;
      else if (c === '#') i = this.lineEnd(i);
      else break;
    }
    return i;
  }

  /**
   * The end of the closing parentheses that directly follow `offset`. A parenthesised
   * expression's span leaves its parentheses out; where the next token of the enclosing
   * construct is known not to be `)`, this finds the true end of the expression's tokens.
   */
  afterClosingParentheses(offset: number): number {
    let end = offset;
    for (let next = this.nextTokenStart(end); this.text[next] === ')'; next = this.nextTokenStart(end)) end = next + 1;
    return end;
  }

  hasLineBreak(from: number, to: number): boolean {
    return this.text.slice(from, to).includes('\n');
  }

  /** True when an empty line (nothing but space) lies between the two offsets. */
  hasBlankLine(from: number, to: number): boolean {
    return blankLine.test(this.text.slice(from, to));
  }

  /** Number of space characters directly before `offset` on its line. */
  spaceBefore(offset: number): number {
    let i = offset;
    while (i > 0 && spaceCharacters.has(this.text[i - 1] as string)) i--;
    return offset - i;
  }

  /** True when a comment lies strictly inside the span. */
  hasCommentInside(span: Span): boolean {
    return this.comments.some((c) => c.span.start > span.start && c.span.start < span.end);
  }

  private lineEnd(offset: number): number {
    const end = this.text.indexOf('\n', offset);
    return end === -1 ? this.text.length : end;
  }
}
