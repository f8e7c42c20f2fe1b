/**
 * How `lovkode check` and `lovkode test` report, for people and for tools (`--format`):
 * `text` (one line per problem), `json`, `sarif` (SARIF 2.1.0, read by code-scanning
 * tools; each result's `ruleId` is its LK code, with the code's entry in
 * docs/diagnostics.md as help) and `github` (workflow commands: `::error file=…,line=…::`,
 * shown as annotations on a pull request).
 */
import { diagnosticCodes, type Diagnostic, type DiagnosticCode } from '@lovkode/dsl';
import { version } from '../version.js';
import { usageError, type ParsedArgs } from './args.js';

export const reportFormats = ['text', 'json', 'sarif', 'github'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export function reportFormatOf(args: ParsedArgs, command: string): ReportFormat {
  const given = args.values['format'];
  if (given === undefined) return 'text';
  if (typeof given === 'string' && (reportFormats as readonly string[]).includes(given)) return given as ReportFormat;
  throw usageError(command, `--format må være ${reportFormats.join(', ')}, ikke «${String(given)}»`);
}

export const formatOptionHelp = '  --format F   text (standard), json, sarif (SARIF 2.1.0) eller github (annotasjoner i GitHub Actions)';

/** Where the documentation of a diagnostic code is: its heading in docs/diagnostics.md. */
export function diagnosticHelpUri(code: DiagnosticCode): string {
  return `https://lovkode.no/docs/diagnostics.md#${headingSlug(`${code} — ${diagnosticCodes[code].title}`)}`;
}

/** The anchor a Markdown renderer (GitHub's) gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function headingSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

// ─── Diagnostics ─────────────────────────────────────────────────────────────

export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
  };
}

/** A finding of `check` or `test` for SARIF and GitHub: a diagnostic, or a test that failed or could not run. */
export interface Finding {
  readonly ruleId: string;
  readonly level: 'error' | 'warning';
  readonly title: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export function diagnosticFinding(d: Diagnostic): Finding {
  return {
    ruleId: d.code,
    level: d.severity,
    title: `${d.code} ${diagnosticCodes[d.code].title}`,
    message: `${d.message}${d.hint ? ` (${d.hint})` : ''}`,
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
  };
}

/** The findings as one SARIF 2.1.0 log; `rules` describes every LK code used, and the test rules. */
export function sarifLog(findings: readonly Finding[], extraRules: ReadonlyArray<{ readonly id: string; readonly text: string }> = []): string {
  const codes = [...new Set(findings.map((f) => f.ruleId))].sort();
  const rules = codes.map((id) => {
    if (id in diagnosticCodes) {
      const code = id as DiagnosticCode;
      return { id, name: diagnosticCodes[code].title, shortDescription: { text: diagnosticCodes[code].title }, helpUri: diagnosticHelpUri(code) };
    }
    const extra = extraRules.find((r) => r.id === id);
    return { id, shortDescription: { text: extra?.text ?? id } };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'lovkode', version, informationUri: 'https://lovkode.no/docs/diagnostics.md', rules } },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: codes.indexOf(f.ruleId),
          level: f.level,
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: relativeUri(f.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, ...(f.endLine ? { endLine: f.endLine, endColumn: f.endColumn } : {}) },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A path as a relative URI reference (RFC 3986): each segment percent-encoded, `/` between them. */
function relativeUri(file: string): string {
  return file
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
}

/** One GitHub Actions workflow command per finding (`::error file=…,line=…,col=…,title=…::message`). */
export function githubAnnotations(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const properties = [`file=${property(f.file)}`, `line=${f.line}`, `col=${f.column}`];
      if (f.endLine) properties.push(`endLine=${f.endLine}`, `endColumn=${f.endColumn}`);
      properties.push(`title=${property(f.title)}`);
      return `::${f.level} ${properties.join(',')}::${data(f.message)}\n`;
    })
    .join('');
}

/** Escapes of workflow-command data and properties (GitHub's toolkit: `%`, CR, LF; in properties also `:` and `,`). */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
