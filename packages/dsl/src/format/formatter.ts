import type { RuleFile } from '../ast/ast.js';
import { equalIgnoringSpans } from '../ast/equal.js';
import { parse } from '../parser/parse.js';
import type { TopLevel } from '../parser/parser.js';
import { declarationLines } from './declarations.js';
import { renderDocument } from './document.js';
import { SourceScanner } from './source-scanner.js';
import { sourceNameColumns } from './sources.js';

/**
 * Formats a rule file in the canonical layout (docs/language.md): declarations at column 1,
 * the lines belonging to them indented by two spaces, expressions in canonical spacing with
 * the fewest parentheses, tables aligned, literals and comments as the author wrote them.
 * Line breaks become `\n`, a byte-order mark is dropped.
 *
 * Formatting never changes what a file means: parsing the result gives the same syntax tree
 * and comments. A file with lexical or syntax errors (LK1xxx) is returned unchanged, and so
 * is a file whose expressions are nested too deeply to print. The result is parsed again and
 * compared with the file, and the file is returned unchanged should they differ, so that a
 * construct the printer does not know yet can never lose an author's text. Never throws.
 */
export function format(source: string, path?: string): string {
  return formatChecked(source, path).text;
}

/**
 * `format`, saying also whether the printed text was kept: `unfaithful` when printing would
 * have changed the file's meaning and the file was returned unchanged instead (a printer
 * bug; the formatter's tests require it never to happen).
 */
export function formatChecked(source: string, path?: string): { readonly text: string; readonly unfaithful: boolean } {
  const unchanged = { text: source, unfaithful: false };
  const text = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const { file, diagnostics } = parse(text, path);
  if (diagnostics.some((d) => d.code.startsWith('LK1'))) return unchanged;
  try {
    const formatted = formatFile(file, new SourceScanner(text, file.comments));
    return sameMeaning(file, parse(formatted, path).file) ? { text: formatted, unfaithful: false } : { text: source, unfaithful: true };
  } catch (error) {
    // The parser reads long operator chains iteratively; printing them recurses.
    if (error instanceof RangeError) return unchanged;
    throw error;
  }
}

function sameMeaning(a: RuleFile, b: RuleFile): boolean {
  const comments = (f: RuleFile) => f.comments.map((c) => `${c.doc ? '##' : '#'}${c.text}`).sort();
  return (
    equalIgnoringSpans(a.module, b.module) &&
    equalIgnoringSpans(a.uses, b.uses) &&
    equalIgnoringSpans(a.declarations, b.declarations) &&
    equalIgnoringSpans(comments(a), comments(b))
  );
}

function formatFile(file: RuleFile, scanner: SourceScanner): string {
  const nodes: TopLevel[] = [...(file.module ? [file.module] : []), ...file.uses, ...file.declarations].sort(
    (a, b) => a.span.start - b.span.start,
  );
  const nameColumns = sourceNameColumns(nodes, scanner);
  const items = nodes.map((node) => ({ span: node.span, lines: declarationLines(node, nameColumns, scanner) }));
  return renderDocument(items, scanner);
}
