import type { Comment, Span } from '../ast/ast.js';
import { onlySpaceWithOneLineBreak } from '../parser/parse.js';
import { placeComments, type CommentSlot, type ItemLine } from './comments.js';
import type { Line } from './line.js';
import type { SourceScanner } from './source-scanner.js';

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
 * Inside an item the same holds for a `##` comment above a line that was not that line's doc
 * comment in the source (a `valg` member's doc comment is its label): a blank line follows it.
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
      if (index > 0) {
        slot.above.forEach((comment, i) => {
          emit(line.commentIndent, source.slice(comment.span));
          const next = slot.above[i + 1];
          if (!(next ? directlyAbove(comment, next.span.start, source) : directlyAbove(comment, line.start, source))) blankPending = true;
        });
      }
      emit(line.indent, line.text + trailingComment(slot.trailing, source));
      const belowIndent = item.lines[index + 1]?.commentIndent ?? 0;
      for (const comment of slot.below) emit(belowIndent, source.slice(comment.span));
      const lastBelow = slot.below[slot.below.length - 1];
      if (lastBelow && (item.lines.length === 1 || (line.labelled && lastBelow.doc))) blankPending = true;
    });
  });
  emitGap(items[items.length - 1], (slots[lineIndex] as CommentSlot).above, undefined);
  return `${output.join('\n')}\n`;
}

/**
 * Was a `##` comment directly above what now follows it (the next comment, or the code of the
 * line) in the source, with only one line break between? Only then is it part of a doc comment
 * there (a `valg` member's doc comment is its label); any other `##` comment gets a blank line
 * after it, so that it is never made part of one. A `#` comment is never a doc comment.
 */
function directlyAbove(comment: Comment, next: number, source: SourceScanner): boolean {
  return !comment.doc || onlySpaceWithOneLineBreak(source.text, comment.span.end, next);
}

/** A comment at the end of a line keeps the space the author put before it (at least one). */
function trailingComment(comment: Comment | undefined, source: SourceScanner): string {
  if (!comment) return '';
  return ' '.repeat(Math.max(1, source.spaceBefore(comment.span.start))) + source.slice(comment.span);
}
