import { parseHeader, type FileHeader } from '../parser/parse.js';
import type { RuleSource } from './check.js';

/**
 * The files an evaluation through `entry` reads, found from the files' headers alone: the
 * entry's file and those of every module it reaches through `variant av` and `bruk`,
 * transitively, as `reachedModules` has it after a check. A module sees no other, so checking
 * these is all an evaluation needs (docs/engine.md §1); `lovkode check`, `lovkode test` and the
 * editor check every file.
 *
 * Without `entry`, the entry is the one module whose header is marked `(standard)`. All the
 * files are given back, for the whole check to report or choose, when the headers cannot tell:
 * a file whose header does not parse, a module name two files declare, an entry not found, or
 * none named and not exactly one marked (the default is then the one module with `utdata`,
 * which only the declarations show).
 */
export function filesReached(files: readonly RuleSource[], entry: string | undefined): readonly RuleSource[] {
  const byModule = new Map<string, { readonly file: RuleSource; readonly header: FileHeader }>();
  for (const file of files) {
    const header = parseHeader(file.text, file.path);
    if (header === undefined || byModule.has(header.module.name.text)) return files;
    byModule.set(header.module.name.text, { file, header });
  }
  const marked = [...byModule.values()].filter(({ header }) => header.module.marks.some((mark) => mark.text === 'standard'));
  const first = entry !== undefined ? byModule.get(entry) : marked.length === 1 ? marked[0] : undefined;
  if (first === undefined) return files;
  const reached = [first];
  for (let i = 0; i < reached.length; i++) {
    const { header } = reached[i] as (typeof reached)[number];
    for (const next of [header.module.variantOf, ...header.uses.map((use) => use.module)]) {
      const module = next && byModule.get(next.text);
      if (module !== undefined && !reached.includes(module)) reached.push(module);
    }
  }
  const paths = new Set(reached.map(({ file }) => file.path));
  return files.filter((file) => paths.has(file.path));
}
