/**
 * What a starting tab does with the drafts it finds, so that no tab's unsaved work is ever
 * silently dropped:
 *
 * - its own draft of a file (same tab id: a reload) is its working copy;
 * - a draft of a closed tab is taken over when this tab has none of its own for the file
 *   (the newest, if several): work left in a closed tab comes back in the next one;
 * - every other draft (an open tab's, a second closed tab's, a file deleted on disk since)
 *   is *offered*: the editor says so and can open it, but does not take it over;
 * - a draft identical to the file on disk is no longer needed and is removed, unless it is
 *   an open tab's (that tab manages it).
 *
 * Drafts of files that cannot be read (not UTF-8) stay where they are: nothing can be done
 * with them until the file is fixed.
 */
import type { Draft } from './drafts';

export interface DiskFile {
  readonly path: string;
  readonly text: string;
}

export interface DraftOffer {
  readonly draft: Draft;
  /** The draft belongs to a tab that is open now (or may be: the browser cannot tell); only that tab may discard it. */
  readonly tabOpen: boolean;
}

export interface DraftPlan {
  /** The working copy per file: this tab's draft, or a closed tab's it takes over. */
  readonly restore: ReadonlyMap<string, Draft>;
  /** Closed tabs' drafts taken over: stored again as this tab's, then removed. */
  readonly adopted: readonly Draft[];
  /** Drafts the user is told about and may open. */
  readonly offers: readonly DraftOffer[];
  /** Drafts no longer needed (same text as on disk). */
  readonly obsolete: readonly Draft[];
}

/** `openTabs` undefined: the browser cannot tell which tabs are open, so no other tab's draft is taken over. */
export function planDrafts(tab: string, files: readonly DiskFile[], unreadable: ReadonlySet<string>, drafts: readonly Draft[], openTabs: ReadonlySet<string> | undefined): DraftPlan {
  const disk = new Map(files.map((f) => [f.path, f.text]));
  const restore = new Map<string, Draft>();
  const adopted: Draft[] = [];
  const offers: DraftOffer[] = [];
  const obsolete: Draft[] = [];
  const isClosed = (d: Draft) => d.tab !== tab && openTabs !== undefined && !openTabs.has(d.tab);
  for (const [path, list] of byPath(drafts)) {
    if (unreadable.has(path)) continue;
    const onDisk = disk.get(path);
    const needed = list.filter((d) => {
      if (onDisk === undefined || d.text !== onDisk) return true;
      if (d.tab === tab || isClosed(d)) obsolete.push(d);
      return false;
    });
    // A draft of a file that was on disk and is gone: offered, never restored by itself.
    const deletedOnDisk = (d: Draft) => onDisk === undefined && d.baseHash !== undefined;
    const own = needed.find((d) => d.tab === tab && !deletedOnDisk(d));
    const takeable = needed.filter((d) => isClosed(d) && !deletedOnDisk(d)).sort((a, b) => b.updated - a.updated)[0];
    const chosen = own ?? takeable;
    if (chosen) restore.set(path, chosen);
    if (chosen && chosen !== own) adopted.push(chosen);
    for (const d of needed) {
      if (d === chosen) continue;
      if (chosen && d.text === chosen.text) {
        // The same work twice: nothing to offer.
        if (isClosed(d)) obsolete.push(d);
      } else offers.push({ draft: d, tabOpen: d.tab !== tab && !isClosed(d) });
    }
  }
  return { restore, adopted, offers, obsolete };
}

function byPath(drafts: readonly Draft[]): Map<string, Draft[]> {
  const map = new Map<string, Draft[]>();
  for (const d of drafts) {
    const list = map.get(d.path) ?? [];
    list.push(d);
    map.set(d.path, list);
  }
  return map;
}
