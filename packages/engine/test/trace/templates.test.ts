/**
 * A `forklaring` placeholder is an expression evaluated where the explanation stands: a
 * call with the rule's own parameter prints that element's value, not the first one's
 * (issue 13, item 1). The bare name of a rule with parameters is refused by the checker
 * (conformance: names/bad/forklaring_regel_med_parametre).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index';
import { rules } from '../support';

const source = `
kilde k "Kilde"

type Barn { fødselsdato: dato }

inndata {
  dato_nå: dato  (vurderingstidspunkt)
  barn:    liste av Barn = []
}

utdata barnesatser

regel alder_nå(b: Barn): heltall  (kilde k)
  = alder(b.fødselsdato, dato_nå)

regel barnesats(b: Barn): beløp  (kilde k)
  = hvis alder_nå(b) < 6 så 3 000 kr ellers 3 500 kr
  forklaring "Barnet født {b.fødselsdato} er {alder_nå(b)} år; satsen er {verdi}, {verdi - 3 000 kr} over den laveste. \\{b} er ikke en innsetting."

regel barnesatser: beløp  (kilde k)
  = sum(barnesats(b) for b i barn)
`;

describe('explanation templates', () => {
  it('print each child’s own age through an explicit call, and escaped braces as text', () => {
    const result = evaluate(rules(source), { dato_nå: '2024-03-15', barn: [{ fødselsdato: '2016-11-20' }, { fødselsdato: '2020-01-02' }] }, { trace: true });
    const explanations = (result.trace?.steps ?? []).filter((s) => s.name === 'barnesats').map((s) => s.explanation);
    expect(explanations).toEqual([
      'Barnet født 20. november 2016 er 7 år; satsen er 3 500,00 kr, 500,00 kr over den laveste. {b} er ikke en innsetting.',
      'Barnet født 2. januar 2020 er 4 år; satsen er 3 000,00 kr, 0,00 kr over den laveste. {b} er ikke en innsetting.',
    ]);
  });

  // docs/engine.md §7: `explanation` is the rule's `forklaring` rendered with the actual values; an explanation never
  // makes an evaluation fail, so a placeholder that cannot be computed says so in its place — on either path (on the
  // fast path an amount divided by zero leaves it, and a number divided by zero is an error it leaves for).
  it.each([true, false])('write a placeholder that cannot be computed as «ikke beregnet» with the reason (fast path: %s)', (fastPath) => {
    const compiled = rules(`
kilde k "Kilde"

inndata {
  dato_nå: dato  (vurderingstidspunkt)
  personer: heltall = 0
}

utdata andel

regel andel: beløp  (kilde k)
  = 1 200 kr
  forklaring "Andelen er {verdi}, {1 / personer} av den per person: {verdi / personer}."
`);
    const result = evaluate(compiled, { dato_nå: '2024-03-15' }, { trace: true, fastPath });
    expect(result.trace?.steps.find((s) => s.name === 'andel')?.explanation).toBe('Andelen er 1 200,00 kr, (ikke beregnet: Deling med null) av den per person: (ikke beregnet: Deling med null).');
  });
});
