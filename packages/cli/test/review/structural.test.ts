import type { RuleSource } from '@lovkode/dsl';
import { describe, expect, it } from 'vitest';
import { diffRuleSets, prepareSide } from '../../src/review/diff';
import { renderMarkdown } from '../../src/review/markdown';
import { structuralDiff } from '../../src/review/structural';

/** A small rule set: inputs, a dated rate table, a rule with an exception, a skjønn and outputs. */
const base = `modul liten.regler

kilde k1  "Kilde én"  <https://example.org/1>
kilde k2  "Kilde to"
antakelse a1 "En antakelse"  (kilde k1)

valg Kategori { voksen, barn }
type Person { fødselsdato: dato }

inndata Sak {
  måned:    måned  (vurderingstidspunkt)
  personer: liste av Person
  inntekt:  beløp = 0 kr
}

utdata stønad, sats

tabell grunnsats(kategori: Kategori): beløp
  | fra        | voksen | barn  | kilde |
  | 2023-01-01 |  1 000 |   500 | k1    |
  | 2024-01-01 |  1 100 |   550 | k2    |

regel kategori(p: Person): Kategori  (kilde a1)
  = hvis alder(p.fødselsdato, første_dag(måned)) < 18 så barn ellers voksen

skjønn sats: beløp  (kilde k1)
  veiledende = sum(grunnsats(kategori(p)) for p i personer)

regel stønad: beløp  (kilde k1)
  = maks(0 kr, sats - inntekt)
  unntak ingen_personer  (kilde k2)
    når antall(personer) = 0 så 0 kr

test "To voksne i 2024"
  gitt måned = 2024-03, personer = [{ fødselsdato: 1980-01-01 }, { fødselsdato: 1981-01-01 }]
  forvent stønad = 2 200 kr
`;

function side(text: string, more: RuleSource[] = [], module?: string) {
  return prepareSide({ spec: 'x', kind: 'files', files: [{ path: 'regler.lov', text }, ...more], ...(module ? { module } : {}) });
}

function diff(oldText: string, newText: string, more: { old?: RuleSource[]; new?: RuleSource[]; module?: string } = {}) {
  return structuralDiff(side(oldText, more.old), side(newText, more.new, more.module));
}

