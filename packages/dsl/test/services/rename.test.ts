import { describe, expect, it } from 'vitest';
import { check, type RuleSource } from '../../src/check/check';
import { rename, type TextEdit } from '../../src/services/rename';
import { ServiceSession } from '../../src/services/session';
import { grunn, hoved, twoFiles } from './fixtures';
import { examplePath, exampleText, find } from './helpers';

/** Applies edits to the files of a rule set (edits within a file from the last to the first). */
function apply(files: readonly RuleSource[], edits: readonly TextEdit[]): RuleSource[] {
  return files.map((file) => {
    const lines = file.text.split('\n');
    const mine = edits.filter((e) => e.path === file.path).sort((a, b) => b.range.line - a.range.line || b.range.column - a.range.column);
    for (const edit of mine) {
      expect(edit.range.endLine).toBe(edit.range.line);
      const line = lines[edit.range.line - 1] as string;
      lines[edit.range.line - 1] = line.slice(0, edit.range.column - 1) + edit.newText + line.slice(edit.range.endColumn - 1);
    }
    return { path: file.path, text: lines.join('\n') };
  });
}

function edits(session: ServiceSession, path: string, text: string, needle: string, delta: number, newName: string): TextEdit[] {
  const outcome = rename(session, path, find(text, needle, delta), newName);
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome.edits;
}

const files: RuleSource[] = [
  { path: 'grunn.lov', text: grunn },
  { path: 'hoved.lov', text: hoved },
];

