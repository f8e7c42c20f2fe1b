/**
 * Unsaved work: the working text of each changed file is kept in IndexedDB (with the hash of
 * the version on disk it was based on) and restored after a reload or a crash.
 */

export interface Draft {
  readonly path: string;
  readonly text: string;
  /** Hash of the version on disk the edits started from. */
  readonly baseHash: string | undefined;
  readonly updated: number;
}

const DB_NAME = 'lovkode-editor';
const STORE = 'drafts';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'path' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB er ikke tilgjengelig'));
  });
}

let database: Promise<IDBDatabase> | undefined;
function db(): Promise<IDBDatabase> {
  database ??= open();
  return database;
}

function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return db().then(
    (d) =>
      new Promise<T>((resolve, reject) => {
        const transaction = d.transaction(STORE, mode);
        const request = action(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB-feil'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB-transaksjonen ble avbrutt'));
      }),
  );
}

export async function loadDrafts(): Promise<Map<string, Draft>> {
  try {
    const all = await run<Draft[]>('readonly', (s) => s.getAll() as IDBRequest<Draft[]>);
    return new Map(all.map((d) => [d.path, d]));
  } catch (error) {
    console.warn('Kunne ikke lese utkast', error);
    return new Map();
  }
}

export async function putDraft(draft: Draft): Promise<void> {
  await run('readwrite', (s) => s.put(draft));
}

export async function deleteDraft(path: string): Promise<void> {
  await run('readwrite', (s) => s.delete(path));
}
