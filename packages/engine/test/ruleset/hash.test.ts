/**
 * The ruleset id does not depend on where the rules were given from (issue 15, item 6):
 * paths count relative to the rule root, the deepest directory holding every file. Through
 * the command: packages/cli/test/cli/ruleset-id.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rulesetHash } from '../../src/index';

const files = [
  { path: 'sosialtjenesteloven/a.lov', text: 'modul a\n' },
  { path: 'satser/b.lov', text: 'modul b\n' },
];

describe('the ruleset id', () => {
  it('is the same whatever directory the files are given under, and with ./, \\ or absolute paths', () => {
    const id = rulesetHash(files);
    const segment = fc.stringMatching(/^[a-zæøå][a-zæøå0-9_-]{0,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), fc.boolean(), (prefix, windows) => {
        const root = prefix.join('/');
        const moved = files.map((f) => ({ path: `${root ? `${root}/` : './'}${f.path}`.replace(/\//g, windows ? '\\' : '/'), text: f.text }));
        expect(rulesetHash(moved)).toBe(id);
        expect(rulesetHash(files.map((f) => ({ path: `/${root}/${f.path}`, text: f.text })))).toBe(id);
      }),
    );
  });

  it('changes when a file moves within the rule set, or its text changes', () => {
    const id = rulesetHash(files);
    expect(rulesetHash([{ ...files[0]!, path: 'sosialtjenesteloven/c.lov' }, files[1]!])).not.toBe(id);
    expect(rulesetHash([{ ...files[0]!, path: 'x/sosialtjenesteloven/a.lov' }, { ...files[1]!, path: 'satser/b.lov' }])).not.toBe(id);
    expect(rulesetHash([{ ...files[0]!, text: 'modul a\n# endret\n' }, files[1]!])).not.toBe(id);
  });
});

describe('the ruleset id\'s bytes', () => {
  // docs/engine.md §6: «SHA-256 over each file's path and text, in path order» — the UTF-8 of
  // `path \0 text \0` per file, whether a text is encoded at once or a part at a time.
  it('are the UTF-8 of each path and text as one string, for texts of any characters and length', async () => {
    const { sha256 } = await import('@noble/hashes/sha256');
    const { bytesToHex } = await import('@noble/hashes/utils');
    const reference = (list: ReadonlyArray<{ path: string; text: string }>) => {
      const hash = sha256.create();
      for (const f of [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(new TextEncoder().encode(`${f.path}\u0000${f.text}\u0000`));
      return `sha256:${bytesToHex(hash.digest())}`;
    };
    // Texts past the encoding buffer (65 536 bytes), with surrogate pairs and lone surrogates at every offset.
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('\ud83d', '\ude00', '\ud83d\ude00', 'æøå§–'), fc.string({ unit: 'binary', maxLength: 20 }));
    const text = fc.tuple(fc.array(piece, { maxLength: 30 }), fc.nat(30_000)).map(([pieces, pad]) => `${'ø'.repeat(pad)}${pieces.join('')}`);
    fc.assert(
      // Files in two directories or more: the paths are already relative to the rule root.
      fc.property(fc.array(text, { minLength: 2, maxLength: 3 }), (texts) => {
        const list = texts.map((t, i) => ({ path: `del${i}æ/regler.lov`, text: t }));
        expect(rulesetHash(list)).toBe(reference(list));
      }),
      { numRuns: 60 },
    );
  });
});
