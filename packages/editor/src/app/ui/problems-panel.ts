/** Every diagnostic of the rule set, grouped by file; a click goes to the place. */
import type { App } from '../app';
import { clear, h } from '../dom';

export function mountProblemsPanel(app: App, container: HTMLElement, onSummary: (count: number, errors: number) => void): void {
  let shown = '';
  const render = () => {
    const analysis = app.analysis;
    const signature = analysis ? JSON.stringify([app.active, analysis.diagnostics]) : '';
    if (signature !== '' && signature === shown) return;
    shown = signature;
    const header = h('div', { class: 'panel-header' }, h('h2', null, 'Problemer'));
    if (!analysis) {
      clear(container, header, h('p', { class: 'empty' }, 'Sjekker reglene …'));
      return;
    }
    const files = Object.entries(analysis.diagnostics).filter(([, list]) => list.length > 0).sort(([a], [b]) => (a === app.active ? -1 : b === app.active ? 1 : a.localeCompare(b)));
    onSummary(analysis.errorCount + analysis.warningCount, analysis.errorCount);
    if (files.length === 0) {
      clear(container, header, h('p', { class: 'empty ok' }, '✓ Ingen feil eller advarsler i regelsettet.'));
      return;
    }
    clear(
      container,
      header,
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
  render();
}
