import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * The identity of a rule set: SHA-256 over each file's path and text, in path order
 * (docs/engine.md §6). Pure JavaScript, so the editor's web worker computes the same id.
 *
 * The paths are taken relative to the rule set's root — the deepest directory that holds
 * every file — with `/` as separator, so the identity does not depend on where the rules
 * were given from: `lovkode run rules/` from the repository and `lovkode run .` inside
 * `rules/` name the same rule set.
 */
export function rulesetHash(files: ReadonlyArray<{ readonly path: string; readonly text: string }>): string {
  const paths = relativeToRoot(files.map((file) => file.path));
  const entries = files.map((file, i) => ({ path: paths[i] as string, text: file.text }));
  const hash = sha256.create();
  for (const entry of entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(utf8ToBytes(`${entry.path}\u0000${entry.text}\u0000`));
  }
  return `sha256:${bytesToHex(hash.digest())}`;
}

/** The paths with `/` separators, without `./`, relative to the deepest directory common to all. */
function relativeToRoot(paths: readonly string[]): string[] {
  const split = paths.map((path) => path.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.'));
  let common = 0;
  const first = split[0] ?? [];
  // Directories only: the last part of every path is its file name.
  while (common < first.length - 1 && split.every((parts) => common < parts.length - 1 && parts[common] === first[common])) common++;
  return split.map((parts) => parts.slice(common).join('/'));
}
