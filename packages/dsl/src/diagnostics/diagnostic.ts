import type { Span } from '../ast/ast.js';
import type { SourceText } from '../source/source-text.js';
import { diagnosticCodes, type DiagnosticCode, type Severity } from './codes.js';

/** A related location, e.g. the other half of a conflict. */
export interface RelatedLocation {
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly span: Span;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** One line, in Norwegian, in words a jurist understands. */
  readonly message: string;
  readonly hint: string | undefined;
  readonly file: string;
  readonly span: Span;
  /** 1-based start line and column. */
  readonly line: number;
  readonly column: number;
  /** 1-based line and column just after the last character. */
  readonly endLine: number;
  readonly endColumn: number;
  readonly related: readonly RelatedLocation[];
}

export interface DiagnosticDetails {
  readonly hint?: string | undefined;
  readonly related?: ReadonlyArray<{ readonly message: string; readonly source: SourceText; readonly span: Span }>;
}

export function createDiagnostic(
  code: DiagnosticCode,
  source: SourceText,
  span: Span,
  message: string,
  details: DiagnosticDetails = {},
): Diagnostic {
  const start = source.positionAt(span.start);
  const end = source.positionAt(span.end);
  return {
    code,
    severity: diagnosticCodes[code].severity,
    message,
    hint: details.hint,
    file: source.path,
    span,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    related: (details.related ?? []).map((r) => {
      const at = r.source.positionAt(r.span.start);
      return { message: r.message, file: r.source.path, line: at.line, column: at.column, span: r.span };
    }),
  };
}

/** `file:line:col: severity LKnnnn: message` — the CLI's one-line form. */
export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}${hint}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.span.start - b.span.start || a.code.localeCompare(b.code);
}