describe('structural diff', () => {
  it('the same rules give no change', () => {
    const s = diff(base, base);
    expect(s.semanticChange).toBe(false);
    expect(s.changedFiles).toEqual([]);
  });

  it('a changed rate: old → new amount with the change in percent and the sources', () => {
    const s = diff(base, base.replace('| 2024-01-01 |  1 100 |', '| 2024-01-01 |  1 155 |'));
    expect(s.tables).toHaveLength(1);
    expect(s.tables[0]?.rows).toEqual([
      { change: 'changed', from: '2024-01-01', to: undefined, keys: 'voksen', old: '1 100 kr', new: '1 155 kr', oldAmount: '1100', newAmount: '1155', percent: '+5,0 %', oldSources: ['k2'], newSources: ['k2'] },
    ]);
    expect(s.sourceTitles).toEqual({ k2: 'Kilde to' });
  });

  it('an added row is compared with the row that applied before; a removed row with the one that applies after', () => {
    const added = diff(base, base.replace('  | 2024-01-01 |', '  | 2023-07-01 |  1 050 |   525 | k1    |\n  | 2024-01-01 |'));
    expect(added.tables[0]?.rows.map((r) => [r.change, r.from, r.keys, r.old, r.new, r.note])).toEqual([
      ['added', '2023-07-01', 'voksen', '1 000 kr', '1 050 kr', 'før: raden fra 2023-01-01'],
      ['added', '2023-07-01', 'barn', '500 kr', '525 kr', 'før: raden fra 2023-01-01'],
    ]);
    const removed = diff(base, base.replace(/ {2}\| 2024-01-01 \|[^\n]*\n/, ''));
    expect(removed.tables[0]?.rows.map((r) => [r.change, r.from, r.old, r.new, r.note])).toEqual([
      ['removed', '2024-01-01', '1 100 kr', '1 000 kr', 'etter: raden fra 2023-01-01'],
      ['removed', '2024-01-01', '550 kr', '500 kr', 'etter: raden fra 2023-01-01'],
    ]);
  });

  it('a cell written with or without «kr», or with other spacing, is the same amount', () => {
    const s = diff(base, base.replace('|  1 000 |   500 |', '| 1 000 kr | 500 kr |'));
    expect(s.tables).toEqual([]);
    expect(s.semanticChange).toBe(false);
  });

  it('an unknown period replacing a rate', () => {
    const s = diff(base, base.replace('  | 2024-01-01 |  1 100 |   550 | k2    |', '  | 2024-01-01 | ukjent "Ikke vedtatt" |'));
    expect(s.tables[0]?.rows.map((r) => [r.change, r.keys, r.old, r.new])).toEqual([
      ['changed', 'voksen', '1 100 kr', 'ukjent «Ikke vedtatt»'],
      ['changed', 'barn', '550 kr', 'ukjent «Ikke vedtatt»'],
    ]);
  });

  it('a changed definition and an added exception, printed from the source text as a diff', () => {
    const changed = base
      .replace('  = maks(0 kr, sats - inntekt)', '  = maks(0 kr, sats   -   inntekt / 2)')
      .replace('    når antall(personer) = 0 så 0 kr', '    når antall(personer) = 0 så 0 kr\n  unntak høy_inntekt  (kilde k1, gjelder fra 2024-01-01)\n    når inntekt > 10 000 kr så 0 kr');
    const s = diff(base, changed);
    expect(s.declarations).toHaveLength(1);
    const d = s.declarations[0];
    expect(d?.parts).toEqual([
      { part: 'definition', change: 'changed', old: '= maks(0 kr, sats - inntekt)', new: '= maks(0 kr, sats - inntekt / 2)' },
      { part: 'exception:høy_inntekt', change: 'added', new: 'unntak høy_inntekt  (kilde k1, gjelder fra 2024-01-01) når inntekt > 10 000 kr så 0 kr' },
    ]);
    expect(d?.lines).toEqual([
      { op: ' ', text: 'regel stønad: beløp  (kilde k1)' },
      { op: '-', text: '  = maks(0 kr, sats - inntekt)' },
      { op: '+', text: '  = maks(0 kr, sats - inntekt / 2)' },
      { op: ' ', text: '  unntak ingen_personer  (kilde k2) når antall(personer) = 0 så 0 kr' },
      { op: '+', text: '  unntak høy_inntekt  (kilde k1, gjelder fra 2024-01-01) når inntekt > 10 000 kr så 0 kr' },
    ]);
  });

  it('citations and validity of a rule are told apart', () => {
    const s = diff(base, base.replace('regel stønad: beløp  (kilde k1)', 'regel stønad: beløp  (kilde k1, k2, gjelder fra 2020-01-01)'));
    expect(s.declarations[0]?.parts.map((p) => p.part)).toEqual(['citations', 'validity']);
  });

  it('a changed guideline of a skjønn', () => {
    const s = diff(base, base.replace('veiledende = sum(grunnsats(kategori(p)) for p i personer)', 'veiledende = sum(grunnsats(kategori(p)) for p i personer) + 100 kr'));
    expect(s.declarations.map((d) => [d.kind, d.name, d.parts.map((p) => p.part)])).toEqual([['discretion', 'sats', ['guideline']]]);
  });

  it('sources: added, changed title, removed', () => {
    const s = diff(base, base.replace('kilde k2  "Kilde to"', 'kilde k2  "Kilde to, ny tittel"\nkilde k3  "Kilde tre"\nregel bruker_k3: beløp  (kilde k3)\n  = 1 kr'));
    expect(s.sources.map((c) => [c.change, c.id, c.old, c.new])).toEqual([
      ['changed', 'k2', '«Kilde to»', '«Kilde to, ny tittel»'],
      ['added', 'k3', undefined, '«Kilde tre»'],
    ]);
  });

  it('inputs: a removed or renamed field and a new required field are breaking; a new optional field or output is not', () => {
    const renamed = diff(base, base.replace('  inntekt:  beløp = 0 kr', '  inntekter: beløp = 0 kr').replace('sats - inntekt', 'sats - inntekter'));
    expect(renamed.interface.map((c) => [c.kind, c.change, c.name, c.breaking])).toEqual([
      ['input', 'removed', 'Sak.inntekt', true],
      ['input', 'added', 'Sak.inntekter', false],
    ]);
    expect(renamed.interface[0]?.description).toContain('trolig omdøpt til «inntekter»');
    const withoutTests = base.replace(/\ntest [\s\S]*$/, '\n');
    const required = diff(withoutTests, withoutTests.replace('  inntekt:  beløp = 0 kr', '  inntekt:  beløp = 0 kr\n  bosted:   tekst'));
    expect(required.interface.map((c) => [c.change, c.name, c.breaking])).toEqual([['added', 'Sak.bosted', true]]);
    const output = diff(base, base.replace('utdata stønad, sats', 'utdata stønad, sats, inntekt_med').concat('\nregel inntekt_med: beløp  (kilde k1)\n  = inntekt\n'));
    expect(output.interface.map((c) => [c.kind, c.change, c.name, c.breaking])).toEqual([['output', 'added', 'inntekt_med', false]]);
    const removedOutput = diff(base, base.replace('utdata stønad, sats', 'utdata stønad'));
    expect(removedOutput.interface.map((c) => [c.kind, c.change, c.name, c.breaking])).toEqual([['output', 'removed', 'sats', true]]);
  });

  it('a type used by the inputs: a removed field is breaking; an enum member added is not', () => {
    const field = diff(base, base.replace('type Person { fødselsdato: dato }', 'type Person { født: dato }').replaceAll('p.fødselsdato', 'p.født').replaceAll('fødselsdato: 19', 'født: 19'));
    expect(field.types.map((c) => [c.name, c.breaking, c.description])).toEqual([['Person', true, 'Typen «Person»: lagt til «født»; fjernet «fødselsdato» (brukes i inndata).']]);
    const member = diff(base, base.replace('valg Kategori { voksen, barn }', 'valg Kategori { voksen, barn, ungdom }').replace('| voksen | barn  | kilde |', '| voksen | barn | ungdom | kilde |').replace('|  1 000 |   500 | k1    |', '| 1 000 | 500 | 700 | k1 |').replace('|  1 100 |   550 | k2    |', '| 1 100 | 550 | 750 | k2 |'));
    expect(member.types.map((c) => [c.name, c.breaking])).toEqual([['Kategori', false]]);
  });

  it('a rule moved to another module, unchanged, is reported once as moved', () => {
    const helper = (withRule: boolean) => `modul liten.hjelp\nbruk liten.regler\n${withRule ? 'regel dobbel(x: beløp): beløp  (kilde k1)\n  = x * 2\n' : ''}`;
    const oldText = `${base}\nregel dobbel(x: beløp): beløp  (kilde k1)\n  = x * 2\n`;
    const s = diff(oldText, base, { old: [{ path: 'hjelp.lov', text: helper(false) }], new: [{ path: 'hjelp.lov', text: helper(true) }] });
    expect(s.declarations.map((d) => [d.change, d.module, d.name, d.movedFrom])).toEqual([['moved', 'liten.hjelp', 'dobbel', 'liten.regler']]);
  });

  it('tests added, removed and changed are listed apart from the rules, and are no semantic change', () => {
    const s = diff(base, base.replace('forvent stønad = 2 200 kr', 'forvent stønad = 2 200 kr\n\ntest "Ingen personer"\n  gitt måned = 2024-03, personer = []\n  forvent stønad = 0 kr').replace('To voksne i 2024', 'To voksne i mars 2024'));
    expect(s.tests).toEqual({ added: ['liten.regler › Ingen personer', 'liten.regler › To voksne i mars 2024'], removed: ['liten.regler › To voksne i 2024'], changed: [] });
    expect(s.semanticChange).toBe(false);
  });

  it('a variant: each «erstatt» is shown as a change of the declaration it replaces', () => {
    const variant = `modul liten.kommune variant av liten.regler

kilde vedtak  "Kommunens vedtak"

erstatt tabell grunnsats(kategori: Kategori): beløp
  | fra        | voksen | barn | kilde |
  | 2023-01-01 |  1 000 |  500 | k1    |
  | 2024-01-01 |  1 200 |  550 | vedtak |

erstatt regel stønad: beløp  (kilde k1)
  = maks(0 kr, sats - inntekt)
`;
    const s = diff(base, base, { new: [{ path: 'kommune.lov', text: variant }], module: 'liten.kommune' });
    expect(s.tables.map((t) => [t.module, t.name, t.replacedIn])).toEqual([['liten.regler', 'grunnsats', { new: 'liten.kommune' }]]);
    expect(s.tables[0]?.rows.map((r) => [r.change, r.from, r.keys, r.old, r.new, r.oldSources, r.newSources])).toEqual([
      ['changed', '2024-01-01', 'voksen', '1 100 kr', '1 200 kr', ['k2'], ['vedtak']],
      ['changed', '2024-01-01', 'barn', '550 kr', '550 kr', ['k2'], ['vedtak']],
    ]);
    expect(s.declarations.map((d) => [d.name, d.replacedIn, d.parts.map((p) => `${p.part} ${p.change}`)])).toEqual([
      ['stønad', { new: 'liten.kommune' }, ['exception:ingen_personer removed']],
    ]);
    expect(s.modules.map((m) => m.description)).toEqual([
      'Ny modul liten.kommune (variant av liten.regler).',
      'Beregningen går gjennom liten.kommune i stedet for liten.regler.',
    ]);
  });

  it('a variant that adds a member to an enumeration (utvid valg) shows it as a change of the enumeration', () => {
    const variant = `modul liten.kommune variant av liten.regler

kilde vedtak  "Kommunens vedtak"

utvid valg Kategori { student }

erstatt tabell grunnsats(kategori: Kategori): beløp
  | fra        | voksen | barn | student | kilde  |
  | 2023-01-01 |  1 000 |  500 |     800 | vedtak |
  | 2024-01-01 |  1 100 |  550 |     850 | vedtak |
`;
    const s = diff(base, base, { new: [{ path: 'kommune.lov', text: variant }], module: 'liten.kommune' });
    expect(s.types.map((t) => [t.change, t.name, t.module, t.description, t.old, t.new])).toEqual([
      ['changed', 'Kategori', 'liten.regler', 'Valget «Kategori»: lagt til «student» (utvid valg i liten.kommune).', '{ voksen, barn }', '{ voksen, barn, student }'],
    ]);
    expect(s.semanticChange).toBe(true);
  });

  it('the whole review in one call: structure, tests as cases and the impact', () => {
    const report = diffRuleSets(
      { spec: 'gammel', kind: 'files', files: [{ path: 'regler.lov', text: base }] },
      { spec: 'ny', kind: 'files', files: [{ path: 'regler.lov', text: base.replace('| 2024-01-01 |  1 100 |', '| 2024-01-01 |  1 155 |') }] },
      { measure: 'stønad' },
    );
    const tests = report.impact?.groups[0];
    expect(tests?.description).toBe('1 regeltester');
    expect([tests?.cases, tests?.changed, tests?.total, tests?.average]).toEqual([1, 1, '110.00', '110.00']);
    expect(tests?.changedCases[0]?.outputs.map((o) => o.name)).toEqual(['stønad', 'sats']);
  });

  it('the law text: a changed wording punktum by punktum, and coverage before and after (docs/law-text.md)', () => {
    const stored = base.replace(
      'kilde k2  "Kilde to"',
      'kilde k2  "Kilde to"\n  ledd 1 punktum 1 "Første punktum."\n  ledd 2 punktum 1 "Andre ledd."  (gjelder fra 2023-01-01)',
    );
    const reworded = stored.replace('"Andre ledd."', '"Andre ledd, ny ordlyd."');
    const wording = diff(stored, reworded).sources;
    expect(wording.map((c) => [c.id, c.change, c.wording])).toEqual([
      ['k2', 'changed', [{ place: 'ledd 2 punktum 1 (fra 2023-01-01)', change: 'changed', old: '«Andre ledd.»', new: '«Andre ledd, ny ordlyd.»' }]],
    ]);
    // A rule and a test pinned to ledd 1: its punktum goes from «ikke kodet» to «dekket».
    const pinned = stored
      .replace('unntak ingen_personer  (kilde k2)', 'unntak ingen_personer  (kilde k2 ledd 1 punktum 1)')
      .replace('test "To voksne i 2024"', 'test "To voksne i 2024"  (kilde k2 ledd 1)');
    const report = diffRuleSets({ spec: 'gammel', kind: 'files', files: [{ path: 'regler.lov', text: stored }] }, { spec: 'ny', kind: 'files', files: [{ path: 'regler.lov', text: pinned }] }, { tests: false });
    const coverage = report.structural.coverage;
    expect(coverage?.sentences).toEqual([{ source: 'k2', module: 'liten.regler', ledd: 1, punktum: 1, old: 'ikke kodet', new: 'dekket' }]);
    expect([coverage?.old.covered, coverage?.new.covered, coverage?.old.testsWithoutSentence, coverage?.new.testsWithoutSentence]).toEqual([0, 1, 1, 0]);
    expect(report.structural.tests.changed).toEqual(['liten.regler › To voksne i 2024']);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('### Dekning av lovteksten');
    expect(markdown).toContain('| kodet og testet | 0 | 1 |');
    expect(markdown).toContain('- `k2` ledd 1 punktum 1 (liten.regler): ikke kodet → dekket');
    expect(renderMarkdown(diffRuleSets({ spec: 'a', kind: 'files', files: [{ path: 'regler.lov', text: stored }] }, { spec: 'b', kind: 'files', files: [{ path: 'regler.lov', text: reworded }] }, { tests: false }))).toContain(
      '  - ledd 2 punktum 1 (fra 2023-01-01) endret: «Andre ledd.» → «Andre ledd, ny ordlyd.»',
    );
  });
});
