import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check';
import { definition, references } from '../../src/services/definition';
import { ServiceSession } from '../../src/services/session';
import { grunn, hoved, loc, twoFiles } from './fixtures';
import { examplePath, exampleText, find } from './helpers';

describe('definition across files', () => {
  const result = twoFiles();
  const session = new ServiceSession(result);
  const def = (needle: string, delta = 0, nth = 0) => definition(session, 'hoved.lov', find(hoved, needle, delta, nth));

  it('checks cleanly (the fixture is a valid rule set)', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('finds an imported rule in the other file', () => {
    expect(def('så grunnsats', 4)).toEqual(loc('grunn.lov', grunn, 'grunnsats'));
  });

  it('finds type names, enumeration members, inputs and fields', () => {
    expect(def('s: Sivilstand', 4)).toEqual(loc('grunn.lov', grunn, 'Sivilstand'));
    expect(def('s = enslig', 5)).toEqual(loc('grunn.lov', grunn, 'enslig'));
    expect(def('antall(barn)', 8)).toEqual(loc('grunn.lov', grunn, 'barn:', 'barn'));
    expect(def('b.fødselsdato', 3)).toEqual(loc('grunn.lov', grunn, 'fødselsdato'));
  });

  it('finds parameters and comprehension variables in the same file', () => {
    expect(def('hvis s =', 5)).toEqual(loc('hoved.lov', hoved, 's: Sivilstand', 's'));
    expect(def('b.fødselsdato', 0)).toEqual(loc('hoved.lov', hoved, 'b i barn', 'b'));
  });

  it('finds citations, in this file and the imported one', () => {
    expect(def('(kilde h, stl18)', 7)).toEqual(loc('hoved.lov', hoved, 'h "Hovedkilde"', 'h'));
    expect(def('(kilde h, stl18)', 11)).toEqual(loc('grunn.lov', grunn, 'stl18'));
  });

  it('finds the exception a «til» names', () => {
    expect(def('til par_med_barn', 5)).toEqual(loc('hoved.lov', hoved, 'par_med_barn'));
  });

  it('finds the names of a test: «gitt», «overstyr», «forvent»', () => {
    expect(def('gitt beregningsmåned', 6)).toEqual(loc('grunn.lov', grunn, 'beregningsmåned'));
    expect(def('overstyr tillegg', 10)).toEqual(loc('grunn.lov', grunn, 'tillegg'));
    expect(def('forvent stønad', 9)).toEqual(loc('hoved.lov', hoved, 'regel stønad', 'stønad'));
    expect(def('utdata stønad', 8)).toEqual(loc('hoved.lov', hoved, 'regel stønad', 'stønad'));
  });

  it('finds the module a «bruk» names (its whole dotted name), from any part of it', () => {
    const module = loc('grunn.lov', grunn, 'sosialhjelp.grunn');
    expect(def('bruk sosialhjelp.grunn', 6)).toEqual(module);
    expect(def('bruk sosialhjelp.grunn', 19)).toEqual(module);
  });

  it('finds the names in an explanation', () => {
    expect(def('{s}', 1)).toEqual(loc('hoved.lov', hoved, 's: Sivilstand', 's'));
    expect(def('{grunnsats}', 1)).toEqual(loc('grunn.lov', grunn, 'grunnsats'));
  });

  it('on a declaring name gives the declaration itself; on a built-in or nothing, undefined', () => {
    expect(def('regel stønad', 6)).toEqual(loc('hoved.lov', hoved, 'regel stønad', 'stønad'));
    expect(def('antall(barn)', 1)).toBeUndefined();
    expect(def('regel sats', 1)).toBeUndefined();
    expect(definition(session, 'finnes-ikke.lov', { line: 1, column: 1 })).toBeUndefined();
  });

  it('finds the original an «erstatt» replaces', () => {
    const variant = 'modul kommune variant av sosialhjelp.grunn\nkilde v "Vedtak"\nerstatt regel grunnsats: beløp  (kilde v)\n  = 8 000 kr\n';
    const session = new ServiceSession(check([
      { path: 'grunn.lov', text: grunn },
      { path: 'kommune.lov', text: variant },
    ]));
    expect(definition(session, 'kommune.lov', find(variant, 'grunnsats', 2))).toEqual(loc('grunn.lov', grunn, 'grunnsats'));
  });
});

describe('references', () => {
  const session = new ServiceSession(twoFiles());

  it('finds every occurrence across files, the declaration included', () => {
    const refs = references(session, 'grunn.lov', find(grunn, 'grunnsats', 2));
    expect(refs).toEqual([
      loc('grunn.lov', grunn, 'grunnsats'),
      loc('hoved.lov', hoved, 'så grunnsats ellers', 'grunnsats'),
      loc('hoved.lov', hoved, 'ellers grunnsats', 'grunnsats'),
      loc('hoved.lov', hoved, 'grunnsats * 3', 'grunnsats'),
      loc('hoved.lov', hoved, 'grunnsats * 4', 'grunnsats'),
      loc('hoved.lov', hoved, '{grunnsats}', 'grunnsats'),
    ]);
    expect(references(session, 'hoved.lov', find(hoved, 'ellers grunnsats', 8))).toEqual(refs);
  });

  it('finds sources in citations, enumeration members in tests, modules in «bruk»', () => {
    expect(references(session, 'grunn.lov', find(grunn, 'stl18', 1))).toEqual([
      loc('grunn.lov', grunn, 'kilde stl18', 'stl18'),
      loc('grunn.lov', grunn, '(kilde stl18)', 'stl18', 0),
      loc('grunn.lov', grunn, '(kilde stl18)', 'stl18', 1),
      loc('hoved.lov', hoved, 'stl18'),
    ]);
    expect(references(session, 'grunn.lov', find(grunn, 'enslig'))).toEqual([
      loc('grunn.lov', grunn, 'enslig'),
      loc('hoved.lov', hoved, 's = enslig', 'enslig'),
      loc('hoved.lov', hoved, 'sivilstand = enslig', 'enslig'),
    ]);
    expect(references(session, 'grunn.lov', find(grunn, 'sosialhjelp.grunn', 3))).toEqual([
      loc('grunn.lov', grunn, 'sosialhjelp.grunn'),
      loc('hoved.lov', hoved, 'sosialhjelp.grunn'),
    ]);
  });

  it('finds a parameter in its rule, its explanation included', () => {
    const refs = references(session, 'hoved.lov', find(hoved, 's: Sivilstand'));
    expect(refs.map((r) => `${r.line}:${r.column}`)).toEqual(['8:12', '9:10', '11:9', '14:38']);
  });

  it('in the example: a table’s key in its header, an enumeration member in a header column', () => {
    const session = new ServiceSession(check([{ path: examplePath, text: exampleText }]));
    const member = references(session, examplePath, find(exampleText, 'veiledende_sats(enslig)', 17));
    expect(member).toEqual([
      loc(examplePath, exampleText, 'Satskategori {\n  enslig', 'enslig'),
      loc(examplePath, exampleText, '| enslig', 'enslig'),
      loc(examplePath, exampleText, 'veiledende_sats(enslig)', 'enslig'),
    ]);
    const sats = references(session, examplePath, find(exampleText, 'skjønn sats', 8));
    expect(sats).toHaveLength(5); // declaration, utdata, behov, {sats} in the explanation, forvent
  });

  it('is empty where there is no name', () => {
    expect(references(session, 'hoved.lov', { line: 1, column: 1 })).toEqual([]);
  });
});
