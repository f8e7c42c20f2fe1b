/**
 * «Lagre alle»: several rule files saved as one step, all or nothing. Every file is located
 * and its precondition checked as for a single save (`saveRuleFile`), under the locks of
 * all the files at once; only when every file on disk is still the version named are they
 * written, each atomically (`writeRuleFile`). Should a write fail half-way, the files
 * already written are put back as they were, so the rules on disk are never half a change.
 */
import { unlink } from 'node:fs/promises';
import type { PathLocks } from './path-locks.js';
import { contentHash, meets, preconditionRequired, readAt, writeRuleFile, type RuleFileData, type RuleFileProblem, type SavePrecondition } from './rule-files.js';
import { locateRuleFile } from './rule-location.js';

export interface FileChange {
  readonly path: string;
  readonly text: string;
  readonly precondition: SavePrecondition;
}

export type ChangeSetOutcome =
  | { readonly kind: 'saved'; readonly files: ReadonlyArray<{ readonly path: string; readonly hash: string }> }
  /** Files on disk that are not the version named; nothing is written. */
  | { readonly kind: 'conflict'; readonly conflicts: ReadonlyArray<{ readonly path: string; readonly current: RuleFileData | undefined }> }
  | { readonly kind: 'unreadable'; readonly path: string; readonly problem: RuleFileProblem }
  | { readonly kind: 'outside'; readonly path: string }
  | { readonly kind: 'invalid'; readonly path: string; readonly message: string }
  | { readonly kind: 'precondition-required'; readonly path: string; readonly message: string };

interface Located extends FileChange {
  readonly real: string;
}

/** Saves every change, or (with the reason) none. */
export async function saveChangeSet(root: string, changes: readonly FileChange[], locks: PathLocks): Promise<ChangeSetOutcome> {
  const located: Located[] = [];
  for (const change of changes) {
    const location = await locateRuleFile(root, change.path);
    if (location.kind === 'invalid') return { kind: 'invalid', path: change.path, message: `Ugyldig filsti: ${change.path}` };
    if (location.kind === 'outside') return { kind: 'outside', path: change.path };
    if (!change.precondition.ifMatch && !change.precondition.ifNoneMatch) return { kind: 'precondition-required', path: change.path, message: preconditionRequired };
    if (located.some((l) => l.real === location.real)) return { kind: 'invalid', path: change.path, message: `${change.path} er med to ganger i samme lagring` };
    located.push({ ...change, real: location.real });
  }
  return locks.runAll(
    located.map((l) => l.real),
    () => checkAndWrite(located),
  );
}

async function checkAndWrite(located: readonly Located[]): Promise<ChangeSetOutcome> {
  const onDisk: Array<RuleFileData | undefined> = [];
  const conflicts: Array<{ path: string; current: RuleFileData | undefined }> = [];
  for (const change of located) {
    const current = await readAt(change.real, change.path);
    if (current.kind === 'unreadable') return { kind: 'unreadable', path: change.path, problem: current.file.problem };
    const file = current.kind === 'readable' ? current.file : undefined;
    onDisk.push(file);
    if (!meets(file, change.precondition)) conflicts.push({ path: change.path, current: file });
  }
  if (conflicts.length > 0) return { kind: 'conflict', conflicts };
  const written: number[] = [];
  try {
    for (const [index, change] of located.entries()) {
      await writeRuleFile(change.real, change.text);
      written.push(index);
    }
  } catch (error) {
    await restore(located, onDisk, written);
    throw error;
  }
  return { kind: 'saved', files: located.map((c) => ({ path: c.path, hash: contentHash(c.text) })) };
}

/** Puts back the files already written by a change set that failed: their old text, or no file. */
async function restore(located: readonly Located[], onDisk: ReadonlyArray<RuleFileData | undefined>, written: readonly number[]): Promise<void> {
  for (const index of written) {
    const change = located[index] as Located;
    const before = onDisk[index];
    try {
      if (before) await writeRuleFile(change.real, before.text);
      else await unlink(change.real);
    } catch (error) {
      console.error(`[lovkode] kunne ikke sette ${change.path} tilbake etter en lagring som feilet:`, error);
    }
  }
}
