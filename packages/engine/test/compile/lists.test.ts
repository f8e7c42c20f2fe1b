import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index';
import { rules } from '../support';

/** docs/language.md §4, «Order, position and rank»: `etter … synkende`, `plass`, `rang`, `distinkte`. */

const siblings = rules(`
kilde k "Kilde"
valg Farge { rød, grønn, blå }
type Barn { navn: tekst, fødselsdato: dato, farge: Farge = blå, beløp: beløp = 0 kr, andel: tall = 1 }
inndata { dag: dato (vurderingstidspunkt), barn: liste av Barn = [] }
utdata eldste_først, yngste_først, plasser, ranger, ranger_synkende, halv_etter_rang, halv_etter_plass,
  etter_navn, etter_farge, etter_beløp, etter_andel, plass_uten_etter, distinkte_datoer, distinkte_barn,
  ukjent_nøkkel, ukjent_filter, ukjent_største, plass_etter_ukjent_filter, distinkte_ukjent
regel fødsel(b: Barn): dato  (kilde k)
  = hvis b.navn = "?" så ubestemt "Fødselsdatoen er usikker" ellers b.fødselsdato
regel eldste_først: liste av tekst  (kilde k)
  = liste(b.navn for b i barn etter b.fødselsdato)
regel yngste_først: liste av tekst  (kilde k)
  = liste(b.navn for b i barn etter b.fødselsdato synkende)
regel plasser: liste av heltall  (kilde k)
  = liste(plass(b) for b i barn etter b.fødselsdato)
regel ranger: liste av heltall  (kilde k)
  = liste(rang(b) for b i barn etter b.fødselsdato)
regel ranger_synkende: liste av heltall  (kilde k)
  = liste(rang(b) for b i barn etter b.fødselsdato synkende)
regel halv_etter_rang: liste av tekst  (kilde k)
  = liste(hvis rang(b) >= 3 så "halv" ellers "hel" for b i barn etter b.fødselsdato)
regel halv_etter_plass: liste av tekst  (kilde k)
  = liste(hvis plass(b) >= 3 så "halv" ellers "hel" for b i barn etter b.fødselsdato)
regel etter_navn: liste av tekst  (kilde k)
  = liste(b.navn for b i barn etter b.navn)
regel etter_farge: liste av tekst  (kilde k)
  = liste(b.navn for b i barn etter b.farge)
regel etter_beløp: liste av tekst  (kilde k)
  = liste(b.navn for b i barn etter b.beløp synkende)
regel etter_andel: liste av tekst  (kilde k)
  = liste(b.navn for b i barn etter b.andel)
regel plass_uten_etter: liste av heltall  (kilde k)
  = liste(plass(b) for b i barn der b.navn ≠ "B")
regel distinkte_datoer: liste av dato  (kilde k)
  = distinkte(b.fødselsdato for b i barn)
regel distinkte_barn: heltall  (kilde k)
  = antall(distinkte(Barn { navn: "", fødselsdato: b.fødselsdato, beløp: b.beløp } for b i barn))
regel ukjent_nøkkel: liste av tekst  (kilde k)
  = liste(b.navn for b i barn etter fødsel(b))
regel ukjent_filter: heltall  (kilde k)
  = antall(b for b i barn der fødsel(b) > 2000-01-01 etter b.navn)
regel ukjent_største: heltall  (kilde k)
  = maks(plass(b) for b i barn etter fødsel(b))
regel plass_etter_ukjent_filter: liste av heltall  (kilde k)
  = liste(plass(b) for b i barn der fødsel(b) > 2000-01-01)
regel distinkte_ukjent: liste av dato  (kilde k)
  = distinkte(fødsel(b) for b i barn)
`);

const barn = (...children: Array<[string, string, object?]>) => children.map(([navn, fødselsdato, more]) => ({ navn, fødselsdato, ...more }));

function values(children: object[]): Record<string, unknown> {
  return evaluate(siblings, { dag: '2024-03-01', barn: children }).values;
}

// The case lists the youngest first and the twins B and C apart.
const twins = barn(['D', '2020-01-10'], ['B', '2016-05-01'], ['A', '2011-09-01'], ['C', '2016-05-01']);

