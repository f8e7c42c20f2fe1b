/**
 * Text from rule files and cases (titles, wordings, names, messages) written into Markdown —
 * the coverage report in rules/README.md and the review of a change (`lovkode diff`) — so
 * that a `forklaring` or a stored wording holding `<img onerror=…>` or `[x](javascript:…)`
 * is shown as text by any Markdown renderer and never becomes HTML or a link. One escaping
 * for every Markdown the tools write.
 */

/**
 * Raw text as Markdown text: HTML made inert as entities (so no tag, comment or `<…>` autolink
 * can form), and the characters of links, images and code spans escaped. Emphasis is left
 * alone: it cannot do harm, and `inntekt_regnet_med` stays readable in the raw Markdown.
 */
export function markdownText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')).replace(/[\\`[\]]/g, (c) => `\\${c}`);
}

/** Markdown (already escaped) in a table cell or a heading: `|` and line breaks would break it. */
export function markdownCell(markdown: string): string {
  return markdown.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
}

/** Raw text in a table cell. */
export function markdownTextCell(text: string): string {
  return markdownCell(markdownText(text));
}

/** The longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** Raw text as a code span: fenced by more backticks than it holds, so nothing inside is Markdown or HTML. */
export function markdownCode(text: string): string {
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n|\r/g, ' ')}${pad}${fence}`;
}

/** Raw lines as a fenced code block whose fence no line can close. */
export function markdownCodeBlock(info: string, lines: readonly string[]): string[] {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(lines.join('\n')) + 1));
  return [`${fence}${info}`, ...lines, fence];
}
