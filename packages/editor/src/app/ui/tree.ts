/**
 * The file tree of the rule set (folders as in rules/), with unsaved and error marks, and the
 * files that cannot be read. A tree in the WAI-ARIA sense: one Tab stop; Up/Down, Home/End
 * move between the rows, Right opens a folder (or goes into it), Left closes it (or goes
 * to the folder above), Enter opens a file.
 */
import { problemText, type App } from '../app';
import type { RuleFileProblem } from '../files-api';
import { clear, h } from '../dom';
import { focusItem, movedTo, setRovingItem } from './roving-focus';

interface Folder {
  readonly name: string;
  readonly folders: Map<string, Folder>;
  readonly files: string[];
}

function build(paths: readonly string[]): Folder {
  const root: Folder = { name: '', folders: new Map(), files: [] };
  for (const path of [...paths].sort()) {
    const parts = path.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      let next = folder.folders.get(part);
      if (!next) folder.folders.set(part, (next = { name: part, folders: new Map(), files: [] }));
      folder = next;
    }
    folder.files.push(path);
  }
  return root;
}

/** «+ Ny fil»: a small inline form above the tree. */
export function mountNewFile(app: App, button: HTMLButtonElement, slot: HTMLElement): void {
  button.addEventListener('click', () => {
    if (slot.childElementCount > 0) {
      clear(slot);
      return;
    }
    const input = h('input', { type: 'text', placeholder: 'mappe/navn.lov', 'aria-label': 'Sti til den nye filen' });
    const error = h('p', { class: 'field-error' });
    const create = () => {
      const problem = app.createFile(input.value);
      if (problem) error.textContent = problem;
      else clear(slot);
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') create();
      if (event.key === 'Escape') clear(slot);
    });
    clear(slot, h('div', { class: 'new-file' }, input, h('button', { type: 'button', onclick: create }, 'Opprett')), error);
    input.focus();
  });
}

