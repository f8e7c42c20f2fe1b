/**
 * `tabell(k) per dato` reads the row in force on that day, not on the as-of date (issue 13,
 * item 6): a December 2023 case decided on 2024-01-05 gets December's rate.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index';
import { renderBegrunnelse } from '../../src/trace/begrunnelse';
import { rules } from '../support';

const compiled = rules(`
kilde k "Kilde"

valg Kategori { enslig, par }

inndata {
  beregningsmåned: måned
  vedtaksdato:     dato  (vurderingstidspunkt)
}

utdata for_måneden, på_vedtaksdagen, måneden_før, år_før

tabell sats(kategori: Kategori): beløp
  | fra        | enslig | par    | kilde |
  | 2023-01-01 |  7 550 | 12 600 | k     |
  | 2024-01-01 |  7 850 | 13 100 | k     |
  | 2025-01-01 | ukjent "Satsene for 2025 er ikke registrert"   | k |

regel for_måneden: beløp  (kilde k)
  = sats(enslig) per beregningsmåned

regel på_vedtaksdagen: beløp  (kilde k)
  = sats(enslig)

regel måneden_før: beløp  (kilde k)
  = sats(par) per første_dag(beregningsmåned - 1 måned)

regel år_før: beløp  (kilde k)
  = sats(enslig) per (vedtaksdato - 1 år)
`);

describe('a table lookup at an explicit date', () => {
  it('reads the row of the month computed, not of the decision date', () => {
    const result = evaluate(compiled, { beregningsmåned: '2023-12', vedtaksdato: '2024-01-05' });
    expect(result.values).toEqual({ for_måneden: '7550.00', på_vedtaksdagen: '7850.00', måneden_før: '12600.00', år_før: '7550.00' });
  });

  it('names the day in the trace when it is not the as-of date, and keeps the two lookups apart', () => {
    const result = evaluate(compiled, { beregningsmåned: '2023-12', vedtaksdato: '2024-01-05' }, { trace: true });
    const lookups = (result.trace?.steps ?? []).filter((s) => s.kind === 'table').map((s) => [s.value, s.row?.from, s.row?.at]);
    expect(lookups).toEqual(
      expect.arrayContaining([
        ['7550.00', '2023-01-01', '2023-12-01'],
        ['7850.00', '2024-01-01', undefined],
        ['12600.00', '2023-01-01', '2023-11-01'],
        ['7550.00', '2023-01-01', '2023-01-05'],
      ]),
    );
  });

  it('says in the justification which day the rate was read for', () => {
    const result = evaluate(compiled, { beregningsmåned: '2023-12', vedtaksdato: '2024-01-05' }, { trace: true });
    const text = renderBegrunnelse(result);
    expect(text).toContain('Sats for enslig fra 1. januar 2023, som gjaldt 1. desember 2023: 7 550,00 kr');
    expect(text).toContain('Sats for enslig fra 1. januar 2024: 7 850,00 kr');
  });

  it('an unknown period or a day before the first row at that date is an error naming the day', () => {
    expect(() => evaluate(compiled, { beregningsmåned: '2025-02', vedtaksdato: '2025-03-01' }, { outputs: ['for_måneden'] })).toThrow(/2025-02-01/);
    expect(() => evaluate(compiled, { beregningsmåned: '2022-12', vedtaksdato: '2023-01-05' }, { outputs: ['for_måneden'] })).toThrow(/2022-12-01: første rad gjelder fra 2023-01-01/);
  });
});
