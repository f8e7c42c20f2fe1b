import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check';
import { documentSymbols, type DocumentSymbol } from '../../src/services/document-symbols';
import { ServiceSession } from '../../src/services/session';
import { examplePath, exampleText, find } from './helpers';

/** `kind name` with the children indented: the outline as text. */
function outline(symbols: readonly DocumentSymbol[], indent = ''): string[] {
  return symbols.flatMap((s) => [`${indent}${s.kind} ${s.name}${s.detail ? ` — ${s.detail}` : ''}`, ...outline(s.children, `${indent}  `)]);
}

describe('documentSymbols', () => {
  const session = new ServiceSession(check([{ path: examplePath, text: exampleText }]));
  const symbols = documentSymbols(session, examplePath);

  it('outlines the example: the module, and inside it every declaration with its members', () => {
    expect(outline(symbols)).toEqual([
      'module eksempel.livsopphold — modul',
      '  source stl18 — Sosialtjenesteloven § 18',
      '  source stl18_3 — Sosialtjenesteloven § 18 tredje ledd',
      '  source stl19 — Sosialtjenesteloven § 19',
      '  source rnb2023 — Revidert nasjonalbudsjett 2023: satsene økt med 10 prosent fra 1. juli 2023',
      '  source a3_2023 — Rundskriv A-3/2023 Statlige veiledende retningslinjer for 2024',
      '  assumption alder_første_dag — Alder regnes i hele år den første dagen i beregningsmåneden',
      '  enum Sivilstand — valg',
      '    enum-member enslig — Sivilstand',
      '    enum-member ektepar_samboere — Sivilstand',
      '    enum-member bofellesskap — Sivilstand',
      '  enum Satskategori — valg',
      '    enum-member enslig — Satskategori',
      '    enum-member ektepar_samboere — Satskategori',
      '    enum-member person_i_bofellesskap — Satskategori',
      '    enum-member barn_0_5 — Satskategori',
      '    enum-member barn_6_10 — Satskategori',
      '    enum-member barn_11_17 — Satskategori',
      '  enum Inntektsart — valg',
      '    enum-member lønn — Inntektsart',
      '    enum-member trygd — Inntektsart',
      '    enum-member bostøtte — Inntektsart',
      '    enum-member barnetrygd — Inntektsart',
      '    enum-member barns_arbeidsinntekt — Inntektsart',
      '    enum-member annen — Inntektsart',
      '  enum Utgiftsart — valg',
      '    enum-member husleie — Utgiftsart',
      '    enum-member strøm — Utgiftsart',
      '    enum-member annen — Utgiftsart',
      '  record Barn — type',
      '    field fødselsdato — dato',
      '  record Inntekt — type',
      '    field art — Inntektsart',
      '    field beløp — beløp',
      '  record Utgift — type',
      '    field art — Utgiftsart',
      '    field beløp — beløp',
      '  input Søknad — inndata',
      '    input beregningsmåned — måned',
      '    input sivilstand — Sivilstand',
      '    input barn — liste av Barn',
      '    input inntekter — liste av Inntekt',
      '    input utgifter — liste av Utgift',
      '    input særlige_behov — sannhetsverdi',
      '  output utdata — stønad, behov, sats, inntekt_regnet_med, vurdering_etter_19',
      '  table veiledende_sats — (kategori: Satskategori): beløp',
      '  rule første_dag_i_måneden — dato',
      '  rule aldersgruppe — (b: Barn): Satskategori',
      '  rule voksensats — beløp',
      '  discretion sats — beløp',
      '  discretion boutgifter — beløp',
      '  rule behov — beløp',
      '  rule teller_som_inntekt — (inntekt: Inntekt): sannhetsverdi',
      '    exception barns_arbeid — unntak',
      '    exception barnetrygd — unntak',
      '  rule inntekt_regnet_med — beløp',
      '  rule stønad — beløp',
      '  rule vurdering_etter_19 — sannhetsverdi',
      '    exception særlige_behov — unntak',
      '  test Enslig uten inntekt, mars 2024 — test',
      '  test Barnetrygd regnes ikke med fra september 2022 — test',
      '  test Høyere boutgifter etter skjønn — test',
      '  test Satsene for 2025 er ikke registrert — test',
    ]);
  });

  it('gives each symbol the range of its declaration and the range of its name', () => {
    const module = symbols[0] as DocumentSymbol;
    const rule = module.children.find((s) => s.name === 'teller_som_inntekt') as DocumentSymbol;
    const name = find(exampleText, 'regel teller_som_inntekt', 6);
    expect(rule.selectionRange).toEqual({ ...name, endLine: name.line, endColumn: name.column + 'teller_som_inntekt'.length });
    expect(rule.range.line).toBe(name.line);
    expect(rule.range.column).toBe(1);
    expect(rule.range.endLine).toBe(find(exampleText, 'når inntekt.art = barnetrygd så usann').line);
    const exception = rule.children[1] as DocumentSymbol;
    expect(exception.selectionRange.line).toBe(find(exampleText, 'unntak barnetrygd').line);
    expect(module.range).toMatchObject({ line: 3, column: 1 });
    for (const child of module.children) {
      expect(child.range.line).toBeGreaterThanOrEqual(module.range.line);
      expect(child.range.endLine).toBeLessThanOrEqual(module.range.endLine);
      expect(child.selectionRange.line).toBeGreaterThanOrEqual(child.range.line);
      expect(child.selectionRange.endLine).toBeLessThanOrEqual(child.range.endLine);
    }
  });

  it('keeps declarations that do not parse, and shows an exception’s «til» and a test’s date', () => {
    const text = `modul m variant av n
kilde k "K"
regel brutt(: beløp
regel r: heltall  (kilde k)
  = 1
  unntak a  (kilde k)
    når sann så 2
  unntak b til a  (kilde k)
    når sann så 3
test "T" per 2024-03
  forvent r = 1
`;
    const session = new ServiceSession(check([{ path: 'm.lov', text }, { path: 'n.lov', text: 'modul n\n' }]));
    expect(outline(documentSymbols(session, 'm.lov'))).toEqual([
      'module m — variant av n',
      '  source k — K',
      '  rule brutt — regel (kan ikke leses)',
      '  rule r — heltall',
      '    exception a — unntak',
      '    exception b — unntak til a',
      '  test T — test per 2024-03',
    ]);
  });

  it('without a module header, the declarations are the top level; unknown files have none', () => {
    const session = new ServiceSession(check([{ path: 'x.lov', text: 'kilde k "K"\nvalg V { a }\n' }]));
    expect(outline(documentSymbols(session, 'x.lov'))).toEqual(['source k — K', 'enum V — valg', '  enum-member a — V']);
    expect(documentSymbols(session, 'y.lov')).toEqual([]);
  });
});
