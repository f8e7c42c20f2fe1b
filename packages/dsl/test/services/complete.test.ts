import { describe, expect, it } from 'vitest';
import { complete, expressionKeywords, type CompletionItem } from '../../src/services/complete';
import { ServiceSession } from '../../src/services/session';
import { exampleText, exampleWith, item, labels, withCursor } from './helpers';

function at(marked: string, others: ReadonlyArray<{ path: string; text: string }> = []): CompletionItem[] {
  const { result, position, path } = withCursor(marked, 'a.lov', others);
  return complete(new ServiceSession(result), path, position);
}

const sources = ['stl18', 'stl18_3', 'stl19', 'rnb2023', 'a3_2023'];
const declarationKeywords = ['bruk', 'kilde', 'antakelse', 'valg', 'type', 'inndata', 'utdata', 'tabell', 'regel', 'skjønn', 'test'];

const grunn = {
  path: 'grunn.lov',
  text: `modul sosialhjelp.grunn

kilde stl18 "Sosialtjenesteloven § 18"

valg Sivilstand { enslig, par }
type Barn { fødselsdato: dato, navn: tekst }

inndata Søknad {
  beregningsmåned: måned  (vurderingstidspunkt)
  sivilstand:      Sivilstand
  barn:            liste av Barn = []
}

regel grunnsats: beløp  (kilde stl18)
  = 7 850 kr
`,
};
const satser = { path: 'satser.lov', text: 'modul sosialhjelp.satser\n' };

describe('complete: citations', () => {
  it('after «(kilde » offers the sources and assumptions, with their titles', () => {
    const items = at(exampleWith('regel behov: beløp  (kilde stl18)', 'regel behov: beløp  (kilde ‸)'));
    expect(labels(items)).toEqual(expect.arrayContaining([...sources, 'alder_første_dag']));
    expect(item(items, 'stl18')).toMatchObject({ kind: 'source', detail: 'Sosialtjenesteloven § 18' });
    expect(item(items, 'alder_første_dag')).toMatchObject({ kind: 'source', detail: 'Alder regnes i hele år den første dagen i beregningsmåneden' });
    expect(item(items, 'alder_første_dag')?.documentation).toContain('Antakelse');
    for (const absent of ['behov', 'sum', 'hvis', 'Sivilstand', 'gjelder', 'regel']) expect(labels(items)).not.toContain(absent);
  });

  it('after «, » in a citation offers the sources and «gjelder»', () => {
    const items = at(exampleWith('regel behov: beløp  (kilde stl18)', 'regel behov: beløp  (kilde stl18, ‸)'));
    expect(labels(items)).toEqual(expect.arrayContaining([...sources, 'gjelder']));
    expect(labels(items)).not.toContain('stønad');
  });

  it('while the source id is being typed, in an exception and an assumption', () => {
    expect(labels(at(exampleWith('unntak barnetrygd  (kilde stl18_3,', 'unntak barnetrygd  (kilde stl‸,')))).toEqual(expect.arrayContaining(sources));
    expect(labels(at(exampleWith('beregningsmåneden"  (kilde a3_2023)', 'beregningsmåneden"  (kilde ‸')))).toEqual(expect.arrayContaining(sources));
  });

  it('right after the opening parenthesis offers «kilde» and «gjelder»; after «gjelder», «fra»', () => {
    expect(labels(at(exampleWith('regel behov: beløp  (kilde stl18)', 'regel behov: beløp  (‸')))).toEqual(['kilde', 'gjelder']);
    expect(labels(at(exampleWith('(kilde stl18_3, gjelder fra', '(kilde stl18_3, gjelder ‸')))).toEqual(['fra']);
    expect(labels(at(exampleWith('(kilde stl18_3, gjelder fra 2022-09-01)', '(kilde stl18_3, gjelder fra 2022-09-01 ‸)')))).toEqual(['til']);
  });

  it('in the «kilde» column of a table offers the sources only', () => {
    const items = at(exampleWith('|      4 950 | rnb2023 |', '|      4 950 | ‸ |'));
    expect(labels(items).sort()).toEqual([...sources, 'alder_første_dag'].sort());
  });

  it('after an «ukjent» cell the next cell is the «kilde» column', () => {
    const items = at(exampleWith('| 2025-01-01 | ukjent "Rundskriv for 2025 er ikke registrert" |', '| 2025-01-01 | ukjent "Rundskriv for 2025 er ikke registrert" | ‸'));
    expect(labels(items)).toContain('rnb2023');
  });
});

