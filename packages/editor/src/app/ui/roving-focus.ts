/**
 * Roving focus (WAI-ARIA): in a tab list or a tree, one item is in the Tab order
 * (`tabindex="0"`), the others are reached with the arrow keys, Home and End.
 */

/** Puts `current` (or the first item) in the Tab order and takes the others out. */
export function setRovingItem(items: readonly HTMLElement[], current: HTMLElement | undefined): void {
  const chosen = current ?? items[0];
  for (const item of items) item.tabIndex = item === chosen ? 0 : -1;
}

/** The item the key moves to from `from` in a list, or undefined for another key. */
export function movedTo(key: string, items: readonly HTMLElement[], from: HTMLElement, keys: { readonly previous: string; readonly next: string }): HTMLElement | undefined {
  const index = items.indexOf(from);
  if (index < 0) return undefined;
  if (key === keys.next) return items[Math.min(index + 1, items.length - 1)];
  if (key === keys.previous) return items[Math.max(index - 1, 0)];
  if (key === 'Home') return items[0];
  if (key === 'End') return items[items.length - 1];
  return undefined;
}

/** Moves the Tab stop to `item` and focuses it. */
export function focusItem(items: readonly HTMLElement[], item: HTMLElement): void {
  setRovingItem(items, item);
  item.focus();
}

/**
 * A horizontal tab list of `role="tab"` elements inside `container`: Left/Right, Home and
 * End move between them and select the tab they land on (`select`).
 */
export function tabListKeys(container: HTMLElement, select: (tab: HTMLElement) => void): void {
  container.addEventListener('keydown', (event) => {
    const tabs = [...container.querySelectorAll<HTMLElement>('[role="tab"]')];
    const from = (event.target as HTMLElement).closest<HTMLElement>('[role="tab"]');
    const to = from ? movedTo(event.key, tabs, from, { previous: 'ArrowLeft', next: 'ArrowRight' }) : undefined;
    if (!to) return;
    event.preventDefault();
    focusItem(tabs, to);
    select(to);
  });
}