export function mountTree(app: App, container: HTMLElement): void {
  const collapsed = new Set<string>();
  const render = () => {
    const root = build([...new Set([...app.docs.keys(), ...app.unreadable.keys()])]);
    if (app.docs.size === 0 && app.unreadable.size === 0) {
      clear(container, h('p', { class: 'empty' }, `Ingen regelfiler i ${app.rulesRoot}/ ennå. Regelfiler slutter på .lov.`));
      return;
    }
    const list = (folder: Folder, prefix: string): HTMLElement => {
      const ul = h('ul', { role: 'group' });
      for (const sub of [...folder.folders.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'))) {
        const key = `${prefix}${sub.name}/`;
        const open = !collapsed.has(key);
        const li = h(
          'li',
          { class: `folder${open ? ' open' : ''}`, role: 'treeitem', 'aria-expanded': String(open), 'aria-label': sub.name, 'data-key': key },
          h('button', {
            class: 'tree-row folder-row',
            type: 'button',
            tabindex: -1,
            onclick: () => {
              if (collapsed.has(key)) collapsed.delete(key);
              else collapsed.add(key);
              render();
            },
          }, h('span', { class: 'chevron', 'aria-hidden': 'true' }, open ? '▾' : '▸'), sub.name),
          open ? list(sub, key) : null,
        );
        ul.append(li);
      }
      for (const path of folder.files) {
        const problem = app.unreadable.get(path);
        const doc = app.docs.get(path);
        if (problem && !doc) {
          ul.append(unreadableRow(app, path, problem));
          continue;
        }
        const diagnostics = app.diagnosticsOf(path);
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
        const name = path.split('/').pop() ?? path;
        ul.append(
          h(
            'li',
            { role: 'treeitem', class: path === app.active ? 'active' : '', 'aria-selected': String(path === app.active), 'aria-label': [name, doc?.dirty ? 'ulagrede endringer' : '', errors > 0 ? `${errors} feil` : warnings > 0 ? `${warnings} advarsler` : ''].filter(Boolean).join(', '), 'data-key': path },
            h(
              'button',
              { class: 'tree-row file-row', type: 'button', tabindex: -1, title: path, 'data-path': path, onclick: () => app.open(path) },
              h('span', { class: 'file-name' }, name),
              doc?.dirty ? h('span', { class: 'dirty-dot', title: 'Ulagrede endringer' }, '●') : null,
              problem ? h('span', { class: 'count error', title: `Filen på disken kan ikke leses: ${problemText(problem)}` }, problem.code ?? '!') : null,
              errors > 0 ? h('span', { class: 'count error', title: `${errors} feil` }, String(errors)) : warnings > 0 ? h('span', { class: 'count warning', title: `${warnings} advarsler` }, String(warnings)) : null,
            ),
          ),
        );
      }
      return ul;
    };
    const hadFocus = container.contains(document.activeElement);
    clear(container, list(root, ''));
    const items = treeItems(container);
    const current = items.find((i) => i.dataset['key'] === focused) ?? items.find((i) => i.dataset['key'] === app.active);
    setRovingItem(items, current);
    if (hadFocus && current) current.focus();
  };
  /** The row that has (or last had) the focus, by its key (a file's path, a folder's path with `/`). */
  let focused: string | undefined;
  container.addEventListener('focusin', (event) => {
    focused = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')?.dataset['key'] ?? focused;
  });
  container.addEventListener('keydown', (event) => treeKey(event, container));
  app.on('files', render);
  app.on('active', render);
  app.on('dirty', render);
  // After an edit, only when a file's error or warning count changed.
  let counts = '';
  app.on('analysis', (analysis) => {
    const now = JSON.stringify(Object.entries(analysis.diagnostics).map(([p, list]) => [p, list.filter((d) => d.severity === 'error').length, list.filter((d) => d.severity === 'warning').length]));
    if (now === counts) return;
    counts = now;
    render();
  });
  render();
}

/** The rows shown, in order (the children of a closed folder are not drawn). */
function treeItems(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[role="treeitem"]')];
}

function treeKey(event: KeyboardEvent, container: HTMLElement): void {
  const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
  if (!item) return;
  const items = treeItems(container);
  const row = item.querySelector<HTMLButtonElement>(':scope > button');
  const expanded = item.getAttribute('aria-expanded');
  let to = movedTo(event.key, items, item, { previous: 'ArrowUp', next: 'ArrowDown' });
  if (event.key === 'ArrowRight' && expanded === 'true') to = item.querySelector<HTMLElement>('[role="treeitem"]') ?? undefined;
  if (event.key === 'ArrowLeft' && expanded !== 'true') to = item.parentElement?.closest<HTMLElement>('[role="treeitem"]') ?? undefined;
  const toggles = (event.key === 'ArrowRight' && expanded === 'false') || (event.key === 'ArrowLeft' && expanded === 'true');
  const activates = (event.key === 'Enter' || event.key === ' ') && event.target === item;
  if (!to && !toggles && !activates) return;
  event.preventDefault();
  if (to) focusItem(items, to);
  else row?.click(); // a folder opens or closes, a file opens (the tree is drawn again, with the focus kept)
}

/** A file on disk that cannot be read: shown, marked, and a click says why; it cannot be opened. */
function unreadableRow(app: App, path: string, problem: RuleFileProblem): HTMLElement {
  const why = problemText(problem);
  const name = path.split('/').pop() ?? path;
  return h(
    'li',
    { role: 'treeitem', 'aria-label': `${name} (kan ikke leses)`, 'data-key': path },
    h(
      'button',
      { class: 'tree-row file-row unreadable', type: 'button', tabindex: -1, title: `Kan ikke leses: ${why}`, 'data-path': path, onclick: () => app.showUnreadable(path) },
      h('span', { class: 'file-name' }, name),
      h('span', { class: 'count error', title: why }, problem.code ?? '!'),
    ),
  );
}
