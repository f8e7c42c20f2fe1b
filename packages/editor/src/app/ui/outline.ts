/** «Innhold»: the declarations of the open file (the dsl's document symbols), to jump to. */
import type { SymbolData } from '../../shared/protocol';
import type { App } from '../app';
import { clear, debounce, h } from '../dom';

const kindLabels: Record<string, string> = {
  source: 'kilde',
  assumption: 'antakelse',
  enum: 'valg',
  record: 'type',
  input: 'inndata',
  output: 'utdata',
  table: 'tabell',
  rule: 'regel',
  exception: 'unntak',
  discretion: 'skjønn',
  test: 'test',
  broken: 'feil',
};

export function mountOutline(app: App, container: HTMLElement): void {
  let token = 0;
  const render = async () => {
    const path = app.active;
    const mine = ++token;
    if (!path) {
      clear(container);
      return;
    }
    const symbols = await app.client.call('symbols', path);
    if (mine !== token) return;
    const top = symbols.length === 1 && symbols[0]?.kind === 'module' ? symbols[0].children : symbols;
    // Sources and enumeration members make the list long; show the parts a reader navigates by.
    const shown = top.filter((s) => s.kind !== 'source' && s.kind !== 'enum-member');
    const item = (s: SymbolData) =>
      h(
        'li',
        null,
        h(
          'button',
          { type: 'button', class: `outline-row kind-${s.kind}`, title: s.detail, onclick: () => app.reveal({ path, line: s.selectionRange.line, column: s.selectionRange.column }) },
          h('span', { class: 'outline-kind' }, kindLabels[s.kind] ?? s.kind),
          h('span', { class: 'outline-name' }, s.name),
        ),
      );
    clear(container, shown.length === 0 ? h('p', { class: 'empty' }, 'Ingen deklarasjoner.') : h('ul', null, shown.map(item)));
  };
  const soon = debounce(() => void render(), 400);
  app.on('active', () => void render());
  app.on('analysis', soon);
}
