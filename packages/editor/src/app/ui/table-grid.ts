/**
 * A rate table as a grid, in place of the text (issue 16 item 3): a sticky header and date
 * column, each cell an input that writes back to the text when it changes (the worker edits
 * the cell and formats the table again; one undoable edit), and «Ny periode …», which asks
 * for the first day and the source and copies the latest period's rows. The rate timeline
 * stays beside it in «Satstabeller». The text is the source of truth: the grid is read from
 * it again after every edit.
 */
import type { EditData, TableGridView, VersionedEdit } from '../../shared/protocol';
import type { App, Doc } from '../app';
import { caretOf, clear, debounce, focusWithCaret, h } from '../dom';
import { monaco } from '../monaco';

/** The widest the sources column is shown, in characters. */
const SOURCE_CHARS = 24;

export interface TableGrid {
  open(path: string, table: string): void;
  close(): void;
}

/** `barn_6_10` → «barn 6–10 år» when the rules label the member (the name as written is its title), else «barn 6 10». */
function columnLabel(grid: TableGridView, name: string): string {
  return grid.labels[name] ?? name.replace(/_/g, ' ');
}

/** How often an edit from the grid is computed again when the text changed while it was computed. */
const attempts = 3;

export function mountTableGrid(app: App, host: HTMLElement, editorHost: HTMLElement): TableGrid {
  let shown: { path: string; table: string } | undefined;

  const apply = (doc: Doc, edit: EditData) => {
    const r = edit.range;
    const range = new monaco.Range(r.line, r.column, r.endLine, r.endColumn);
    if (doc.model.getValueInRange(range) === edit.newText) return;
    doc.model.pushStackElement();
    doc.model.pushEditOperations([], [{ range, text: edit.newText }], () => null);
    doc.model.pushStackElement();
  };

  /**
   * Computes an edit in the worker and applies it only to the version of the text it was
   * computed from. When the text changed while the edit was on its way (typed elsewhere,
   * another cell written), it is computed again from the newer text, which the worker has by
   * then (every change is sent to it before the next request); after `attempts` tries it is
   * dropped with a notice rather than written over newer text.
   */
  const write = async (compute: () => Promise<VersionedEdit>): Promise<void> => {
    for (let attempt = 0; attempt < attempts; attempt++) {
      const result = await compute();
      if ('error' in result) {
        app.notice(result.error, 'warning');
        void render();
        return;
      }
      const doc = app.docs.get(result.edit.path);
      if (!doc) return;
      if (app.textsAt({ [result.edit.path]: result.version })) {
        apply(doc, result.edit);
        return;
      }
    }
    app.notice('Endringen i rutenettet ble ikke skrevet fordi teksten endret seg mens den ble beregnet. Skriv den inn på nytt.', 'warning');
    void render();
  };

  // The cell edits on their way: the same value for the same cell is written once, whichever
  // events ask for it (Enter, and the change that follows as the cell loses focus).
  const onTheWay = new Set<string>();
  // True while a render replaces the cells.
  let replacing = false;
  const commit = async (grid: TableGridView, row: number, column: number, value: string) => {
    const path = shown?.path;
    if (!path) return;
    const key = JSON.stringify([path, grid.name, row, column, value]);
    if (onTheWay.has(key)) return;
    onTheWay.add(key);
    try {
      await write(() => app.client.call('editTableCell', path, grid.name, row, column, value));
    } finally {
      onTheWay.delete(key);
    }
  };

  const cellInput = (grid: TableGridView, row: number, column: number, text: string, header: string) => {
    const rowLabel = row === 0 ? 'overskrift' : grid.rows[row - 1]?.cells[0] ?? '';
    const input = h('input', { type: 'text', class: 'grid-cell', value: text, title: header === 'kilde' ? text : undefined, 'aria-label': `${header}, ${rowLabel}`, 'data-row': row, 'data-column': column });
    // Written once per value: Enter also fires `change`.
    let written = text;
    const write = () => {
      if (input.value === written) return false;
      written = input.value;
      // Written: no longer typing. A render while the edit is on its way must not carry it over
      // as typed text, or it would be written again after an undo.
      input.dataset['written'] = written;
      void commit(grid, row, column, input.value);
      return true;
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        input.value = text;
        input.blur();
      } else if (event.key === 'Enter' || event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        // Enter and the arrow keys write the cell and move down (or up) a row.
        event.preventDefault();
        write();
        focusCell(row + (event.key === 'ArrowUp' ? -1 : 1), column);
      }
    });
    // Not from a cell a render replaces (its typed text is carried over to the new cell):
    // Chromium fires `change` on a focused input as it removes it, still connected.
    input.addEventListener('change', () => !replacing && input.isConnected && write());
    return input;
  };

  const focusCell = (row: number, column: number) => host.querySelector<HTMLInputElement>(`.grid-cell[data-row="${row}"][data-column="${column}"]`)?.focus();

  const newPeriod = (grid: TableGridView) => {
    const from = h('input', { type: 'date', required: true, 'aria-label': 'Fra og med' });
    const source = h('input', { type: 'text', required: true, list: 'grid-sources', 'aria-label': 'Kilde', placeholder: 'kilde' });
    const error = h('p', { class: 'grid-error', role: 'alert' });
    source.addEventListener('input', () => (error.textContent = ''));
    const dialog = h(
      'dialog',
      { class: 'grid-period', 'aria-label': 'Ny periode' },
      h(
        'form',
        { method: 'dialog' },
        h('h3', null, `Ny periode i ${grid.name}`),
        h('p', { class: 'muted' }, 'Satsene fra siste periode kopieres; endre dem i rutenettet etterpå. Hver periode må vise til kilden den bygger på.'),
        h('label', null, 'Fra og med ', from),
        h('label', null, 'Kilde ', source),
        h('datalist', { id: 'grid-sources' }, grid.sources.map((s) => h('option', { value: s }))),
        error,
        h('div', { class: 'dialog-actions' }, h('button', { type: 'submit', value: 'ok', class: 'primary' }, 'Legg til perioden'), h('button', { type: 'submit', value: 'avbryt', formnovalidate: true }, 'Avbryt')),
      ),
    );
    dialog.addEventListener('close', async () => {
      dialog.remove();
      if (dialog.returnValue !== 'ok' || !shown) return;
      const path = shown.path;
      await write(() => app.client.call('addTablePeriod', path, grid.name, from.value, source.value.trim()));
    });
    dialog.addEventListener('submit', (event) => {
      const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
      if (submitter?.value !== 'ok') return;
      if (!grid.sources.includes(source.value.trim())) {
        event.preventDefault();
        error.textContent = `«${source.value.trim()}» er ikke en kilde reglene kjenner. Velg en fra listen, eller skriv kilden i regelfilen først.`;
      }
    });
    document.body.append(dialog);
    dialog.showModal();
  };

  const gridTable = (grid: TableGridView) => {
    // Every input of a column as wide as the column's longest value (an `ukjent` cell spans the rest);
    // the sources column at most SOURCE_CHARS wide, so that a row citing a ledd and punktum does not
    // push the rates out of view (its input scrolls, and its title shows the whole text).
    const widths = grid.header.map((name, c) => {
      const longest = 1 + Math.max(4, ...grid.rows.filter((r) => !r.unknown || c === 0).map((r) => r.cells[c]?.length ?? 0));
      return name === 'kilde' ? Math.min(longest, SOURCE_CHARS) : longest;
    });
    return h(
      'table',
      { class: 'rate-grid' },
      h('thead', null, h('tr', null, grid.header.map((name, c) => h('th', { scope: 'col', title: name, 'data-column': name, class: c === 0 ? 'sticky-column' : undefined }, columnLabel(grid, name))))),
      h(
        'tbody',
        null,
        grid.rows.map((row, r) =>
          h(
            'tr',
            { class: row.unknown ? 'unknown' : undefined, 'data-line': row.line },
            row.cells.map((text, c) =>
              h(
                c === 0 ? 'th' : 'td',
                {
                  ...(c === 0 ? { scope: 'row', class: 'sticky-column' } : {}),
                  ...(row.unknown && c === row.cells.length - 1 && row.cells.length < grid.header.length ? { colspan: grid.header.length - c } : {}),
                  style: `--chars:${row.unknown && c > 0 ? 8 : widths[c] ?? 4}`,
                },
                cellInput(grid, r + 1, c, text, grid.header[c] ?? ''),
              ),
            ),
          ),
        ),
      ),
    );
  };

  const render = async () => {
    if (!shown) return;
    const { path, table } = shown;
    const grids = await app.client.call('tableGrids', path);
    if (!shown || shown.path !== path) return;
    const grid = grids.find((g) => g.name === table);
    const input = document.activeElement instanceof HTMLInputElement && host.contains(document.activeElement) ? document.activeElement : undefined;
    // The cell being typed in keeps what was typed, and its caret or selection (`Caret`).
    const active = input && {
      row: Number(input.dataset['row']),
      column: Number(input.dataset['column']),
      typed: input.value !== (input.dataset['written'] ?? input.defaultValue) ? input.value : undefined,
      caret: caretOf(input),
    };
    const scroller = host.querySelector('.grid-scroll');
    const scroll = scroller ? { top: scroller.scrollTop, left: scroller.scrollLeft } : undefined;
    const title = h(
      'div',
      { class: 'grid-title' },
      h('strong', null, `Satstabell ${table}`),
      h('span', { class: 'muted' }, ` ${path}: hver celle skrives tilbake i teksten`),
      h('span', { class: 'grid-actions' }, grid ? h('button', { type: 'button', class: 'grid-new-period', onclick: () => newPeriod(grid) }, 'Ny periode …') : null, h('button', { type: 'button', class: 'grid-close', onclick: () => close() }, 'Tilbake til teksten')),
    );
    const body = grid ? h('div', { class: 'grid-scroll' }, gridTable(grid)) : h('p', { class: 'empty' }, `Tabellen ${table} finnes ikke lenger i filen.`);
    replacing = true;
    try {
      clear(host, title, body);
    } finally {
      replacing = false;
    }
    const nextScroller = host.querySelector('.grid-scroll');
    if (nextScroller && scroll) Object.assign(nextScroller, { scrollTop: scroll.top, scrollLeft: scroll.left });
    const into = active && host.querySelector<HTMLInputElement>(`.grid-cell[data-row="${active.row}"][data-column="${active.column}"]`);
    if (!active || !into) return;
    if (active.typed !== undefined) into.value = active.typed;
    focusWithCaret(into, active.caret);
  };
  const renderSoon = debounce(() => void render(), 60);

  const close = () => {
    if (!shown) return;
    shown = undefined;
    host.hidden = true;
    editorHost.hidden = false;
    clear(host);
    app.editor.focus();
  };

  app.on('analysis', () => {
    if (shown) renderSoon();
  });
  app.on('active', (path) => {
    if (shown && path !== shown.path) close();
  });

  return {
    open(path, table) {
      if (app.active !== path) app.open(path);
      shown = { path, table };
      host.hidden = false;
      editorHost.hidden = true;
      void render().then(() => host.querySelector<HTMLInputElement>('.grid-cell[data-row="1"]')?.focus());
    },
    close,
  };
}