describe('etter: the elements in the order of a key, equal keys in the order of the list', () => {
  it('orders ascending, and descending with «synkende», twins in the case order both ways', () => {
    expect(values(twins)['eldste_først']).toEqual(['A', 'B', 'C', 'D']);
    expect(values(twins)['yngste_først']).toEqual(['D', 'B', 'C', 'A']);
  });

  it('orders texts by code points, an enumeration by declaration, amounts and decimals by value', () => {
    const named = barn(['b', '2020-01-01'], ['Å', '2020-01-01'], ['a', '2020-01-01'], ['Æ', '2020-01-01'], ['B', '2020-01-01'], ['😀', '2020-01-01'], ['\uFF21', '2020-01-01']);
    // U+FF21 (Ａ) is one UTF-16 unit and the emoji two, but the emoji's code point is larger.
    expect(values(named)['etter_navn']).toEqual(['B', 'a', 'b', 'Å', 'Æ', '\uFF21', '😀']);
    const coloured = barn(['blå', '2020-01-01', { farge: 'blå' }], ['grønn', '2020-01-01', { farge: 'grønn' }], ['rød', '2020-01-01', { farge: 'rød' }], ['blå2', '2020-01-01']);
    expect(values(coloured)['etter_farge']).toEqual(['rød', 'grønn', 'blå', 'blå2']);
    const amounts = barn(['x', '2020-01-01', { beløp: '7850', andel: '0.5' }], ['y', '2020-01-01', { beløp: '12600.50', andel: '1' }], ['z', '2020-01-01', { beløp: '7850.00', andel: '0.25' }]);
    expect(values(amounts)['etter_beløp']).toEqual(['y', 'x', 'z']);
    expect(values(amounts)['etter_andel']).toEqual(['z', 'x', 'y']);
  });
});

describe('plass and rang: twins in «half the child rate from the third child»', () => {
  it('plass numbers the elements visited 1…n, twins in the case order; rang gives twins one rank and the next child its position (1, 2, 2, 4)', () => {
    const result = values(twins);
    expect(result['plasser']).toEqual([1, 2, 3, 4]);
    expect(result['ranger']).toEqual([1, 2, 2, 4]);
    expect(result['ranger_synkende']).toEqual([1, 2, 2, 4]);
    // Rank: only D (number 4) is from the third child on. Position: the later-listed twin C is the third.
    expect(result['halv_etter_rang']).toEqual(['hel', 'hel', 'hel', 'halv']);
    expect(result['halv_etter_plass']).toEqual(['hel', 'hel', 'halv', 'halv']);
  });

  it('the child after the eldest twins is the third by rank, not the second', () => {
    expect(values(barn(['B', '2016-05-01'], ['D', '2020-01-10'], ['C', '2016-05-01']))['ranger']).toEqual([1, 1, 3]);
  });

  it('without etter, plass is the position among the elements that pass der, in the list order', () => {
    expect(values(twins)['plass_uten_etter']).toEqual([1, 2, 3]);
  });
});

describe('distinkte: each value once, where it first occurs', () => {
  it('keeps the first of equal values, amounts and records compared by value', () => {
    expect(values(twins)['distinkte_datoer']).toEqual(['2020-01-10', '2016-05-01', '2011-09-01']);
    const same = barn(['x', '2020-01-01', { beløp: '10' }], ['y', '2020-01-01', { beløp: '10.00' }], ['z', '2020-01-01', { beløp: '10.01' }]);
    expect(values(same)['distinkte_barn']).toBe(2);
  });
});

describe('undetermined keys, filters and values', () => {
  const unsure = barn(['A', '2011-09-01'], ['?', '2016-05-01'], ['C', '2016-05-01']);
  const undetermined = { ubestemt: ['Fødselsdatoen er usikker'] };

  it('with etter, an undetermined key or filter makes the whole result undetermined: the order is not known', () => {
    const result = values(unsure);
    expect(result['ukjent_nøkkel']).toEqual(undetermined);
    expect(result['ukjent_filter']).toEqual(undetermined);
    expect(result['ukjent_største']).toEqual(undetermined);
    expect(values(barn(['A', '2011-09-01']))['ukjent_nøkkel']).toEqual(['A']);
  });

  it('without etter, the positions after an element whose der is undetermined are undetermined', () => {
    const positions = values(unsure)['plass_etter_ukjent_filter'] as unknown[];
    expect(positions[0]).toBe(1);
    expect(positions.slice(1)).toEqual([undetermined, undetermined]);
  });

  it('distinkte of a list with an undetermined value is undetermined: whether it equals another is not known', () => {
    expect(values(unsure)['distinkte_ukjent']).toEqual(undetermined);
  });
});

describe('the trace', () => {
  it('lists the elements in the order they were visited, with their values', () => {
    const result = evaluate(siblings, { dag: '2024-03-01', barn: twins }, { trace: true });
    const step = result.trace?.steps[result.trace.outputs['ranger'] as number];
    expect(step?.aggregations?.[0]?.items.map((item) => [(item.element as { navn: string }).navn, item.value])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
      ['D', 4],
    ]);
  });
});

// ─── Properties ──────────────────────────────────────────────────────────────

