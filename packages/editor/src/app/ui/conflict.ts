/** The save-conflict dialog: the file changed on disk since it was loaded; nothing is overwritten silently. */
import type { App } from '../app';
import { h } from '../dom';
import type { DiffView } from './diff-view';

export function mountConflictDialog(app: App, diff: DiffView): void {
  app.on('conflict', ({ path, text, hash }) => {
    document.querySelector('dialog.conflict')?.remove();
    const dialog = h('dialog', { class: 'conflict', 'aria-labelledby': 'conflict-title' });
    const close = () => {
      dialog.close();
      dialog.remove();
    };
    dialog.append(
      h('h2', { id: 'conflict-title' }, 'Lagringskonflikt'),
      h(
        'p',
        null,
        text === undefined
          ? `${path} er slettet eller flyttet på disken siden du åpnet den.`
          : `${path} er endret på disken siden du åpnet den (av et annet program eller en annen person).`,
      ),
      h('p', null, h('strong', null, 'Endringene dine er ikke lagret'), ', og ingenting er overskrevet. De er fortsatt her i editoren.'),
      h(
        'div',
        { class: 'dialog-actions' },
        text !== undefined
          ? h('button', { type: 'button', onclick: () => { close(); diff.show(path, { text, label: 'På disken nå' }); } }, 'Vis forskjellen')
          : null,
        h('button', { type: 'button', class: 'danger', onclick: () => { close(); void app.overwrite(path, hash); } }, 'Overskriv med mine endringer'),
        text !== undefined ? h('button', { type: 'button', onclick: () => { close(); void app.reloadFromDisk(path); } }, 'Forkast mine og last inn fra disk') : null,
        h('button', { type: 'button', class: 'primary', onclick: close }, 'Avbryt'),
      ),
    );
    document.body.append(dialog);
    dialog.showModal();
    app.notice(`Lagringskonflikt: ${path} er endret på disken. Endringene dine er ikke lagret.`, 'error', undefined, path);
  });
}
