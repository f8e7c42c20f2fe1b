/**
 * The editor's language service: holds the rule set as a dsl `Workspace` (the working copy)
 * plus the versions on disk, and answers the editor with the dsl services and the engine.
 * DOM-free, so it runs in the web worker and in unit tests alike.
 */
import type {
  AcceptedValue,
  Analysis,
  CaseInfo,
  CaseResult,
  CitationAt,
  CompletionData,
  DiagnosticData,
  EditData,
  EvaluationErrorView,
  FailureView,
  LawView,
  LocationData,
  Pos,
  RangeData,
  ReviewResult,
  SymbolData,
  TableGridView,
  TableView,
  TablePeriodView,
  TestChange,
  TestFromCase,
  TestGroup,
  TestsReport,
  TestTrace,
  TestView,
  TraceNodeView,
  TraceView,
  WorkerApi,
  VersionedEdit,
  Versions,
} from '../shared/protocol';
import { firstVersion } from '../shared/protocol';
import {
  befolkning,
  calendar,
  complete,
  CompiledRuleSet,
  definition,
  diffRuleSets,
  documentSymbols,
  evaluate,
  EvaluationError,
  format,
  hasErrors,
  hover,
  InputError,
  inputSchema,
  InputValidators,
  GeneratedCode,
  references,
  rename,
  runRuleSetTests,
  ServiceSession,
  symbolAt,
  testCaseInput,
  testValue,
  typeName,
  literalOf as namedLiteral,
  lookupValue,
  prepareSide,
  renderMarkdown,
  ReviewError,
  Workspace,
  type Ast,
  type CheckedProgram,
  type CheckResult,
  type CompiledRules,
  type CompileResult,
  type Diagnostic,
  type DocumentSymbol,
  type EvaluationResult,
  type JsonValue,
  type ModuleInfo,
  type PopulationModule,
  type PopulationOptions,
  type PreparedSide,
  type RuleSource,
  type TableSymbol,
  type TestResult,
  type Trace,
  type TraceStep,
} from './lib';
import { citationAt, lawView } from './law';
import { testTraceOf, typedTracePath } from './trace-path';
import { addTablePeriod, editTableCell, tableGrids } from './table-grid';
import { choiceLabels, memberLabels, tableKeyLabels } from './labels';
import { displayValue, literalOf, norwegianNumber, showValue, textLiteral } from './values';

/** Renders a trace as a Norwegian justification (the engine's renderBegrunnelse, when present). */
export type BegrunnelseRenderer = (trace: Trace, result: EvaluationResult, rules: CompiledRules) => string | undefined;

/**
 * The synthetic population of the review (docs/review.md §4): enough households to show whom a
 * change affects, few enough that the review takes well under a second in the worker.
 */
const reviewPopulation: PopulationOptions = { size: 2000, seed: 1 };
const populationModule: PopulationModule = befolkning;

/** How the two versions are named in the review (and its Markdown). */
const DISK_SPEC = 'på disken';
const WORKING_SPEC = 'arbeidskopien';

type Sync<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => R : never };

export class RuleSet {
  readonly workspace = new Workspace();
  /** Input validators by schema text: an edit rarely changes the inputs, so they outlive a check. */
  readonly validators = new InputValidators();
  /** Generated code by source: a rule an edit did not change is not compiled by JavaScript again. */
  readonly code = new GeneratedCode();
  private sources: RuleSource[] | undefined;
  /** The compiled rules of each check: one engine rule set, so the entries share what they can. */
  private compiled = new WeakMap<CheckResult, CompiledRuleSet>();
  private services: ServiceSession | undefined;

  set(path: string, text: string | undefined): void {
    if (text === undefined) this.workspace.delete(path);
    else if (this.workspace.text(path) !== text) this.workspace.set(path, text);
    else return;
    this.sources = undefined;
  }

  files(): RuleSource[] {
    this.sources ??= this.workspace
      .paths()
      .sort()
      .map((path) => ({ path, text: this.workspace.text(path) ?? '' }));
    return this.sources;
  }

  check(): CheckResult {
    return this.workspace.check();
  }

  /** The editor services' session of the current check: one per check, so the services' indexes are built once per check. */
  session(): ServiceSession {
    const checked = this.check();
    if (this.services?.result !== checked) this.services = new ServiceSession(checked);
    return this.services;
  }

  /** The engine's rule set of the current check: the entries compiled through it (each once) share their rules. */
  compiledSet(): CompiledRuleSet {
    const checked = this.check();
    let set = this.compiled.get(checked);
    if (!set) this.compiled.set(checked, (set = new CompiledRuleSet(checked, this.files(), { validators: this.validators, code: this.code })));
    return set;
  }

  /** The rules compiled through `module` as entry, once per check. */
  compile(module: string): CompileResult {
    return this.compiledSet().compile({ module });
  }
}

