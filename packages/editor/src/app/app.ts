/**
 * The editor application: the open files (one Monaco model each), tabs, saving with conflict
 * detection, unsaved drafts, and the wiring between the editor and the language worker.
 */
import { firstVersion, type Analysis, type Versions, type DiagnosticData, type FileDiagnosticData, type SourceRef, type TestsReport } from '../shared/protocol';
import { debounce } from './dom';
import { writeJournal, type JournalEntry } from './draft-journal';
import type { DraftOffer } from './draft-plan';
import type { Draft, DraftStore } from './drafts';
import { readRule, saveChangeSet, saveRule, type RuleFile, type RuleFileProblem } from './files-api';
import { initialFile, type Startup } from './startup';
import { LANGUAGE_ID, monaco, pathOf, THEME, uriOf } from './monaco';
import { registerProviders } from './providers';
import { registerSafeLinks } from './link-opener';
import { WorkerClient } from './rpc';

export interface Doc {
  readonly path: string;
  readonly model: monaco.editor.ITextModel;
  /** The text on disk when last loaded or saved; undefined for a file not on disk. */
  diskText: string | undefined;
  diskHash: string | undefined;
  dirty: boolean;
  viewState: monaco.editor.ICodeEditorViewState | null;
}

export interface Metrics {
  /** ms from navigation start until the editor showed the first diagnostics and test results. */
  initialLoadMs: number | undefined;
  /** ms from a keystroke to the diagnostics of that version being shown. */
  keystrokeToDiagnostics: number[];
  /** ms from a keystroke to the test results of that version being shown. */
  keystrokeToTests: number[];
  /** Worker time of each check and each test run, ms. */
  checkMs: number[];
  testMs: number[];
  /** Main-thread time spent showing each analysis / test report (markers, panels), ms. */
  showAnalysisMs: number[];
  showTestsMs: number[];
}

type Events = {
  files: void;
  active: string | undefined;
  dirty: string;
  analysis: Analysis;
  tests: TestsReport;
  notice: { text: string; kind: 'info' | 'warning' | 'error'; actions: readonly NoticeAction[]; path?: string };
  conflict: { path: string; text: string | undefined; hash: string | undefined };
  saved: string;
};

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

const MARKER_OWNER = 'lovkode';
/** How soon after an edit the draft is written to IndexedDB. */
const DRAFT_DELAY_MS = 100;

export class App {
  readonly docs = new Map<string, Doc>();
  tabs: string[] = [];
  active: string | undefined;
  analysis: Analysis | undefined;
  tests: TestsReport | undefined;
  rulesRoot = 'rules';
  /** Rule files on disk that cannot be read (not UTF-8, too large, a link out of the folder): never opened, never saved over. */
  readonly unreadable = new Map<string, RuleFileProblem>();
  readonly metrics: Metrics = { initialLoadMs: undefined, keystrokeToDiagnostics: [], keystrokeToTests: [], checkMs: [], testMs: [], showAnalysisMs: [], showTestsMs: [] };
  readonly client: WorkerClient;
  editor!: monaco.editor.IStandaloneCodeEditor;

