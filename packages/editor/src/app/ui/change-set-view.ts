/**
 * The change set in «Endringer»: every file with unsaved edits, as one change — what «Lagre
 * alle» saves. A file shows its diff; the review beside it covers them all together.
 */
import type { App } from '../app';
import { clear, h } from '../dom';

export function renderChangeSet(app: App, slot: HTMLElement, shown: string | undefined, show: (path: string) => void): void {
  const docs = app.changeSet();
  if (docs.length === 0) {
    clear(slot, h('h3', null, 'Endringssett'), h('p', { class: 'muted' }, 'Ingen filer har ulagrede endringer.'));
    return;
  }
  clear(
    slot,
    h('h3', null, `Endringssett: ${docs.length === 1 ? '1 fil' : `${docs.length} filer`}`),
    h('p', { class: 'muted small' }, 'Lagres som én endring: alle filene eller ingen.'),
    h(
      'ul',
      { class: 'change-set-files' },
      docs.map((doc) =>
        h(
          'li',
          { 'data-path': doc.path },
          h('button', { type: 'button', class: 'link-button', 'aria-current': doc.path === shown ? 'true' : undefined, onclick: () => show(doc.path) }, doc.path),
          doc.diskText === undefined ? h('span', { class: 'muted' }, ' (ny fil)') : null,
        ),
      ),
    ),
    h('button', { type: 'button', class: 'primary save-all', onclick: () => void app.saveAll() }, docs.length === 1 ? 'Lagre' : `Lagre alle ${docs.length} filene`),
  );
}
