import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';

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
  // Each text is encoded into one buffer a part at a time: the bytes hashed are those of
  // `${path}\0${text}\0` as UTF-8, without joining the texts into a new string (which
  // would copy a rule file, then encode it, then copy the bytes again).
  const encoder = new TextEncoder();
  const buffer = new Uint8Array(bufferSize);
  for (const entry of entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    update(hash, encoder, buffer, entry.path);
    hash.update(separator);
    update(hash, encoder, buffer, entry.text);
    hash.update(separator);
  }
  return `sha256:${bytesToHex(hash.digest())}`;
}

/** Bytes encoded at a time: at least 4 (a code point's UTF-8), so every part encodes something. */
const bufferSize = 65_536;
/** `\0` in UTF-8. */
const separator = Uint8Array.of(0);

/**
 * Hashes the UTF-8 of `text`, encoded into `buffer` a part at a time. `encodeInto` never
 * splits a surrogate pair between two parts, and a lone surrogate becomes U+FFFD as in
 * `TextEncoder.encode`: the bytes are those of the whole text encoded at once.
 */
function update(hash: ReturnType<typeof sha256.create>, encoder: TextEncoder, buffer: Uint8Array, text: string): void {
  let rest = text;
  for (;;) {
    const { read, written } = encoder.encodeInto(rest, buffer);
    hash.update(buffer.subarray(0, written));
    if (read >= rest.length) return;
    rest = rest.slice(read);
  }
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
