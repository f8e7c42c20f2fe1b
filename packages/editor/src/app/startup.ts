/**
 * The first steps of a start, before the editor code (Monaco) has loaded: fetch the rule
 * files, merge in unsaved drafts, pick the file to open, and hand the rule set to the language
 * worker, so that parsing, checking and the first test run overlap with loading the editor.
 */
import { deleteDraft, loadDrafts } from './drafts';
import { listRules } from './files-api';
import type { WorkerClient } from './rpc';

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
  /** Files whose unsaved edits were restored from a draft. */
  readonly restored: readonly string[];
  /** The file to open first. */
  readonly first: string | undefined;
}

/** The § 18 module: a file under sosialtjenesteloven/ (one with 18 in its name first), else the first file. */
export function initialFile(paths: readonly string[]): string | undefined {
  const sorted = [...paths].sort();
  const stl = sorted.filter((p) => p.startsWith('sosialtjenesteloven/'));
  return stl.find((p) => /(^|[^0-9])18([^0-9]|$)/.test(p.split('/').pop() ?? '')) ?? stl.find((p) => !p.includes('/test')) ?? stl[0] ?? sorted[0];
}

export async function startup(client: WorkerClient, wanted: string | undefined): Promise<Startup> {
  const [listing, drafts] = await Promise.all([listRules(), loadDrafts()]);
  performance.mark('lk:files-loaded');
  const files: StartFile[] = [];
  const restored: string[] = [];
  for (const file of listing.files) {
    const draft = drafts.get(file.path);
    if (draft && draft.text !== file.text) {
      // A draft based on an older version on disk keeps that base: saving it is a conflict.
      files.push({ path: file.path, text: draft.text, disk: file.text, baseHash: draft.baseHash });
      restored.push(file.path);
    } else {
      if (draft) void deleteDraft(file.path).catch(() => undefined);
      files.push({ path: file.path, text: file.text, disk: file.text, baseHash: file.hash });
    }
  }
  // Drafts of new files (never saved). A draft of a file deleted on disk is not brought back.
  for (const draft of drafts.values()) {
    if (files.some((f) => f.path === draft.path) || draft.baseHash !== undefined) continue;
    files.push({ path: draft.path, text: draft.text, disk: undefined, baseHash: undefined });
    restored.push(draft.path);
  }
  const paths = files.map((f) => f.path);
  const first = (wanted && paths.includes(wanted) ? wanted : undefined) ?? initialFile(paths);
  void client.call('load', files.map((f) => ({ path: f.path, text: f.text, disk: f.disk })));
  if (first) void client.call('setActive', first);
  return { root: listing.root, files, restored, first };
}
