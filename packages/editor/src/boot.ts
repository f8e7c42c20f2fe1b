/**
 * The editor UI: rule files from rules/ (served by the dev server), Monaco with the
 * `lovkode` language, and live tests, cases, rate tables and diffs computed in a web worker.
 */
import './style.css';
import { App } from './app/app';
import { byId, clear, h } from './app/dom';
import { followRuleChanges } from './app/files-api';
import { monaco, setupMonaco } from './app/monaco';
import { mountCasePanel } from './app/ui/case-panel';
import { mountConflictDialog } from './app/ui/conflict';
import { mountDiffView } from './app/ui/diff-view';
import { mountSkipLink, mountTabFocus } from './app/ui/keyboard';
import { mountLayout } from './app/ui/layout';
import { mountCitationClick } from './app/ui/citation-click';
import { mountLawPanel } from './app/ui/law-panel';
import { mountProblemsPanel } from './app/ui/problems-panel';
import { mountSaveAll } from './app/ui/save-all';
import { mountTablesPanel } from './app/ui/tables-panel';
import { mountTableGrid } from './app/ui/table-grid';
import { mountTabs } from './app/ui/tabs';
import { mountTestsPanel } from './app/ui/tests-panel';
import { setRovingItem, tabListKeys } from './app/ui/roving-focus';
import { mountOutline } from './app/ui/outline';
import { mountNewFile, mountTree } from './app/ui/tree';
import type { WorkerClient } from './app/rpc';
import type { Startup } from './app/startup';

declare global {
  interface Window {
    /** For the browser tests and for measuring: the app and its timings. */
    __lovkode?: { app: App; metrics: App['metrics']; monaco: typeof monaco };
  }
}

