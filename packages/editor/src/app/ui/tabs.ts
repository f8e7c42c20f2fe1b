/**
 * The open files as tabs above the editor: a tab list with one Tab stop, the arrow keys
 * (and Home/End) to move between files, Delete to close a tab.
 */
import type { App } from '../app';
import { clear, h } from '../dom';
import { focusItem, setRovingItem, tabListKeys } from './roving-focus';

export function mountTabs(app: App, container: HTMLElement): void {
  const render = () => {
    const hadFocus = container.contains(document.activeElement);
    clear(
      container,
      app.tabs.map((path) => {
        const doc = app.docs.get(path);
        const active = path === app.active;
        return h(
          'div',
          { class: `tab${active ? ' active' : ''}${doc?.dirty ? ' dirty' : ''}`, role: 'presentation', title: path, 'data-path': path },
          h('button', { class: 'tab-label', type: 'button', role: 'tab', 'aria-selected': String(active), 'aria-controls': 'editor', 'data-path': path, onclick: () => app.open(path) }, path.split('/').pop() ?? path),
          h(
            'button',
            {
              class: 'tab-close',
              type: 'button',
              tabindex: -1,
              title: doc?.dirty ? 'Ulagret – lukk fanen (endringene beholdes). Tastatur: Delete' : 'Lukk fanen (Delete)',
              'aria-label': 'Lukk fanen',
              onclick: (event: Event) => {
                event.stopPropagation();
                app.closeTab(path);
              },
            },
            doc?.dirty ? '●' : '×',
          ),
        );
      }),
    );
    const tabs = [...container.querySelectorAll<HTMLElement>('[role="tab"]')];
    const current = tabs.find((t) => t.dataset['path'] === app.active);
    setRovingItem(tabs, current);
    if (hadFocus && current) focusItem(tabs, current);
  };
  tabListKeys(container, (tab) => {
    const path = tab.dataset['path'];
    if (path) app.open(path);
  });
  container.addEventListener('keydown', (event) => {
    const path = (event.target as HTMLElement).closest<HTMLElement>('[role="tab"]')?.dataset['path'];
    if (event.key !== 'Delete' || !path) return;
    event.preventDefault();
    app.closeTab(path);
  });
  app.on('active', render);
  app.on('dirty', render);
  render();
}
