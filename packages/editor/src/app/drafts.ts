/**
 * Unsaved work: the working text of each changed file, per browser tab, kept in IndexedDB
 * (with the hash of the version on disk it was based on) and restored after a reload or a
 * crash. Each tab has its own drafts (`tab-identity.ts`), so two tabs editing the same file
 * never overwrite each other's work; what a tab had not yet written when it was closed or
 * reloaded is in its unload journal (`draft-journal.ts`), merged in here.
 */
import { readJournals, type JournalEntry } from './draft-journal';

export interface Draft {
  /** The tab whose working copy this is. */
  readonly tab: string;
  readonly path: string;
  readonly text: string;
  /** Hash of the version on disk the edits started from; undefined for a file not on disk. */
  readonly baseHash: string | undefined;
  readonly updated: number;
}

const DB_NAME = 'lovkode-editor';
const DB_VERSION = 2;
const STORE = 'tab-drafts';
/** Version 1 kept one draft per file, for all tabs together. */
const OLD_STORE = 'drafts';
/** The tab of the drafts from version 1: no tab has this id, so they count as a closed tab's. */
export const FORMER_TAB = '';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => upgrade(request);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB er ikke tilgjengelig'));
  });
}

/** Creates the per-tab store and moves the drafts of version 1 into it. */
function upgrade(request: IDBOpenDBRequest): void {
  const db = request.result;
  const store = db.objectStoreNames.contains(STORE) ? request.transaction?.objectStore(STORE) : db.createObjectStore(STORE, { keyPath: ['tab', 'path'] });
  if (!db.objectStoreNames.contains(OLD_STORE) || !store || !request.transaction) return;
  const old = request.transaction.objectStore(OLD_STORE);
  const all = old.getAll() as IDBRequest<Array<Omit<Draft, 'tab'>>>;
  all.onsuccess = () => {
    for (const draft of all.result) store.put({ ...draft, tab: FORMER_TAB });
    db.deleteObjectStore(OLD_STORE);
  };
}

/** The drafts of all tabs. One per page; it owns the database connection. */
export class DraftStore {
  private database: Promise<IDBDatabase> | undefined;

  constructor(readonly tab: string) {}

  private db(): Promise<IDBDatabase> {
    this.database ??= open();
    return this.database;
  }

  private async run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
    const d = await this.db();
    return new Promise<T | undefined>((resolve, reject) => {
      const transaction = d.transaction(STORE, mode);
      const request = action(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request ? request.result : undefined);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB-feil'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB-transaksjonen ble avbrutt'));
    });
  }

  /** Every tab's drafts, with what the unload journals hold that had not reached the database. */
  async all(): Promise<Draft[]> {
    const stored = (await this.run<Draft[]>('readonly', (s) => s.getAll() as IDBRequest<Draft[]>)) ?? [];
    const journals = readJournals();
    if (journals.entries.length === 0) return stored;
    const merged = mergeJournal(stored, journals.entries);
    await this.run('readwrite', (s) => {
      for (const entry of journals.entries) {
        const draft = merged.find((d) => d.tab === entry.tab && d.path === entry.path);
        if (draft) s.put(draft);
        else s.delete([entry.tab, entry.path]);
      }
    });
    journals.clear();
    return merged;
  }

  async put(draft: Draft): Promise<void> {
    await this.run('readwrite', (s) => s.put(draft));
  }

  async delete(tab: string, path: string): Promise<void> {
    await this.run('readwrite', (s) => s.delete([tab, path]));
  }
}

/** The stored drafts with the journal entries that are newer (an entry without text: the file had no unsaved edits). */
export function mergeJournal(stored: readonly Draft[], entries: readonly JournalEntry[]): Draft[] {
  const byKey = new Map(stored.map((d) => [`${d.tab}\u0000${d.path}`, d]));
  for (const entry of entries) {
    const key = `${entry.tab}\u0000${entry.path}`;
    const current = byKey.get(key);
    if (current && current.updated > entry.updated) continue;
    if (entry.text === null) byKey.delete(key);
    else byKey.set(key, { tab: entry.tab, path: entry.path, text: entry.text, baseHash: entry.baseHash, updated: entry.updated });
  }
  return [...byKey.values()];
}