function rangeData(r: { line: number; column: number; endLine: number; endColumn: number }): RangeData {
  return { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function diagnosticData(d: Diagnostic): DiagnosticData {
  return {
    ...rangeData(d),
    code: d.code,
    severity: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'info',
    message: d.message,
    hint: d.hint,
    related: d.related.map((r) => ({ message: r.message, path: r.file, line: r.line, column: r.column })),
  };
}

function symbolData(s: DocumentSymbol): SymbolData {
  return { name: s.name, kind: s.kind, detail: s.detail, range: rangeData(s.range), selectionRange: rangeData(s.selectionRange), children: s.children.map(symbolData) };
}

function errorView(error: unknown): EvaluationErrorView {
  if (error instanceof InputError) {
    return { code: error.code, message: error.message, violations: error.violations.map((v) => ({ path: v.path, message: v.message })), locations: [] };
  }
  if (error instanceof EvaluationError) {
    return { code: error.code, message: error.message, violations: [], locations: error.locations.map((l) => ({ path: l.file, line: l.line, column: l.column })) };
  }
  return { code: 'intern', message: error instanceof Error ? error.message : String(error), violations: [], locations: [] };
}

/** The modules a case can be computed through: those with `utdata`, and variants. */
function entryModules(checked: CheckResult): ModuleInfo[] {
  return [...checked.program.modules.values()]
    .filter((m) => m.variantOf !== undefined || m.file.ast.declarations.some((d) => d.kind === 'Output'))
    .sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
}

/**
 * Can a test of a case computed through `entry` live in `host`? A test runs through its own
 * module, so the host must see the same inputs, outputs and `skjønn` by the same names, and
 * must not change them (a variant entry keeps its tests).
 */
function hostsTests(host: ModuleInfo, entry: ModuleInfo, names: readonly string[]): boolean {
  if (host === entry) return true;
  if (entry.variantOf || host.variantOf) return false;
  return names.every((name) => {
    const a = lookupValue(host, name);
    const b = lookupValue(entry, name);
    return a.kind === 'found' && b.kind === 'found' && a.symbol === b.symbol;
  });
}

/** Why a module's tests cannot run (errors in the files it reaches), or undefined. */
function blockedBy(checked: CheckResult, target: ModuleInfo): string | undefined {
  const seen = new Set<string>([...dependencies(target)].map((m) => m.file.path));
  const errors = checked.diagnostics.filter((d) => d.severity === 'error' && seen.has(d.file));
  if (errors.length === 0) return undefined;
  const files = [...new Set(errors.map((e) => e.file))];
  return `Testene kjøres når feilene er rettet (${errors.length} feil i ${files.join(', ')})`;
}

/** The module and every module it uses, directly or through others (imports and variant bases). */
function dependencies(module: ModuleInfo): Set<ModuleInfo> {
  const seen = new Set<ModuleInfo>();
  const stack = [module];
  while (stack.length > 0) {
    const m = stack.pop() as ModuleInfo;
    if (seen.has(m)) continue;
    seen.add(m);
    stack.push(...m.imports);
    if (m.variantOf) stack.push(m.variantOf);
  }
  return seen;
}

/** The type of a named value as `module` sees it. */
/** The tests to run for a file; see `LovkodeService.planTests`. */
export interface TestPlan {
  readonly set: RuleSet;
  readonly checked: CheckResult;
  readonly targets: readonly ModuleInfo[];
  readonly own?: ModuleInfo;
  readonly report: Omit<TestsReport, 'groups' | 'versions' | 'testMs'>;
}

export class LovkodeService implements Sync<WorkerApi> {
  private readonly working = new RuleSet();
  private readonly disk = new RuleSet();
  private readonly versions: Record<string, number> = {};
  private active: string | undefined;
  /** The last review and the file lists it compared (a `RuleSet` keeps its list until a file changes). */
  private lastReview: { disk: readonly RuleSource[]; working: readonly RuleSource[]; result: ReviewResult } | undefined;
  /** The files on disk checked and compiled once for the reviews, until they change. */
  private diskSide: { files: readonly RuleSource[]; side: PreparedSide | ReviewError } | undefined;

  constructor(private readonly renderBegrunnelse?: BegrunnelseRenderer) {}

  // ─── Files ────────────────────────────────────────────────────────────────

  load(files: ReadonlyArray<{ readonly path: string; readonly text: string; readonly disk: string | undefined }>): { loadMs: number } {
    const start = performance.now();
    for (const f of files) {
      this.working.set(f.path, f.text);
      this.disk.set(f.path, f.disk);
      this.versions[f.path] ??= firstVersion;
    }
    return { loadMs: performance.now() - start };
  }

  setText(path: string, text: string, version: number): void {
    this.working.set(path, text);
    this.versions[path] = version;
  }

  setDisk(path: string, text: string | undefined): void {
    this.disk.set(path, text);
  }

  setActive(path: string): void {
    this.active = path;
  }

  activePath(): string | undefined {
    return this.active;
  }

  // ─── Diagnostics and tests ────────────────────────────────────────────────

  analyze(): Analysis {
    const start = performance.now();
    const checked = this.working.check();
    const diagnostics: Record<string, DiagnosticData[]> = {};
    for (const path of this.working.workspace.paths()) diagnostics[path] = [];
    let errorCount = 0;
    let warningCount = 0;
    for (const d of checked.diagnostics) {
      (diagnostics[d.file] ??= []).push(diagnosticData(d));
      if (d.severity === 'error') errorCount++;
      else if (d.severity === 'warning') warningCount++;
    }
    return { versions: { ...this.versions }, diagnostics, errorCount, warningCount, checkMs: performance.now() - start };
  }

  tests(path: string): TestsReport {
    const start = performance.now();
    const plan = this.planTests(path);
    return { ...plan.report, groups: this.runPlan(plan), versions: { ...this.versions }, testMs: performance.now() - start };
  }

  /**
   * Which tests to run for the open file: its module's, then those of every module that uses
   * it (directly or through others).
   */
  planTests(path: string, set: RuleSet = this.working): TestPlan {
    const checked = set.check();
    const module = checked.program.moduleOfFile.get(path);
    if (!module) return { set, checked, targets: [], report: { path, module: undefined, state: 'no-module', message: 'Filen er ikke en del av regelsettet' } };
    const hasTests = (m: ModuleInfo) => m.file.ast.declarations.some((d) => d.kind === 'Test');
    const dependents = [...checked.program.modules.values()]
      .filter((m) => m !== module && hasTests(m) && dependencies(m).has(module))
      .sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
    return { set, checked, targets: [module, ...dependents], own: module, report: { path, module: module.name, state: 'ran', message: undefined } };
  }

  runPlan(plan: TestPlan): TestGroup[] {
    const steps = this.planSteps(plan);
    for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
  }

  /**
   * The plan's tests, a group per module, in steps: the worker answers edits and requests
   * between them and stops when the text changed. The tests of all the modules run in one
   * step, through one rule set, so that each rule they reach is compiled once per edit (a run
   * per module compiled the shared rules again for each of them). Their results are given
   * at once (a step's value: the groups without trace paths); then each failing test's trace
   * path is found (its test evaluated again with a trace, its module's rules compiled when
   * first asked for), a test a step, and the groups with them are the result. The rule set
   * must not change while the steps run.
   */
  *planSteps(plan: TestPlan): Generator<TestGroup[] | undefined, TestGroup[]> {
    const { set, checked } = plan;
    const groups = new Map<ModuleInfo, TestGroup>();
    const runnable = new Set<ModuleInfo>();
    for (const target of plan.targets) {
      const base = { module: target.name, path: target.file.path, own: target === plan.own };
      const blocked = blockedBy(checked, target);
      if (!target.file.ast.declarations.some((d) => d.kind === 'Test')) groups.set(target, { ...base, state: 'ran', message: undefined, results: [] });
      else if (blocked) groups.set(target, { ...base, state: 'blocked', message: blocked, results: [] });
      else runnable.add(target);
    }
    const inOrder = () => plan.targets.map((t) => groups.get(t) as TestGroup);
    if (runnable.size === 0) return inOrder();
    yield undefined;
    let results: TestResult[];
    try {
      results = runRuleSetTests(set.compiledSet(), (m) => runnable.has(m), { tracePaths: false });
    } catch (error) {
      const message = `Testene kunne ikke kjøres: ${error instanceof Error ? error.message : String(error)}`;
      for (const target of runnable) groups.set(target, { module: target.name, path: target.file.path, own: target === plan.own, state: 'blocked', message, results: [] });
      return inOrder();
    }
    const ran = (target: ModuleInfo, results: TestView[]): TestGroup => ({ module: target.name, path: target.file.path, own: target === plan.own, state: 'ran', message: undefined, results });
    const byModule = new Map([...runnable].map((target) => [target, results.filter((r) => r.module === target.name)] as const));
    for (const [target, own] of byModule) groups.set(target, ran(target, own.map((r) => this.testView(target, r, () => undefined))));
    if (!results.some((r) => r.failures.length > 0)) return inOrder();
    yield inOrder();
    for (const [target, own] of byModule) {
      if (!own.some((r) => r.failures.length > 0)) continue;
      const traceOf = (test: Ast.TestDecl) => {
        const compiled = set.compile(target.name);
        return compiled.ok ? testTraceOf(compiled.rules, target, test, set.code) : undefined;
      };
      const views: TestView[] = [];
      for (const r of own) {
        if (r.failures.length > 0) yield undefined;
        views.push(this.testView(target, r, traceOf));
      }
      groups.set(target, ran(target, views));
    }
    return inOrder();
  }

  /** The versions of the files the current analysis and tests are about. */
  currentVersions(): Record<string, number> {
    return { ...this.versions };
  }

  private testsIn(set: RuleSet, path: string): Omit<TestsReport, 'versions' | 'testMs'> {
    const plan = this.planTests(path, set);
    return { ...plan.report, groups: this.runPlan(plan) };
  }

  /** A test's result as the panel shows it: values by their type, the trace path from the typed trace (`traceOf`, evaluated only for a wrong value). */
  private testView(module: ModuleInfo, r: TestResult, traceOf: (test: Ast.TestDecl) => Trace | undefined): TestView {
    const decl = r.failures.length > 0 ? module.file.ast.declarations.find((d): d is Ast.TestDecl => d.kind === 'Test' && d.name.value === r.name) : undefined;
    let trace: { readonly of: Trace | undefined } | undefined;
    const pathOf = (output: string | undefined) => {
      if (!output || !decl) return undefined;
      trace ??= { of: traceOf(decl) };
      return trace.of && typedTracePath(trace.of, output);
    };
    const failures: FailureView[] = r.failures.map((f) => {
      const values = f.values;
      if (!values) return { output: f.output, expected: f.expected, actual: f.actual, tracePath: undefined };
      const show = (value: JsonValue) => showValue(value, values.type, values.types);
      const accept = decl ? acceptedValue(module, decl, f) : undefined;
      return { output: f.output, expected: show(values.expected), actual: show(values.actual), tracePath: pathOf(f.output), ...(accept ? { accept } : {}) };
    });
    // A test whose rules have errors did not run: shown as not passed, with the reason.
    if (r.notRun !== undefined) failures.push({ output: undefined, expected: 'at testen kan kjøres', actual: `ikke kjørt: ${r.notRun}`, tracePath: undefined });
    return { name: r.name, module: r.module, path: r.file, line: r.line, column: r.column, passed: r.passed, failures };
  }

  // ─── Editor services ──────────────────────────────────────────────────────

  complete(path: string, pos: Pos): CompletionData[] {
    return complete(this.working.session(), path, pos).map((c) => ({ ...c }));
  }

  hover(path: string, pos: Pos): { contents: string; range: RangeData } | undefined {
    const h = hover(this.working.session(), path, pos);
    return h && { contents: h.contents, range: rangeData(h.range) };
  }

  definition(path: string, pos: Pos): LocationData | undefined {
    const d = definition(this.working.session(), path, pos);
    return d && { path: d.path, ...rangeData(d) };
  }

  references(path: string, pos: Pos): LocationData[] {
    return references(this.working.session(), path, pos).map((d) => ({ path: d.path, ...rangeData(d) }));
  }

  symbols(path: string): SymbolData[] {
    return documentSymbols(this.working.session(), path).map(symbolData);
  }

  format(path: string): string | undefined {
    const text = this.working.workspace.text(path);
    if (text === undefined) return undefined;
    const formatted = format(text, path);
    return formatted === text ? undefined : formatted;
  }

  renameTarget(path: string, pos: Pos): { range: RangeData; text: string } | { error: string } {
    const at = symbolAt(this.working.session(), path, pos);
    if (!at) return { error: 'Det står ikke noe navn som kan endres her' };
    if (at.symbol.kind === 'builtin') return { error: `«${at.symbol.name}» er innebygd i språket og kan ikke endres` };
    const file = at.occurrence.file;
    const start = file.source.positionAt(at.occurrence.span.start);
    const end = file.source.positionAt(at.occurrence.span.end);
    return { range: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, text: file.source.slice(at.occurrence.span) };
  }

  rename(path: string, pos: Pos, newName: string): { edits: EditData[]; versions: Versions } | { error: string } {
    const result = rename(this.working.session(), path, pos, newName);
    if ('error' in result) return { error: result.error };
    const edits = result.edits.map((e) => ({ path: e.path, range: rangeData(e.range), newText: e.newText }));
    return { edits, versions: Object.fromEntries(edits.map((e) => [e.path, this.versions[e.path] ?? firstVersion])) };
  }

  // ─── Traces ───────────────────────────────────────────────────────────────

  testTrace(path: string, name: string): TestTrace {
    const checked = this.working.check();
    const module = checked.program.moduleOfFile.get(path);
    const test = module?.file.ast.declarations.find((d): d is Ast.TestDecl => d.kind === 'Test' && d.name.value === name);
    if (!module || !test) return { test: name, input: undefined, trace: undefined, error: errorView(new Error(`Finner ikke testen «${name}»`)) };
    const compiled = this.working.compile(module.name);
    if (!compiled.ok) return { test: name, input: undefined, trace: undefined, error: errorView(new Error('Regelsettet har feil')) };
    let input;
    try {
      input = testCaseInput(checked.program, module, test, this.working.code);
    } catch (error) {
      return { test: name, input: undefined, trace: undefined, error: errorView(error) };
    }
    // A test's calls (`forvent f(x) = …`) are not outputs; the trace shows the outputs it expects.
    const outputs = test.expectations.filter((e): e is Ast.ExpectValue => e.kind === 'ExpectValue' && e.args === undefined).map((e) => e.name.text);
    try {
      const result = evaluate(compiled.rules, input, {
        trace: true,
        ...(outputs.length > 0 ? { outputs } : {}),
        ...(test.asOf ? { asOf: test.asOf.value } : {}),
      });
      return { test: name, input, trace: result.trace && this.traceView(result.trace, compiled.rules), error: undefined };
    } catch (error) {
      return { test: name, input, trace: undefined, error: errorView(error) };
    }
  }

  traceView(trace: Trace, rules: CompiledRules): TraceView {
    const show = (value: JsonValue | undefined, type: string | undefined) => showValue(value, type, trace.types);
    const label = (s: TraceStep) => `${s.name}${s.args ? `(${s.args.map((a, i) => show(a, s.argTypes?.[i])).join(', ')})` : ''}`;
    const steps: TraceNodeView[] = trace.steps.map((s) => {
      const type = s.type;
      const location = s.definition?.location ?? s.row?.location ?? s.location;
      let definitionText: string | undefined;
      if (s.definition) {
        const d = s.definition;
        if (d.kind === 'exception') {
          definitionText = `Unntaket «${d.label ?? ''}» gjelder${d.overrode && d.overrode.length > 0 ? ` (går foran ${d.overrode.map((o) => (o === 'base' ? 'hovedregelen' : `«${o}»`)).join(', ')})` : ''}`;
        } else if (d.kind === 'base') definitionText = 'Hovedregelen gjelder';
        else if (d.kind === 'guideline') definitionText = 'Den veiledende verdien er brukt';
        else if (d.kind === 'override') definitionText = 'Overstyrt av saksbehandler';
      }
      const row = s.row
        ? `Rad fra ${s.row.from ? show(s.row.from, 'dato') : 'start'}${s.row.to ? ` til ${show(s.row.to, 'dato')}` : ''}${s.row.keys.length > 0 ? ` for ${s.row.keys.map((k) => k ?? 'alle').join(', ')}` : ''}`
        : undefined;
      return {
        id: s.id,
        kind: s.kind,
        label: label(s),
        value: show(s.value, type),
        explanation: s.explanation,
        definition: definitionText,
        override: s.override ? `Overstyrt til ${show(s.override.value, type)} (veiledende ${show(s.override.guideline, type)}): ${s.override.reason}` : undefined,
        row,
        citations: s.citations.map((c) => ({ id: c.id, title: c.title, ...(c.url ? { url: c.url } : {}), ...(c.assumption ? { assumption: true } : {}) })),
        location: location && { path: location.file, line: location.line, column: location.column },
        aggregations: (s.aggregations ?? []).map((a) => ({
          expression: a.expression,
          items: a.items.map((i) => ({ element: show(i.element, a.elementType), included: i.included, value: i.value === undefined ? undefined : show(i.value, a.valueType) })),
        })),
        uses: [...s.uses],
      };
    });
    return { asOf: trace.asOf, outputs: Object.entries(trace.outputs).map(([name, id]) => ({ name, id })), steps };
  }

  // ─── Cases ────────────────────────────────────────────────────────────────

  caseInfo(path: string, wanted: string | undefined): CaseInfo {
    const checked = this.working.check();
    const entries = entryModules(checked);
    const list = entries.map((m) => ({ module: m.name, path: m.file.path }));
    const none = (problem: string, entry?: string): CaseInfo => ({ entries: list, entry, schema: undefined, labels: {}, discretion: [], outputs: [], problem });
    if (entries.length === 0) return none('Ingen modul i regelsettet har «utdata», så det er ingenting å beregne');
    const own = checked.program.moduleOfFile.get(path);
    const entry =
      entries.find((m) => m.name === wanted) ??
      (own && entries.includes(own) ? own : undefined) ??
      (own && entries.find((m) => dependencies(own).has(m) && !m.variantOf)) ??
      (own && entries.find((m) => m !== own && dependencies(m).has(own) && !m.variantOf)) ??
      (own && entries.find((m) => dependencies(m).has(own))) ??
      entries[0];
    if (!entry) return none('Ingen modul å beregne');
    const compiled = this.working.compile(entry.name);
    const used = new Set([...dependencies(entry)].map((m) => m.file.path));
    if (!compiled.ok || hasErrors(compiled.diagnostics.filter((d) => used.has(d.file)))) {
      return none('Regelsettet har feil; rett dem for å prøve en sak', entry.name);
    }
    try {
      const schema = inputSchema(compiled.rules.inputs, { title: entry.name });
      return {
        entries: list,
        entry: entry.name,
        schema,
        labels: choiceLabels(entry),
        discretion: [...compiled.rules.discretion.values()].map((d) => ({ name: d.name, type: typeName(d.type) })),
        outputs: compiled.rules.outputs.map((o) => o.name),
        problem: undefined,
      };
    } catch (error) {
      return none(error instanceof Error ? error.message : String(error), entry.name);
    }
  }

  private evaluateCase(entry: string, input: unknown): { rules: CompiledRules; result: EvaluationResult } | { error: EvaluationErrorView } {
    const compiled = this.working.compile(entry);
    if (!compiled.ok) return { error: errorView(new Error('Regelsettet har feil; rett dem for å prøve en sak')) };
    try {
      return { rules: compiled.rules, result: evaluate(compiled.rules, input, { trace: true }) };
    } catch (error) {
      return { error: errorView(error) };
    }
  }

  runCase(entry: string, input: unknown): CaseResult {
    const evaluated = this.evaluateCase(entry, input);
    if ('error' in evaluated) {
      return { entry, values: [], warnings: [], trace: undefined, begrunnelse: undefined, begrunnelseFromEngine: false, error: evaluated.error };
    }
    const { rules, result } = evaluated;
    const values = rules.outputs.map((o) => ({ name: o.name, value: displayValue(result.values[o.name], o.type), raw: result.values[o.name] }));
    const trace = result.trace && this.traceView(result.trace, rules);
    let begrunnelse: string | undefined;
    let fromEngine = false;
    if (result.trace && this.renderBegrunnelse) {
      try {
        begrunnelse = this.renderBegrunnelse(result.trace, result, rules);
        fromEngine = begrunnelse !== undefined;
      } catch {
        begrunnelse = undefined;
      }
    }
    if (begrunnelse === undefined && trace) begrunnelse = simpleBegrunnelse(trace, values, result.warnings);
    return { entry, values, warnings: result.warnings, trace, begrunnelse, begrunnelseFromEngine: fromEngine, error: undefined };
  }

  testFromCase(entry: string, input: unknown, name: string, openPath?: string): TestFromCase | { error: string } {
    const compiled = this.working.compile(entry);
    if (!compiled.ok) return { error: 'Regelsettet har feil' };
    const rules = compiled.rules;
    const object = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const overrides = (object['overstyringer'] as Array<{ navn: string }> | undefined) ?? [];
    const open = openPath ? this.working.check().program.moduleOfFile.get(openPath) : undefined;
    const names = [...rules.outputs.map((o) => o.name), ...rules.inputs.map((i) => i.name), ...overrides.map((o) => o.navn)];
    const module = open && hostsTests(open, rules.entry, names) ? open : rules.entry;
    const schema = inputSchema(rules.inputs) as { properties?: Record<string, { default?: unknown }> };
    let outcome: EvaluationResult | undefined;
    let failure: EvaluationErrorView | undefined;
    try {
      outcome = evaluate(rules, input, {});
    } catch (error) {
      failure = errorView(error);
      if (error instanceof InputError) return { error: `Saken har ugyldige inndata: ${failure.message}` };
    }
    const taken = new Set(module.file.ast.declarations.filter((d): d is Ast.TestDecl => d.kind === 'Test').map((d) => d.name.value));
    let unique = name.trim() || 'Ny test';
    for (let i = 2; taken.has(unique); i++) unique = `${name.trim() || 'Ny test'} (${i})`;

    const lines = [`test ${textLiteral(unique)}`];
    const givens: string[] = [];
    try {
      for (const symbol of rules.inputs) {
        const value = object[symbol.name];
        if (value === undefined) continue;
        const fallback = schema.properties?.[symbol.name]?.default;
        if (symbol.optional && fallback !== undefined && JSON.stringify(fallback) === JSON.stringify(value)) continue;
        givens.push(`${symbol.name} = ${literalOf(value, symbol.type)}`);
      }
      givens.forEach((g, i) => lines.push(i === 0 ? `  gitt ${g}` : `       ${g}`));
      for (const o of (object['overstyringer'] as Array<{ navn: string; verdi: unknown; begrunnelse: string }> | undefined) ?? []) {
        const symbol = rules.discretion.get(o.navn);
        lines.push(`  overstyr ${o.navn} = ${literalOf(o.verdi, symbol?.type)}  begrunnelse ${textLiteral(o.begrunnelse)}`);
      }
      if (outcome) {
        for (const output of rules.outputs) lines.push(`  forvent ${output.name} = ${literalOf(outcome.values[output.name], output.type)}`);
      } else if (failure) {
        lines.push(`  forvent feil ${textLiteral(failure.message)}`);
      }
    } catch (error) {
      return { error: `Kan ikke skrive saken som en test: ${error instanceof Error ? error.message : String(error)}` };
    }
    return { path: module.file.path, name: unique, text: lines.join('\n') };
  }

  // ─── Rate tables ──────────────────────────────────────────────────────────

  tables(path: string): TableView[] {
    const checked = this.working.check();
    const file = checked.program.files.find((f) => f.path === path);
    if (!file) return [];
    const views: TableView[] = [];
    for (const decl of file.ast.declarations) {
      if (decl.kind !== 'Table') continue;
      const symbol = checked.program.declarations.get(decl.name);
      if (symbol?.kind !== 'table') continue;
      views.push(tableView(checked.program, symbol, file.source));
    }
    return views;
  }

  tableGrids(path: string): TableGridView[] {
    return tableGrids(this.working.check(), path);
  }

  editTableCell(path: string, table: string, row: number, column: number, value: string): VersionedEdit {
    return this.versioned(path, (text) => editTableCell(text, path, table, row, column, value));
  }

  addTablePeriod(path: string, table: string, from: string, source: string): VersionedEdit {
    return this.versioned(path, (text) => addTablePeriod(text, path, table, from, source));
  }

  /** An edit computed from the working text of `path`, with the version of that text. */
  private versioned(path: string, compute: (text: string) => { edit: EditData } | { error: string }): VersionedEdit {
    const text = this.working.workspace.text(path);
    const version = this.versions[path];
    if (text === undefined || version === undefined) return { error: `Finner ikke ${path}` };
    const result = compute(text);
    return 'error' in result ? result : { ...result, version };
  }

  // ─── The law text ─────────────────────────────────────────────────────────

  law(): LawView {
    return lawView(this.working.check());
  }

  citationAt(path: string, pos: Pos): CitationAt | undefined {
    return citationAt(this.working.session(), path, pos);
  }

  // ─── Diff ─────────────────────────────────────────────────────────────────

  diffTests(path: string): { changes: TestChange[]; unchanged: number; problem: string | undefined } {
    const after = this.testsIn(this.working, path);
    const before = this.disk.workspace.text(path) === undefined ? undefined : this.testsIn(this.disk, path);
    type Outcome = { text: string; key: string; failure: FailureView | undefined };
    const outcomes = (report: typeof after | undefined): Map<string, Outcome> => {
      const map = new Map<string, Outcome>();
      for (const group of report?.groups ?? []) {
        if (group.state !== 'ran') {
          // Names are not known without running; mark the module's tests as not run.
          map.set(`${group.module}\u0000*`, { text: 'kjøres ikke (feil i reglene)', key: 'blocked', failure: undefined });
          continue;
        }
        for (const r of group.results) {
          const failure = r.failures[0];
          map.set(`${group.module}\u0000${r.name}`, r.passed ? { text: 'bestått', key: 'passed', failure } : { text: 'feilet', key: `failed:${JSON.stringify(r.failures.map((f) => [f.output, f.actual]))}`, failure });
        }
      }
      return map;
    };
    const a = outcomes(before);
    const b = outcomes(after);
    const lookup = (map: Map<string, Outcome>, key: string): Outcome => {
      const module = key.split('\u0000')[0];
      return map.get(key) ?? map.get(`${module}\u0000*`) ?? { text: 'finnes ikke', key: 'none', failure: undefined };
    };
    const keys = [...new Set([...a.keys(), ...b.keys()])].filter((k) => !k.endsWith('\u0000*'));
    const changes: TestChange[] = [];
    let unchanged = 0;
    for (const key of keys) {
      const x = lookup(a, key);
      const y = lookup(b, key);
      if (x.key === y.key) {
        unchanged++;
        continue;
      }
      const [module = '', name = ''] = key.split('\u0000');
      const f = y.failure;
      changes.push({
        name: module === after.module ? name : `${name} (${module})`,
        before: x.text,
        after: y.text,
        detail: f ? `${f.output ? `${f.output}: ` : ''}forventet ${f.expected}, fikk ${f.actual}` : undefined,
      });
    }
    const blocked = after.groups.find((g) => g.state === 'blocked');
    const problem = blocked ? blocked.message : before?.groups.some((g) => g.state === 'blocked') ? 'Versjonen på disken har feil, så noen tester der kan ikke kjøres' : undefined;
    return { changes, unchanged, problem };
  }

  // ─── Review ───────────────────────────────────────────────────────────────

  review(): ReviewResult {
    const disk = this.disk.files();
    const working = this.working.files();
    if (this.lastReview?.disk !== disk || this.lastReview.working !== working) this.lastReview = { disk, working, result: this.reviewFiles(disk, working) };
    return this.lastReview.result;
  }

  private reviewFiles(disk: readonly RuleSource[], working: readonly RuleSource[]): ReviewResult {
    if (disk.length === working.length && disk.every((f, i) => f.path === working[i]?.path && f.text === working[i]?.text)) return { state: 'unchanged' };
    const start = performance.now();
    try {
      const report = diffRuleSets(this.preparedDisk(disk), { spec: WORKING_SPEC, kind: 'files', files: working }, { population: reviewPopulation, populationModule });
      const programs = [this.working.check().program, this.disk.check().program];
      const keyLabels = Object.fromEntries(
        report.structural.tables.map((t) => [`${t.module}/${t.name}`, programs.map((p) => tableKeyLabels(p, t.module, t.name)).find((l) => l.length > 0) ?? []]),
      );
      return { state: 'reviewed', report, markdown: renderMarkdown(report), reviewMs: performance.now() - start, keyLabels };
    } catch (error) {
      if (!(error instanceof ReviewError)) throw error;
      return {
        state: 'failed',
        side: error.side === DISK_SPEC ? 'disk' : 'working',
        message: error.message,
        diagnostics: error.diagnostics.map((d) => ({ ...diagnosticData(d), path: d.file })),
      };
    }
  }

  /** The files on disk as the review's old side; throws their `ReviewError` while they have errors. */
  private preparedDisk(files: readonly RuleSource[]): PreparedSide {
    if (this.diskSide?.files !== files) {
      let side: PreparedSide | ReviewError;
      try {
        side = prepareSide({ spec: DISK_SPEC, kind: 'files', files });
      } catch (error) {
        if (!(error instanceof ReviewError)) throw error;
        side = error;
      }
      this.diskSide = { files, side };
    }
    if (this.diskSide.side instanceof ReviewError) throw this.diskSide.side;
    return this.diskSide.side;
  }
}

/** A value `runTests` printed (a JSON string's content, or JSON) back as JSON. */
/** The edit that makes a test's `forvent <output> = …` expect the actual value (not for `forvent f(x) = …`). */
function acceptedValue(module: ModuleInfo, test: Ast.TestDecl, failure: TestResult['failures'][number]): AcceptedValue | undefined {
  const values = failure.values;
  const expectation = test.expectations.find((e): e is Ast.ExpectValue => e.kind === 'ExpectValue' && e.args === undefined && e.name.text === failure.output);
  if (!values || !expectation) return undefined;
  let text: string;
  try {
    text = namedLiteral(values.actual, values.type, values.types);
  } catch {
    return undefined; // a value the rule language cannot write (none)
  }
  const source = module.file.source;
  const start = source.positionAt(expectation.value.span.start);
  const end = source.positionAt(expectation.value.span.end);
  return { range: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, text };
}

function tableView(program: CheckedProgram, symbol: TableSymbol, source: { positionAt(offset: number): { line: number }; slice(span: Ast.Span): string }): TableView {
  const decl = symbol.decl;
  const line = source.positionAt(decl.name.span.start).line;
  const signature = `${symbol.name}(${symbol.params.map((p) => `${p.name}: ${typeName(p.type)}`).join(', ')}): ${typeName(symbol.type)}`;
  const model = symbol.model;
  if (!model) return { name: symbol.name, signature, line, dated: false, lanes: [] };
  const laneKeys: string[] = [];
  const keyOf = (keys: ReadonlyArray<string | undefined>) => (keys.every((k) => k === undefined) ? undefined : keys.map((k) => k ?? '*').join(' · '));
  for (const e of model.entries) {
    const key = keyOf(e.keys);
    if (key !== undefined && !laneKeys.includes(key)) laneKeys.push(key);
  }
  if (laneKeys.length === 0) laneKeys.push('alle');
  const valueText = (e: (typeof model.entries)[number]): string => {
    if (e.value.kind === 'unknown') return `ukjent${e.value.message ? `: ${e.value.message}` : ''}`;
    const expr = e.value.expr;
    if ((expr.kind === 'Money' || expr.kind === 'Number') && symbol.type.kind === 'money') return `${norwegianNumber(expr.value)} kr`;
    if (expr.kind === 'Money') return `${norwegianNumber(expr.value)} kr`;
    if (expr.kind === 'Number') return norwegianNumber(expr.value);
    try {
      return displayValue(testValue(program, symbol.module as ModuleInfo, expr, symbol.type), symbol.type);
    } catch {
      return source.slice(expr.span).replace(/\s+/g, ' ');
    }
  };
  const labels = memberLabels(symbol.params[symbol.params.length - 1]?.type);
  const laneLabel = (key: string) => key.split(' · ').map((k) => labels[k] ?? k.replace(/_/g, ' ')).join(' · ');
  const lanes = laneKeys.map((key) => {
    const entries = model.entries
      .filter((e) => keyOf(e.keys) === key || keyOf(e.keys) === undefined || (key === 'alle' && keyOf(e.keys) === undefined))
      .filter((e, i, all) => all.indexOf(e) === i)
      .sort((a, b) => ((a.validFrom ?? '') < (b.validFrom ?? '') ? -1 : (a.validFrom ?? '') > (b.validFrom ?? '') ? 1 : 0));
    const periods: TablePeriodView[] = entries.map((e, i) => {
      const next = entries.slice(i + 1).find((n) => (n.validFrom ?? '') > (e.validFrom ?? ''));
      const implied = next?.validFrom ? calendar.shift(next.validFrom, -1, 'dag') : undefined;
      return {
        from: e.validFrom ?? '',
        to: e.validTo ?? implied,
        value: valueText(e),
        unknown: e.value.kind === 'unknown',
        line: source.positionAt(e.row.span.start).line,
        citations: e.citations.map((c) => c.source.name),
      };
    });
    return { key, label: laneLabel(key), periods };
  });
  return { name: symbol.name, signature, line, dated: model.dated, lanes, ...(symbol.type.kind === 'money' ? { unit: 'beløp i kr' } : {}) };
}

/** A short justification from the trace, used until the engine's renderBegrunnelse is available. */
function simpleBegrunnelse(trace: TraceView, values: ReadonlyArray<{ name: string; value: string }>, warnings: readonly string[]): string {
  const lines: string[] = [];
  const asOf = calendar.norwegianDate(trace.asOf);
  lines.push(`Beregningen gjelder per ${asOf}.`);
  const cited = new Map<string, string>();
  for (const output of trace.outputs) {
    const step = trace.steps[output.id];
    const value = values.find((v) => v.name === output.name)?.value ?? step?.value ?? '–';
    lines.push('', `${capitalize(output.name.replace(/_/g, ' '))}: ${value}.`);
    if (step?.explanation) lines.push(step.explanation);
    if (step?.definition && step.definition !== 'Hovedregelen gjelder') lines.push(`${step.definition}.`);
    for (const c of step?.citations ?? []) cited.set(c.id, c.assumption ? `${c.title} (antakelse)` : c.title);
  }
  for (const step of trace.steps) for (const c of step.citations) if (!cited.has(c.id)) cited.set(c.id, c.assumption ? `${c.title} (antakelse)` : c.title);
  if (warnings.length > 0) lines.push('', ...warnings);
  if (cited.size > 0) lines.push('', 'Grunnlag:', ...[...cited.values()].map((t) => `– ${t}`));
  return lines.join('\n');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
