/**
 * Helpers shared by the conformance harness and the parser tests: a stable one-line text
 * form of diagnostics, and a check that a diagnostic's position is consistent with the text.
 */
import type { Diagnostic } from '../../packages/dsl/src/diagnostics/diagnostic';
import { SourceText } from '../../packages/dsl/src/source/source-text';

/**
 * `line:col-endLine:endCol severity LKnnnn: message`, prefixed with `file:` when `withFile`
 * (multi-file cases). Hints and related locations are left out: they are prose that may be
 * reworded without changing what is reported.
 */
export function formatExpectedLine(d: Diagnostic, withFile = false): string {
  const file = withFile ? `${baseName(d.file)}:` : '';
  return `${file}${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.code}: ${d.message.replace(/\r?\n|\r/g, ' ')}`;
}

/** Sorted by file, start, end, code and message so that the text form does not depend on report order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      a.span.start - b.span.start ||
      a.span.end - b.span.end ||
      cmp(a.code, b.code) ||
      cmp(a.message, b.message),
  );
}

export function formatExpected(diagnostics: readonly Diagnostic[], withFile = false): string {
  return sortDiagnostics(diagnostics)
    .map((d) => `${formatExpectedLine(d, withFile)}\n`)
    .join('');
}

/**
 * Problems with a diagnostic's position relative to `text` (empty when it is consistent):
 * 0 ≤ start ≤ end ≤ text.length, 1-based line/column agreeing with the span, a non-empty
 * one-line message.
 */
export function positionProblems(d: Diagnostic, text: string): string[] {
  const problems: string[] = [];
  const { start, end } = d.span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) problems.push(`span is not integral: ${start}-${end}`);
  if (start < 0 || end < start || end > text.length) problems.push(`span ${start}-${end} outside text of length ${text.length}`);
  if (!(d.line >= 1 && d.column >= 1 && d.endLine >= 1 && d.endColumn >= 1)) {
    problems.push(`position ${d.line}:${d.column}-${d.endLine}:${d.endColumn} is not 1-based`);
  }
  if (d.endLine < d.line || (d.endLine === d.line && d.endColumn < d.column)) {
    problems.push(`end ${d.endLine}:${d.endColumn} before start ${d.line}:${d.column}`);
  }
  const source = new SourceText(d.file, text);
  const at = source.positionAt(start);
  const to = source.positionAt(end);
  if (at.line !== d.line || at.column !== d.column) problems.push(`start ${d.line}:${d.column} ≠ span start ${at.line}:${at.column}`);
  if (to.line !== d.endLine || to.column !== d.endColumn) problems.push(`end ${d.endLine}:${d.endColumn} ≠ span end ${to.line}:${to.column}`);
  if (typeof d.message !== 'string' || d.message.trim() === '') problems.push('empty message');
  return problems;
}

function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? path : path.slice(i + 1);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
