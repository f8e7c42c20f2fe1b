import type { Comment } from '../ast/ast.js';
import type { Line } from './line.js';
import type { SourceScanner } from './source-scanner.js';

/** A formatted line with the start of the top-level item it belongs to. */
export interface ItemLine {
  readonly line: Line;
  /** Source offset where the line's item starts. */
  readonly itemStart: number;
  /** Whether this is the first line of its item. */
  readonly first: boolean;
}

/** The comments that go with one formatted line. */
export interface CommentSlot {
  /** On their own lines directly above the line. */
  readonly above: Comment[];
  /** At the end of the line. */
  trailing: Comment | undefined;
  /** On their own lines directly below the line: comments from inside a declaration's first line. */
  readonly below: Comment[];
}

/**
 * Decides where each comment goes, so that every comment appears exactly once and in its
 * original order. A comment written at the end of a line stays there when the code before
 * it still ends a line; otherwise a comment goes on its own line directly above the line
 * that now holds the code that followed it. The exceptions are a declaration's first line,
 * a record field's line and a block's closing line that goes on after the brace: a comment
 * from inside one goes below it, so that it is never taken for (or breaks up) the doc
 * comment of the declaration or the field (its label), nor moved into the block.
 *
 * Returns one slot per line, plus one for the comments after the last line.
 */
export function placeComments(lines: readonly ItemLine[], source: SourceScanner): CommentSlot[] {
  const slots: CommentSlot[] = Array.from({ length: lines.length + 1 }, () => ({ above: [], trailing: undefined, below: [] }));
  let next = 0;
  for (const comment of source.comments) {
    const at = comment.span.start;
    while (next < lines.length && (lines[next] as ItemLine).line.end <= at) next++;
    const following = lines[next];
    const preceding = lines[next - 1];
    if (preceding && !source.hasLineBreak(preceding.line.end, at) && (!following || following.line.start > at)) {
      (slots[next - 1] as CommentSlot).trailing = comment;
    } else if (following && ((following.first && at > following.itemStart) || ((following.line.labelled || following.line.closing) && at > following.line.start))) {
      (slots[next] as CommentSlot).below.push(comment);
    } else {
      (slots[next] as CommentSlot).above.push(comment);
    }
  }
  // A line with comments below it keeps them in order: its trailing comment joins them.
  for (const slot of slots) {
    if (slot.below.length > 0 && slot.trailing) {
      slot.below.push(slot.trailing);
      slot.trailing = undefined;
    }
  }
  return slots;
}