  private readonly handlers: { [E in keyof Events]?: Array<(payload: Events[E]) => void> } = {};
  /** Edits whose diagnostics / test results have not been shown yet, per file. */
  private readonly pendingDiagnostics = new Map<string, Array<{ version: number; at: number }>>();
  private readonly pendingTests = new Map<string, Array<{ version: number; at: number }>>();
  private readonly draftWriters = new Map<string, ReturnType<typeof debounce<[]>>>();
  /** This tab's drafts; set by `load`. */
  private drafts: DraftStore | undefined;
  /** Files whose latest working text is not yet in IndexedDB (journalled when the page goes away). */
  private readonly draftsBehind = new Set<string>();
  private suppressChange = false;
  private readyResolve: (() => void) | undefined;
  readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));

  private earlyTests: TestsReport | undefined;
  private readonly shownDiagnostics = new Map<string, string>();
  /** Files being saved now (their change on disk is our own). */
  private readonly saving = new Set<string>();
  /** The file the worker was last told is open. */
  private workerActive: string | undefined;
  /**
   * Asked before «Lagre alle» saves a change set whose rules do not check (the errors
   * given); true to save anyway. The save-all dialog sets it; without one, nothing unchecked is saved.
   */
  confirmUnchecked: (errors: readonly FileDiagnosticData[]) => Promise<boolean> = async () => false;

  constructor(client: WorkerClient) {
    this.client = client;
    this.client.on('analysis', (a) => this.onAnalysis(a));
    this.client.on('tests', (t) => this.onTests(t));
  }

  on<E extends keyof Events>(event: E, handler: (payload: Events[E]) => void): void {
    ((this.handlers[event] ??= []) as Array<(payload: Events[E]) => void>).push(handler);
  }

  emit<E extends keyof Events>(event: E, payload: Events[E]): void {
    for (const handler of (this.handlers[event] ?? []) as Array<(payload: Events[E]) => void>) {
      try {
        handler(payload);
      } catch (error) {
        console.error(error);
      }
    }
  }

  /** A message in the corner; one about a file (`path`) is withdrawn when the file is saved. */
  notice(text: string, kind: 'info' | 'warning' | 'error' = 'info', actions: readonly NoticeAction[] = [], path?: string): void {
    this.emit('notice', { text, kind, actions, ...(path ? { path } : {}) });
  }

  // ─── Start ────────────────────────────────────────────────────────────────

  /** Creates the editor (before the files arrive, so panels can attach to it). */
  createEditor(container: HTMLElement): void {
    this.editor = monaco.editor.create(container, {
      model: null,
      theme: THEME,
      automaticLayout: true,
      fontFamily: 'ui-monospace, "SF Mono", "Cascadia Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace',
      fontSize: 14,
      lineHeight: 21,
      tabSize: 2,
      insertSpaces: true,
      minimap: { enabled: false },
      renderWhitespace: 'none',
      scrollBeyondLastLine: false,
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true },
      wordBasedSuggestions: 'off',
      quickSuggestions: { other: true, comments: false, strings: false },
      fixedOverflowWidgets: true,
      padding: { top: 8 },
      'semanticHighlighting.enabled': false,
    });
    this.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => void this.save());
    this.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyS, () => void this.saveAll());
    this.editor.addCommand(monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF, () => void this.formatActive());
    monaco.editor.registerEditorOpener({
      openCodeEditor: (_source, resource, selection) => {
        const path = pathOf(resource);
        if (!path || !this.docs.has(path)) return false;
        const range = selection && 'startLineNumber' in selection ? selection : selection ? { startLineNumber: selection.lineNumber, startColumn: selection.column, endLineNumber: selection.lineNumber, endColumn: selection.column } : undefined;
        this.open(path, range);
        return true;
      },
    });
    registerProviders(this);
    registerSafeLinks(this);
  }

  /** Takes over the rule set loaded by `startup` (already handed to the worker) and opens the first file. */
  async load(started: Promise<Startup>): Promise<void> {
    const start = await started;
    this.rulesRoot = start.root;
    this.drafts = start.drafts;
    for (const file of start.unreadable) this.unreadable.set(file.path, file.problem);
    for (const file of start.files) this.addDoc(file.path, file.text, file.disk, file.baseHash);
    this.workerActive = start.first;
    this.emit('files', undefined);
    if (start.first) this.open(start.first);
    if (this.earlyTests) this.onTests(this.earlyTests);
    this.earlyTests = undefined;
    const restored = start.restored;
    if (restored.length > 0) {
      this.notice(
        restored.length === 1
          ? `Ulagrede endringer i ${restored[0]} er hentet tilbake fra forrige økt.`
          : `Ulagrede endringer i ${restored.length} filer er hentet tilbake fra forrige økt.`,
        'warning',
        [],
        restored.length === 1 ? restored[0] : undefined,
      );
    }
    for (const draft of start.offers) this.offerDraft(draft);
    this.reportUnreadable();
    if (!start.first) {
      this.emit('active', undefined);
      this.markReady();
    }
    // IndexedDB writes started while the page goes away may not finish: the journal is written synchronously.
    window.addEventListener('pagehide', () => this.persistDrafts());
    window.addEventListener('beforeunload', (event) => {
      this.persistDrafts();
      if ([...this.docs.values()].some((d) => d.dirty)) event.preventDefault();
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.persistDrafts();
    });
    window.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void (event.shiftKey ? this.saveAll() : this.save());
      }
    });
  }

  initialFile(): string | undefined {
    return initialFile([...this.docs.keys()]);
  }

  private addDoc(path: string, text: string, diskText: string | undefined, diskHash: string | undefined): Doc {
    const model = monaco.editor.createModel(text, LANGUAGE_ID, uriOf(path));
    model.updateOptions({ tabSize: 2, insertSpaces: true });
    const doc: Doc = { path, model, diskText, diskHash, dirty: diskText !== text, viewState: null };
    this.docs.set(path, doc);
    model.onDidChangeContent(() => this.onEdit(doc));
    const early = this.analysis?.diagnostics[path];
    if (early) {
      monaco.editor.setModelMarkers(model, MARKER_OWNER, early.map((d) => this.marker(d)));
      this.shownDiagnostics.set(path, JSON.stringify(early));
    }
    return doc;
  }

  // ─── Editing ──────────────────────────────────────────────────────────────

  private onEdit(doc: Doc): void {
    const version = doc.model.getVersionId();
    const now = performance.now();
    for (const pending of [this.pendingDiagnostics, this.pendingTests]) {
      const list = pending.get(doc.path) ?? [];
      list.push({ version, at: now });
      pending.set(doc.path, list);
    }
    performance.mark(`lk:edit:${doc.path}@${version}`);
    void this.client.call('setText', doc.path, doc.model.getValue(), version);
    const dirty = doc.diskText !== doc.model.getValue();
    if (dirty !== doc.dirty) {
      doc.dirty = dirty;
      this.emit('dirty', doc.path);
    }
    if (!this.suppressChange) {
      this.draftsBehind.add(doc.path);
      this.draftWriter(doc)();
    }
  }

  private draftWriter(doc: Doc): ReturnType<typeof debounce<[]>> {
    let writer = this.draftWriters.get(doc.path);
    if (!writer) {
      writer = debounce(() => void this.writeDraft(doc), DRAFT_DELAY_MS);
      this.draftWriters.set(doc.path, writer);
    }
    return writer;
  }

  /** Writes this tab's draft of `doc` (removes it when the file has no unsaved edits). */
  private async writeDraft(doc: Doc): Promise<void> {
    const version = doc.model.getVersionId();
    this.draftsBehind.add(doc.path);
    try {
      const drafts = this.drafts;
      if (!drafts) return;
      if (doc.dirty) await drafts.put({ tab: drafts.tab, path: doc.path, text: doc.model.getValue(), baseHash: doc.diskHash, updated: Date.now() });
      else await drafts.delete(drafts.tab, doc.path);
      if (doc.model.getVersionId() === version) this.draftsBehind.delete(doc.path);
      document.body.dataset['draft'] = `${doc.path}@${version}`;
    } catch (error) {
      console.warn('Kunne ikke lagre utkast', error);
    }
  }

  flushDrafts(): void {
    for (const writer of this.draftWriters.values()) writer.flush();
  }

  /** The page is going away (or hidden): the drafts not yet in IndexedDB go to the journal, synchronously. */
  persistDrafts(): void {
    const drafts = this.drafts;
    if (!drafts) return;
    const updated = Date.now();
    const entries: JournalEntry[] = [...this.draftsBehind].flatMap((path) => {
      const doc = this.docs.get(path);
      if (!doc) return [];
      return [{ tab: drafts.tab, path, text: doc.dirty ? doc.model.getValue() : null, baseHash: doc.diskHash, updated }];
    });
    writeJournal(drafts.tab, entries);
    this.flushDrafts();
  }

  private onAnalysis(analysis: Analysis): void {
    const shown = performance.now();
    if (!this.analysis) performance.mark('lk:first-analysis');
    this.analysis = analysis;
    this.metrics.checkMs.push(analysis.checkMs);
    for (const [path, diagnostics] of Object.entries(analysis.diagnostics)) {
      const doc = this.docs.get(path);
      if (!doc) continue;
      // Only files whose diagnostics changed (usually just the one being edited, or none).
      const key = JSON.stringify(diagnostics);
      if (this.shownDiagnostics.get(path) === key) continue;
      this.shownDiagnostics.set(path, key);
      monaco.editor.setModelMarkers(doc.model, MARKER_OWNER, diagnostics.map((d) => this.marker(d)));
    }
    // Measured when the frame with the new markers is drawn.
    requestAnimationFrame(() => this.measure('diagnostics', analysis.versions, this.metrics.keystrokeToDiagnostics));
    this.emit('analysis', analysis);
    this.metrics.showAnalysisMs.push(performance.now() - shown);
    if (this.tests && this.tests.path === this.active) this.markReady();
  }

  private onTests(report: TestsReport): void {
    if (this.active === undefined) {
      // Arrived before the editor opened the file (the worker starts early).
      this.earlyTests = report;
      return;
    }
    if (report.path !== this.active) return;
    this.tests = report;
    this.metrics.testMs.push(report.testMs);
    requestAnimationFrame(() => this.measure('tests', report.versions, this.metrics.keystrokeToTests));
    const shown = performance.now();
    this.emit('tests', report);
    this.metrics.showTestsMs.push(performance.now() - shown);
    if (this.analysis) this.markReady();
  }

  private markReady(): void {
    if (this.metrics.initialLoadMs !== undefined) return;
    this.metrics.initialLoadMs = performance.now();
    performance.mark('lk:ready');
    document.body.dataset['ready'] = 'true';
    this.readyResolve?.();
  }

  /** Records how long ago the edit answered now was made (each version is measured once per kind). */
  private measure(what: 'diagnostics' | 'tests', versions: Record<string, number>, into: number[]): void {
    const now = performance.now();
    const pending = what === 'diagnostics' ? this.pendingDiagnostics : this.pendingTests;
    for (const [path, version] of Object.entries(versions)) {
      const edits = pending.get(path);
      if (!edits) continue;
      const answered = edits.find((e) => e.version === version);
      if (answered) {
        into.push(now - answered.at);
        performance.measure(`lk:keystroke→${what}`, { start: answered.at, end: now });
      }
      const rest = edits.filter((e) => e.version > version);
      if (rest.length > 0) pending.set(path, rest);
      else pending.delete(path);
    }
  }

  private marker(d: DiagnosticData): monaco.editor.IMarkerData {
    const severity = d.severity === 'error' ? monaco.MarkerSeverity.Error : d.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Info;
    return {
      severity,
      code: d.code,
      source: 'lovkode',
      message: d.hint ? `${d.message}\nTips: ${d.hint}` : d.message,
      startLineNumber: d.line,
      startColumn: d.column,
      endLineNumber: d.endLine,
      endColumn: d.endLine === d.line && d.endColumn <= d.column ? d.column + 1 : d.endColumn,
      relatedInformation: d.related
        .filter((r) => this.docs.has(r.path))
        .map((r) => ({ resource: uriOf(r.path), message: r.message, startLineNumber: r.line, startColumn: r.column, endLineNumber: r.line, endColumn: r.column + 1 })),
    };
  }

  // ─── Files and tabs ───────────────────────────────────────────────────────

  open(path: string, selection?: monaco.IRange): void {
    const doc = this.docs.get(path);
    if (!doc) return;
    if (this.active !== path) {
      const current = this.active ? this.docs.get(this.active) : undefined;
      if (current) current.viewState = this.editor.saveViewState();
      if (!this.tabs.includes(path)) this.tabs.push(path);
      this.active = path;
      this.editor.setModel(doc.model);
      if (doc.viewState) this.editor.restoreViewState(doc.viewState);
      if (this.workerActive !== path) void this.client.call('setActive', path);
      this.workerActive = path;
      const url = new URL(location.href);
      url.searchParams.set('fil', path);
      history.replaceState(null, '', url);
      this.emit('active', path);
    }
    if (selection) {
      this.editor.setSelection(selection);
      this.editor.revealRangeInCenterIfOutsideViewport(selection, monaco.editor.ScrollType.Smooth);
      this.editor.focus();
    }
  }

  reveal(ref: SourceRef): void {
    const path = this.docs.has(ref.path) ? ref.path : [...this.docs.keys()].find((p) => ref.path.endsWith(p) || p.endsWith(ref.path));
    if (!path) {
      this.notice(`Finner ikke filen ${ref.path}`, 'warning');
      return;
    }
    const line = Math.max(1, ref.line);
    const doc = this.docs.get(path) as Doc;
    const endColumn = doc.model.getLineMaxColumn(Math.min(line, doc.model.getLineCount()));
    this.open(path, { startLineNumber: line, startColumn: ref.column || 1, endLineNumber: line, endColumn });
    this.flash(line);
  }

  private flashDecorations: monaco.editor.IEditorDecorationsCollection | undefined;
  private flash(line: number): void {
    this.flashDecorations?.clear();
    this.flashDecorations = this.editor.createDecorationsCollection([
      { range: new monaco.Range(line, 1, line, 1), options: { isWholeLine: true, className: 'lk-flash-line' } },
    ]);
    setTimeout(() => this.flashDecorations?.clear(), 1600);
  }

  closeTab(path: string): void {
    const index = this.tabs.indexOf(path);
    if (index < 0) return;
    this.tabs.splice(index, 1);
    if (this.active === path) {
      const next = this.tabs[Math.min(index, this.tabs.length - 1)];
      this.active = undefined;
      if (next) this.open(next);
      else {
        this.editor.setModel(null);
        this.emit('active', undefined);
      }
    } else {
      this.emit('active', this.active);
    }
  }

  // ─── Saving ───────────────────────────────────────────────────────────────

  async save(path = this.active, options: { overwrite?: boolean } = {}): Promise<boolean> {
    const doc = path ? this.docs.get(path) : undefined;
    if (!doc) return false;
    const text = doc.model.getValue();
    if (!doc.dirty && !options.overwrite) {
      this.notice(`${doc.path} er allerede lagret.`);
      return true;
    }
    this.saving.add(doc.path);
    const result = await saveRule(doc.path, text, doc.diskHash).finally(() => this.saving.delete(doc.path));
    if (result.kind === 'saved') {
      await this.savedAs(doc, text, result.hash);
      this.notice(`Lagret ${doc.path}.`);
      return true;
    }
    if (result.kind === 'conflict') {
      this.emit('conflict', { path: doc.path, text: result.text, hash: result.hash });
      return false;
    }
    if (result.kind === 'unreadable') {
      this.markUnreadable(doc.path, result.problem);
      this.notice(`Kunne ikke lagre ${doc.path}: ${result.message}. Endringene dine er fortsatt her i editoren.`, 'error', [], doc.path);
      return false;
    }
    this.notice(`Kunne ikke lagre ${doc.path}: ${result.message}`, 'error');
    return false;
  }

  /** `doc` is on disk now as `text` (with `hash`). */
  private async savedAs(doc: Doc, text: string, hash: string): Promise<void> {
    doc.diskText = text;
    doc.diskHash = hash;
    doc.dirty = doc.model.getValue() !== text;
    this.draftWriter(doc).cancel();
    await this.writeDraft(doc);
    void this.client.call('setDisk', doc.path, text);
    this.emit('dirty', doc.path);
    this.emit('saved', doc.path);
  }

  /** The files with unsaved edits: the change set «Lagre alle» saves. */
  changeSet(): Doc[] {
    return [...this.docs.values()].filter((d) => d.dirty).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /**
   * «Lagre alle»: every file with unsaved edits as one step, all or nothing (a file changed
   * on disk stops the whole set). A set whose rules do not check is saved only when the
   * user says so (`confirmUnchecked`).
   */
  async saveAll(): Promise<boolean> {
    const docs = this.changeSet();
    if (docs.length === 0) {
      this.notice('Ingen filer har ulagrede endringer.');
      return true;
    }
    const errors = (await this.currentAnalysis()).filter((d) => d.severity === 'error');
    if (errors.length > 0 && !(await this.confirmUnchecked(errors))) return false;
    const texts = docs.map((doc) => doc.model.getValue());
    for (const doc of docs) this.saving.add(doc.path);
    const result = await saveChangeSet(docs.map((doc, i) => ({ path: doc.path, text: texts[i] as string, hash: doc.diskHash }))).finally(() => {
      for (const doc of docs) this.saving.delete(doc.path);
    });
    if (result.kind === 'saved') {
      await Promise.all(docs.map((doc, i) => this.savedAs(doc, texts[i] as string, result.files[i]?.hash as string)));
      this.notice(docs.length === 1 ? `Lagret ${docs[0]?.path}.` : `Lagret ${docs.length} filer som én endring: ${docs.map((d) => d.path).join(', ')}.`);
      return true;
    }
    if (result.kind === 'conflict') {
      const paths = result.conflicts.map((c) => c.path);
      this.notice(`Ingen filer er lagret: ${paths.join(', ')} er endret på disken siden du åpnet ${paths.length === 1 ? 'den' : 'dem'}.`, 'error');
      const first = result.conflicts[0];
      if (first) this.emit('conflict', { path: first.path, text: first.text, hash: first.hash });
      return false;
    }
    if (result.kind === 'unreadable') {
      this.markUnreadable(result.path, result.problem);
      this.notice(`Ingen filer er lagret: ${result.message}. Endringene dine er fortsatt her i editoren.`, 'error', [], result.path);
      return false;
    }
    this.notice(`Ingen filer er lagret: ${result.message}`, 'error');
    return false;
  }

  /** The diagnostics of every file, once the worker has checked the text now in the editor (or after 5 s, the last it sent). */
  private async currentAnalysis(): Promise<FileDiagnosticData[]> {
    // The worker answers every edit (`onEdit`) with the version it checked.
    const current = (a: Analysis | undefined) => a !== undefined && [...this.pendingDiagnostics].every(([path, edits]) => edits.every((e) => (a.versions[path] ?? 0) >= e.version));
    const deadline = performance.now() + 5000;
    while (!current(this.analysis) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    return Object.entries(this.analysis?.diagnostics ?? {}).flatMap(([path, list]) => list.map((d) => ({ ...d, path })));
  }

  /**
   * A rule file changed on disk (the dev server says so). A file without unsaved edits is
   * reloaded; one with unsaved edits is left alone, and its next save reports the conflict.
   */
  async diskChanged(path: string): Promise<void> {
    const read = await readRule(path);
    if (read.kind === 'unreadable') {
      this.markUnreadable(path, read.file.problem);
      this.notice(`${path} er endret på disken og kan ikke leses: ${problemText(read.file.problem)}`, 'warning', [], path);
      return;
    }
    if (this.unreadable.delete(path)) this.emit('files', undefined);
    const file = read.kind === 'readable' ? read.file : undefined;
    const doc = this.docs.get(path);
    if (!doc) {
      if (!file) return;
      this.addDoc(path, file.text, file.text, file.hash);
      void this.client.call('setText', path, file.text, firstVersion);
      void this.client.call('setDisk', path, file.text);
      this.emit('files', undefined);
      this.notice(`Ny fil på disken: ${path}.`);
      return;
    }
    if (this.saving.has(path) || (file && file.hash === doc.diskHash)) return; // our own save
    if (doc.dirty) {
      this.notice(`${path} er endret på disken. Du har ulagrede endringer i filen; lagring vil vise forskjellen.`, 'warning', [], path);
      return;
    }
    if (!file) {
      this.notice(`${path} er slettet på disken.`, 'warning');
      return;
    }
    await this.reloadFromDisk(path, file);
  }

  /** After a conflict: save the working copy over the version now on disk. */
  async overwrite(path: string, hash: string | undefined): Promise<boolean> {
    const doc = this.docs.get(path);
    if (!doc) return false;
    doc.diskHash = hash;
    return this.save(path, { overwrite: true });
  }

  /** After a conflict: drop the working copy and take the version on disk. */
  async reloadFromDisk(path: string, known?: RuleFile): Promise<void> {
    const doc = this.docs.get(path);
    if (!doc) return;
    const read = known ? ({ kind: 'readable', file: known } as const) : await readRule(path);
    if (read.kind === 'unreadable') {
      this.markUnreadable(path, read.file.problem);
      this.notice(`${path} på disken kan ikke leses: ${problemText(read.file.problem)}. Arbeidskopien din er beholdt.`, 'warning', [], path);
      return;
    }
    if (read.kind === 'missing') {
      this.notice(`${path} finnes ikke lenger på disken.`, 'warning');
      return;
    }
    const file = read.file;
    doc.diskText = file.text;
    doc.diskHash = file.hash;
    void this.client.call('setDisk', path, file.text);
    this.suppressChange = true;
    try {
      doc.model.pushEditOperations([], [{ range: doc.model.getFullModelRange(), text: file.text }], () => null);
    } finally {
      this.suppressChange = false;
    }
    doc.dirty = false;
    this.draftWriter(doc).cancel();
    await this.writeDraft(doc);
    this.emit('dirty', path);
    this.notice(`Lastet inn ${path} fra disken.`);
  }

  async formatActive(): Promise<void> {
    await this.editor.getAction('editor.action.formatDocument')?.run();
  }

  /** Appends text (a new declaration) at the end of a file, as one undoable edit, and shows it. */
  appendDeclaration(path: string, text: string): void {
    const doc = this.docs.get(path);
    if (!doc) return;
    const model = doc.model;
    const lastLine = model.getLineCount();
    const lastColumn = model.getLineMaxColumn(lastLine);
    const current = model.getValue();
    const separator = current.length === 0 ? '' : current.endsWith('\n\n') ? '' : current.endsWith('\n') ? '\n' : '\n\n';
    const insert = `${separator}${text}\n`;
    this.open(path);
    this.editor.pushUndoStop();
    this.editor.executeEdits('lag-test', [{ range: new monaco.Range(lastLine, lastColumn, lastLine, lastColumn), text: insert, forceMoveMarkers: true }]);
    this.editor.pushUndoStop();
    const startLine = lastLine + separator.split('\n').length - 1;
    const endLine = startLine + text.split('\n').length - 1;
    this.open(path, { startLineNumber: startLine, startColumn: 1, endLineNumber: endLine, endColumn: model.getLineMaxColumn(endLine) });
    this.flash(startLine);
  }

  /** A new, unsaved rule file (saved with Ctrl+S like any other). Returns an error message, or undefined. */
  createFile(path: string): string | undefined {
    const clean = path.trim().replace(/^\/+/, '');
    const file = clean.endsWith('.lov') ? clean : `${clean}.lov`;
    if (!/^[\p{L}\d_.-]+(\/[\p{L}\d_.-]+)*\.lov$/u.test(file) || file.split('/').some((part) => part === '..' || part === '.')) {
      return 'Skriv en sti som «mappe/navn.lov» (bokstaver, sifre, _ - og .)';
    }
    if (this.docs.has(file)) return `${file} finnes allerede`;
    if (this.unreadable.has(file)) return `${file} finnes allerede, men kan ikke leses`;
    const module = file.replace(/\.lov$/, '').replace(/\//g, '.').replace(/[^\p{L}\d_.]/gu, '_');
    const text = `modul ${module}\n`;
    const doc = this.addDoc(file, text, undefined, undefined);
    void this.client.call('setText', file, text, doc.model.getVersionId());
    void this.writeDraft(doc);
    this.emit('files', undefined);
    this.open(file, { startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 1 });
    return undefined;
  }

  /**
   * Whether every file's text is still the version an answer of the worker was computed from
   * (a file without a model is at `firstVersion`). An edit computed from older text is never
   * applied: the grid's edits and «Godta nye verdier» ask this first; a rename passes the same
   * versions to Monaco, which refuses all its edits when a model is at another version.
   */
  textsAt(versions: Versions): boolean {
    return Object.entries(versions).every(([path, version]) => (this.docs.get(path)?.model.getVersionId() ?? firstVersion) === version);
  }

  /**
   * A rename changes several files, but Ctrl+Z undoes only the file it is pressed in; so
   * after a rename across files a notice offers to undo it in all of them, or to save them
   * all together. A rename not applied (a file changed while its edits were computed) is
   * said so.
   */
  renamed(from: string, to: string, before: ReadonlyMap<string, string>): void {
    setTimeout(() => {
      const after = new Map([...before.keys()].map((path) => [path, this.docs.get(path)?.model.getValue() ?? '']));
      if ([...before].every(([path, text]) => after.get(path) === text)) {
        // Not applied: a file changed while the edits were computed (see `textsAt`).
        this.notice(`«${from}» ble ikke endret fordi teksten endret seg mens endringene ble beregnet. Prøv igjen.`, 'warning');
        return;
      }
      if (before.size < 2) return;
      this.notice(`«${from}» er endret til «${to}» i ${before.size} filer.`, 'info', [
        {
          label: 'Angre i alle filene',
          run: () => {
            for (const [path, text] of before) {
              const doc = this.docs.get(path);
              if (!doc || doc.model.getValue() !== after.get(path)) continue; // edited since; leave it
              doc.model.pushEditOperations([], [{ range: doc.model.getFullModelRange(), text }], () => null);
            }
          },
        },
        // Saving only the open file would leave the rules on disk not checking.
        { label: 'Lagre alle', run: () => void this.saveAll() },
      ]);
    }, 0);
  }

  diagnosticsOf(path: string): DiagnosticData[] {
    return this.analysis?.diagnostics[path] ?? [];
  }

  // ─── Unreadable files ─────────────────────────────────────────────────────

  private markUnreadable(path: string, problem: RuleFileProblem): void {
    this.unreadable.set(path, problem);
    this.emit('files', undefined);
  }

  private reportUnreadable(): void {
    const paths = [...this.unreadable.keys()];
    if (paths.length === 0) return;
    const first = paths[0] as string;
    this.notice(
      paths.length === 1
        ? `${first} kan ikke leses og er ikke med i regelsettet: ${problemText(this.unreadable.get(first) as RuleFileProblem)}`
        : `${paths.length} regelfiler kan ikke leses og er ikke med i regelsettet (se Problemer): ${paths.join(', ')}.`,
      'error',
    );
  }

  /** A click on an unreadable file: why it cannot be opened. */
  showUnreadable(path: string): void {
    const problem = this.unreadable.get(path);
    if (problem) this.notice(`${path} kan ikke åpnes i editoren: ${problemText(problem)}`, 'error', [], path);
  }

  // ─── Other tabs' drafts ───────────────────────────────────────────────────

  /** Tells the user about a draft this tab did not take over, with a way to open it (and, unless an open tab's, to discard it). */
  private offerDraft({ draft, tabOpen }: DraftOffer): void {
    const when = new Date(draft.updated).toLocaleString('nb-NO', { dateStyle: 'short', timeStyle: 'short' });
    const whose = draft.tab === this.drafts?.tab ? '' : tabOpen ? ' fra en annen fane som er åpen' : ' fra en fane som er lukket';
    const onDisk = this.docs.get(draft.path)?.diskText !== undefined;
    const text = onDisk
      ? `Det finnes ulagrede endringer i ${draft.path}${whose} (sist endret ${when}). De er ikke tatt inn her.`
      : `Det finnes ulagrede endringer i ${draft.path}${whose} (sist endret ${when}), men filen finnes ikke på disken.`;
    const actions: NoticeAction[] = [{ label: 'Åpne utkastet', run: () => void this.takeDraft(draft) }];
    if (!tabOpen) actions.push({ label: 'Forkast utkastet', run: () => void this.discardDraft(draft) });
    this.notice(text, 'warning', actions);
  }

  /**
   * Opens another tab's draft here: as the working copy of its file (one undoable edit), with
   * the base version the draft had, so a save over a newer file on disk is a conflict. The
   * other tab's draft is left where it is.
   */
  async takeDraft(draft: Draft): Promise<void> {
    let doc = this.docs.get(draft.path);
    if (!doc) {
      doc = this.addDoc(draft.path, draft.text, undefined, undefined);
      void this.client.call('setText', draft.path, draft.text, doc.model.getVersionId());
      this.emit('files', undefined);
      await this.writeDraft(doc);
    } else {
      doc.diskHash = draft.baseHash;
      doc.model.pushEditOperations([], [{ range: doc.model.getFullModelRange(), text: draft.text }], () => null);
    }
    this.open(draft.path);
    this.notice(`Utkastet av ${draft.path} er åpnet her. Ctrl+Z angrer.`, 'info', [], draft.path);
  }

  /** Removes a draft no open tab works on, after the user chose to. */
  async discardDraft(draft: Draft): Promise<void> {
    await this.drafts?.delete(draft.tab, draft.path);
    this.notice(`Utkastet av ${draft.path} er forkastet.`);
  }
}

/** `LK1009 Filen er ikke UTF-8: byte 10 (0xA7) kan ikke leses. Tips: …` */
export function problemText(problem: RuleFileProblem): string {
  return `${problem.code ? `${problem.code} ` : ''}${problem.message}${problem.hint ? `. ${problem.hint}` : ''}`;
}
