import type { Span } from '../ast/ast.js';
import type { CheckResult } from '../check/check.js';
import type { ParsedFile } from '../check/program.js';
import type { Position } from '../source/source-text.js';

export type { Position } from '../source/source-text.js';

/** A range in a file: 1-based line and column of the first character, and just after the last (like diagnostics). */
export interface Range {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A range in a named file. */
export interface Location extends Range {
  readonly path: string;
}

/** The checked file with this path, if it is part of the rule set. */
export function fileOf(result: CheckResult, path: string): ParsedFile | undefined {
  return result.program.files.find((f) => f.path === path);
}

export function rangeOf(file: ParsedFile, span: Span): Range {
  const start = file.source.positionAt(span.start);
  const end = file.source.positionAt(span.end);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

export function locationOf(file: ParsedFile, span: Span): Location {
  return { path: file.path, ...rangeOf(file, span) };
}

/** The offset of a position, clamped to the file (a position past the end of a line is its end). */
export function offsetOf(file: ParsedFile, position: Position): number {
  if (!Number.isFinite(position.line) || !Number.isFinite(position.column)) return 0;
  return Math.max(0, Math.min(file.source.offsetAt(position), file.source.text.length));
}
