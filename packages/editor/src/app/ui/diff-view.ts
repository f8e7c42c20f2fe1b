/**
 * «Endringer»: Monaco's diff editor between the version on disk (last saved) and the working
 * copy, with the tests of the module whose result changes between the two, and the review of
 * the whole rule set (what changed and whom it affects, as `lovkode diff` gives it). Above
 * them, the change set: every file with unsaved edits, saved together with «Lagre alle».
 */
import type { ReviewResult } from '../../shared/protocol';
import type { App } from '../app';
import { clear, debounce, h } from '../dom';
import { LANGUAGE_ID, monaco } from '../monaco';
import { renderChangeSet } from './change-set-view';
import { reviewView } from './review-panel';

export interface DiffView {
  readonly visible: boolean;
  show(path?: string, original?: { text: string; label: string }): void;
  hide(): void;
  toggle(): void;
}

export function mountDiffView(app: App, host: HTMLElement, editorHost: HTMLElement, onChange: (visible: boolean) => void): DiffView {
  const title = h('div', { class: 'diff-title' });
  const editorSlot = h('div', { class: 'diff-editor' });
  const changeSetSlot = h('section', { class: 'change-set', 'aria-label': 'Endringssett' });
  const testsSlot = h('section', { class: 'diff-tests', 'aria-live': 'polite' });
  const reviewSlot = h('section', { class: 'review', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Vurderer endringene i hele regelsettet …'));
  clear(host, h('div', { class: 'diff-main' }, title, editorSlot), h('aside', { class: 'diff-side' }, changeSetSlot, testsSlot, reviewSlot));
  let diffEditor: monaco.editor.IStandaloneDiffEditor | undefined;
  const originals = new Map<string, monaco.editor.ITextModel>();
  let shownPath: string | undefined;
  let revealFirstDiff: monaco.IDisposable | undefined;
  let override: { text: string; label: string } | undefined;
  let visible = false;

  const originalModel = (path: string, text: string): monaco.editor.ITextModel => {
    let model = originals.get(path);
    if (!model) {
      model = monaco.editor.createModel(text, LANGUAGE_ID, monaco.Uri.from({ scheme: 'lovkode-disk', path: `/${path}` }));
      originals.set(path, model);
    } else if (model.getValue() !== text) {
      model.setValue(text);
    }
    return model;
  };

  // A long list of changed tests starts folded so that the review below stays in view; the
  // reader's choice holds until another file is shown.
  let testsOpen: boolean | undefined;
  const refreshTests = async () => {
    if (!visible || !shownPath) return;
    const path = shownPath;
    const result = await app.client.call('diffTests', path);
    if (path !== shownPath) return;
    const details = h(
      'details',
      { open: testsOpen ?? result.changes.length <= 5 },
      h('summary', null, h('h3', null, `Tester som endrer resultat${result.changes.length > 0 ? ` (${result.changes.length})` : ''}`)),
      result.changes.length === 0
        ? h('p', { class: 'muted' }, `Ingen tester endrer resultat${result.unchanged > 0 ? ` (${result.unchanged} uendret)` : ''}.`)
        : h(
            'ul',
            { class: 'test-changes' },
            result.changes.map((c) =>
              h(
                'li',
                { class: `change ${c.after === 'feilet' ? 'worse' : c.after === 'bestått' ? 'better' : ''}` },
                h('div', { class: 'change-name' }, c.name),
                h('div', { class: 'change-status' }, h('span', null, c.before), ' → ', h('strong', null, c.after)),
                c.detail ? h('div', { class: 'change-detail' }, c.detail) : null,
              ),
            ),
          ),
      result.changes.length > 0 && result.unchanged > 0 ? h('p', { class: 'muted' }, `${result.unchanged} andre tester har samme resultat.`) : null,
    );
    details.addEventListener('toggle', () => (testsOpen = details.open));
    clear(testsSlot, details, result.problem ? h('div', { class: 'callout warning' }, result.problem) : null);
  };
  const refreshTestsSoon = debounce(() => void refreshTests(), 300);

  // The review evaluates every case twice, so it waits for a longer pause in typing; an
  // answer that a newer request has overtaken is dropped.
  let reviewRequest = 0;
  const refreshReview = async () => {
    if (!visible) return;
    const request = ++reviewRequest;
    reviewSlot.classList.add('stale');
    let result: ReviewResult | Error;
    try {
      result = await app.client.call('review');
    } catch (error) {
      result = error instanceof Error ? error : new Error(String(error));
    }
    if (request !== reviewRequest) return;
    reviewSlot.classList.remove('stale');
    clear(
      reviewSlot,
      reviewView(result, {
        reveal: (ref) => {
          view.hide();
          app.reveal(ref);
        },
        copyMarkdown: (markdown) =>
          void navigator.clipboard.writeText(markdown).then(
            () => app.notice('Gjennomgangen er kopiert som Markdown.'),
            () => app.notice('Kunne ikke kopiere til utklippstavlen.', 'warning'),
          ),
      }),
    );
  };
  const refreshReviewSoon = debounce(() => void refreshReview(), 600);

  const render = () => {
    const path = shownPath;
    const doc = path ? app.docs.get(path) : undefined;
    if (!path || !doc) {
      clear(title, 'Ingen fil er åpen.');
      return;
    }
    diffEditor ??= monaco.editor.createDiffEditor(editorSlot, {
      automaticLayout: true,
      renderSideBySide: true,
      originalEditable: false,
      readOnly: false,
      minimap: { enabled: false },
      fontSize: 14,
      unicodeHighlight: { ambiguousCharacters: false },
      renderOverviewRuler: false,
    });
    const originalText = override?.text ?? doc.diskText ?? '';
    diffEditor.setModel({ original: originalModel(path, originalText), modified: doc.model });
    // Scroll to the first change once the diff of the newly shown file is computed.
    const shown = diffEditor;
    revealFirstDiff?.dispose();
    revealFirstDiff = shown.onDidUpdateDiff(() => {
      revealFirstDiff?.dispose();
      shown.revealFirstDiff();
    });
    clear(
      title,
      h('span', null, h('strong', null, override?.label ?? (doc.diskText === undefined ? 'Ny fil (finnes ikke på disken)' : 'På disken (sist lagret)')), ' ↔ ', h('strong', null, 'Din arbeidskopi'), ` · ${path}`),
      h('button', { type: 'button', class: 'link-button', onclick: () => view.hide() }, 'Tilbake til redigering'),
    );
    renderChangeSet(app, changeSetSlot, path, (p) => view.show(p));
    void refreshTests();
    void refreshReview();
  };

  const view: DiffView = {
    get visible() {
      return visible;
    },
    show(path = app.active, original) {
      if (path !== shownPath) testsOpen = undefined;
      shownPath = path;
      override = original;
      visible = true;
      host.hidden = false;
      editorHost.hidden = true;
      render();
      onChange(true);
    },
    hide() {
      visible = false;
      override = undefined;
      host.hidden = true;
      editorHost.hidden = false;
      revealFirstDiff?.dispose();
      diffEditor?.setModel(null);
      onChange(false);
      app.editor.focus();
    },
    toggle() {
      if (visible) view.hide();
      else view.show();
    },
  };
  app.on('active', (path) => {
    if (visible && path && path !== shownPath) view.show(path);
  });
  app.on('analysis', () => {
    if (!visible) return;
    refreshTestsSoon();
    refreshReviewSoon();
  });
  app.on('dirty', () => {
    if (visible) renderChangeSet(app, changeSetSlot, shownPath, (p) => view.show(p));
  });
  app.on('saved', (path) => {
    if (visible && path === shownPath) {
      override = undefined;
      render();
    }
  });
  return view;
}
