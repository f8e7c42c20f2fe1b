/**
 * Live tests: every test of the open module, re-run by the worker after each edit; red tests
 * show expected and actual values and the trace path, and open their full trace on click.
 * Calm by design: tests blocked by an error get one banner (not one box per group), groups
 * with failing tests come first and open, and a group that turns green folds again.
 */
import type { TestGroup, TestsReport, TestView } from '../../shared/protocol';
import type { App } from '../app';
import { clear, h } from '../dom';
import { acceptableTests, openAcceptDialog } from './accept-values';
import { renderTrace } from './trace-view';

/** Groups with a failing test first, each group's order otherwise kept. */
function failingFirst(groups: readonly TestGroup[]): TestGroup[] {
  const failing = (g: TestGroup) => g.results.some((t) => !t.passed);
  return [...groups.filter(failing), ...groups.filter((g) => !failing(g))];
}

/**
 * One banner for every group whose tests wait for an error to be fixed: the errors of the
 * rule set in one line (or, for tests that failed to start, their reasons), and a way to the
 * first (in the open file, if it has one).
 */
function blockedBanner(app: App, blocked: readonly TestGroup[]): HTMLElement | null {
  if (blocked.length === 0) return null;
  const errors = Object.entries(app.analysis?.diagnostics ?? {}).flatMap(([path, list]) => list.filter((d) => d.severity === 'error').map((d) => ({ path, line: d.line, column: d.column })));
  const files = [...new Set(errors.map((e) => e.path))];
  const reasons = errors.length > 0 ? [`${errors.length === 1 ? '1 feil' : `${errors.length} feil`} i ${files.join(', ')}.`] : [...new Set(blocked.map((g) => g.message ?? 'Testene kan ikke kjøres.'))];
  // The open file's own error first: usually the one just typed.
  const first = errors.find((e) => e.path === app.active) ?? errors[0];
  return h(
    'div',
    { class: 'callout warning tests-blocked', role: 'status' },
    h('strong', null, blocked.length === 1 ? 'Testene venter på at feilene blir rettet' : `Testene i ${blocked.length} moduler venter på at feilene blir rettet`),
    reasons.map((m) => h('div', null, m)),
    first ? h('button', { type: 'button', class: 'link-button', onclick: () => app.reveal(first) }, 'Gå til den første feilen') : null,
  );
}

export function mountTestsPanel(app: App, container: HTMLElement, onSummary: (text: string, state: 'ok' | 'fail' | 'none') => void): void {
  let openTrace: string | undefined;
  /** Groups the reader opened or folded, by module and colour (see `groupSection`). */
  const chosen = new Map<string, boolean>();
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
    const acceptable = acceptableTests(failed);
    const summary = h(
      'div',
      { class: `test-summary ${failed.length > 0 || blocked.length > 0 ? 'fail' : 'ok'}` },
      h(
        'span',
        null,
        failed.length > 0 ? `${failed.length} av ${all.length} tester feiler` : blocked.length > 0 ? 'Testene kan ikke kjøres nå' : `Alle ${all.length} tester består`,
        (timing = h('span', { class: 'muted' }, ` · ${report.testMs.toFixed(0)} ms`)),
      ),
      // The versions of the latest report: a report with the same results is not drawn again.
      acceptable.length > 0
        ? h('button', { type: 'button', class: 'link-button accept-button', title: 'La testene forvente verdiene reglene gir nå', onclick: () => app.tests && openAcceptDialog(app, acceptable, app.tests.versions) }, 'Godta nye verdier …')
        : null,
    );
    const sections = failingFirst(report.groups.filter((g) => g.state === 'ran')).map((group) => groupSection(group, report.groups.length));
    clear(container, header, summary, blockedBanner(app, blocked), sections);
  };

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

  /**
   * A module's tests, failing first. The open module's group and any group with a failing
   * test are open, other green groups folded; the reader's choice holds only while the
   * group stays as it was (red or green), so a group that turns green folds again.
   */
  const groupSection = (group: TestGroup, groupCount: number) => {
    const failing = group.results.filter((t) => !t.passed).length;
    const ordered = [...group.results].sort((a, b) => Number(a.passed) - Number(b.passed));
    const choiceKey = `${group.module}\u0000${failing > 0 ? 'rød' : 'grønn'}`;
    const byDefault = group.own || failing > 0 || groupCount <= 2;
    const open = chosen.get(choiceKey) ?? byDefault;
    const section = h(
      'details',
      { class: 'test-group', 'data-module': group.module, open },
      h(
        'summary',
        { class: 'group-title' },
        h('span', { class: 'group-name' }, group.own ? 'Denne modulen' : group.module),
        h('span', { class: `group-count ${failing > 0 ? 'fail' : 'ok'}` }, failing > 0 ? `${failing} av ${group.results.length} feiler` : group.results.length === 0 ? 'ingen tester' : `${group.results.length} består`),
      ),
      group.own && group.results.length === 0 ? h('p', { class: 'empty small' }, 'Ingen tester i selve modulen; testene nedenfor bruker den.') : null,
      // A folded group's tests are drawn when it is opened.
      open ? h('ul', { class: 'test-list' }, ordered.map(item)) : null,
    );
    section.addEventListener('toggle', () => {
      if (section.open === byDefault) chosen.delete(choiceKey);
      else chosen.set(choiceKey, section.open);
      if (section.open && !section.querySelector('.test-list')) section.append(h('ul', { class: 'test-list' }, ordered.map(item)));
    });
    return section;
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
