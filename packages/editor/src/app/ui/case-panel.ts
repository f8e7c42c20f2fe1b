/**
 * «Prøv en sak»: a case entered in a form generated from the rule set's input schema,
 * computed live by the worker, with the results, the explanation tree and the justification,
 * and «Lag test av saken», which writes the case and its results as a test in the module.
 */
import { isIsoMonth } from '@lovkode/dsl/calendar';
import type { CaseInfo, CaseResult } from '../../shared/protocol';
import type { App } from '../app';
import { caretOf, clear, debounce, focusWithCaret, h, humanize } from '../dom';
import { initialInput, renderInputForm } from './schema-form';
import { renderTrace } from './trace-view';

type Obj = { [key: string]: unknown };

export function mountCasePanel(app: App, container: HTMLElement, isVisible: () => boolean): { refresh(): void } {
  let info: CaseInfo | undefined;
  let chosenEntry: string | undefined;
  const states = new Map<string, Obj>();
  const started = new Set<string>();
  let result: CaseResult | undefined;
  let runToken = 0;
  let testName = '';

  const formSlot = h('div', { class: 'case-form' });
  const resultSlot = h('div', { class: 'case-result', 'aria-live': 'polite' });
  const headSlot = h('div', { class: 'case-panel-head' });

  const state = (): Obj => {
    const entry = info?.entry ?? '';
    let s = states.get(entry);
    if (!s && info?.schema) {
      s = initialInput(info.schema) as Obj;
      states.set(entry, s);
    }
    return s ?? {};
  };

  const run = async () => {
    if (!info?.entry || !info.schema) return;
    const token = ++runToken;
    const r = await app.client.call('runCase', info.entry, JSON.parse(JSON.stringify(state())));
    if (token !== runToken) return;
    result = r;
    renderResult();
    renderForm(false);
  };
  const runSoon = debounce(() => void run(), 200);

  const violations = (): Map<string, string> => new Map((result?.error?.violations ?? []).map((v) => [v.path, v.message]));

  let lastViolationKey = '';
  const renderForm = (force: boolean) => {
    if (!info?.schema) {
      clear(formSlot);
      return;
    }
    const key = JSON.stringify(result?.error?.violations ?? []);
    if (!force && key === lastViolationKey) return;
    lastViolationKey = key;
    // The field being typed in keeps the focus and its caret (`Caret`).
    const active = document.activeElement;
    const pointer = active instanceof HTMLElement && formSlot.contains(active) ? active.dataset['pointer'] : undefined;
    const caret = caretOf(active);
    clear(
      formSlot,
      renderInputForm(
        {
          root: info.schema,
          labels: info.labels,
          discretion: info.discretion,
          violations: violations(),
          changed: (structural) => {
            if (structural) renderForm(true);
            runSoon();
          },
        },
        state() as never,
      ),
    );
    const successor = pointer ? formSlot.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(pointer)}"]`) : null;
    if (successor) focusWithCaret(successor, caret);
  };

  const renderResult = () => {
    if (!result) {
      clear(resultSlot);
      return;
    }
    const parts: Array<HTMLElement | null> = [];
    if (result.error) {
      // A month in a period whose rates nobody has verified (`ukjent` rows, LK7003) is said
      // plainly first: the case is fine, the rates are missing.
      const unknownPeriod = result.error.code === 'LK7003';
      parts.push(
        h(
          'div',
          { class: `callout error${unknownPeriod ? ' unknown-period' : ''}`, role: 'alert' },
          h('strong', null, errorHeading[result.error.code] ?? 'Regelsettet gir ikke et resultat for saken'),
          unknownPeriod
            ? h('p', null, 'Saken gjelder en periode der satsene ikke er kjent (ukjent i tabellen). Det gis ikke noe beløp før satsene for perioden er lagt inn med kilden de kommer fra; prøv en annen måned, eller legg inn satsene.')
            : null,
          result.error.violations.length > 0
            ? h('ul', null, result.error.violations.map((v) => h('li', null, h('code', null, v.path || '/'), ' ', v.message)))
            : h('p', null, result.error.message),
          result.error.locations.length > 0
            ? h('p', null, result.error.locations.map((l) => h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); app.reveal(l); } }, `${l.path}:${l.line}`)))
            : null,
        ),
      );
    } else {
      parts.push(
        h('h3', null, 'Resultat'),
        h(
          'table',
          { class: 'values' },
          h('tbody', null, result.values.map((v) => h('tr', { 'data-output': v.name }, h('th', null, humanize(v.name)), h('td', null, v.value)))),
        ),
      );
      if (result.warnings.length > 0) parts.push(h('ul', { class: 'warnings' }, result.warnings.map((w) => h('li', null, w))));
      if (result.trace) {
        parts.push(h('h3', null, 'Forklaring'), renderTrace(result.trace, (ref) => app.reveal(ref), { openOutputs: result.trace.outputs.slice(0, 1).map((o) => o.name) }));
      }
      if (result.begrunnelse) {
        parts.push(
          h('h3', null, 'Begrunnelse', result.begrunnelseFromEngine ? null : h('span', { class: 'muted small' }, ' (foreløpig tekst fra editoren)')),
          h('div', { class: 'begrunnelse' }, result.begrunnelse),
        );
      }
    }
    const nameInput = h('input', { type: 'text', class: 'test-name-input', 'aria-label': 'Navn på testen', placeholder: 'Navn på testen' });
    nameInput.value = testName || suggestName(state());
    nameInput.addEventListener('input', () => (testName = nameInput.value));
    parts.push(
      h(
        'div',
        { class: 'make-test' },
        nameInput,
        h('button', { type: 'button', class: 'primary', onclick: () => void makeTest(nameInput.value) }, 'Lag test av saken'),
      ),
    );
    clear(resultSlot, parts);
  };

  const makeTest = async (name: string) => {
    if (!info?.entry) return;
    const made = await app.client.call('testFromCase', info.entry, JSON.parse(JSON.stringify(state())), name || suggestName(state()), app.active);
    if ('error' in made) {
      app.notice(made.error, 'error');
      return;
    }
    app.appendDeclaration(made.path, made.text);
    testName = '';
    app.notice(`La til testen «${made.name}» i ${made.path}. Husk å lagre.`);
  };

  const fillFromTest = async (path: string, name: string, module: string) => {
    // A test written in another entry (a variant) is computed through that entry.
    if (info && module !== info.entry && info.entries.some((e) => e.module === module)) {
      chosenEntry = module;
      await refresh();
    }
    const t = await app.client.call('testTrace', path, name);
    if (!t.input || typeof t.input !== 'object') {
      app.notice(`Kan ikke hente inndata fra testen «${name}».`, 'warning');
      return;
    }
    states.set(info?.entry ?? '', t.input as Obj);
    testName = `${name} (kopi)`;
    renderForm(true);
    void run();
  };

  /** Tests whose input can start a case: the entry module's own, and those of the open file's test report. */
  const availableTests = async (entryPath: string | undefined): Promise<Array<{ module: string; path: string; name: string }>> => {
    const found: Array<{ module: string; path: string; name: string }> = [];
    if (entryPath) {
      const symbols = await app.client.call('symbols', entryPath);
      const module = symbols.find((s) => s.kind === 'module')?.name ?? entryPath;
      for (const s of symbols.flatMap((x) => [x, ...x.children])) if (s.kind === 'test') found.push({ module, path: entryPath, name: s.name });
    }
    for (const group of app.tests?.groups ?? []) {
      for (const t of group.results) if (!found.some((f) => f.path === t.path && f.name === t.name)) found.push({ module: group.module, path: t.path, name: t.name });
    }
    return found;
  };

  const renderHead = async () => {
    if (!info) return;
    const entries = info.entries;
    const select = entries.length > 1 ? h('select', { 'aria-label': 'Beregn gjennom modul' }, entries.map((e) => h('option', { value: e.module }, e.module))) : null;
    if (select && info.entry) {
      select.value = info.entry;
      select.addEventListener('change', () => {
        chosenEntry = select.value;
        refresh();
      });
    }
    const entryPath = entries.find((e) => e.module === info?.entry)?.path;
    const tests = await availableTests(entryPath);
    const fill =
      tests.length > 0
        ? h(
            'select',
            { 'aria-label': 'Fyll ut fra en test' },
            h('option', { value: '' }, 'Fyll ut fra en test …'),
            [...new Set(tests.map((t) => t.module))].map((module) =>
              h(
                'optgroup',
                { label: module },
                tests.filter((t) => t.module === module).map((t) => h('option', { value: JSON.stringify([t.path, t.name, t.module]) }, t.name)),
              ),
            ),
          )
        : null;
    fill?.addEventListener('change', () => {
      if (fill.value) {
        const [path, name, module] = JSON.parse(fill.value) as [string, string, string];
        void fillFromTest(path, name, module);
      }
      fill.value = '';
    });
    clear(
      headSlot,
      h('div', { class: 'panel-header' }, h('h2', null, 'Prøv en sak'), info.entry ? h('span', { class: 'module-name' }, info.entry) : null),
      h(
        'div',
        { class: 'case-tools' },
        select ? h('label', { class: 'inline' }, 'Beregn gjennom ', select) : null,
        fill,
        h('button', {
          type: 'button',
          class: 'link-button',
          onclick: () => {
            if (info?.schema) states.set(info.entry ?? '', initialInput(info.schema) as Obj);
            testName = '';
            renderForm(true);
            void run();
          },
        }, 'Tøm skjemaet'),
      ),
    );
  };

  const refresh = async () => {
    if (!app.active) {
      clear(container, h('p', { class: 'empty' }, 'Åpne en regelfil for å prøve en sak.'));
      return;
    }
    const previousSchema = JSON.stringify(info?.schema ?? null);
    const previousEntry = info?.entry;
    info = await app.client.call('caseInfo', app.active, chosenEntry);
    if (!container.contains(headSlot)) clear(container, headSlot, h('div', { class: 'case-body' }, formSlot, resultSlot));
    await renderHead();
    if (info.problem || !info.schema) {
      clear(formSlot, h('div', { class: 'callout warning' }, info.problem ?? 'Ingen inndata.'));
      clear(resultSlot);
      return;
    }
    const entry = info.entry ?? '';
    if (!started.has(entry) && !states.has(entry)) {
      // Start from a realistic case: the first test's input, when there is one — a test of
      // this module's own scheme, not one written in another entry (a variant may add values
      // to a choice, `utvid valg`, that this module's input does not accept).
      started.add(entry);
      const otherEntries = new Set(info.entries.map((e) => e.module).filter((m) => m !== entry));
      const tests = await availableTests(info.entries.find((e) => e.module === entry)?.path);
      const first = tests.find((t) => !otherEntries.has(t.module));
      if (first) {
        const t = await app.client.call('testTrace', first.path, first.name);
        if (t.input && typeof t.input === 'object') states.set(entry, t.input as Obj);
      }
    }
    renderForm(previousSchema !== JSON.stringify(info.schema) || previousEntry !== info.entry || formSlot.childElementCount === 0 || formSlot.querySelector('.callout') !== null);
    await run();
  };
  const refreshSoon = debounce(() => void refresh(), 300);

  app.on('active', () => {
    if (isVisible()) void refresh();
  });
  app.on('analysis', () => {
    if (isVisible()) refreshSoon();
  });
  return {
    refresh: () => void refresh(),
  };
}

/** The heading of an error by its code (docs/diagnostics.md). */
const errorHeading: Readonly<Record<string, string>> = {
  LK7005: 'Inndataene er ikke gyldige',
  LK7003: 'Satsene for denne perioden er ikke kjent',
};

function suggestName(state: Obj): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(state)) {
    if (typeof value === 'string' && isIsoMonth(value)) parts.push(value);
    else if (typeof value === 'string' && /^[\p{L}_]+$/u.test(value) && key !== 'overstyringer') parts.push(value.replace(/_/g, ' '));
    else if (Array.isArray(value) && value.length > 0 && key !== 'overstyringer') parts.push(`${value.length} ${key.replace(/_/g, ' ')}`);
  }
  return `Sak: ${parts.slice(0, 4).join(', ') || 'ny sak'}`;
}
