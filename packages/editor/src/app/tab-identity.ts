/**
 * Which browser tab this is. The id lives in sessionStorage, so it survives a reload of the
 * tab and no other tab has it; the tab holds a Web Lock named after it for as long as the
 * page lives, so the other tabs can tell a closed tab's drafts from an open one's. A
 * duplicated tab inherits the id with sessionStorage, finds the lock taken, and takes a new id.
 */

const KEY = 'lovkode-fane';
const LOCK_PREFIX = 'lovkode-fane:';
/** How long to wait for the lock of this tab's id, which the page before a reload may still hold. */
const RELOAD_WAIT_MS = 1500;

export async function claimTabId(): Promise<string> {
  const stored = readStored();
  if (stored && (await holdLock(stored, RELOAD_WAIT_MS))) return remember(stored);
  const fresh = newTabId();
  await holdLock(fresh, 0);
  return remember(fresh);
}

/** The ids of the tabs open now, or undefined when the browser cannot tell. */
export async function openTabs(): Promise<ReadonlySet<string> | undefined> {
  if (!navigator.locks) return undefined;
  try {
    const state = await navigator.locks.query();
    return new Set((state.held ?? []).map((lock) => lock.name ?? '').filter((name) => name.startsWith(LOCK_PREFIX)).map((name) => name.slice(LOCK_PREFIX.length)));
  } catch {
    return undefined;
  }
}

/** Takes the lock of `id` and keeps it until the page goes away; false if another tab holds it for longer than `waitMs`. */
function holdLock(id: string, waitMs: number): Promise<boolean> {
  if (!navigator.locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    const options: LockOptions = waitMs > 0 ? { signal: AbortSignal.timeout(waitMs) } : { ifAvailable: true };
    navigator.locks
      .request(LOCK_PREFIX + id, options, (lock) => {
        resolve(lock !== null);
        // Held for the life of the page.
        return lock === null ? undefined : new Promise<never>(() => undefined);
      })
      .catch(() => resolve(false));
  });
}

/** 128 random bits as hex (`crypto.randomUUID` exists only on https and localhost). */
function newTabId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function readStored(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function remember(id: string): string {
  try {
    sessionStorage.setItem(KEY, id);
  } catch {
    // Without sessionStorage every load is a new tab; drafts are then offered from the "closed" tab.
  }
  return id;
}
