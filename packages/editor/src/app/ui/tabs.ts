/** The open files as tabs above the editor. */
import type { App } from '../app';
import { clear, h } from '../dom';

export function mountTabs(app: App, container: HTMLElement): void {
  const render = () => {
    clear(
      container,
      app.tabs.map((path) => {
        const doc = app.docs.get(path);
        const active = path === app.active;
        return h(
          'div',
          { class: `tab${active ? ' active' : ''}${doc?.dirty ? ' dirty' : ''}`, role: 'tab', 'aria-selected': String(active), title: path, 'data-path': path },
          h('button', { class: 'tab-label', type: 'button', onclick: () => app.open(path) }, path.split('/').pop() ?? path),
          h(
            'button',
            {
              class: 'tab-close',
              type: 'button',
              title: doc?.dirty ? 'Ulagret – lukk fanen (endringene beholdes)' : 'Lukk',
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
  };
  app.on('active', render);
  app.on('dirty', render);
  render();
}
