import { describe, expect, it } from 'vitest';
import { evaluate, EvaluationError } from '../../src/index';
import { rules } from '../support';

const text = `
kilde r1 "Rundskriv 1"
kilde r2 "Rundskriv 2"
valg Kategori { voksen, barn }
inndata { dag: dato (vurderingstidspunkt), kategori: Kategori }
utdata x
tabell sats(k: Kategori): beløp
  | fra        | voksen | barn | kilde |
  | 2020-01-01 |  1 000 |  500 | r1    |
  | 2021-01-01 | ukjent "Rundskrivet for 2021 mangler" |
  | 2022-01-01 |  1 200 |  600 | r2    |
regel x: beløp (kilde r1)
  = sats(kategori)
`;
const compiled = rules(text);
const at = (dag: string, kategori = 'voksen') => evaluate(compiled, { dag, kategori }, { trace: true });
const failure = (dag: string): EvaluationError => {
  try {
    at(dag);
  } catch (error) {
    return error as EvaluationError;
  }
  throw new Error('expected an evaluation error');
};

describe('dated rate tables', () => {
  it('take the last row from on or before the as-of day', () => {
    expect(at('2020-01-01').values['x']).toBe('1000.00');
    expect(at('2020-12-31', 'barn').values['x']).toBe('500.00');
    expect(at('2022-01-01').values['x']).toBe('1200.00');
    expect(at('2030-06-01', 'barn').values['x']).toBe('600.00');
  });

  it('refuse a lookup in an unknown period, naming table, key, period and message', () => {
    const error = failure('2021-06-30');
    expect(error.code).toBe('LK7003');
    expect(error.message).toBe(
      'Tabellen «sats» har ukjent verdi for voksen 2021-06-30 (perioden fra 2021-01-01): Rundskrivet for 2021 mangler',
    );
  });

  it('refuse a lookup before the first row instead of using the nearest row', () => {
    const error = failure('2019-12-31');
    expect(error.code).toBe('LK7003');
    expect(error.message).toContain('første rad gjelder fra 2020-01-01');
  });

  it('record the row and its source in the trace', () => {
    const trace = at('2022-03-01').trace;
    const lookup = trace?.steps.find((s) => s.kind === 'table');
    expect(lookup).toMatchObject({ name: 'sats', args: ['voksen'], value: '1200.00', row: { keys: ['voksen'], from: '2022-01-01' } });
    expect(lookup?.citations).toEqual([{ id: 'r2', title: 'Rundskriv 2' }]);
  });

  it('end a row at its til day, and refuse the gap after it', () => {
    const withEnd = rules(`
kilde r "R"
inndata { dag: dato (vurderingstidspunkt) }
utdata x
tabell sats(): beløp
  | fra        | til        | verdi | kilde |
  | 2020-01-01 | 2020-06-30 |   100 | r     |
  | 2020-07-01 | 2020-12-31 |   110 | r     |
regel x: beløp (kilde r)
  = sats()
`);
    expect(evaluate(withEnd, { dag: '2020-06-30' }).values['x']).toBe('100.00');
    expect(evaluate(withEnd, { dag: '2020-07-01' }).values['x']).toBe('110.00');
    expect(() => evaluate(withEnd, { dag: '2021-01-01' })).toThrow(/gjaldt til 2020-12-31/);
  });

  it('look up by several keys in long form', () => {
    const long = rules(`
kilde r "R"
valg Sone { by, land }
inndata { dag: dato (vurderingstidspunkt), sone: Sone, personer: heltall }
utdata x
tabell tak(sone: Sone, personer: heltall): beløp
  | fra        | sone | personer | verdi | kilde |
  | 2024-01-01 | by   |        1 | 9 000 | r     |
  | 2024-01-01 | by   |        2 | 11 000 | r    |
  | 2024-01-01 | land |        1 | 7 000 | r     |
regel x: beløp (kilde r)
  = tak(sone, personer)
`);
    expect(evaluate(long, { dag: '2024-05-01', sone: 'by', personer: 2 }).values['x']).toBe('11000.00');
    expect(() => evaluate(long, { dag: '2024-05-01', sone: 'land', personer: 2 })).toThrow(/har ingen rad for land, 2$/);
  });
});
