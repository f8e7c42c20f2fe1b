import type { RuleFile } from '../ast/ast.js';
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
 * is a file whose expressions are nested too deeply to print. Never throws.
 */
export function format(source: string, path?: string): string {
  const text = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const { file, diagnostics } = parse(text, path);
  if (diagnostics.some((d) => d.code.startsWith('LK1'))) return source;
  try {
    return formatFile(file, new SourceScanner(text, file.comments));
  } catch (error) {
    // The parser reads long operator chains iteratively; printing them recurses.
    if (error instanceof RangeError) return source;
    throw error;
  }
}

function formatFile(file: RuleFile, scanner: SourceScanner): string {
  const nodes: TopLevel[] = [...(file.module ? [file.module] : []), ...file.uses, ...file.declarations].sort(
    (a, b) => a.span.start - b.span.start,
  );
  const nameColumns = sourceNameColumns(nodes, scanner);
  const items = nodes.map((node) => ({ span: node.span, lines: declarationLines(node, nameColumns, scanner) }));
  return renderDocument(items, scanner);
}