describe('complete: tables', () => {
  it('in the header offers the columns not yet written', () => {
    const items = at(exampleWith('| barn_11_17 | kilde   |', '| barn_11_17 | ‸ |'));
    expect(labels(items)).toEqual(expect.arrayContaining(['kilde', 'til']));
    expect(labels(items)).not.toContain('fra');
    expect(labels(items)).not.toContain('enslig');
  });

  it('in a key column of a long table offers the key’s members; in a value column «ukjent»', () => {
    const text = `modul t
kilde k "K"
valg Kategori { voksen, barn }
tabell tillegg(kategori: Kategori, antall: heltall): beløp
  | fra        | kategori | antall | verdi | kilde |
  | 2024-01-01 | ‸ | 1 | 100 | k |
`;
    expect(labels(at(text))).toEqual(['voksen', 'barn']);
    expect(labels(at(text.replace('| ‸ | 1 | 100 |', '| voksen | 1 | ‸ |')))).toEqual(['ukjent']);
  });
});

describe('complete: member access', () => {
  it('after «x.» on a record offers its fields', () => {
    const items = at(exampleWith('  = hvis alder(b.fødselsdato', '  = hvis alder(b.‸'));
    expect(labels(items)).toEqual(['fødselsdato']);
    expect(item(items, 'fødselsdato')).toMatchObject({ kind: 'field', detail: 'dato' });
  });

  it('works in a declaration that parses once the name being written and the unclosed brackets are there', () => {
    expect(labels(at(`${exampleText}\nregel ny(inn: Inntekt): beløp  (kilde stl18)\n  = inn.‸`))).toEqual(['art', 'beløp']);
    expect(labels(at(`${exampleText}\nregel ny: beløp  (kilde stl18)\n  = sum(x.‸ for x i inntekter`))).toEqual(['art', 'beløp']);
    expect(labels(at(`${exampleText}\nregel ny: beløp  (kilde stl18)\n  = sum(b.‸ for b i barn`))).toEqual(['fødselsdato']);
    expect(labels(at(`${exampleText}\nregel ny(l: liste av Barn): heltall  (kilde stl18)\n  = antall(b for b i l der alder(b.‸`))).toEqual(['fødselsdato']);
  });

  it('follows fields and calls', () => {
    const text = `modul m
kilde k "K"
type Adresse { by: tekst }
type Person { adresse: Adresse }
regel person: Person  (kilde k)
  = Person { adresse: Adresse { by: "Oslo" } }
regel hent(p: Person): Person  (kilde k)
  = p
regel by: tekst  (kilde k)
  = person.adresse.‸`;
    expect(labels(at(text))).toEqual(['by']);
    expect(labels(at(text.replace('person.adresse.‸', 'hent(person).‸')))).toEqual(['adresse']);
    expect(labels(at(text.replace('person.adresse.‸', 'person.adresse.by.‸')))).toEqual([]);
  });

  it('after «Valg.» offers the members of that enumeration only', () => {
    const items = at(exampleWith('så veiledende_sats(enslig)', 'så veiledende_sats(Satskategori.‸)'));
    expect(labels(items)).toEqual(['enslig', 'ektepar_samboere', 'person_i_bofellesskap', 'barn_0_5', 'barn_6_10', 'barn_11_17']);
    expect(item(items, 'barn_0_5')).toMatchObject({ kind: 'enum-member', detail: 'Satskategori' });
    expect(labels(at(`${exampleText}\nregel r: beløp  (kilde stl18)\n  = avrund(behov, 50 kr, Avrunding.‸`))).toEqual(['halv_opp', 'halv_ned', 'halv_partall', 'opp', 'ned']);
  });

  it('in a variant, the members its «utvid valg» adds come after the declared ones; in the base they are not offered', () => {
    const variant = `modul sosialhjelp.kommune variant av sosialhjelp.grunn

kilde vedtak "Vedtak"

utvid valg Sivilstand { samboer }

regel er_samboer: sannhetsverdi  (kilde vedtak)
  = sivilstand = Sivilstand.‸`;
    expect(labels(at(variant, [grunn]))).toEqual(['enslig', 'par', 'samboer']);
    const base = grunn.text.replace('  = 7 850 kr', '  = hvis sivilstand = Sivilstand.‸');
    expect(labels(at(base, [{ path: 'kommune.lov', text: variant.replace('‸', 'enslig') }]))).toEqual(['enslig', 'par']);
  });
});

