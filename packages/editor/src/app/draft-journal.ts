/**
 * The unload journal: when a tab is hidden, reloaded or closed, the drafts it has not yet
 * written to IndexedDB are written to localStorage, synchronously, because an IndexedDB
 * write started while the page goes away may never finish. The next start merges the
 * journals into IndexedDB (`DraftStore.all`) and removes them.
 */

export interface JournalEntry {
  readonly tab: string;
  readonly path: string;
  /** The working text; null when the file has no unsaved edits any more. */
  readonly text: string | null;
  readonly baseHash: string | undefined;
  readonly updated: number;
}

const PREFIX = 'lovkode-utkast-journal:';

/** Replaces this tab's journal with `entries` (none: removes it). False when the browser refused. */
export function writeJournal(tab: string, entries: readonly JournalEntry[]): boolean {
  try {
    if (entries.length === 0) localStorage.removeItem(PREFIX + tab);
    else localStorage.setItem(PREFIX + tab, JSON.stringify(entries));
    return true;
  } catch (error) {
    console.warn('Kunne ikke skrive utkastjournalen', error);
    return false;
  }
}

/** The entries of every tab's journal, and a way to remove exactly those journals. */
export function readJournals(): { readonly entries: JournalEntry[]; clear(): void } {
  const entries: JournalEntry[] = [];
  const read = new Map<string, string>();
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const raw = localStorage.getItem(key);
      if (raw === null) continue;
      read.set(key, raw);
      entries.push(...parseJournal(key.slice(PREFIX.length), raw));
    }
  } catch (error) {
    console.warn('Kunne ikke lese utkastjournalene', error);
  }
  return {
    entries,
    clear() {
      // A journal rewritten since it was read (its tab is still open) stays.
      for (const [key, raw] of read) if (localStorage.getItem(key) === raw) localStorage.removeItem(key);
    },
  };
}

function parseJournal(tab: string, raw: string): JournalEntry[] {
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isEntry).map((e) => ({ ...e, tab }));
  } catch {
    return [];
  }
}

function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return typeof e['path'] === 'string' && (typeof e['text'] === 'string' || e['text'] === null) && typeof e['updated'] === 'number';
}
