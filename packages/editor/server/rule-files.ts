/**
 * Reading, listing and saving rule files for the editor. A file is read strictly as UTF-8
 * and within the size limit (`readRuleFileText` from `@lovkode/cli/files`); one that is
 * not is *unreadable*: listed with its diagnostic and without text, and never overwritten.
 * A save happens under the file's lock, checks again under the lock that the file on disk
 * is still the version the editor loaded, and writes atomically (`writeFileAtomic`).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '@lovkode/dsl';
import { readRuleFileText, UnreadableRuleFile, writeFileAtomic } from '@lovkode/cli/files';
import type { PathLocks } from './path-locks.js';
import { isInside, locateRuleFile } from './rule-location.js';

export interface RuleFileData {
  readonly path: string;
  readonly text: string;
  readonly hash: string;
}

/** Why a file cannot be opened: a diagnostic (LK1009 not UTF-8, LK1010 too large) or a link out of the root. */
export interface RuleFileProblem {
  readonly code: string | undefined;
  readonly message: string;
  readonly hint: string | undefined;
}

export interface UnreadableRuleFileData {
  readonly path: string;
  readonly problem: RuleFileProblem;
}

export interface RuleListing {
  readonly files: RuleFileData[];
  readonly unreadable: UnreadableRuleFileData[];
}

export type RuleFileRead =
  | { readonly kind: 'readable'; readonly file: RuleFileData }
  | { readonly kind: 'unreadable'; readonly file: UnreadableRuleFileData }
  | { readonly kind: 'outside' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid' };

export const outsideProblem: RuleFileProblem = {
  code: undefined,
  message: 'Filen er en symbolsk lenke som peker ut av regelmappen; editoren leser og lagrer den ikke',
  hint: 'Legg filen i regelmappen i stedet for en lenke til den',
};

/** `sha256-<hex>` of the UTF-8 text: what `If-Match` carries. */
export function contentHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export function problemOf(diagnostic: Diagnostic): RuleFileProblem {
  return { code: diagnostic.code, message: diagnostic.message, hint: diagnostic.hint };
}

export async function readRuleFile(root: string, relative: string): Promise<RuleFileRead> {
  const location = await locateRuleFile(root, relative);
  if (location.kind !== 'inside') return location;
  return readAt(location.real, relative);
}

/** The file at its real path (`locateRuleFile`), read strictly. */
export async function readAt(real: string, relative: string): Promise<RuleFileRead> {
  try {
    const text = await readRuleFileText(real, relative);
    return { kind: 'readable', file: { path: relative, text, hash: contentHash(text) } };
  } catch (error) {
    if (error instanceof UnreadableRuleFile) return { kind: 'unreadable', file: { path: relative, problem: problemOf(error.diagnostic) } };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return { kind: 'missing' };
    throw error;
  }
}

interface Found {
  readonly relative: string;
  readonly real: string | undefined;
}

/**
 * Every `.lov` file under `root`, sorted by path; an absent root is an empty rule set.
 * Links inside the root are followed (a folder reached by two paths is listed under both;
 * a link back to a folder above it is not entered, so a loop ends); a linked file outside
 * the root is listed as unreadable, a linked folder outside it is not entered.
 */
export async function listRuleFiles(root: string): Promise<RuleListing> {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], unreadable: [] };
    throw error;
  }
  const found: Found[] = [];
  await walk(realRoot, realRoot, '', new Set([realRoot]), found);
  found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  const reads = await Promise.all(found.map((f) => (f.real === undefined ? ({ kind: 'outside' } as const) : readAt(f.real, f.relative))));
  const listing: RuleListing = { files: [], unreadable: [] };
  reads.forEach((read, index) => {
    const relative = (found[index] as Found).relative;
    if (read.kind === 'readable') listing.files.push(read.file);
    else if (read.kind === 'unreadable') listing.unreadable.push(read.file);
    else if (read.kind === 'outside') listing.unreadable.push({ path: relative, problem: outsideProblem });
  });
  return listing;
}

/** `dir` is a real path; `above` holds it and the real folders above it on this path. */
async function walk(realRoot: string, dir: string, prefix: string, above: ReadonlySet<string>, found: Found[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    const isRuleFile = entry.name.endsWith('.lov');
    if (!entry.isSymbolicLink()) {
      if (entry.isDirectory()) await walk(realRoot, full, relative, new Set([...above, full]), found);
      else if (entry.isFile() && isRuleFile) found.push({ relative, real: full });
      continue;
    }
    const real = await realpath(full).catch(() => undefined);
    if (real === undefined) continue; // a dangling link is no file
    if (!isInside(realRoot, real)) {
      if (isRuleFile) found.push({ relative, real: undefined });
      continue;
    }
    const target = await stat(real);
    if (target.isDirectory()) {
      if (!above.has(real)) await walk(realRoot, real, relative, new Set([...above, real]), found);
    } else if (target.isFile() && isRuleFile) found.push({ relative, real });
  }
}

export const preconditionRequired = 'Lagring krever If-Match (eller If-None-Match: * for en ny fil)';

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly hash: string }
  | { readonly kind: 'conflict'; readonly current: RuleFileData | undefined }
  | { readonly kind: 'unreadable'; readonly problem: RuleFileProblem }
  | { readonly kind: 'outside' }
  | { readonly kind: 'invalid'; readonly message: string }
  | { readonly kind: 'precondition-required'; readonly message: string };

/** What a save requires of the file on disk: the version with hash `ifMatch`, or (`ifNoneMatch`) no file. */
export interface SavePrecondition {
  readonly ifMatch: string | undefined;
  readonly ifNoneMatch: boolean;
}

/** Writes a rule file at its real path atomically (`writeFileAtomic`), making its folder if needed. */
export async function writeRuleFile(real: string, text: string): Promise<void> {
  await mkdir(path.dirname(real), { recursive: true });
  await writeFileAtomic(real, text);
}

/** True when the file on disk (undefined: none) is the version the precondition names. */
export function meets(onDisk: RuleFileData | undefined, precondition: SavePrecondition): boolean {
  return precondition.ifNoneMatch ? onDisk === undefined : onDisk !== undefined && onDisk.hash === precondition.ifMatch;
}

/** Saves `text` if the file on disk is still the version the precondition names; one save per file at a time (`locks`). */
export async function saveRuleFile(root: string, relative: string, text: string, precondition: SavePrecondition, locks: PathLocks): Promise<SaveOutcome> {
  const location = await locateRuleFile(root, relative);
  if (location.kind === 'invalid') return { kind: 'invalid', message: `Ugyldig filsti: ${relative}` };
  if (location.kind === 'outside') return location;
  if (!precondition.ifMatch && !precondition.ifNoneMatch) return { kind: 'precondition-required', message: preconditionRequired };
  return locks.run(location.real, async () => {
    const current = await readAt(location.real, relative);
    if (current.kind === 'unreadable') return { kind: 'unreadable', problem: current.file.problem };
    const onDisk = current.kind === 'readable' ? current.file : undefined;
    if (!meets(onDisk, precondition)) return { kind: 'conflict', current: onDisk };
    await writeRuleFile(location.real, text);
    return { kind: 'saved', hash: contentHash(text) };
  });
}
