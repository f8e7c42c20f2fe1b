/**
 * Resolving a side of `lovkode diff` (docs/review.md §1): a directory (or file) in the
 * working tree, or a git revision of the repository that contains the working directory.
 *
 *   side      = PATH | REV | REV:PATH
 *   rule root = --rules DIR; else the nearest directory named `rules` that is PATH or
 *               contains it; else PATH itself (a bare REV: `rules` in the working directory)
 *   files     = every *.lov under the rule root, except under its kommuner/ and reformer/
 *               folders, plus every *.lov under PATH (so PATH = the rule root, or a bare
 *               REV, is every file, variants included)
 *   entry     = --old-module/--new-module; else, when PATH is in kommuner/ or reformer/,
 *               the one variant module among PATH's files; else the rule set's default
 *               (the one non-variant module with `utdata`)
 *
 * Files are named by their path relative to the working directory, whichever side they come
 * from, so that the same file has the same name in both versions. Git is run with execFile
 * (no shell): `git rev-parse` here, `git ls-tree` and `git show` through `readGitRuleFiles`
 * (../files/git.ts), which `lovkode serve` uses too.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseFile, type RuleSource } from '@lovkode/dsl';
import { readRuleFileText, UnreadableRuleFile } from '../files/rule-file';
import { lovFilesUnder } from '../files/lov-files';
import { readGitRuleFiles } from '../files/git';
import type { RuleSetInput } from './diff';

/** Folders under the rule root that hold variants; loaded only when a side names them. */
export const variantFolders = ['kommuner', 'reformer'] as const;

/** A side that cannot be read: no such path or revision, git failed, no rule files, a file that is not UTF-8. */
export class SideError extends Error {
  constructor(
    message: string,
    readonly kind: 'not-found' | 'usage' | 'git' | 'unreadable',
  ) {
    super(message);
    this.name = 'SideError';
  }
}

export interface ResolveOptions {
  readonly cwd: string;
  /** The rule root (`--rules`), relative to `cwd`. */
  readonly rules?: string;
  /** The entry module (`--old-module` / `--new-module`). */
  readonly module?: string;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

function shown(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  return toPosix(relative === '' ? path.basename(absolute) : relative);
}

async function exists(p: string): Promise<'file' | 'directory' | undefined> {
  try {
    const info = await stat(p);
    return info.isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}

// ─── Git ─────────────────────────────────────────────────────────────────────

function git(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new SideError(`git ${args[0]}: ${(stderr || error.message).trim().split('\n')[0]}`, 'git'));
      else resolve(stdout);
    });
  });
}

/**
 * Why a revision may be missing: a shallow clone (CI checks out one commit by default) has no
 * history, so `HEAD~1` or the base branch does not exist there.
 */
async function missingHistoryHint(cwd: string): Promise<string> {
  const shallow = (await git(cwd, ['rev-parse', '--is-shallow-repository']).catch(() => '')).trim() === 'true';
  return shallow ? '. Depotet er en grunn klone uten historikk: hent den med «git fetch --unshallow» (i GitHub Actions: fetch-depth: 0 i actions/checkout)' : '';
}

async function commitOf(cwd: string, revision: string): Promise<string | undefined> {
  if (revision.startsWith('-')) return undefined;
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])).trim() || undefined;
  } catch {
    return undefined;
  }
}

// ─── The rule set of a side ──────────────────────────────────────────────────

/** The rule root for PATH: `--rules`, the nearest `rules` folder at or above PATH, or PATH. */
function ruleRoot(cwd: string, given: string | undefined, absolutePath: string, pathKind: 'file' | 'directory'): string {
  if (given !== undefined) return path.resolve(cwd, given);
  for (let dir = pathKind === 'directory' ? absolutePath : path.dirname(absolutePath); ; dir = path.dirname(dir)) {
    if (path.basename(dir) === 'rules') return dir;
    if (path.dirname(dir) === dir) break;
  }
  return pathKind === 'directory' ? absolutePath : path.dirname(absolutePath);
}

/** Is `file` (or folder) in one of the root's variant folders (`kommuner/…`, `reformer/…`)? */
function isVariantFolder(root: string, file: string): boolean {
  const relative = toPosix(path.relative(root, file));
  return variantFolders.some((folder) => relative.startsWith(`${folder}/`));
}

/** The files of a side and which of them PATH named (for the choice of entry module). */
interface Assembled {
  readonly files: RuleSource[];
  readonly named: ReadonlySet<string>;
  /** PATH lies in a variant folder (kommuner/…, reformer/…): the side is evaluated through its variant. */
  readonly variant: boolean;
}

async function fromWorkingTree(cwd: string, root: string, target: string, targetKind: 'file' | 'directory'): Promise<Assembled> {
  const base = (await lovFilesUnder(root, () => [])).filter((f) => !isVariantFolder(root, f));
  const named = targetKind === 'directory' ? await lovFilesUnder(target, () => []) : [target];
  const all = [...new Set([...base, ...named])].sort();
  const files = await Promise.all(all.map(async (f) => ({ path: shown(cwd, f), text: await readSideFile(f, shown(cwd, f)) })));
  return { files, named: new Set(named.map((f) => shown(cwd, f))), variant: isVariantFolder(root, target) };
}

