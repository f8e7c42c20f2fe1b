/**
 * «Endringer»: Monaco's diff editor between the version on disk (last saved) and the working
 * copy, with the tests of the module whose result changes between the two.
 */
import type { App } from '../app';
import { clear, debounce, h } from '../dom';
import { LANGUAGE_ID, monaco } from '../monaco';

export interface DiffView {
  readonly visible: boolean;
  show(path?: string, original?: { text: string; label: string }): void;
  hide(): void;
  toggle(): void;
}

export function mountDiffView(app: App, host: HTMLElement, editorHost: HTMLElement, onChange: (visible: boolean) => void): DiffView {
  const title = h('div', { class: 'diff-title' });
  const editorSlot = h('div', { class: 'diff-editor' });
  const testsSlot = h('aside', { class: 'diff-tests', 'aria-live': 'polite' });
  clear(host, h('div', { class: 'diff-main' }, title, editorSlot), testsSlot);
  let diffEditor: monaco.editor.IStandaloneDiffEditor | undefined;
  const originals = new Map<string, monaco.editor.ITextModel>();
  let shownPath: string | undefined;
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

  const refreshTests = async () => {
    if (!visible || !shownPath) return;
    const path = shownPath;
    const result = await app.client.call('diffTests', path);
    if (path !== shownPath) return;
    clear(
      testsSlot,
      h('h3', null, 'Tester som endrer resultat'),
      result.problem ? h('div', { class: 'callout warning' }, result.problem) : null,
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
  };
  const refreshTestsSoon = debounce(() => void refreshTests(), 300);

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
    clear(
      title,
      h('span', null, h('strong', null, override?.label ?? (doc.diskText === undefined ? 'Ny fil (finnes ikke på disken)' : 'På disken (sist lagret)')), ' ↔ ', h('strong', null, 'Din arbeidskopi'), ` · ${path}`),
      h('button', { type: 'button', class: 'link-button', onclick: () => view.hide() }, 'Tilbake til redigering'),
    );
    void refreshTests();
  };

  const view: DiffView = {
    get visible() {
      return visible;
    },
    show(path = app.active, original) {
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
    if (visible) refreshTestsSoon();
  });
  app.on('saved', (path) => {
    if (visible && path === shownPath) {
      override = undefined;
      render();
    }
  });
  return view;
}