describe('rename', () => {
  it('renames a rule across files, from a use or from its declaration, and the result still checks', () => {
    const session = new ServiceSession(twoFiles());
    const fromUse = edits(session, 'hoved.lov', hoved, 'så grunnsats', 4, 'basissats');
    expect(fromUse).toHaveLength(6);
    expect(edits(session, 'grunn.lov', grunn, 'regel grunnsats', 7, 'basissats')).toEqual(fromUse);
    const renamed = apply(files, fromUse);
    expect(renamed[1]?.text).toContain('så basissats ellers basissats * 2');
    expect(renamed[1]?.text).toContain('grunnsatsen er {basissats}.');
    expect(renamed[0]?.text).toContain('regel basissats: beløp');
    expect(check(renamed).diagnostics).toEqual(check(files).diagnostics);
  });

  it('renames an input, its uses in tests included', () => {
    const session = new ServiceSession(twoFiles());
    const renamed = apply(files, edits(session, 'grunn.lov', grunn, 'sivilstand:', 2, 'samlivsform'));
    expect(renamed[1]?.text).toContain('sats(samlivsform)');
    expect(renamed[1]?.text).toContain('samlivsform = enslig');
    expect(check(renamed).diagnostics).toEqual(check(files).diagnostics);
  });

  it('renames a module everywhere its dotted name is written', () => {
    const session = new ServiceSession(twoFiles());
    const changes = edits(session, 'hoved.lov', hoved, 'bruk sosialhjelp.grunn', 8, 'sosialhjelp.felles');
    expect(changes).toEqual([
      { path: 'grunn.lov', range: { line: 1, column: 7, endLine: 1, endColumn: 24 }, newText: 'sosialhjelp.felles' },
      { path: 'hoved.lov', range: { line: 2, column: 6, endLine: 2, endColumn: 23 }, newText: 'sosialhjelp.felles' },
    ]);
    expect(check(apply(files, changes)).diagnostics).toEqual(check(files).diagnostics);
  });

  it('renames a parameter in its rule and in its explanation only', () => {
    const session = new ServiceSession(twoFiles());
    const renamed = apply(files, edits(session, 'hoved.lov', hoved, 'hvis s =', 5, 'sivil'));
    expect(renamed[1]?.text).toContain('regel sats(sivil: Sivilstand)');
    expect(renamed[1]?.text).toContain('for {sivil},');
    expect(check(renamed).diagnostics).toEqual(check(files).diagnostics);
  });

  it('renames an exception label and its «til»', () => {
    const session = new ServiceSession(twoFiles());
    const renamed = apply(files, edits(session, 'hoved.lov', hoved, 'unntak par_med_barn', 8, 'par_og_barn'));
    expect(renamed[1]?.text).toContain('unntak mange_barn til par_og_barn');
    expect(check(renamed).diagnostics).toEqual(check(files).diagnostics);
  });

  it('in the example: an enumeration member in a table header and a source in table rows', () => {
    const session = new ServiceSession(check([{ path: examplePath, text: exampleText }]));
    const example: RuleSource[] = [{ path: examplePath, text: exampleText }];
    const member = apply(example, edits(session, examplePath, exampleText, 'barn_0_5 |', 0, 'barn_under_6'));
    expect(member[0]?.text).toContain('| barn_under_6 |');
    expect(member[0]?.text).toContain('så barn_under_6');
    expect(check(member).diagnostics).toEqual([]);
    const source = apply(example, edits(session, examplePath, exampleText, 'kilde rnb2023', 7, 'rnb_2023'));
    expect(source[0]?.text).toContain('|      4 950 | rnb_2023 |');
    expect(source[0]?.text).toContain('kilde rnb_2023 ');
    expect(check(source).diagnostics).toEqual([]);
    const skjønn = apply(example, edits(session, examplePath, exampleText, 'skjønn sats', 8, 'husstandssats'));
    expect(skjønn[0]?.text).toContain('Behovet er satsen ({husstandssats})');
    expect(check(skjønn).diagnostics).toEqual([]);
  });

  it('renames an «erstatt» declaration together with its original', () => {
    const variant = 'modul kommune variant av sosialhjelp.grunn\nkilde v "Vedtak"\nerstatt regel grunnsats: beløp  (kilde v)\n  = 8 000 kr\n';
    const all: RuleSource[] = [...files, { path: 'kommune.lov', text: variant }];
    const result = check(all);
    const session = new ServiceSession(result);
    const changes = edits(session, 'kommune.lov', variant, 'regel grunnsats', 7, 'basissats');
    expect(changes.filter((e) => e.path === 'kommune.lov')).toHaveLength(1);
    expect(changes.filter((e) => e.path === 'grunn.lov')).toHaveLength(1);
    expect(check(apply(all, changes)).diagnostics).toEqual(result.diagnostics);
  });

  it('refuses built-ins, reserved words, invalid names and clashes', () => {
    const session = new ServiceSession(twoFiles());
    const refuse = (needle: string, delta: number, newName: string) => {
      const outcome = rename(session, 'hoved.lov', find(hoved, needle, delta), newName);
      expect(outcome).toHaveProperty('error');
      return 'error' in outcome ? outcome.error : '';
    };
    expect(refuse('antall(barn)', 1, 'telling')).toContain('innebygd');
    expect(refuse('(s: Sivilstand): beløp', 17, 'penger')).toContain('innebygd');
    expect(refuse('regel stønad', 7, 'regel')).toContain('reservert');
    expect(refuse('regel stønad', 7, 'i')).toContain('reservert');
    expect(refuse('regel stønad', 7, '2stønad')).toContain('gyldig');
    expect(refuse('regel stønad', 7, 'stønad ny')).toContain('gyldig');
    expect(refuse('regel stønad', 7, '')).toContain('gyldig');
    expect(refuse('regel stønad', 7, 'sats')).toContain('finnes allerede');
    expect(refuse('s = enslig', 5, 'par')).toContain('finnes allerede');
    expect(refuse('hvis s =', 5, 'grunnsats')).toContain('brukes allerede');
    expect(refuse('så grunnsats', 4, 's')).toContain('skjule');
    expect(refuse('bruk sosialhjelp.grunn', 8, 'sosialhjelp.hoved')).toContain('finnes allerede');
    expect(refuse('bruk sosialhjelp.grunn', 8, 'sosialhjelp.')).toContain('gyldig');
    expect(rename(session, 'hoved.lov', { line: 1, column: 1 }, 'x')).toHaveProperty('error');
  });

  it('a rename to the same name changes nothing', () => {
    expect(rename(new ServiceSession(twoFiles()), 'hoved.lov', find(hoved, 'regel stønad', 7), 'stønad')).toEqual({ edits: [] });
  });
});
