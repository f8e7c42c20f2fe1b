import { describe, expect, it } from 'vitest';
import { evaluate, EvaluationError } from '../../src/index';
import { rules } from '../support';

const base = `
kilde k "Kilde"
inndata { dag: dato (vurderingstidspunkt), a: heltall = 0, b: heltall = 0 }
utdata x
regel x: heltall  (kilde k)
  = 1
  unntak p  (kilde k)
    når a > 0 så 2
  unntak q til p  (kilde k)
    når b > 0 så 3
  unntak senere  (kilde k, gjelder fra 2024-01-01)
    når a > 10 så 4
`;

function value(text: string, input: object): unknown {
  return evaluate(rules(text), { dag: '2023-06-01', ...input }).values['x'];
}

describe('default logic (Catala): exceptions take priority over what they are exceptions to', () => {
  it('uses the base definition when no exception applies', () => expect(value(base, {})).toBe(1));
  it('an applicable exception wins over the base', () => expect(value(base, { a: 1 })).toBe(2));
  it('an exception to an exception wins over its parent', () => expect(value(base, { a: 1, b: 1 })).toBe(3));
  it('an exception to an exception applies even when its parent does not', () => expect(value(base, { b: 1 })).toBe(3));
  it('an exception outside its validity period does not apply', () => expect(value(base, { a: 11 })).toBe(2));

  it('two applicable sibling exceptions are a conflict naming both locations', () => {
    const error = (() => {
      try {
        evaluate(rules(base), { dag: '2024-02-01', a: 11 });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(EvaluationError);
    expect((error as EvaluationError).code).toBe('LK7002');
    expect((error as EvaluationError).message).toContain('«p»');
    expect((error as EvaluationError).message).toContain('«senere»');
    expect((error as EvaluationError).locations.map((l) => l.line)).toEqual([9, 13]); // the two «når» lines
  });

  it('no applicable definition is an error, never a silent zero', () => {
    const text = `kilde k "K"\ninndata { dag: dato (vurderingstidspunkt), a: heltall }\nutdata x\nregel x: beløp (kilde k)\n  når a > 0 så 5 kr\n`;
    expect(() => evaluate(rules(text), { dag: '2024-01-01', a: 0 })).toThrow(/Ingen definisjon av «x» gjelder/);
    expect(evaluate(rules(text), { dag: '2024-01-01', a: 1 }).values['x']).toBe('5.00');
  });

  it('two applicable base definitions conflict', () => {
    const text = `kilde k "K"\ninndata { dag: dato (vurderingstidspunkt), a: heltall }\nutdata x\nregel x: heltall (kilde k)\n  når a > 0 så 1\n  når a > 1 så 2\n`;
    expect(() => evaluate(rules(text), { dag: '2024-01-01', a: 5 })).toThrow(/Motstrid i «x»/);
  });

  it('a rule used outside its validity period is an error naming the period', () => {
    const text = `kilde k "K"\ninndata { dag: dato (vurderingstidspunkt) }\nutdata x\nregel x: heltall (kilde k, gjelder fra 2022-09-01)\n  = 1\n`;
    expect(() => evaluate(rules(text), { dag: '2022-08-31' })).toThrow(/gjelder ikke 2022-08-31 \(gjelder fra 2022-09-01\)/);
    expect(evaluate(rules(text), { dag: '2022-09-01' }).values['x']).toBe(1);
  });

  it('records in the trace which exception won and what it overrode', () => {
    const result = evaluate(rules(base), { dag: '2023-06-01', a: 1, b: 1 }, { trace: true });
    const step = result.trace?.steps[result.trace.outputs['x'] as number];
    expect(step?.definition).toMatchObject({ kind: 'exception', label: 'q', overrode: ['base', 'p'] });
    expect(step?.citations).toEqual([{ id: 'k', title: 'Kilde' }]);
  });
});

describe('undetermined outcomes', () => {
  const text = `
kilde k "K"
inndata { dag: dato (vurderingstidspunkt), behov: sannhetsverdi }
utdata x, y, z
regel u: beløp (kilde k)
  = hvis behov så ubestemt "Vurder særskilt" ellers 10 kr
regel x: beløp (kilde k)
  = u + 5 kr
regel y: sannhetsverdi (kilde k)
  = usann og u > 0 kr
regel z: sannhetsverdi (kilde k)
  = u > 0 kr
`;
  it('propagate through arithmetic and comparisons instead of a number', () => {
    const values = evaluate(rules(text), { dag: '2024-01-01', behov: true }).values;
    expect(values['x']).toEqual({ ubestemt: ['Vurder særskilt'] });
    expect(values['z']).toEqual({ ubestemt: ['Vurder særskilt'] });
  });
  it('use Kleene logic: usann og ubestemt is usann', () => {
    expect(evaluate(rules(text), { dag: '2024-01-01', behov: true }).values['y']).toBe(false);
  });
  it('do not appear when the condition does not hold', () => {
    expect(evaluate(rules(text), { dag: '2024-01-01', behov: false }).values['x']).toBe('15.00');
  });
});

describe('calls: each definition computes in its own one frame', () => {
  const text = `
kilde k "Kilde"
inndata { dag: dato (vurderingstidspunkt), n: heltall, tall: liste av heltall }
utdata x
regel dobbel(v: heltall): heltall  (kilde k)
  = v * 2
regel pluss(a: heltall, b: heltall): heltall  (kilde k)
  = a + b
regel tre(a: heltall, b: heltall, c: heltall): heltall  (kilde k)
  = a * 100 + b * 10 + c
regel summen(v: heltall): heltall  (kilde k)
  = sum(pluss(t, v) for t i tall)
regel x: heltall  (kilde k)
  = dobbel(dobbel(n)) + pluss(pluss(1, n), pluss(n, 3)) + tre(tre(0, 0, n), pluss(n, 1), dobbel(n)) + summen(summen(n))
`;
  it('a call in the argument of a call of the same rule is computed before the outer call uses the frame', () => {
    // n = 2: dobbel(dobbel(2)) = 8; pluss(3, 5) = 8; tre(2, 3, 4) = 234; summen(2) over [1, 10] = 3 + 12 = 15, summen(15) = 16 + 25 = 41.
    expect(evaluate(rules(text), { dag: '2024-01-01', n: 2, tall: [1, 10] }).values['x']).toBe(8 + 8 + 234 + 41);
  });
});

describe('aggregations propagate an undetermined element', () => {
  const text = `
kilde k "Kilde"
inndata { dag: dato (vurderingstidspunkt), tall: liste av heltall }
utdata x, antall_store, summen, noen_store, alle_små, største, lista, antall_svar, antall_i_lista
regel stor(t: heltall): sannhetsverdi  (kilde k)
  = t > 10
  unntak null  (kilde k)
    når t = 0 så ubestemt "null er verken stort eller smått"
regel x: heltall  (kilde k)
  = antall(tall)
regel antall_store: heltall  (kilde k)
  = antall(t for t i tall der stor(t))
regel summen: heltall  (kilde k)
  = sum(t for t i tall der stor(t))
regel noen_store: sannhetsverdi  (kilde k)
  = noen(stor(t) for t i tall)
regel alle_små: sannhetsverdi  (kilde k)
  = alle(ikke stor(t) for t i tall)
regel største: heltall  (kilde k)
  = maks(t for t i tall der stor(t))
regel lista: liste av heltall  (kilde k)
  = liste(t for t i tall der stor(t))
regel svar: liste av sannhetsverdi  (kilde k)
  = liste(stor(t) for t i tall)
regel antall_svar: heltall  (kilde k)
  = antall(stor(t) for t i tall)
regel antall_i_lista: heltall  (kilde k)
  = antall(svar)
`;
  const values = (tall: number[]) => evaluate(rules(text), { dag: '2024-01-01', tall }).values;
  const undetermined = { ubestemt: ['null er verken stort eller smått'] };

  it('without one, they combine the elements', () => {
    expect(values([5, 20, 30])).toEqual({
      x: 3,
      antall_store: 2,
      summen: 50,
      noen_store: true,
      alle_små: false,
      største: 30,
      lista: [20, 30],
      antall_svar: 3,
      antall_i_lista: 3,
    });
  });

  it('with an undetermined filter, a count or sum is undetermined, never a number that silently counts it; Kleene logic may still decide; a count of undetermined values is a count', () => {
    expect(values([5, 0, 20])).toEqual({
      x: 3,
      antall_store: undetermined,
      summen: undetermined,
      noen_store: true,
      alle_små: false,
      største: undetermined,
      lista: [undetermined, 20],
      // Counting elements does not depend on their values.
      antall_svar: 3,
      antall_i_lista: 3,
    });
    expect(values([5, 0])).toMatchObject({ noen_store: undetermined, alle_små: undetermined });
  });
});
