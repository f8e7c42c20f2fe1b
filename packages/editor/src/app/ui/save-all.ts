/**
 * «Lagre alle» (Ctrl+Shift+S): the button with the number of changed files, and the warning
 * before a change set whose rules do not check is saved.
 */
import type { FileDiagnosticData } from '../../shared/protocol';
import type { App } from '../app';
import { h } from '../dom';

/** How many of the errors the warning lists. */
const LISTED = 6;

export function mountSaveAll(app: App, button: HTMLButtonElement): void {
  const render = () => {
    const count = app.changeSet().length;
    button.textContent = count > 1 ? `Lagre alle (${count})` : 'Lagre alle';
    button.disabled = count === 0;
  };
  button.addEventListener('click', () => void app.saveAll());
  app.on('dirty', render);
  app.on('files', render);
  render();
  app.confirmUnchecked = confirmUnchecked;
}

/** Asks whether to save rules with errors; resolves true for «Lagre likevel». */
function confirmUnchecked(errors: readonly FileDiagnosticData[]): Promise<boolean> {
  return new Promise((resolve) => {
    document.querySelector('dialog.unchecked')?.remove();
    const dialog = h('dialog', { class: 'unchecked', 'aria-labelledby': 'unchecked-title' });
    const answer = (save: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(save);
    };
    dialog.addEventListener('cancel', () => answer(false));
    const cancel = h('button', { type: 'button', class: 'primary', onclick: () => answer(false) }, 'Avbryt');
    dialog.append(
      h('h2', { id: 'unchecked-title' }, errors.length === 1 ? 'Reglene har 1 feil' : `Reglene har ${errors.length} feil`),
      h('p', null, 'Lagrer du nå, blir reglene på disken stående med feil: testene kan ikke kjøres, og «lovkode sjekk» feiler.'),
      h(
        'ul',
        { class: 'unchecked-errors' },
        errors.slice(0, LISTED).map((d) => h('li', null, h('code', null, d.code), ` ${d.path}:${d.line}: ${d.message}`)),
        errors.length > LISTED ? h('li', { class: 'muted' }, `… og ${errors.length - LISTED} til (se Problemer)`) : null,
      ),
      h('div', { class: 'dialog-actions' }, h('button', { type: 'button', class: 'danger', onclick: () => answer(true) }, 'Lagre likevel'), cancel),
    );
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
