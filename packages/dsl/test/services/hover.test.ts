import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check';
import { hover } from '../../src/services/hover';
import { ServiceSession } from '../../src/services/session';
import { examplePath, exampleText, find } from './helpers';

const session = new ServiceSession(check([{ path: examplePath, text: exampleText }]));
const at = (needle: string, delta = 0, nth = 0) => hover(session, examplePath, find(exampleText, needle, delta, nth));

describe('hover', () => {
  it('shows a rule’s signature and its citations, with links and assumptions marked', () => {
    const h = at('aldersgruppe(b)) for', 3);
    expect(h?.contents).toContain('```lovkode\nregel aldersgruppe(b: Barn): Satskategori\n```');
    expect(h?.contents).toContain('[Rundskriv A-3/2023 Statlige veiledende retningslinjer for 2024](https://www.regjeringen.no/) (`a3_2023`)');
    expect(h?.contents).toContain('*Antakelse:* Alder regnes i hele år den første dagen i beregningsmåneden (`alder_første_dag`)');
    expect(h?.range).toEqual({ ...find(exampleText, 'aldersgruppe(b)) for'), endLine: find(exampleText, 'aldersgruppe(b)) for').line, endColumn: find(exampleText, 'aldersgruppe(b)) for').column + 'aldersgruppe'.length });
  });

  it('shows the doc comment', () => {
    expect(at('veiledende_sats(enslig)', 1)?.contents).toContain('Veiledende satser per måned.');
    expect(at('antakelse alder_første_dag', 12)?.contents).toContain('Alder i hele år regnes den første dagen i måneden det beregnes for.');
  });

  it('shows a table’s signature and the sources of its rows', () => {
    const contents = at('veiledende_sats(enslig)', 1)?.contents ?? '';
    expect(contents).toContain('tabell veiledende_sats(kategori: Satskategori): beløp');
    expect(contents).toContain('Revidert nasjonalbudsjett 2023: satsene økt med 10 prosent fra 1. juli 2023 (`rnb2023`)');
  });

  it('shows an exception’s sources, validity and what it is an exception to', () => {
    const contents = at('unntak barnetrygd', 8)?.contents ?? '';
    expect(contents).toContain('unntak barnetrygd');
    expect(contents).toContain('Unntak fra grunndefinisjonen av regelen `teller_som_inntekt`');
    expect(contents).toContain('[Sosialtjenesteloven § 18 tredje ledd](https://lovdata.no/lov/2009-12-18-131/§18) (`stl18_3`)');
    expect(contents).toContain('Gjelder fra 2022-09-01');
  });

  it('names the exception an exception to another is an exception to', () => {
    const text = `modul m
kilde k "K"
regel r: heltall  (kilde k)
  = 1
  unntak a  (kilde k)
    når sann så 2
  unntak b til a  (kilde k, gjelder fra 2024-01-01 til 2024-12-31)
    når sann så 3
`;
    const session = new ServiceSession(check([{ path: 'm.lov', text }]));
    const contents = hover(session, 'm.lov', find(text, 'til a', 4))?.contents ?? '';
    expect(contents).toContain('unntak a');
    const b = hover(session, 'm.lov', find(text, 'unntak b', 7))?.contents ?? '';
    expect(b).toContain('unntak b til a');
    expect(b).toContain('Unntak fra unntaket `a` i regelen `r`');
    expect(b).toContain('Gjelder fra 2024-01-01 til 2024-12-31');
  });

  it('shows a source’s title and link, where it is cited and declared', () => {
    const cited = at('(kilde stl19)', 7)?.contents ?? '';
    expect(cited).toContain('kilde stl19 "Sosialtjenesteloven § 19" <https://lovdata.no/lov/2009-12-18-131/§19>');
    expect(cited).toContain('[Sosialtjenesteloven § 19](https://lovdata.no/lov/2009-12-18-131/§19)');
    expect(at('kilde rnb2023', 7)?.contents).toContain('Revidert nasjonalbudsjett 2023');
    expect(at('| rnb2023 |', 3)?.contents).toContain('kilde rnb2023');
  });

  it('marks an assumption as such and shows what it rests on', () => {
    const contents = at('(kilde alder_første_dag)', 8)?.contents ?? '';
    expect(contents).toContain('antakelse alder_første_dag');
    expect(contents).toContain('Antakelse');
    expect(contents).toContain('**Bygger på**');
    expect(contents).toContain('(`a3_2023`)');
  });

  it('shows the enumeration of a member, also a bare one and one in a table header', () => {
    expect(at('så barn_0_5', 4)?.contents).toContain('Satskategori.barn_0_5');
    expect(at('så barn_0_5', 4)?.contents).toContain('Verdi i valget `Satskategori`');
    expect(at('sivilstand = enslig så', 14)?.contents).toContain('Sivilstand.enslig');
    expect(at('| enslig |', 3)?.contents).toContain('Satskategori.enslig');
  });

  it('shows the types of inputs, fields, parameters and comprehension variables', () => {
    const input = at('særlige_behov:', 2)?.contents ?? '';
    expect(input).toContain('inndata særlige_behov: sannhetsverdi');
    expect(input).toContain('Valgfritt; standardverdi `usann`');
    expect(at('beregningsmåned: måned', 2)?.contents).toContain('vurderingstidspunkt');
    expect(at('inntekt.art = barnetrygd', 9)?.contents).toContain('Inntekt.art: Inntektsart');
    expect(at('inntekt.art = barnetrygd', 2)?.contents).toContain('inntekt: Inntekt');
    expect(at('x.beløp for x', 0)?.contents).toContain('x: Inntekt');
    expect(at('type Barn', 6)?.contents).toContain('type Barn { fødselsdato: dato }');
  });

  it('shows the signature and doc of a built-in', () => {
    const contents = at('maks(0 kr', 1)?.contents ?? '';
    expect(contents).toContain('maks(a, b, …)');
    expect(contents).toContain('Den største av verdiene');
    expect(at('= første_dag(beregningsmåned)', 3)?.contents).toContain('første_dag(m: måned): dato');
    expect(at(': beløp  (kilde stl18)\n  = sats', 3)?.contents).toContain('Et eksakt beløp i kroner med øre.');
  });

  it('shows the type of a literal', () => {
    expect(at('16 550 kr', 2)?.contents).toBe('```lovkode\n16 550 kr: beløp\n```');
    expect(at('= 2024-03\n', 4)?.contents).toContain('2024-03: måned');
    expect(at('2019-11-30', 1)?.contents).toContain('2019-11-30: dato');
    expect(at('= sann', 3)?.contents).toContain('sann: sannhetsverdi');
    expect(at('|  7 550 |', 4)?.contents).toContain('7 550: beløp');
    expect(at('ubestemt "Vurder', 2)?.contents).toContain('Ubestemt utfall');
  });

  it('resolves the names in an explanation, and «verdi»', () => {
    expect(at('({sats})', 3)?.contents).toContain('skjønn sats: beløp');
    expect(at('{verdi}', 2)?.contents).toContain('verdi: beløp');
    expect(at('{verdi}', 2)?.contents).toContain('Verdien av skjønnet `sats`');
  });

  it('shows a module and what it comes from', () => {
    const grunn = 'modul sosialhjelp.grunn\nkilde k "K"\n## Grunnsatsen.\nregel grunnsats: beløp  (kilde k)\n  = 1 kr\n';
    const hoved = 'modul sosialhjelp.hoved\nbruk sosialhjelp.grunn\nkilde h "H"\nregel r: beløp  (kilde h)\n  = grunnsats\n';
    const session = new ServiceSession(check([
      { path: 'grunn.lov', text: grunn },
      { path: 'hoved.lov', text: hoved },
    ]));
    const use = hover(session, 'hoved.lov', find(hoved, 'bruk sosialhjelp.grunn', 12));
    expect(use?.contents).toContain('modul sosialhjelp.grunn');
    expect(use?.contents).toContain('grunn.lov');
    expect(use?.range).toEqual({ line: 2, column: 6, endLine: 2, endColumn: 23 });
    const imported = hover(session, 'hoved.lov', find(hoved, '= grunnsats', 3))?.contents ?? '';
    expect(imported).toContain('Grunnsatsen.');
    expect(imported).toContain('Fra modulen `sosialhjelp.grunn`');
  });

  it('shows the stored wording a citation is pinned to (docs/law-text.md)', () => {
    const text = [
      'modul lov',
      'kilde stl18 "Sosialtjenesteloven § 18"',
      '  kontrollert 2026-12-05 <https://lovdata.no/dokument/NL/lov/2009-12-18-131>',
      '  ledd 1 punktum 1 "De som ikke kan sørge for sitt livsopphold, har krav på økonomisk stønad."',
      '  ledd 3 punktum 1 "Uten barnetrygd."  (kilde ks, gjelder fra 2016-01-01 til 2022-08-31)',
      '  ledd 3 punktum 1 ukjent "Barnetrygd holdes også utenfor."  (gjelder fra 2022-09-01)',
      'kilde ks "KS"',
      'regel r: beløp  (kilde stl18 ledd 3 punktum 1)',
      '  = 1 kr',
      'regel s: beløp  (kilde stl18 ledd 1)',
      '  = 1 kr',
      '',
    ].join('\n');
    const session = new ServiceSession(check([{ path: 'lov.lov', text }]));
    const third = hover(session, 'lov.lov', find(text, 'stl18 ledd 3', 1))?.contents ?? '';
    expect(third).toContain('**Ledd 3, punktum 1** (2016-01-01–2022-08-31): «Uten barnetrygd.» *(ordlyden bare funnet i `ks`)*');
    expect(third).toContain('**Ledd 3, punktum 1** (fra 2022-09-01): *ordlyden er ikke funnet; innholdet:* Barnetrygd holdes også utenfor.');
    expect(third).not.toContain('Ledd 1');
    expect(third).toContain('Ordlyden er kontrollert 2026-12-05');
    const first = hover(session, 'lov.lov', find(text, 'stl18 ledd 1', 1))?.contents ?? '';
    expect(first).toContain('«De som ikke kan sørge for sitt livsopphold, har krav på økonomisk stønad.»');
    expect(first).not.toContain('Ledd 3');
    const declaration = hover(session, 'lov.lov', find(text, 'kilde stl18', 7))?.contents ?? '';
    expect(declaration).toContain('Ledd 1, punktum 1');
    expect(declaration).toContain('Ledd 3, punktum 1');
  });

  it('shows the stored wording a table row\'s kilde cell is pinned to (docs/law-text.md §2)', () => {
    const text = [
      'modul lov',
      'kilde satser "Satsoversikt"',
      '  ledd 1 punktum 1 "Fra 2024: 100 kr."',
      '  ledd 2 punktum 1 "Fra 2025: 200 kr."',
      'tabell sats(n: heltall): beløp',
      '  | fra        | n | verdi | kilde                   |',
      '  | 2025-01-01 | 1 |   200 | satser ledd 2 punktum 1 |',
      '',
    ].join('\n');
    const session = new ServiceSession(check([{ path: 'lov.lov', text }]));
    const row = hover(session, 'lov.lov', find(text, 'satser ledd 2', 1))?.contents ?? '';
    expect(row).toContain('«Fra 2025: 200 kr.»');
    expect(row).not.toContain('Fra 2024');
  });

  it('gives nothing on white space, keywords and unknown names', () => {
    expect(at('regel stønad', 0)).toBeUndefined();
    expect(at('\n\nregel stønad', 1)).toBeUndefined();
    const session = new ServiceSession(check([{ path: 'u.lov', text: 'modul u\nkilde k "K"\nregel r: beløp  (kilde k)\n  = ukjent_navn\n' }]));
    expect(hover(session, 'u.lov', { line: 4, column: 6 })).toBeUndefined();
    expect(hover(session, 'finnes-ikke.lov', { line: 1, column: 1 })).toBeUndefined();
  });
});