const ordered = rules(`
kilde k "Kilde"
type E { id: heltall, nøkkel: heltall, tekst: tekst }
inndata { dag: dato (vurderingstidspunkt), l: liste av E = [] }
utdata opp, ned, plasser, ranger, etter_tekst, distinkte_nøkler
regel opp: liste av heltall  (kilde k)
  = liste(e.id for e i l etter e.nøkkel)
regel ned: liste av heltall  (kilde k)
  = liste(e.id for e i l etter e.nøkkel synkende)
regel plasser: liste av heltall  (kilde k)
  = liste(plass(e) for e i l der e.nøkkel ≠ 0 etter e.nøkkel)
regel ranger: liste av heltall  (kilde k)
  = liste(rang(e) for e i l etter e.nøkkel)
regel etter_tekst: liste av heltall  (kilde k)
  = liste(e.id for e i l etter e.tekst)
regel distinkte_nøkler: liste av heltall  (kilde k)
  = distinkte(e.nøkkel for e i l)
`);

/** Elements with few distinct keys (many ties), numbered by their place in the list. */
const elements = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.string({ unit: fc.constantFrom('a', 'B', 'å', 'Æ', '\uFF21', '😀'), maxLength: 2 })), { maxLength: 12 })
  .map((pairs) => pairs.map(([nøkkel, tekst], id) => ({ id, nøkkel, tekst })));

type Element = { id: number; nøkkel: number; tekst: string };

/** The reference: a stable sort by insertion, written out so that it does not lean on Array.prototype.sort. */
function stableSort(list: readonly Element[], before: (a: Element, b: Element) => boolean): number[] {
  const result: Element[] = [];
  for (const item of list) {
    let at = result.length;
    while (at > 0 && before(item, result[at - 1] as Element)) at--;
    result.splice(at, 0, item);
  }
  return result.map((e) => e.id);
}

const codePoints = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) as number);
function textBefore(a: string, b: string): boolean {
  const x = codePoints(a);
  const y = codePoints(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] as number) < (y[i] as number);
  return x.length < y.length;
}

describe('properties of ordering and distinkte', () => {
  it('etter is a stable sort: a permutation, keys in order, equal keys in list order, ascending and descending', () => {
    fc.assert(
      fc.property(elements, (l) => {
        const result = evaluate(ordered, { dag: '2024-01-01', l }).values;
        const up = result['opp'] as number[];
        const down = result['ned'] as number[];
        expect([...up].sort((a, b) => a - b)).toEqual(l.map((e) => e.id));
        expect([...down].sort((a, b) => a - b)).toEqual(l.map((e) => e.id));
        const key = (id: number) => (l[id] as Element).nøkkel;
        for (let i = 1; i < up.length; i++) {
          const [p, q] = [up[i - 1] as number, up[i] as number];
          expect(key(p) < key(q) || (key(p) === key(q) && p < q)).toBe(true);
        }
        for (let i = 1; i < down.length; i++) {
          const [p, q] = [down[i - 1] as number, down[i] as number];
          expect(key(p) > key(q) || (key(p) === key(q) && p < q)).toBe(true);
        }
        expect(up).toEqual(stableSort(l, (a, b) => a.nøkkel < b.nøkkel));
        expect(result['etter_tekst']).toEqual(stableSort(l, (a, b) => textBefore(a.tekst, b.tekst)));
      }),
      { numRuns: 300 },
    );
  });

  it('plass is 1…n over the elements that pass der; rang is 1 + the number of strictly smaller keys', () => {
    fc.assert(
      fc.property(elements, (l) => {
        const result = evaluate(ordered, { dag: '2024-01-01', l }).values;
        expect(result['plasser']).toEqual(l.filter((e) => e.nøkkel !== 0).map((_, i) => i + 1));
        const keys = stableSort(l, (a, b) => a.nøkkel < b.nøkkel).map((id) => (l[id] as Element).nøkkel);
        expect(result['ranger']).toEqual(keys.map((k) => 1 + keys.filter((other) => other < k).length));
      }),
      { numRuns: 300 },
    );
  });

  it('distinkte keeps exactly the first occurrence of each value, in the list order', () => {
    fc.assert(
      fc.property(elements, (l) => {
        const distinct = evaluate(ordered, { dag: '2024-01-01', l }).values['distinkte_nøkler'] as number[];
        const firsts = l.filter((e, i) => l.findIndex((f) => f.nøkkel === e.nøkkel) === i).map((e) => e.nøkkel);
        expect(distinct).toEqual(firsts);
        expect(new Set(distinct).size).toBe(distinct.length);
        expect(new Set(distinct)).toEqual(new Set(l.map((e) => e.nøkkel)));
      }),
      { numRuns: 300 },
    );
  });
});
