/**
 * The first steps of a start, before the editor code (Monaco) has loaded: claim this tab's
 * id, fetch the rule files, merge in unsaved drafts (`draft-plan.ts`), pick the file to
 * open, and hand the rule set to the language worker, so that parsing, checking and the
 * first test run overlap with loading the editor.
 */
import { planDrafts, type DraftOffer } from './draft-plan';
import { DraftStore, type Draft } from './drafts';
import { listRules, type UnreadableRuleFile } from './files-api';
import type { WorkerClient } from './rpc';
import { claimTabId, openTabs } from './tab-identity';

export interface StartFile {
  readonly path: string;
  /** The working text: the draft if there is one, else the text on disk. */
  readonly text: string;
  /** The text on disk; undefined for a new file that exists only as a draft. */
  readonly disk: string | undefined;
  /** The hash of the version the working text is based on (what a save sends as If-Match). */
  readonly baseHash: string | undefined;
}

export interface Startup {
  readonly root: string;
  readonly files: readonly StartFile[];
  /** Rule files that cannot be read (not UTF-8, too large, a link out of the rules folder). */
  readonly unreadable: readonly UnreadableRuleFile[];
  /** Files whose unsaved edits were restored from a draft. */
  readonly restored: readonly string[];
  /** Other tabs' drafts (and drafts of files deleted on disk), for the user to open or not. */
  readonly offers: readonly DraftOffer[];
  /** This tab's drafts. */
  readonly drafts: DraftStore;
  /** The file to open first. */
  readonly first: string | undefined;
}

/** The § 18 module: a file under sosialtjenesteloven/ (one with 18 in its name first), else the first file. */
export function initialFile(paths: readonly string[]): string | undefined {
  const sorted = [...paths].sort();
  const stl = sorted.filter((p) => p.startsWith('sosialtjenesteloven/'));
  return stl.find((p) => /(^|[^0-9])18([^0-9]|$)/.test(p.split('/').pop() ?? '')) ?? stl.find((p) => !p.includes('/test')) ?? stl[0] ?? sorted[0];
}

async function loadDrafts(store: DraftStore): Promise<Draft[]> {
  try {
    return await store.all();
  } catch (error) {
    console.warn('Kunne ikke lese utkast', error);
    return [];
  }
}

export async function startup(client: WorkerClient, wanted: string | undefined): Promise<Startup> {
  const store = new DraftStore(await claimTabId());
  const [listing, drafts, tabs] = await Promise.all([listRules(), loadDrafts(store), openTabs()]);
  performance.mark('lk:files-loaded');
  const plan = planDrafts(store.tab, listing.files, new Set(listing.unreadable.map((f) => f.path)), drafts, tabs);
  await settleDrafts(store, plan.adopted, plan.obsolete);
  const files: StartFile[] = listing.files.map((file) => {
    const draft = plan.restore.get(file.path);
    // A draft based on an older version on disk keeps that base: saving it is a conflict.
    return draft ? { path: file.path, text: draft.text, disk: file.text, baseHash: draft.baseHash } : { path: file.path, text: file.text, disk: file.text, baseHash: file.hash };
  });
  // Drafts of new files (never saved).
  for (const [path, draft] of plan.restore) {
    if (!listing.files.some((f) => f.path === path)) files.push({ path, text: draft.text, disk: undefined, baseHash: draft.baseHash });
  }
  const paths = files.map((f) => f.path);
  const first = (wanted && paths.includes(wanted) ? wanted : undefined) ?? initialFile(paths);
  void client.call('load', files.map((f) => ({ path: f.path, text: f.text, disk: f.disk })));
  if (first) void client.call('setActive', first);
  return { root: listing.root, files, unreadable: listing.unreadable, restored: [...plan.restore.keys()], offers: plan.offers, drafts: store, first };
}

/** Closed tabs' drafts taken over become this tab's (written before the old ones are removed); unneeded ones are removed. */
async function settleDrafts(store: DraftStore, adopted: readonly Draft[], obsolete: readonly Draft[]): Promise<void> {
  try {
    for (const draft of adopted) {
      await store.put({ ...draft, tab: store.tab });
      await store.delete(draft.tab, draft.path);
    }
    for (const draft of obsolete) await store.delete(draft.tab, draft.path);
  } catch (error) {
    console.warn('Kunne ikke rydde i utkastene', error);
  }
}
