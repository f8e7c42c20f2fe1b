import { describe, expect, it } from 'vitest';
import { check } from '../../src/index';

/** The hints of LK1008 in a rule file, in order. */
function hints(text: string): Array<string | undefined> {
  return check([{ path: 'a.lov', text }])
    .diagnostics.filter((d) => d.code === 'LK1008')
    .map((d) => d.hint);
}

const table = (cell: string) => `modul a

kilde k "Kilde"

valg Kategori { voksen }

tabell sats(kategori: Kategori): beløp
  | fra        | voksen | kilde |
  | 2024-01-01 | ${cell} | k     |
`;

describe('an amount with more than two decimals (LK1008), as written', () => {
  it('in a rate table, «7,850» is refused though its value 7,85 has two: it asks whether 7 850 was meant', () => {
    expect(hints(table('7,850'))).toEqual(['Mente du «7 850»? Tusener skilles med mellomrom; komma er desimaltegn.']);
    expect(hints(table('12,600'))).toEqual(['Mente du «12 600»? Tusener skilles med mellomrom; komma er desimaltegn.']);
  });

  it('decimals that do not look like thousands get the rounding hint; two decimals or fewer pass', () => {
    expect(hints(table('1,5555'))).toEqual(['Bruk avrund(…) i en regel hvis et beløp skal rundes av.']);
    expect(hints(table('7 850,555'))).toEqual(['Bruk avrund(…) i en regel hvis et beløp skal rundes av.']);
    expect(hints(table('7 850,50'))).toEqual([]);
    expect(hints(table('7,8'))).toEqual([]);
  });

  it('in a rule, as in a table', () => {
    expect(hints('modul a\n\nkilde k "Kilde"\n\nregel r: beløp  (kilde k)\n  = 7,850 kr\n')).toEqual(['Mente du «7 850»? Tusener skilles med mellomrom; komma er desimaltegn.']);
  });
});

describe('a negative number in a table of amounts (LK5008)', () => {
  it('is a computation, not an amount: the hint shows it written with kr', () => {
    const diagnostics = check([{ path: 'a.lov', text: table('-7 850') }]).diagnostics.filter((d) => d.code === 'LK5008');
    expect(diagnostics.map((d) => [d.message, d.hint])).toEqual([['Verdien skal være beløp, men cellen er heltall', 'Et negativt beløp skrives med kr i tabellen: «-7 850 kr».']]);
    expect(check([{ path: 'a.lov', text: table('-7 850 kr') }]).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