describe('complete: types', () => {
  const typeLabels = ['beløp', 'tall', 'heltall', 'sannhetsverdi', 'tekst', 'dato', 'måned', 'Sivilstand', 'Satskategori', 'Barn', 'Inntekt', 'liste av'];

  it.each([
    ['a parameter', `${exampleText}\nregel ny(x: ‸`],
    ['a rule’s result', `${exampleText}\nregel ny(x: Barn): ‸`],
    ['a value rule’s result', `${exampleText}\nregel ny: ‸  (kilde stl18)\n  = 1`],
    ['a skjønn', `${exampleText}\nskjønn ny: ‸`],
    ['a record field', `${exampleText}\ntype Ny { a: ‸ }`],
    ['an input field', exampleWith('særlige_behov:   sannhetsverdi', 'særlige_behov:   ‸')],
    ['«liste av»', `${exampleText}\ntype Ny { a: liste av ‸ }`],
    ['a table key', `${exampleText}\ntabell ny(k: ‸`],
  ])('after «:» in %s offers the built-in types, enumerations and records', (_, text) => {
    const items = at(text);
    expect(labels(items)).toEqual(expect.arrayContaining(typeLabels));
    expect(item(items, 'Barn')?.kind).toBe('record');
    expect(item(items, 'Sivilstand')?.kind).toBe('enum');
    expect(item(items, 'beløp')?.kind).toBe('type');
    for (const absent of ['stønad', 'hvis', 'enslig', 'sum', 'stl18']) expect(labels(items)).not.toContain(absent);
  });

  it('in a record literal «{ felt: »  does not offer types but values', () => {
    const items = at(exampleWith('utgifter = [{ art: husleie', 'utgifter = [{ art: ‸'));
    expect(labels(items)).toEqual(expect.arrayContaining(['husleie', 'strøm', 'annen']));
    expect(labels(items)).not.toContain('liste av');
  });

  it('in a field’s default value offers values of the field’s type', () => {
    const items = labels(at(exampleWith('sivilstand:      Sivilstand', 'sivilstand:      Sivilstand = ‸')));
    expect(items).toEqual(expect.arrayContaining(['enslig', 'bofellesskap', 'sann']));
    expect(items).not.toContain('barn_0_5');
    expect(items).not.toContain('beløp');
  });

  it('field options after a field’s type', () => {
    expect(labels(at(exampleWith('beregningsmåned: måned  (vurderingstidspunkt)', 'beregningsmåned: måned  (‸)')))).toEqual(['vurderingstidspunkt', 'negativ_tillatt']);
    expect(labels(at(`${exampleText}\ntype Ny { a: beløp (‸ }`))).toEqual(['negativ_tillatt']);
  });
});

