/**
 * What the editor's main thread and its language worker say to each other. Everything here
 * is plain, structured-cloneable data; the worker owns the rule set (a dsl `Workspace`) and
 * runs the dsl services and the engine, the main thread only shows the results.
 */
import type { ReviewReport } from '@lovkode/cli/review';
import type { Coverage } from '@lovkode/dsl';

export interface FileText {
  readonly path: string;
  readonly text: string;
}

/** 1-based line and column, as in the dsl. */
export interface Pos {
  readonly line: number;
  readonly column: number;
}

export interface RangeData {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface LocationData extends RangeData {
  readonly path: string;
}

export interface SourceRef {
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

export interface DiagnosticData extends RangeData {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly hint: string | undefined;
  readonly related: ReadonlyArray<{ readonly message: string; readonly path: string; readonly line: number; readonly column: number }>;
}

/** The diagnostics of every file after an edit. */
export interface Analysis {
  /** The version of each file the analysis saw. */
  readonly versions: Record<string, number>;
  readonly diagnostics: Record<string, DiagnosticData[]>;
  readonly errorCount: number;
  readonly warningCount: number;
  /** Time spent in the worker (parse + check), ms. */
  readonly checkMs: number;
}

/** The value of a `forvent` line (its range in the test's file) and the literal of the actual value to put there; the report's `versions` say which text the range is in. */
export interface AcceptedValue {
  readonly range: RangeData;
  readonly text: string;
}

export interface FailureView {
  readonly output: string | undefined;
  readonly expected: string;
  readonly actual: string;
  readonly tracePath: string | undefined;
  /** «Godta nye verdier»: how to make the `forvent` line expect the actual value; for a wrong value of an output only. */
  readonly accept?: AcceptedValue;
}

export interface TestView {
  readonly name: string;
  readonly module: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly passed: boolean;
  readonly failures: readonly FailureView[];
}

/** The tests of one module. */
export interface TestGroup {
  readonly module: string;
  readonly path: string;
  /** The open file's own module (else a module that uses it). */
  readonly own: boolean;
  /** `blocked`: the rules the module sees have errors, so its tests cannot run. */
  readonly state: 'ran' | 'blocked';
  readonly message: string | undefined;
  readonly results: readonly TestView[];
}

export interface TestsReport {
  readonly path: string;
  readonly module: string | undefined;
  readonly state: 'ran' | 'no-module';
  readonly message: string | undefined;
  /** The open module's tests first, then those of the modules that use it. */
  readonly groups: readonly TestGroup[];
  readonly versions: Versions;
  readonly testMs: number;
}

export interface CitationView {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
  readonly assumption?: boolean;
}

export interface TraceNodeView {
  readonly id: number;
  readonly kind: 'input' | 'rule' | 'discretion' | 'table';
  /** `navn` or `navn(arg, …)`. */
  readonly label: string;
  readonly value: string;
  readonly explanation: string | undefined;
  /** Which definition gave the value, in words. */
  readonly definition: string | undefined;
  readonly override: string | undefined;
  readonly row: string | undefined;
  readonly citations: readonly CitationView[];
  readonly location: SourceRef | undefined;
  readonly aggregations: ReadonlyArray<{
    readonly expression: string;
    readonly items: ReadonlyArray<{ readonly element: string; readonly included: boolean; readonly value: string | undefined }>;
  }>;
  readonly uses: readonly number[];
}

export interface TraceView {
  readonly asOf: string;
  readonly outputs: ReadonlyArray<{ readonly name: string; readonly id: number }>;
  readonly steps: readonly TraceNodeView[];
}

export interface EvaluationErrorView {
  readonly code: string;
  readonly message: string;
  readonly violations: ReadonlyArray<{ readonly path: string; readonly message: string }>;
  readonly locations: readonly SourceRef[];
}

export interface TestTrace {
  readonly test: string;
  readonly input: unknown;
  readonly trace: TraceView | undefined;
  readonly error: EvaluationErrorView | undefined;
}

export type JsonSchema = { readonly [keyword: string]: unknown };

export interface CaseInfo {
  /** Modules a case can be computed through (those with `utdata`, and variants). */
  readonly entries: ReadonlyArray<{ readonly module: string; readonly path: string }>;
  readonly entry: string | undefined;
  readonly schema: JsonSchema | undefined;
  /** The labels of the choices (`valg` members by their doc comments), by the `valg`'s name (the schema's `title`) and member. */
  readonly labels: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly discretion: ReadonlyArray<{ readonly name: string; readonly type: string }>;
  readonly outputs: readonly string[];
  /** Why no case can be computed now. */
  readonly problem: string | undefined;
}

export interface CaseResult {
  readonly entry: string;
  readonly values: ReadonlyArray<{ readonly name: string; readonly value: string; readonly raw: unknown }>;
  readonly warnings: readonly string[];
  readonly trace: TraceView | undefined;
  readonly begrunnelse: string | undefined;
  /** True when the text comes from the engine's renderBegrunnelse. */
  readonly begrunnelseFromEngine: boolean;
  readonly error: EvaluationErrorView | undefined;
}

export interface TestFromCase {
  readonly path: string;
  readonly name: string;
  readonly text: string;
}

export interface TablePeriodView {
  readonly from: string;
  /** Inclusive last day; undefined when open-ended. */
  readonly to: string | undefined;
  readonly value: string;
  readonly unknown: boolean;
  readonly line: number;
  readonly citations: readonly string[];
}

export interface TableView {
  readonly name: string;
  /** `kr` for a table of amounts (the bars then show only the number). */
  readonly unit?: string;
  readonly signature: string;
  readonly line: number;
  readonly dated: boolean;
  /** `label`: the key in words (a `valg` member by its doc comment, «barn 0–5 år»). */
  readonly lanes: ReadonlyArray<{ readonly key: string; readonly label: string; readonly periods: readonly TablePeriodView[] }>;
}

export interface TestChange {
  readonly name: string;
  readonly before: string;
  readonly after: string;
  readonly detail: string | undefined;
}

/** A diagnostic with the file it is in. */
export interface FileDiagnosticData extends DiagnosticData {
  readonly path: string;
}

/**
 * The review of the whole rule set, the files on disk against the working copy: the engine's
 * `diffRuleSets` report (structure, and the impact on the rule tests and a synthetic
 * population), as `lovkode diff` gives it, and the same report as Markdown.
 */
export type ReviewResult =
  | { readonly state: 'unchanged' }
  | {
      readonly state: 'reviewed';
      readonly report: ReviewReport;
      readonly markdown: string;
      readonly reviewMs: number;
      /** The labels of each changed table's keys, key by key (by `module/name`): the doc comments of their `valg` members. */
      readonly keyLabels: Readonly<Record<string, ReadonlyArray<Readonly<Record<string, string>>>>>;
    }
  /** A version cannot be compared: its rules have errors (`diagnostics`), or it has no clear entry module. */
  | { readonly state: 'failed'; readonly side: 'disk' | 'working'; readonly message: string; readonly diagnostics: readonly FileDiagnosticData[] };

export interface CompletionData {
  readonly label: string;
  readonly kind: string;
  readonly detail?: string;
  readonly documentation?: string;
  readonly insertText?: string;
}

export interface SymbolData {
  readonly name: string;
  readonly kind: string;
  readonly detail: string;
  readonly range: RangeData;
  readonly selectionRange: RangeData;
  readonly children: SymbolData[];
}

export interface EditData {
  readonly path: string;
  readonly range: RangeData;
  readonly newText: string;
}

/** A rate table as a grid: its cells as written, the header first (docs: packages/editor/README.md). */
export interface TableGridView {
  readonly name: string;
  readonly line: number;
  readonly header: readonly string[];
  /** The doc-comment labels of the value columns that are members of a `valg` (`barn_0_5` → «barn 0–5 år»). */
  readonly labels: Readonly<Record<string, string>>;
  readonly rows: ReadonlyArray<{ readonly line: number; readonly cells: readonly string[]; readonly unknown: boolean }>;
  /** The sources a new row may cite. */
  readonly sources: readonly string[];
}

/** A `kilde` that stores the text of its provision (docs/law-text.md §1), for the reading view. */
export interface ProvisionSourceView {
  readonly id: string;
  readonly module: string;
  readonly title: string;
  /** Only an http(s) link. */
  readonly url: string | undefined;
  readonly checked: { readonly date: string; readonly url: string | undefined } | undefined;
  readonly location: SourceRef;
}

/** The stored law text and its coverage by rules and tests (`coverage` of @lovkode/dsl), for the reading view. */
export interface LawView {
  readonly sources: readonly ProvisionSourceView[];
  readonly coverage: Coverage;
  /** The titles of the sources a wording was found in (`(kilde x)` on a punktum), by id. */
  readonly titles: Readonly<Record<string, string>>;
}

/** A `kilde` named at a place in a file (a citation, a table's `kilde` cell or its declaration), with the ledd and punktum it is pinned to. */
export interface CitationAt {
  readonly id: string;
  readonly module: string;
  readonly title: string;
  readonly url: string | undefined;
  /** The source stores the text of its provision (the reading view can show it). */
  readonly stored: boolean;
  /** Where the `kilde` is declared. */
  readonly location: SourceRef;
  readonly ledd: number | undefined;
  readonly punktum: number | undefined;
}

/**
 * The version of a file's text when its model is made (Monaco numbers a new model's versions
 * from 1): the version the worker holds for a file from `load`, or a new file, until
 * `setText` tells it a later one. So the worker's versions and the models' stay in step, and an
 * edit the worker computes can name the version it was computed from.
 */
export const firstVersion = 1;

/**
 * The version of each file's text that an answer of the worker was computed from (the
 * versions `setText` gave it). Edits computed from them are applied only while every model is
 * still at its version (`App.textsAt`), so they never land on newer text.
 */
export type Versions = Readonly<Record<string, number>>;

/** An edit the worker computed from version `version` of the file's text: to be applied to that version only. */
export type VersionedEdit = { readonly edit: EditData; readonly version: number } | { readonly error: string };

/** The worker's methods; the main thread calls them through `WorkerClient.call`. */
export interface WorkerApi {
  /** The rule set: each file's working text (its version `firstVersion`) and the text on disk. */
  load(files: ReadonlyArray<{ readonly path: string; readonly text: string; readonly disk: string | undefined }>): { readonly loadMs: number };
  /** A file's working text changed. Analysis and tests follow as events. */
  setText(path: string, text: string, version: number): void;
  /** A file's text on disk (after loading, saving or reloading). */
  setDisk(path: string, text: string | undefined): void;
  /** The file shown in the editor: its module's tests are run after each edit. */
  setActive(path: string): void;
  complete(path: string, pos: Pos): CompletionData[];
  hover(path: string, pos: Pos): { readonly contents: string; readonly range: RangeData } | undefined;
  definition(path: string, pos: Pos): LocationData | undefined;
  references(path: string, pos: Pos): LocationData[];
  symbols(path: string): SymbolData[];
  format(path: string): string | undefined;
  renameTarget(path: string, pos: Pos): { readonly range: RangeData; readonly text: string } | { readonly error: string };
  /** The edits of a rename across files, with the versions of the files' texts they were computed from. */
  rename(path: string, pos: Pos, newName: string): { readonly edits: EditData[]; readonly versions: Versions } | { readonly error: string };
  testTrace(path: string, test: string): TestTrace;
  caseInfo(path: string, entry: string | undefined): CaseInfo;
  runCase(entry: string, input: unknown): CaseResult;
  /** The case as a `test`, for the open file's module when it can hold it, else the entry module. */
  testFromCase(entry: string, input: unknown, name: string, openPath?: string): TestFromCase | { readonly error: string };
  tables(path: string): TableView[];
  tableGrids(path: string): TableGridView[];
  /** An edit of a file's text from the grid: one cell (`row` 0 is the header), the table formatted again. */
  editTableCell(path: string, table: string, row: number, column: number, value: string): VersionedEdit;
  /** A new period of a table from `from`, citing `source` (a copy of the latest period's rows). */
  addTablePeriod(path: string, table: string, from: string, source: string): VersionedEdit;
  /** The stored law text of every `kilde` with text, and which rules and tests link to each punktum. */
  law(): LawView;
  /** The `kilde` named at `pos`, if any. */
  citationAt(path: string, pos: Pos): CitationAt | undefined;
  diffTests(path: string): { readonly changes: TestChange[]; readonly unchanged: number; readonly problem: string | undefined };
  /** The review of the whole rule set, disk → working copy (computed again only when a file changed). */
  review(): ReviewResult;
}

export interface WorkerEvents {
  analysis: Analysis;
  tests: TestsReport;
  ready: { readonly initMs: number };
}

export type RequestMessage = { readonly id: number; readonly method: keyof WorkerApi; readonly args: unknown[] };
export type ResponseMessage =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string };
export type EventMessage = { readonly event: keyof WorkerEvents; readonly payload: unknown };
