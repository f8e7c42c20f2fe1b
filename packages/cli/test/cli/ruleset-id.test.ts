/** The ruleset id through the command (issue 15, item 6; the id itself: packages/engine/test/ruleset/hash.test.ts). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('the ruleset id of lovkode run', () => {
  it('is the same for `lovkode run rules/` from the repository and `lovkode run .` inside rules/', () => {
    const repo = fileURLToPath(new URL('../../../../', import.meta.url));
    const lovkode = join(repo, 'packages', 'cli', 'bin', 'lovkode.mjs');
    const input = JSON.stringify({ beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: [{ fødselsdato: '1980-01-15' }] });
    const id = (cwd: string, rules: string) => (JSON.parse(execFileSync(process.execPath, [lovkode, 'run', rules, '--input', '-'], { cwd, input, encoding: 'utf8' })) as { ruleset: string }).ruleset;
    const fromRepo = id(repo, 'rules/');
    expect(id(join(repo, 'rules'), '.')).toBe(fromRepo);
    expect(id(join(repo, 'packages'), join(repo, 'rules'))).toBe(fromRepo);
  }, 60_000);
});
