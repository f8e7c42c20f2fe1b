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
