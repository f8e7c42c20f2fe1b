import { describe, expect, it } from 'vitest';
import { check, ServiceSession } from '@lovkode/dsl';
import { citationAt, lawView, webLink } from '../src/worker/law';

const text = `modul lov

kilde stl18 "Sosialtjenesteloven § 18"  <https://lovdata.no/lov/2009-12-18-131/§18>
  ledd 1 punktum 1 "De som ikke kan sørge for sitt livsopphold …"
  ledd 2 punktum 1 "Stønaden bør ta sikte på å gjøre vedkommende selvhjulpen."
kilde rundskriv "Rundskriv"  <javascript:alert(1)>

inndata { inntekt: beløp }

regel stønad: beløp  (kilde stl18 ledd 1 punktum 1)
  = inntekt

utdata { stønad }

test "Uten inntekt" (kilde stl18 ledd 1)
  gitt inntekt = 0 kr
  forvent stønad = 0 kr
`;

const checked = () => check([{ path: 'lov.lov', text }]);

describe('the law beside the code in the editor', () => {
  it('gives each stored punktum with the rules and tests that link to it, and the source’s link', () => {
    const law = lawView(checked());
    expect(law.sources.map((s) => [s.id, s.url])).toEqual([['stl18', 'https://lovdata.no/lov/2009-12-18-131/%C2%A718']]);
    const [first, second] = law.coverage.sentences;
    expect([first?.status, first?.encodedBy.map((l) => l.name), first?.testedBy.map((l) => l.name)]).toEqual(['dekket', ['stønad'], ['Uten inntekt']]);
    expect(second?.status).toBe('ikke kodet');
  });

  it('names the kilde at a place in the text, pinned to its ledd and punktum', () => {
    const line = text.split('\n').findIndex((l) => l.startsWith('regel stønad')) + 1;
    const column = text.split('\n')[line - 1]?.indexOf('stl18') ?? 0;
    const session = new ServiceSession(checked());
    expect(citationAt(session, 'lov.lov', { line, column: column + 2 })).toMatchObject({ id: 'stl18', stored: true, ledd: 1, punktum: 1, location: { path: 'lov.lov', line: 3 } });
    expect(citationAt(session, 'lov.lov', { line, column: 2 })).toBeUndefined();
  });

  it('opens only http(s) links', () => {
    expect(webLink('javascript:alert(1)')).toBeUndefined();
    expect(webLink('file:///etc/passwd')).toBeUndefined();
    expect(webLink('https://lovdata.no/')).toBe('https://lovdata.no/');
  });
});