describe('complete: modules', () => {
  it('after «bruk » offers the other modules', () => {
    const items = at('modul sosialhjelp.hoved\nbruk ‸', [grunn, satser]);
    expect(labels(items).sort()).toEqual(['sosialhjelp.grunn', 'sosialhjelp.satser']);
    expect(item(items, 'sosialhjelp.grunn')).toMatchObject({ kind: 'module', detail: 'grunn.lov' });
  });

  it('keeps the part of a dotted name already written', () => {
    const items = at('modul sosialhjelp.hoved\nbruk sosialhjelp.gr‸', [grunn, satser]);
    expect(item(items, 'sosialhjelp.grunn')?.insertText).toBe('grunn');
    expect(labels(at('modul x\nbruk annet.‸', [grunn]))).toEqual([]);
  });

  it('after «variant av » offers the modules; after the module name, «variant» then «av»', () => {
    expect(labels(at('modul kommune variant av ‸', [grunn]))).toEqual(['sosialhjelp.grunn']);
    expect(labels(at('modul kommune ‸', [grunn]))).toEqual(['variant']);
    expect(labels(at('modul kommune variant ‸', [grunn]))).toEqual(['av']);
  });

  it('sees the declarations of a module it uses', () => {
    const items = at('modul sosialhjelp.hoved\nbruk sosialhjelp.grunn\nkilde h "H"\nregel r: beløp  (kilde h)\n  = ‸', [grunn]);
    expect(labels(items)).toEqual(expect.arrayContaining(['grunnsats', 'sivilstand', 'barn', 'enslig', 'par']));
    expect(labels(at('modul sosialhjelp.hoved\nbruk sosialhjelp.grunn\nregel r: beløp  (kilde ‸', [grunn]))).toContain('stl18');
  });

  it('after «erstatt regel » in a variant offers the base module’s rules with their signatures', () => {
    const items = at('modul kommune variant av eksempel.livsopphold\nkilde v "Vedtak"\nerstatt regel ‸', [{ path: 'livsopphold.lov', text: exampleText }]);
    expect(labels(items)).toEqual(expect.arrayContaining(['aldersgruppe', 'stønad', 'teller_som_inntekt']));
    expect(labels(items)).not.toContain('sats'); // a skjønn
    expect(item(items, 'aldersgruppe')?.insertText).toBe('aldersgruppe(b: Barn): Satskategori');
    expect(labels(at('modul kommune variant av eksempel.livsopphold\nerstatt ‸', [{ path: 'livsopphold.lov', text: exampleText }]))).toEqual(['regel', 'skjønn', 'tabell']);
  });
});

describe('complete: declarations', () => {
  it('at column 1 offers the declaration keywords', () => {
    for (const text of [`${exampleText}\n‸`, `${exampleText}\nreg‸`, exampleWith('regel stønad:', '‸regel stønad:')]) {
      const items = at(text);
      expect(labels(items)).toEqual(declarationKeywords);
      expect(items.every((i) => i.kind === 'keyword')).toBe(true);
    }
  });

  it('offers «modul» only in a file without one, and «erstatt» only in a variant', () => {
    expect(labels(at('‸'))).toEqual(['modul', ...declarationKeywords]);
    expect(labels(at('modul k variant av eksempel.livsopphold\n‸', [{ path: 'e.lov', text: exampleText }]))).toContain('erstatt');
  });

  it('offers nothing where a new name is written', () => {
    expect(at(`${exampleText}\nregel ‸`)).toEqual([]);
    expect(at(`${exampleText}\nkilde ‸`)).toEqual([]);
    expect(at(`${exampleText}\nregel ny(‸`)).toEqual([]);
    expect(at(`${exampleText}\nvalg V { ‸`)).toEqual([]);
    expect(at(`${exampleText}\ntype T { ‸`)).toEqual([]);
  });

  it('after «utdata» offers rules without parameters and skjønn not yet listed', () => {
    const items = at(exampleWith('utdata stønad, behov,', 'utdata stønad, ‸'));
    expect(labels(items)).toEqual(expect.arrayContaining(['boutgifter', 'voksensats', 'første_dag_i_måneden']));
    for (const absent of ['stønad', 'sats', 'aldersgruppe', 'veiledende_sats', 'sivilstand']) expect(labels(items)).not.toContain(absent);
  });
});

