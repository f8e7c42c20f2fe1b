/** Every diagnostic of the rule set, grouped by file; a click goes to the place. Files that cannot be read come first. */
import type { App } from '../app';
import { clear, h } from '../dom';

function unreadableSection(app: App): HTMLElement | null {
  if (app.unreadable.size === 0) return null;
  return h(
    'section',
    { class: 'problem-file unreadable' },
    h('h3', null, 'Filer som ikke kan leses'),
    h(
      'ul',
      { class: 'problems' },
      [...app.unreadable].map(([path, problem]) =>
        h(
          'li',
          { class: 'problem error', 'data-path': path },
          h(
            'button',
            { type: 'button', onclick: () => app.showUnreadable(path) },
            h('span', { class: 'severity' }, 'Feil'),
            h('span', { class: 'code' }, problem.code ?? ''),
            h('span', { class: 'message' }, `${path}: ${problem.message}`),
            problem.hint ? h('span', { class: 'hint' }, problem.hint) : null,
          ),
        ),
      ),
    ),
  );
}

export function mountProblemsPanel(app: App, container: HTMLElement, onSummary: (count: number, errors: number) => void): void {
  let shown = '';
  const render = () => {
    const analysis = app.analysis;
    const signature = analysis ? JSON.stringify([app.active, analysis.diagnostics, [...app.unreadable]]) : '';
    if (signature !== '' && signature === shown) return;
    shown = signature;
    const header = h('div', { class: 'panel-header' }, h('h2', null, 'Problemer'));
    if (!analysis) {
      clear(container, header, h('p', { class: 'empty' }, 'Sjekker reglene …'));
      return;
    }
    const files = Object.entries(analysis.diagnostics).filter(([, list]) => list.length > 0).sort(([a], [b]) => (a === app.active ? -1 : b === app.active ? 1 : a.localeCompare(b)));
    onSummary(analysis.errorCount + analysis.warningCount + app.unreadable.size, analysis.errorCount + app.unreadable.size);
    const unreadable = unreadableSection(app);
    if (files.length === 0 && !unreadable) {
      clear(container, header, h('p', { class: 'empty ok' }, '✓ Ingen feil eller advarsler i regelsettet.'));
      return;
    }
    clear(
      container,
      header,
      unreadable,
      files.map(([path, list]) =>
        h(
          'section',
          { class: 'problem-file' },
          h('h3', null, path),
          h(
            'ul',
            { class: 'problems' },
            list.map((d) =>
              h(
                'li',
                { class: `problem ${d.severity}` },
                h(
                  'button',
                  { type: 'button', onclick: () => app.reveal({ path, line: d.line, column: d.column }) },
                  h('span', { class: 'severity' }, d.severity === 'error' ? 'Feil' : d.severity === 'warning' ? 'Advarsel' : 'Info'),
                  h('span', { class: 'code' }, d.code),
                  h('span', { class: 'message' }, d.message),
                  h('span', { class: 'where' }, `linje ${d.line}`),
                  d.hint ? h('span', { class: 'hint' }, d.hint) : null,
                ),
              ),
            ),
          ),
        ),
      ),
    );
  };
  app.on('analysis', render);
  app.on('active', render);
  app.on('files', render);
  render();
}