async function readSideFile(file: string, shownPath: string): Promise<string> {
  try {
    return await readRuleFileText(file, shownPath);
  } catch (error) {
    if (error instanceof UnreadableRuleFile) throw new SideError(error.message, 'unreadable');
    throw error;
  }
}

async function fromRevision(cwd: string, commit: string, root: string, target: string): Promise<Assembled> {
  // The files are read as `lovkode serve --rules name=git:REV:path` reads them (one implementation).
  const read = async (absolute: string) => {
    try {
      return await readGitRuleFiles(cwd, commit, toPosix(path.relative(cwd, absolute)) || '.');
    } catch (error) {
      throw new SideError((error as Error).message, error instanceof UnreadableRuleFile ? 'unreadable' : 'not-found');
    }
  };
  // PATH = the rule root (a bare REV): every file, variants included.
  if (path.resolve(target) === path.resolve(root)) {
    const files = await read(root);
    return { files, named: new Set(files.map((f) => f.path)), variant: false };
  }
  const base = (await read(root)).filter((f) => !isVariantFolder(root, path.resolve(cwd, f.path)));
  const named = await read(target);
  const byPath = new Map([...base, ...named].map((f) => [f.path, f]));
  const files = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, named: new Set(named.map((f) => f.path)), variant: isVariantFolder(root, target) };
}

/**
 * The entry: the named module; else the one variant among the files PATH named; else the
 * default of the compiler (left undefined).
 */
function entryOf(assembled: Assembled, spec: string, module: string | undefined): string | undefined {
  if (module !== undefined) return module;
  if (!assembled.variant) return undefined;
  const variants = variantModules(assembled.files.filter((file) => assembled.named.has(file.path)));
  if (variants.length > 1) {
    throw new SideError(`«${spec}» har flere varianter (${variants.join(', ')}); velg én med --old-module/--new-module`, 'usage');
  }
  return variants[0];
}

/**
 * `git difftool --dir-diff` hands a tool two temporary folders (`…/git-difftool.XXXXXX/left`
 * and `right`) holding only the files that changed: the modules the changed ones use are
 * missing, and the revisions are not named, so the rule sets cannot be rebuilt from them.
 */
const DIFFTOOL_FOLDER = /(^|[\\/])git-difftool\.[^\\/]+[\\/](left|right)([\\/]|$)/;

/** The variant modules (`modul x variant av y`) among `files`, in file order. */
export function variantModules(files: Iterable<RuleSource>): string[] {
  const variants: string[] = [];
  for (const file of files) {
    const header = parseFile(file).ast.module;
    if (header?.variantOf) variants.push(header.name.text);
  }
  return variants;
}

/** Reads one side: `PATH`, `REV` or `REV:PATH`. */
export async function resolveSide(spec: string, options: ResolveOptions): Promise<RuleSetInput> {
  const { cwd } = options;
  if (DIFFTOOL_FOLDER.test(path.resolve(cwd, spec))) {
    throw new SideError(
      `«${spec}» er en mappe fra git difftool --dir-diff, som bare har de endrede filene, ikke hele regelsettet; sammenlign revisjonene direkte: lovkode diff <gammel> <ny> (f.eks. lovkode diff main HEAD, eller lovkode diff HEAD rules for endringene som ikke er committet)`,
      'usage',
    );
  }
  const onDisk = await exists(path.resolve(cwd, spec));
  if (onDisk) {
    const target = path.resolve(cwd, spec);
    const root = ruleRoot(cwd, options.rules, target, onDisk);
    const assembled = await fromWorkingTree(cwd, root, target, onDisk);
    if (assembled.files.length === 0) throw new SideError(`ingen .lov-filer i «${spec}»`, 'not-found');
    const module = entryOf(assembled, spec, options.module);
    return { spec, kind: 'directory', files: assembled.files, ...(module !== undefined ? { module } : {}) };
  }
  const colon = spec.indexOf(':');
  const revision = colon > 0 ? spec.slice(0, colon) : spec;
  const relative = colon > 0 ? spec.slice(colon + 1) : undefined;
  const commit = await commitOf(cwd, revision);
  if (!commit) throw new SideError(`finner ikke «${spec}»: verken en fil eller mappe eller en git-revisjon${await missingHistoryHint(cwd)}`, 'not-found');
  const defaultRoot = path.resolve(cwd, options.rules ?? 'rules');
  const target = relative !== undefined && relative !== '' ? path.resolve(cwd, relative) : defaultRoot;
  const root = relative !== undefined && relative !== '' ? ruleRoot(cwd, options.rules, target, target.endsWith('.lov') ? 'file' : 'directory') : defaultRoot;
  const assembled = await fromRevision(cwd, commit, root, target);
  if (assembled.files.length === 0) throw new SideError(`ingen .lov-filer i «${spec}» (${commit.slice(0, 12)})`, 'not-found');
  const module = entryOf(assembled, spec, options.module);
  return { spec, kind: 'git', commit, files: assembled.files, ...(module !== undefined ? { module } : {}) };
}