describe('complete: rule bodies', () => {
  const body = `${exampleText}\nregel ny(inntekt: Inntekt): beløp  (kilde stl18)\n  = ‸`;

  it('offers the expression keywords, visible values, built-ins, locals and enumeration members', () => {
    const items = at(body);
    const names = labels(items);
    expect(names).toEqual(expect.arrayContaining([...expressionKeywords, 'når', 'unntak', 'forklaring']));
    expect(names).toEqual(expect.arrayContaining(['stønad', 'aldersgruppe', 'veiledende_sats', 'sats', 'sivilstand', 'inntekter']));
    expect(names).toEqual(expect.arrayContaining(['sum', 'maks', 'alder', 'vurderingsdato', 'inntekt', 'enslig', 'husleie', 'Sivilstand']));
    expect(item(items, 'inntekt')).toMatchObject({ kind: 'variable', detail: 'Inntekt' });
    expect(item(items, 'aldersgruppe')).toMatchObject({ kind: 'rule', detail: '(b: Barn): Satskategori' });
    expect(item(items, 'veiledende_sats')).toMatchObject({ kind: 'table', detail: '(kategori: Satskategori): beløp' });
    expect(item(items, 'sats')).toMatchObject({ kind: 'discretion', detail: 'beløp' });
    expect(item(items, 'sivilstand')).toMatchObject({ kind: 'input', detail: 'Sivilstand' });
    expect(item(items, 'sum')).toMatchObject({ kind: 'function', detail: 'sum(uttrykk for x i liste der betingelse)' });
    expect(item(items, 'sum')?.documentation).toContain('Summen');
    expect(item(items, 'vurderingsdato')).toMatchObject({ kind: 'variable', detail: 'dato' });
    expect(item(items, 'hvis')?.kind).toBe('keyword');
    for (const absent of ['ny', 'regel', 'kilde', 'stl18', 'modul', 'gitt', 'beløp']) expect(names).not.toContain(absent);
  });

  it('includes the doc comment of a declaration', () => {
    expect(item(at(body), 'veiledende_sats')?.documentation).toBe('Veiledende satser per måned.');
  });

  it('offers the comprehension variable inside its comprehension only', () => {
    expect(labels(at(`${exampleText}\nregel ny: beløp  (kilde stl18)\n  = sum(x.beløp for x i inntekter der ‸`))).toContain('x');
    expect(labels(at(`${exampleText}\nregel ny: beløp  (kilde stl18)\n  = sum(x.beløp for x i ‸`))).not.toContain('x');
    expect(labels(at(`${exampleText}\nregel ny: beløp  (kilde stl18)\n  = sum(x.beløp for x i inntekter) + ‸`))).not.toContain('x');
    expect(labels(at(exampleWith('sum(x.beløp for x i inntekter der teller_som_inntekt(x))', 'sum(x.beløp for x i inntekter der teller_som_inntekt(‸))')))).toContain('x');
  });

  it('offers only the expected enumeration’s members where the type is known', () => {
    const comparison = labels(at(exampleWith('når sivilstand = enslig så', 'når sivilstand = ‸ så')));
    expect(comparison).toEqual(expect.arrayContaining(['enslig', 'ektepar_samboere', 'bofellesskap', 'sivilstand']));
    expect(comparison).not.toContain('barn_0_5');
    expect(comparison).not.toContain('husleie');
    // Written left to right: the line ends at the cursor, the other «når» lines follow.
    const writing = labels(at(exampleWith('når sivilstand = enslig så veiledende_sats(enslig)', 'når sivilstand = ‸')));
    expect(writing.slice(0, 3)).toEqual(['enslig', 'ektepar_samboere', 'bofellesskap']);
    expect(writing).not.toContain('barn_0_5');
    const argument = labels(at(exampleWith('så veiledende_sats(enslig)', 'så veiledende_sats(‸)')));
    expect(argument).toEqual(expect.arrayContaining(['barn_0_5', 'person_i_bofellesskap']));
    expect(argument).not.toContain('bofellesskap');
    const membership = labels(at(exampleWith('u.art i [husleie, strøm]', 'u.art i [husleie, ‸]')));
    expect(membership).toContain('strøm');
    expect(membership).not.toContain('barnetrygd');
    const rounding = labels(at(`${exampleText}\nregel r: beløp  (kilde stl18)\n  = avrund(behov, 50 kr, ‸`));
    expect(rounding).toEqual(expect.arrayContaining(['halv_opp', 'ned']));
    const definition = labels(at(exampleWith('    ellers barn_11_17', '    ellers barn_11_17\n  når sann så ‸')));
    expect(definition).toContain('hvis');
  });

  it('offers the values of the expected type first: after «og» the conditions, in a table call the key’s members', () => {
    const text = `${grunn.text}
regel har_barn: sannhetsverdi  (kilde stl18)
  = antall(barn) > 0

tabell sats(s: Sivilstand): beløp  (kilde stl18)
  | fra        | enslig | par    |
  | 2024-01-01 |  7 850 | 13 100 |
`;
    const afterAnd = labels(at(`${text}
regel r: sannhetsverdi  (kilde stl18)
  = har_barn og ‸`));
    const first = afterAnd.slice(0, afterAnd.indexOf('grunnsats'));
    expect(first).toEqual(expect.arrayContaining(['har_barn', 'sann', 'usann']));
    expect(first).not.toContain('sats');
    const inCall = labels(at(`${text}
regel r: beløp  (kilde stl18)
  = sats(‸`));
    expect(inCall.slice(0, 2)).toEqual(['enslig', 'par']);
    // Written left to right: the «så … ellers …» and the closing parenthesis are not there yet.
    const inCondition = labels(at(`${text}
regel r: beløp  (kilde stl18)
  = hvis (har_barn og ‸`));
    expect(inCondition.slice(0, inCondition.indexOf('grunnsats'))).toEqual(expect.arrayContaining(['har_barn', 'sann', 'usann']));
  });

  // docs/language.md §4: «`der` filters (optional, `sannhetsverdi`)».
  it('ranks the conditions first in a filter the text after the cursor does not fit yet (the rest left out)', () => {
    const text = `${grunn.text}
regel har_barn: sannhetsverdi  (kilde stl18)
  = antall(barn) > 0
`;
    for (const written of ['= antall(b for b i barn der ‸ og', '= antall(b for b i barn der ‸ b.fødselsdato)', '= hvis antall(b for b i barn der ‸) > 0 så']) {
      const items = labels(at(`${text}\nregel r: heltall  (kilde stl18)\n  ${written}`));
      expect(items.slice(0, 3).sort(), written).toEqual(['har_barn', 'sann', 'usann']);
      expect(items, written).toContain('b');
    }
  });

  it('after «til» in an exception offers the rule’s other exceptions', () => {
    const items = at(exampleWith('unntak barnetrygd  (kilde', 'unntak barnetrygd til ‸ (kilde'));
    expect(labels(items)).toEqual(['barns_arbeid']);
    expect(labels(at(exampleWith('unntak barnetrygd  (kilde', 'unntak barnetrygd ‸ (kilde')))).toEqual(['til']);
  });

  it('in a skjønn offers «veiledende» and «forklaring», not «unntak»', () => {
    const items = labels(at(`${exampleText}\nskjønn ny: beløp  (kilde stl18)\n  veiledende = ‸`));
    expect(items).toEqual(expect.arrayContaining(['forklaring', 'sats', 'hvis']));
    expect(items).not.toContain('unntak');
    expect(labels(at(`${exampleText}\nskjønn ny: beløp  (kilde stl18)\n  ‸`))).toEqual(['veiledende']);
  });

  it('inside «{…}» of an explanation offers «verdi», parameters and visible values', () => {
    const items = at(exampleWith('forklaring "Behovet er satsen ({sats})', 'forklaring "Behovet er satsen ({‸'));
    expect(labels(items)).toEqual(expect.arrayContaining(['verdi', 'sats', 'boutgifter', 'sivilstand', 'stønad']));
    expect(item(items, 'verdi')?.detail).toBe('beløp');
    expect(labels(at(`${exampleText}\nregel ny(b: Barn): dato  (kilde stl18)\n  = b.fødselsdato\n  forklaring "Født {b.‸`))).toEqual(['fødselsdato']);
  });

  it('inside «{…}» proposes a rule with parameters as a call, never the rule itself, and not after «\\{»', () => {
    const inRule = at(`${exampleText}\nregel ny(b: Barn): heltall  (kilde stl18)\n  = 1\n  forklaring "Alder {‸`);
    expect(item(inRule, 'aldersgruppe')?.insertText).toBe('aldersgruppe(b)');
    expect(labels(inRule)).not.toContain('ny');
    expect(labels(inRule)).toEqual(expect.arrayContaining(['verdi', 'b', 'sats']));
    expect(at(`${exampleText}\nregel ny(b: Barn): heltall  (kilde stl18)\n  = 1\n  forklaring "Alder \\{‸`)).toEqual([]);
  });

  it('in an exception’s citation offers «kilde» and «gjelder», then the sources', () => {
    expect(labels(at(exampleWith('unntak barns_arbeid  (kilde stl18_3)', 'unntak barns_arbeid  (‸')))).toEqual(['kilde', 'gjelder']);
    expect(labels(at(exampleWith('unntak barns_arbeid  (kilde stl18_3)', 'unntak barns_arbeid  (kilde ‸)')))).toContain('stl18_3');
  });

  it('offers nothing in comments and ordinary texts', () => {
    expect(at(exampleWith('# satsene for 2022', '# satsene ‸for 2022'))).toEqual([]);
    expect(at(exampleWith('"Vurder om det skal gis', '"Vurder ‸om det skal gis'))).toEqual([]);
  });
});

