import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * The identity of a rule set: SHA-256 over each file's path and text, in path order
 * (docs/engine.md §6). Pure JavaScript, so the editor's web worker computes the same id.
 */
export function rulesetHash(files: ReadonlyArray<{ readonly path: string; readonly text: string }>): string {
  const hash = sha256.create();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(utf8ToBytes(`${file.path}\u0000${file.text}\u0000`));
  }
  return `sha256:${bytesToHex(hash.digest())}`;
}
