/**
 * Live tests: every test of the open module, re-run by the worker after each edit; red tests
 * show expected and actual values and the trace path, and open their full trace on click.
 */
import type { TestsReport, TestView } from '../../shared/protocol';
import type { App } from '../app';
import { clear, h } from '../dom';
import { renderTrace } from './trace-view';

export function mountTestsPanel(app: App, container: HTMLElement, onSummary: (text: string, state: 'ok' | 'fail' | 'none') => void): void {
  let openTrace: string | undefined;
  const expanded = new Set<string>();
  let traceToken = 0;

  const showTrace = async (test: TestView, slot: HTMLElement) => {
    const token = ++traceToken;
    clear(slot, h('p', { class: 'muted' }, 'Henter forklaringen …'));
    const result = await app.client.call('testTrace', test.path, test.name);
    if (token !== traceToken) return;
    const parts: Array<HTMLElement | null> = [];
    if (result.error) parts.push(h('p', { class: 'trace-error' }, `${result.error.code}: ${result.error.message}`));
    const wanted = test.failures.map((f) => f.output).filter((o): o is string => o !== undefined);
    if (result.trace) parts.push(renderTrace(result.trace, (ref) => app.reveal(ref), wanted.length > 0 ? { openOutputs: wanted } : {}));
    clear(
      slot,
      h('div', { class: 'trace-header' }, h('strong', null, 'Forklaring'), result.trace ? h('span', { class: 'muted' }, ` per ${result.trace.asOf}`) : null),
      parts,
    );
  };

  /** What the panel shows, so an unchanged report (the usual case while typing) is not drawn again. */
  let shownSignature = '';
  let timing: HTMLElement | undefined;

  const render = (report: TestsReport | undefined) => {
    container.classList.remove('stale');
    const signature = report && app.active ? JSON.stringify([report.path, report.state, report.message, report.groups]) : '';
    // (An open trace is fetched again: values inside it may change while the results do not.)
    if (signature !== '' && signature === shownSignature && timing?.isConnected && openTrace === undefined) {
      timing.textContent = ` · ${report?.testMs.toFixed(0) ?? ''} ms`;
      return;
    }
    shownSignature = signature;
    if (!report || !app.active) {
      clear(container, h('p', { class: 'empty' }, 'Åpne en regelfil for å se testene.'));
      onSummary('', 'none');
      return;
    }
    const header = h('div', { class: 'panel-header' }, h('h2', null, 'Tester'), report.module ? h('span', { class: 'module-name' }, report.module) : null);
    if (report.state !== 'ran') {
      clear(container, header, h('div', { class: 'callout warning' }, report.message ?? 'Testene kan ikke kjøres.'));
      onSummary('!', 'fail');
      return;
    }
    const all = report.groups.flatMap((g) => g.results);
    const blocked = report.groups.filter((g) => g.state === 'blocked');
    const failed = all.filter((t) => !t.passed);
    if (all.length === 0 && blocked.length === 0) {
      clear(container, header, h('p', { class: 'empty' }, 'Ingen tester bruker denne modulen. Skriv en «test "…"», eller lag en fra «Prøv en sak».'));
      onSummary('', 'none');
      return;
    }
    onSummary(failed.length > 0 || blocked.length > 0 ? String(failed.length || '!') : String(all.length), failed.length > 0 || blocked.length > 0 ? 'fail' : 'ok');
    const summary = h(
      'div',
      { class: `test-summary ${failed.length > 0 || blocked.length > 0 ? 'fail' : 'ok'}` },
      failed.length > 0 ? `${failed.length} av ${all.length} tester feiler` : blocked.length > 0 ? 'Noen tester kan ikke kjøres' : `Alle ${all.length} tester består`,
      (timing = h('span', { class: 'muted' }, ` · ${report.testMs.toFixed(0)} ms`)),
    );
    const item = (test: TestView) => {
      const slot = h('div', { class: 'test-trace' });
      const toggle = () => {
        const key = `${test.path}\u0000${test.name}`;
        if (openTrace === key) {
          openTrace = undefined;
          traceToken++;
          clear(slot);
        } else {
          openTrace = key;
          for (const other of container.querySelectorAll('.test-trace')) if (other !== slot) clear(other);
          void showTrace(test, slot);
        }
      };
      const li = h(
        'li',
        { class: `test ${test.passed ? 'passed' : 'failed'}`, 'data-test': test.name },
        h(
          'div',
          { class: 'test-head' },
          h('span', { class: 'test-icon', 'aria-label': test.passed ? 'bestått' : 'feilet' }, test.passed ? '✓' : '✗'),
          h('a', { class: 'test-name', href: '#', title: `Gå til testen (${test.path}, linje ${test.line})`, onclick: (e: Event) => { e.preventDefault(); app.reveal({ path: test.path, line: test.line, column: test.column }); } }, test.name),
          h('button', { class: 'link-button', type: 'button', onclick: toggle }, 'Forklaring'),
        ),
        test.failures.map((f) =>
          h(
            'button',
            { class: 'failure', type: 'button', title: 'Vis sporet', onclick: toggle },
            h(
              'div',
              { class: 'failure-line' },
              f.output ? h('strong', null, `${f.output}: `) : null,
              'forventet ',
              h('span', { class: 'expected' }, f.expected),
              ', fikk ',
              h('span', { class: 'actual' }, f.actual),
            ),
            f.tracePath ? h('div', { class: 'trace-path' }, f.tracePath) : null,
          ),
        ),
        slot,
      );
      if (openTrace === `${test.path}\u0000${test.name}`) void showTrace(test, slot);
      return li;
    };
    const sections = report.groups.map((group) => {
      const failing = group.results.filter((t) => !t.passed).length;
      // Failing tests first, so a red test is never hidden below a long green list.
      const ordered = [...group.results].sort((a, b) => Number(a.passed) - Number(b.passed));
      const attention = failing > 0 || group.state === 'blocked';
      // The open module's tests and any group with a problem are shown; other green groups are folded.
      const open = group.own || attention || expanded.has(group.module) || report.groups.length <= 2;
      const section = h(
        'details',
        { class: 'test-group', 'data-module': group.module, open },
        h(
          'summary',
          { class: 'group-title' },
          h('span', { class: 'group-name' }, group.own ? 'Denne modulen' : group.module),
          h('span', { class: `group-count ${attention ? 'fail' : 'ok'}` }, group.state === 'blocked' ? 'kjøres ikke' : failing > 0 ? `${failing} av ${group.results.length} feiler` : group.results.length === 0 ? 'ingen tester' : `${group.results.length} består`),
        ),
        group.state === 'blocked' ? h('div', { class: 'callout warning' }, group.message ?? 'Testene kan ikke kjøres.') : null,
        group.own && group.results.length === 0 && group.state === 'ran' ? h('p', { class: 'empty small' }, 'Ingen tester i selve modulen; testene nedenfor bruker den.') : null,
        // A folded group's tests are drawn when it is opened.
        open ? h('ul', { class: 'test-list' }, ordered.map(item)) : null,
      );
      section.addEventListener('toggle', () => {
        if (section.open) expanded.add(group.module);
        else expanded.delete(group.module);
        if (section.open && !section.querySelector('.test-list')) section.append(h('ul', { class: 'test-list' }, ordered.map(item)));
      });
      return section;
    });
    clear(container, header, summary, sections);
  };

  app.on('tests', render);
  app.on('active', (path) => {
    openTrace = undefined;
    shownSignature = '';
    if (!path) render(undefined);
    else container.classList.add('stale');
  });
  app.editor.onDidChangeModelContent(() => container.classList.add('stale'));
  render(app.tests);
}