describe('complete: files', () => {
  it('works in a file without «modul» and gives nothing for a file outside the rule set', () => {
    const items = labels(at('kilde k "K"\nregel r: heltall  (kilde k)\n  = ‸'));
    expect(items).toEqual(expect.arrayContaining(['hvis', 'sum']));
    expect(items).not.toContain('r');
    const { result } = withCursor('modul m\n‸');
    expect(complete(new ServiceSession(result), 'annen.lov', { line: 1, column: 1 })).toEqual([]);
  });
});

describe('complete: tests', () => {
  it('after «gitt » offers the inputs not yet given', () => {
    const items = at(exampleWith('  gitt beregningsmåned = 2025-01, sivilstand = enslig', '  gitt ‸'));
    expect(labels(items).sort()).toEqual(['barn', 'beregningsmåned', 'inntekter', 'sivilstand', 'særlige_behov', 'utgifter']);
    expect(item(items, 'beregningsmåned')).toMatchObject({ kind: 'input', detail: 'måned' });
    const next = labels(at(exampleWith('  gitt beregningsmåned = 2025-01, sivilstand = enslig', '  gitt beregningsmåned = 2025-01, ‸')));
    expect(next).toContain('sivilstand');
    expect(next).not.toContain('beregningsmåned');
    expect(next).not.toContain('stønad');
  });

  it('on a new line of a test offers the clauses (and, in «gitt», more inputs)', () => {
    const items = labels(at(exampleWith('       sivilstand = enslig\n       utgifter', '       sivilstand = enslig\n       ‸')));
    expect(items).toEqual(expect.arrayContaining(['gitt', 'overstyr', 'forvent', 'utgifter']));
  });

  it('after «forvent » offers the rules without parameters and skjønn, and «feil»', () => {
    const items = labels(at(exampleWith('  forvent feil "ukjent"', '  forvent ‸')));
    expect(items).toEqual(expect.arrayContaining(['stønad', 'behov', 'sats', 'boutgifter', 'feil']));
    for (const absent of ['aldersgruppe', 'teller_som_inntekt', 'veiledende_sats', 'sivilstand', 'sum']) expect(items).not.toContain(absent);
  });

  it('after «overstyr » offers the skjønn only', () => {
    expect(labels(at(exampleWith('  overstyr boutgifter', '  overstyr ‸')))).toEqual(['sats', 'boutgifter']);
  });

  it('after «navn = » offers values of the field’s type', () => {
    const items = labels(at(exampleWith('  gitt beregningsmåned = 2025-01, sivilstand = enslig', '  gitt beregningsmåned = 2025-01, sivilstand = ‸')));
    expect(items).toEqual(expect.arrayContaining(['enslig', 'ektepar_samboere', 'bofellesskap']));
    expect(items).not.toContain('barn_0_5');
  });

  it('in a record literal offers the fields not yet given', () => {
    const items = at(exampleWith('utgifter = [{ art: husleie, beløp', 'utgifter = [{ art: husleie, ‸'));
    expect(labels(items)).toEqual(['beløp']);
    expect(labels(at(exampleWith('barn = [{ fødselsdato', 'barn = [{ ‸')))).toEqual(['fødselsdato']);
  });
});
