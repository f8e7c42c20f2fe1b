/**
 * Output that CI and review tools read (issue 17, item 3): `check` and `test` with
 * `--format json|sarif|github`, `check -`/`fmt -` from standard input with
 * `--stdin-filepath`, and `lovkode --version`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lovkode, shown, tempDir } from './lovkode';

const timeout = 120_000;
const temp = tempDir();
afterAll(() => temp.remove());

const broken = `modul rapport.feil

kilde k "K"

regel a: beløp  (kilde k)
  = b + 1 kr
`;

const withFailingTest = `modul rapport.test

kilde k "K"

inndata {
  måned: måned  (vurderingstidspunkt)
  x:     beløp
}

utdata dobbel

regel dobbel: beløp  (kilde k)
  = x + x

test "Riktig"
  gitt måned = 2024-03, x = 2 kr
  forvent dobbel = 4 kr

test "Feil, med komma: og kolon"
  gitt måned = 2024-03, x = 2 kr
  forvent dobbel = 5 kr
`;

function write(relative: string, text: string): string {
  const file = path.join(temp.dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('lovkode check --format', () => {
  const file = write('check/feil.lov', broken);

  it('json: the diagnostics with their places and a summary', { timeout }, async () => {
    const run = await lovkode(['check', '--format', 'json', file]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      diagnostics: [{ file: shown(file), line: 6, column: 5, endLine: 6, endColumn: 6, severity: 'error', code: 'LK2001', message: 'Ukjent navn «b»', hint: 'Mente du «a»?' }],
      summary: { files: 1, errors: 1, warnings: 0 },
    });
  });

  it('sarif: SARIF 2.1.0 with the LK code as ruleId and its entry in docs/diagnostics.md as help', { timeout }, async () => {
    const run = await lovkode(['check', '--format', 'sarif', file]);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver).toMatchObject({ name: 'lovkode', rules: [{ id: 'LK2001', name: 'Ukjent navn', helpUri: 'https://lovkode.no/docs/diagnostics.md#lk2001--ukjent-navn' }] });
    expect(sarifRun.results).toEqual([
      {
        ruleId: 'LK2001',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'Ukjent navn «b» (Mente du «a»?)' },
        locations: [{ physicalLocation: { artifactLocation: { uri: shown(file).split('/').map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/'), uriBaseId: '%SRCROOT%' }, region: { startLine: 6, startColumn: 5, endLine: 6, endColumn: 6 } } }],
      },
    ]);
    // The help anchor is the heading the documentation really has.
    const docs = readFileSync(path.join(import.meta.dirname, '../../../../docs/diagnostics.md'), 'utf8');
    expect(docs).toContain('## LK2001 — Ukjent navn');
  });

  it('sarif: a path with spaces, commas and % is a percent-encoded relative URI', { timeout }, async () => {
    const odd = write('check/my dir, x%y/f il.lov', broken.replace('rapport.feil', 'rapport.rar'));
    const run = await lovkode(['check', '--format', 'sarif', odd]);
    const uri = JSON.parse(run.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
    expect(uri.endsWith('check/my%20dir%2C%20x%25y/f%20il.lov')).toBe(true);
    expect(decodeURIComponent(uri)).toBe(shown(odd));
  });

  it('github: one ::error workflow command per diagnostic, with file, line and column', { timeout }, async () => {
    const run = await lovkode(['check', '--format', 'github', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`::error file=${shown(file)},line=6,col=5,endLine=6,endColumn=6,title=LK2001 Ukjent navn::Ukjent navn «b» (Mente du «a»?)\n`);
  });

  it('an unknown format is a usage error', { timeout }, async () => {
    const run = await lovkode(['check', '--format', 'xml', file]);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('--format må være text, json, sarif, github');
  });
});

describe('lovkode test --format', () => {
  const file = write('test/regler.lov', withFailingTest);

  it('text: a failure carries line and column', { timeout }, async () => {
    const run = await lovkode(['test', file]);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(new RegExp(`^${shown(file).replace(/[.]/g, '\\.')}:19:6: test "Feil, med komma: og kolon": dobbel: forventet 5\\.00, fikk 4\\.00`));
  });

  it('json: every test with its status', { timeout }, async () => {
    const run = await lovkode(['test', '--format', 'json', file]);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ passed: 1, failed: 1, notRun: 0 });
    expect(report.tests.map((t: { name: string; status: string; line: number; column: number }) => [t.name, t.status, t.line, t.column])).toEqual([
      ['Riktig', 'passed', 15, 6],
      ['Feil, med komma: og kolon', 'failed', 19, 6],
    ]);
  });

  it('github: a failed test is an annotation; commas and colons in the title are escaped', { timeout }, async () => {
    const run = await lovkode(['test', '--format', 'github', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`::error file=${shown(file)},line=19,col=6,title=Test feilet%3A Feil%2C med komma%3A og kolon::dobbel: forventet 5.00, fikk 4.00 (sporing: dobbel ← x = 2.00)\n`);
  });

  it('sarif: failed tests under their own rule', { timeout }, async () => {
    const run = await lovkode(['test', '--format', 'sarif', file]);
    const [sarifRun] = JSON.parse(run.stdout).runs;
    expect(sarifRun.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['lovkode/test-feilet']);
    expect(sarifRun.tool.driver.rules[0].id).toBe('lovkode/test-feilet');
  });
});

describe('standard input and the version', () => {
  it('check - checks an unsaved buffer in place of the file of --stdin-filepath, among the others', { timeout }, async () => {
    const dir = path.join(temp.dir, 'stdin');
    write('stdin/a.lov', 'modul stdin.a\n\nkilde k "K"\n\nregel a: beløp  (kilde k)\n  = 1 kr\n');
    const onDisk = write('stdin/b.lov', 'modul stdin.b\nbruk stdin.a\n\nkilde k "K"\n\nregel b: beløp  (kilde k)\n  = a + 1 kr\n');
    const clean = await lovkode(['check', dir]);
    expect(clean.code, clean.stdout).toBe(0);
    // The buffer of b.lov names an unknown rule: the file on disk is not what is checked.
    const run = await lovkode(['check', dir, '-', '--stdin-filepath', onDisk], { stdin: 'modul stdin.b\nbruk stdin.a\n\nkilde k "K"\n\nregel b: beløp  (kilde k)\n  = c + 1 kr\n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${shown(onDisk)}:7:5: error LK2001: Ukjent navn «c»`);
    expect(run.stderr).toContain('2 filer sjekket');
  });

  it('fmt - writes the formatted text to standard output and touches no file; --check says whether it would change', { timeout }, async () => {
    const messy = 'modul   rot\n\nkilde k "K"\n\nregel   a : beløp   (kilde k)\n  =   1 kr+2 kr\n';
    const run = await lovkode(['fmt', '-'], { stdin: messy });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('modul rot\n\nkilde k "K"\n\nregel a: beløp  (kilde k)\n  = 1 kr + 2 kr\n');
    expect((await lovkode(['fmt', '--check', '-'], { stdin: messy })).code).toBe(1);
    expect((await lovkode(['fmt', '--check', '-'], { stdin: run.stdout })).code).toBe(0);
    const latin1 = await lovkode(['fmt', '-'], { stdin: Buffer.from([0x6d, 0x6f, 0x64, 0x75, 0x6c, 0x20, 0xe6]) });
    expect(latin1.code).toBe(1);
    expect(latin1.stdout).toBe('');
  });

  it('--version', { timeout }, async () => {
    const run = await lovkode(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^lovkode \d+\.\d+\.\d+\n$/) });
  });
});
