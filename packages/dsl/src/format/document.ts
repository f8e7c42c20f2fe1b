import type { Comment, Span } from '../ast/ast';
import { placeComments, type CommentSlot, type ItemLine } from './comments';
import type { Line } from './line';
import type { SourceScanner } from './source-scanner';

/** A formatted top-level item (module, import or declaration) and its source span. */
export interface FormattedItem {
  readonly span: Span;
  readonly lines: readonly Line[];
}

/**
 * Joins the formatted items into the file's text with the comments put back.
 *
 * Blank lines appear only between items. Where the source has one (or several) between two
 * items or comments there, the output has one. Two items that are not both single lines are
 * always separated by a blank line, put directly after the first so that the comments above
 * the second stay with it. Comments moved out of a single-line declaration are followed by
 * a blank line, so that they never attach to the next declaration as its doc comment.
 */
export function renderDocument(items: readonly FormattedItem[], source: SourceScanner): string {
  const itemLines: ItemLine[] = items.flatMap((item) =>
    item.lines.map((line, index) => ({ line, itemStart: item.span.start, first: index === 0 })),
  );
  const slots = placeComments(itemLines, source);
  const output: string[] = [];
  let blankPending = false;
  const emit = (indent: number, text: string): void => {
    if (blankPending && output.length > 0) output.push('');
    blankPending = false;
    output.push(' '.repeat(indent) + text);
  };
  const emitGap = (previous: FormattedItem | undefined, comments: readonly Comment[], next: FormattedItem | undefined): void => {
    const elements: Span[] = [...comments.map((c) => c.span), ...(next ? [next.span] : [])];
    let end = previous?.span.end;
    const blankBefore = elements.map((span) => {
      const blank = end !== undefined && source.hasBlankLine(end, span.start);
      end = span.end;
      return blank;
    });
    const mustSeparate = previous !== undefined && next !== undefined && (previous.lines.length > 1 || next.lines.length > 1);
    if (mustSeparate && !blankPending && !blankBefore.includes(true)) blankBefore[0] = true;
    comments.forEach((comment, index) => {
      if (blankBefore[index]) blankPending = true;
      emit(0, source.slice(comment.span));
    });
    if (blankBefore[comments.length]) blankPending = true;
  };

  let lineIndex = 0;
  items.forEach((item, itemIndex) => {
    emitGap(items[itemIndex - 1], (slots[lineIndex] as CommentSlot).above, item);
    item.lines.forEach((line, index) => {
      const slot = slots[lineIndex++] as CommentSlot;
      if (index > 0) for (const comment of slot.above) emit(line.commentIndent, source.slice(comment.span));
      emit(line.indent, line.text + trailingComment(slot.trailing, source));
      const belowIndent = item.lines[index + 1]?.commentIndent ?? 0;
      for (const comment of slot.below) emit(belowIndent, source.slice(comment.span));
      if (slot.below.length > 0 && item.lines.length === 1) blankPending = true;
    });
  });
  emitGap(items[items.length - 1], (slots[lineIndex] as CommentSlot).above, undefined);
  return `${output.join('\n')}\n`;
}

/** A comment at the end of a line keeps the space the author put before it (at least one). */
function trailingComment(comment: Comment | undefined, source: SourceScanner): string {
  if (!comment) return '';
  return ' '.repeat(Math.max(1, source.spaceBefore(comment.span.start))) + source.slice(comment.span);
}
