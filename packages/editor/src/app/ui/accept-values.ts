/**
 * «Godta nye verdier»: after a deliberate change (a new rate), the failing tests' expected
 * values can be replaced by the values the rules give now. Each is shown old → new first;
 * the chosen ones are written into their `forvent` lines as one undoable step per file.
 */
import type { AcceptedValue, FailureView, TestView, Versions } from '../../shared/protocol';
import type { App, Doc } from '../app';
import { h } from '../dom';
import { monaco } from '../monaco';

type Acceptable = FailureView & { readonly accept: AcceptedValue };

/** The failing tests with at least one value that can be accepted. */
export function acceptableTests(tests: readonly TestView[]): TestView[] {
  return tests.filter((t) => !t.passed && t.failures.some((f) => f.accept));
}

/** `versions`: the versions of the files' texts the tests ran on (their report's). */
export function openAcceptDialog(app: App, tests: readonly TestView[], versions: Versions): void {
  document.querySelector('dialog.accept-values')?.remove();
  const dialog = h('dialog', { class: 'accept-values', 'aria-labelledby': 'accept-title' });
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  const boxes = tests.map((test) => ({ test, box: h('input', { type: 'checkbox', checked: true, 'data-test': test.name }) }));
  const confirm = h('button', { type: 'button', class: 'primary' });
  const all = h('button', { type: 'button', class: 'link-button' });
  const count = () => {
    const chosen = boxes.filter((b) => b.box.checked).length;
    confirm.textContent = chosen === 1 ? 'Godta 1 test' : `Godta ${chosen} tester`;
    confirm.disabled = chosen === 0;
    all.textContent = chosen === boxes.length ? 'Velg ingen' : 'Velg alle';
  };
  all.addEventListener('click', () => {
    const check = boxes.some((b) => !b.box.checked);
    for (const { box } of boxes) box.checked = check;
    count();
  });
  confirm.addEventListener('click', () => {
    const choices = boxes
      .filter((b) => b.box.checked)
      .flatMap(({ test }) => test.failures.filter((f): f is Acceptable => f.accept !== undefined).map((f) => ({ path: test.path, accept: f.accept })));
    close();
    if (!acceptValues(app, choices, versions)) {
      app.notice('Testene er endret siden de ble kjørt. Vent til de er kjørt på nytt, og prøv igjen.', 'warning');
      return;
    }
    const files = new Set(choices.map((c) => c.path));
    app.notice(`${choices.length === 1 ? '1 forventet verdi er' : `${choices.length} forventede verdier er`} endret${files.size > 1 ? ` i ${files.size} filer` : ''}. Ctrl+Z angrer.`);
  });
  dialog.append(
    h('h2', { id: 'accept-title' }, 'Godta nye verdier'),
    h('p', null, 'Disse testene forventer verdiene fra før endringen. De valgte testene får de nye verdiene i «forvent»-linjene sine, som ett steg som Ctrl+Z angrer.'),
    h('div', { class: 'accept-choose' }, all),
    h(
      'ul',
      { class: 'accept-list' },
      boxes.map(({ test, box }, index) => {
        box.id = `godta-${index}`;
        box.addEventListener('change', count);
        return h(
          'li',
          { 'data-test': test.name },
          box,
          h('label', { class: 'accept-test', for: box.id }, test.name),
          h(
            'ul',
            { class: 'accept-values-list' },
            test.failures.map((f) =>
              h(
                'li',
                { class: f.accept ? 'accept-value' : 'accept-value muted' },
                f.output ? h('strong', null, `${f.output}: `) : null,
                h('span', { class: 'expected' }, f.expected),
                ' → ',
                h('span', { class: 'actual' }, f.actual),
                f.accept ? null : ' (kan ikke godtas her)',
              ),
            ),
          ),
        );
      }),
    ),
    h('div', { class: 'dialog-actions' }, h('button', { type: 'button', onclick: close }, 'Avbryt'), confirm),
  );
  dialog.addEventListener('cancel', close);
  count();
  document.body.append(dialog);
  dialog.showModal();
  confirm.focus();
}

/**
 * Each chosen `forvent` value replaced by the literal of the actual value, as one undoable
 * edit per file (Ctrl+Z in the file undoes it). Nothing is changed when a file is no longer
 * the text the tests ran on (edited since: the values may be another's, the ranges elsewhere):
 * returns false.
 */
function acceptValues(app: App, choices: ReadonlyArray<{ readonly path: string; readonly accept: AcceptedValue }>, versions: Versions): boolean {
  if (!app.textsAt(versions)) return false;
  const byFile = new Map<Doc, AcceptedValue[]>();
  for (const { path, accept } of choices) {
    const doc = app.docs.get(path);
    if (!doc) return false;
    byFile.set(doc, [...(byFile.get(doc) ?? []), accept]);
  }
  const range = (r: AcceptedValue['range']) => new monaco.Range(r.line, r.column, r.endLine, r.endColumn);
  for (const [doc, accepts] of byFile) {
    doc.model.pushStackElement();
    doc.model.pushEditOperations([], accepts.map((a) => ({ range: range(a.range), text: a.text })), () => null);
    doc.model.pushStackElement();
  }
  return true;
}
