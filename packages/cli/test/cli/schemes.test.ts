/**
 * Two schemes in one rule directory (issue 13, item 3): each has its own inputs, both may
 * declare `barn`, `lovkode test` runs the tests of both and says which could not run and
 * why, and `run` goes through the `(standard)` scheme unless `--module` names another.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lovkode, root, tempDir } from './lovkode';

const timeout = 120_000;
const temp = tempDir();
afterAll(() => temp.remove());

const fixture = path.join(root, 'test/conformance/modules/good/to_ordninger');

function schemes(name: string): string {
  const dir = path.join(temp.dir, name);
  mkdirSync(dir, { recursive: true });
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

describe('two schemes side by side', () => {
  it('check is clean and test runs the tests of both', { timeout }, async () => {
    const dir = schemes('begge');
    expect((await lovkode(['check', dir])).code).toBe(0);
    const run = await lovkode(['test', dir]);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toBe('2 bestått, 0 feilet\n');
  });

  it('run goes through the (standard) scheme, and --module chooses the other', { timeout }, async () => {
    const dir = schemes('kjør');
    const standard = await lovkode(['run', dir, '--input', '-'], { stdin: '{"beregningsmåned":"2024-03","barn":[{"fødselsdato":"2020-01-01"}]}' });
    expect(standard.code, standard.stderr).toBe(0);
    expect(JSON.parse(standard.stdout).values).toEqual({ antall_barn: 1 });
    const other = await lovkode(['run', dir, '--module', 'konformitet.moduler.barnetrygd', '--input', '-'], { stdin: '{"måned":"2024-03","barn":[{"fødselsdato":"2020-01-01"}]}' });
    expect(other.code, other.stderr).toBe(0);
    expect(JSON.parse(other.stdout).values).toEqual({ barn_under_6: 1 });
    // The standard scheme's input is not the other's: «beregningsmåned» is unknown there.
    const wrong = await lovkode(['run', dir, '--module', 'konformitet.moduler.barnetrygd', '--input', '-'], { stdin: '{"beregningsmåned":"2024-03"}' });
    expect(wrong.code).toBe(2);
  });

  it('an error in one scheme: its tests are not run, with the reason; the other scheme’s tests run', { timeout }, async () => {
    const dir = schemes('feil');
    writeFileSync(path.join(dir, 'b.lov'), `${'modul konformitet.moduler.barnetrygd\n\nkilde k "Kilde"\n\ninndata {\n  måned: måned  (vurderingstidspunkt)\n}\n\nutdata x\n\nregel x: heltall  (kilde k)\n  = ukjent_navn\n\ntest "Kjøres ikke"\n  gitt måned = 2024-03\n  forvent x = 1\n'}`);
    const run = await lovkode(['test', dir]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/b\.lov:12:5: error LK2001: Ukjent navn «ukjent_navn»/);
    expect(lines.slice(1)).toEqual(['1 bestått, 0 feilet', `1 test ikke kjørt: reglene testen bruker har feil (${path.relative(root, path.join(dir, 'b.lov')).split(path.sep).join('/')})`]);
  });

  it('an error in one scheme: run goes through the other, which does not reach it; through the broken one it stops', { timeout }, async () => {
    const dir = schemes('feil-kjør');
    writeFileSync(path.join(dir, 'b.lov'), 'modul konformitet.moduler.barnetrygd\n\nkilde k "Kilde"\n\nutdata x\n\nregel x: heltall  (kilde k)\n  = ukjent_navn\n');
    const standard = await lovkode(['run', dir, '--input', '-'], { stdin: '{"beregningsmåned":"2024-03","barn":[{"fødselsdato":"2020-01-01"}]}' });
    expect(standard.code, standard.stderr).toBe(0);
    expect(JSON.parse(standard.stdout).values).toEqual({ antall_barn: 1 });
    const broken = await lovkode(['run', dir, '--module', 'konformitet.moduler.barnetrygd', '--input', '-'], { stdin: '{"måned":"2024-03"}' });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/b\.lov:8:5: error LK2001: Ukjent navn «ukjent_navn»/);
    expect((await lovkode(['check', dir])).code).toBe(1);
  });
});