/** Starts the editor UI; the worker and the file requests were started by main.ts before Monaco loaded. */
export function boot(client: WorkerClient, started: Promise<Startup>): void {
  performance.mark('lk:boot');
  setupMonaco();
  const app = new App(client);
  window.__lovkode = { app, metrics: app.metrics, monaco };

  const editorHost = byId('editor');
  app.createEditor(editorHost);
  mountTree(app, byId('tree'));
  mountTabs(app, byId('tabs'));
  mountSkipLink(app, byId<HTMLAnchorElement>('skip-link'));
  mountLayout(byId('app'), { files: byId<HTMLButtonElement>('btn-files'), tools: byId<HTMLButtonElement>('btn-tools') }, { side: byId('separator-side'), panel: byId('separator-panel') });
  mountTabFocus(app, byId('tab-hint'));
  mountOutline(app, byId('outline'));
  mountNewFile(app, byId<HTMLButtonElement>('btn-new-file'), byId('new-file'));
  app.on('active', (path) => {
    byId('no-file').hidden = path !== undefined;
    byId('outline').previousElementSibling?.toggleAttribute('hidden', path === undefined);
  });

  // Panels on the right.
  type PanelName = 'tests' | 'case' | 'tables' | 'law' | 'problems';
  let current: PanelName = 'tests';
  const panelButtons = [...document.querySelectorAll<HTMLButtonElement>('.panel-tabs [data-panel]')];
  const visible = (name: PanelName) => () => current === name;
  const casePanel = mountCasePanel(app, byId('panel-case'), visible('case'));
  const grid = mountTableGrid(app, byId('grid'), editorHost);
  const tablesPanel = mountTablesPanel(app, byId('panel-tables'), visible('tables'), (path, table) => grid.open(path, table));
  const lawPanel = mountLawPanel(app, byId('panel-law'), visible('law'));
  const chipTests = byId('chip-tests');
  mountTestsPanel(app, byId('panel-tests'), (text, state) => {
    chipTests.textContent = text;
    chipTests.className = `chip ${state}`;
  });
  const chipProblems = byId('chip-problems');
  mountProblemsPanel(app, byId('panel-problems'), (count, errors) => {
    chipProblems.textContent = count > 0 ? String(count) : '';
    chipProblems.className = `chip ${errors > 0 ? 'fail' : count > 0 ? 'warn' : ''}`;
  });
  function showPanel(name: PanelName): void {
    current = name;
    for (const button of panelButtons) button.setAttribute('aria-selected', String(button.dataset['panel'] === name));
    setRovingItem(panelButtons, panelButtons.find((b) => b.dataset['panel'] === name));
    for (const n of ['tests', 'case', 'tables', 'law', 'problems'] as const) byId(`panel-${n}`).hidden = n !== name;
    if (name === 'case') casePanel.refresh();
    if (name === 'tables') tablesPanel.refresh();
    if (name === 'law') lawPanel.refresh();
  }
  mountCitationClick(app, (citation) => {
    lawPanel.show(citation);
    showPanel('law');
  });
  for (const button of panelButtons) button.addEventListener('click', () => showPanel(button.dataset['panel'] as PanelName));
  setRovingItem(panelButtons, panelButtons[0]);
  tabListKeys(byId('panel-tabs'), (tab) => showPanel(tab.dataset['panel'] as PanelName));

  // Diff view and conflicts.
  const diffButton = byId<HTMLButtonElement>('btn-diff');
  const diff = mountDiffView(app, byId('diff'), editorHost, (shown) => {
    diffButton.setAttribute('aria-pressed', String(shown));
    // The diff and the review of the rule set take the place of the panels on the right.
    byId('app').classList.toggle('diff-open', shown);
  });
  diffButton.addEventListener('click', () => diff.toggle());
  mountConflictDialog(app, diff);
  byId('btn-save').addEventListener('click', () => void app.save());
  mountSaveAll(app, byId<HTMLButtonElement>('btn-save-all'));
  byId('btn-format').addEventListener('click', () => void app.formatActive());

  // File status, status bar and notices.
  const fileStatus = byId('file-status');
  const renderFileStatus = () => {
    const doc = app.active ? app.docs.get(app.active) : undefined;
    if (!doc) {
      clear(fileStatus);
      return;
    }
    const unsaved = [...app.docs.values()].filter((d) => d.dirty).length;
    clear(
      fileStatus,
      h('span', { class: 'path' }, `${app.rulesRoot}/${doc.path}`),
      h('span', { class: `save-state ${doc.dirty ? 'dirty' : 'clean'}` }, doc.dirty ? 'Ulagrede endringer' : 'Lagret'),
      unsaved > (doc.dirty ? 1 : 0) ? h('span', { class: 'muted' }, `(${unsaved} ulagrede filer)`) : null,
    );
  };
  app.on('active', renderFileStatus);
  app.on('dirty', renderFileStatus);

  const status = byId('status');
  const renderStatus = () => {
    const position = app.editor.getPosition();
    const a = app.analysis;
    const m = app.metrics;
    const last = (list: number[]) => (list.length > 0 ? `${(list[list.length - 1] as number).toFixed(0)} ms` : '–');
    clear(
      status,
      position ? h('span', null, `Linje ${position.lineNumber}, kolonne ${position.column}`) : null,
      a ? h('span', { class: a.errorCount > 0 ? 'bad' : '' }, `${a.errorCount} feil, ${a.warningCount} advarsler`) : h('span', null, 'Sjekker …'),
      h('span', { class: 'muted', title: 'Tid fra tastetrykk til oppdaterte feilmeldinger' }, `Sjekk ${last(m.keystrokeToDiagnostics)}`),
      h('span', { class: 'muted', title: 'Tid fra tastetrykk til oppdaterte testresultater' }, `Tester ${last(m.keystrokeToTests)}`),
      m.initialLoadMs !== undefined ? h('span', { class: 'muted' }, `Lastet på ${(m.initialLoadMs / 1000).toFixed(1)} s`) : null,
    );
  };
  app.editor.onDidChangeCursorPosition(renderStatus);
  app.on('analysis', () => requestAnimationFrame(renderStatus));
  app.on('tests', () => requestAnimationFrame(renderStatus));

  const notices = byId('notices');
  app.on('notice', ({ text, kind, actions, path }) => {
    const note = h(
      'div',
      { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-path': path },
      h('span', null, text),
      actions.map((action) => h('button', { type: 'button', class: 'link-button notice-action', onclick: () => { note.remove(); action.run(); } }, action.label)),
      h('button', { type: 'button', class: 'link-button', 'aria-label': 'Lukk', onclick: () => note.remove() }, '×'),
    );
    notices.append(note);
    // Too many at once: passing information goes first, then the oldest.
    while (notices.childElementCount > 4) (notices.querySelector('.notice.info') ?? notices.firstElementChild)?.remove();
    if (kind === 'info') setTimeout(() => note.remove(), actions.length > 0 ? 12_000 : 4000);
  });

  // Messages about a file are withdrawn once it is saved.
  app.on('saved', (path) => {
    for (const note of notices.querySelectorAll<HTMLElement>('.notice[data-path]')) if (note.dataset['path'] === path) note.remove();
  });

  // Rule files changed on disk by someone else (the server watches the rules folder).
  followRuleChanges((path) => void app.diskChanged(path));

  app
    .load(started)
    .then(() => app.ready)
    .then(() => {
      byId('loading').remove();
      renderStatus();
    })
    .catch((error: unknown) => {
      console.error(error);
      clear(byId('loading'), h('div', { class: 'callout error' }, `Kunne ikke starte editoren: ${error instanceof Error ? error.message : String(error)}`));
    });
}
