/**
 * Where a rule file is on disk. A path is relative to the rules root, uses `/`, ends in
 * `.lov` and may not leave the root — neither by `..` nor through a symbolic link: the
 * real path (links resolved) must lie inside the real root. A link that stays inside the
 * root is followed; one that leads out of it is neither read nor written.
 */
import { readlink, realpath } from 'node:fs/promises';
import path from 'node:path';

export type RuleLocation =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'outside' }
  /** `real`: the file's real path (for a new file, where it will be created). */
  | { readonly kind: 'inside'; readonly real: string };

/** The absolute path of a rule file, or undefined when `relative` is not a safe `.lov` path inside `root`. */
export function resolveRulePath(root: string, relative: string): string | undefined {
  if (!relative || relative.includes('\0') || relative.includes('\\') || !relative.endsWith('.lov')) return undefined;
  if (relative.startsWith('/') || relative.split('/').some((part) => part === '' || part === '.' || part === '..')) return undefined;
  const absolute = path.resolve(root, relative);
  return isInside(root, absolute) ? absolute : undefined;
}

export async function locateRuleFile(root: string, relative: string): Promise<RuleLocation> {
  const absolute = resolveRulePath(root, relative);
  if (!absolute) return { kind: 'invalid' };
  const [realRoot, real] = await Promise.all([realPathOfPossiblyMissing(root), realPathOfPossiblyMissing(absolute)]);
  return isInside(realRoot, real) ? { kind: 'inside', real } : { kind: 'outside' };
}

/** True when `candidate` is `root` itself or lies below it. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * The real path of `file`, links resolved. For a path that does not exist (yet), the real
 * path of its nearest existing ancestor with the rest appended; a dangling link counts as
 * existing and leads wherever it points.
 */
export async function realPathOfPossiblyMissing(file: string): Promise<string> {
  const missing: string[] = [];
  let current = path.resolve(file);
  for (;;) {
    try {
      return path.join(await realpath(current), ...[...missing].reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      const danglingTarget = await linkTarget(current);
      if (danglingTarget !== undefined) {
        current = path.resolve(path.dirname(current), danglingTarget);
        continue;
      }
      const parent = path.dirname(current);
      if (parent === current) return path.join(current, ...[...missing].reverse());
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

async function linkTarget(file: string): Promise<string | undefined> {
  try {
    return await readlink(file);
  } catch {
    return undefined;
  }
}
