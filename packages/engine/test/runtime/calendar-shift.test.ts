/**
 * Date and month arithmetic (issue 13, item 5): `d ± N dager|måneder|år`, `m ± N måneder|år`,
 * `siste_dag`, `år`, `måned`. Checked against JavaScript's own proleptic Gregorian calendar
 * (Date.UTC), which the engine does not use, and through evaluate() on a rule set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastDayOf, monthNumberOf, shift, yearOf } from '../../src/runtime/calendar';
import { Undetermined } from '../../src/runtime/values';
import { evaluate } from '../../src/index';
import { rules } from '../support';

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const date = fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2200, 11, 31) }).map((t) => iso(t - (t % 86_400_000)));

/** The reference: the same day of the month N months on, or the month's last day (JavaScript's calendar). */
function referenceMonths(d: string, months: number): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return iso(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, last)));
}

describe('calendar shifts', () => {
  it('days agree with JavaScript’s calendar', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -40_000, max: 40_000 }), (d, n) => {
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        expect(shift(d, n, 'dag')).toBe(iso(Date.UTC(y, m - 1, day + n)));
      }),
      { numRuns: 3000 },
    );
  });

  it('months and years keep the day, or take the last day of a shorter month', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -600, max: 600 }), (d, n) => {
        expect(shift(d, n, 'måned')).toBe(referenceMonths(d, n));
        expect(shift(d, Math.trunc(n / 12), 'år')).toBe(referenceMonths(d, Math.trunc(n / 12) * 12));
      }),
      { numRuns: 3000 },
    );
    expect(shift('2024-01-31', 1, 'måned')).toBe('2024-02-29');
    expect(shift('2024-02-29', 1, 'år')).toBe('2025-02-28');
    expect(shift('2024-03-31', -1, 'måned')).toBe('2024-02-29');
  });

  it('moves months by months and years', () => {
    expect(shift('2023-12', 1, 'måned')).toBe('2024-01');
    expect(shift('2024-01', -13, 'måned')).toBe('2022-12');
    expect(shift('2024-05', -6, 'år')).toBe('2018-05');
  });

  it('leaves the calendar undetermined, never a wrong date', () => {
    expect(shift('9999-12-31', 1, 'dag')).toBeInstanceOf(Undetermined);
    expect(shift('0001-01', -1, 'måned')).toBeInstanceOf(Undetermined);
    // Far beyond the calendar (1e20 days once made the year search loop forever).
    for (const unit of ['dag', 'måned', 'år'] as const) expect(shift('2024-01-01', 1e20, unit)).toBeInstanceOf(Undetermined);
    expect((shift('2024-01-01', -3_000_000, 'dag') as Undetermined).reasons).toEqual(['2024-01-01 - 3000000 dager faller utenfor kalenderen (årene 1–9999)']);
  });

  it('reads the parts of a date and the last day of a month', () => {
    expect([yearOf('2024-02-10'), monthNumberOf('2024-02-10'), yearOf('1999-12'), monthNumberOf('1999-12')]).toEqual([2024, 2, 1999, 12]);
    expect(['2024-02', '2023-02', '1900-02', '2000-02', '2024-04', '2024-12'].map(lastDayOf)).toEqual(['2024-02-29', '2023-02-28', '1900-02-28', '2000-02-29', '2024-04-30', '2024-12-31']);
  });
});

describe('in the rule language', () => {
  // Barnetrygd is paid from the month after birth up to and including the month before the
  // 18th birthday (barnetrygdloven § 11; ../shared/domain/barnetrygd.md): the arithmetic item 4 needs.
  const compiled = rules(`
kilde k "Kilde"

type Barn { fødselsdato: dato }

inndata {
  utbetalingsmåned: måned  (vurderingstidspunkt)
  barn:             Barn
}

utdata første_måned, siste_måned, har_rett, år_og_måned, siste_dag_i_måneden, neste_dag

regel første_måned: måned  (kilde k)
  = måned_av(barn.fødselsdato) + 1 måned

regel siste_måned: måned  (kilde k)
  = måned_av(barn.fødselsdato + 18 år) - 1 måned

regel har_rett: sannhetsverdi  (kilde k)
  = utbetalingsmåned >= første_måned og utbetalingsmåned <= siste_måned

regel år_og_måned: heltall  (kilde k)
  = år(barn.fødselsdato) * 100 + måned(barn.fødselsdato)

regel siste_dag_i_måneden: dato  (kilde k)
  = siste_dag(utbetalingsmåned)

regel neste_dag: dato  (kilde k)
  = siste_dag(utbetalingsmåned) + 1 dag
`);

  it('computes the months a child is paid for', () => {
    const at = (utbetalingsmåned: string) => evaluate(compiled, { utbetalingsmåned, barn: { fødselsdato: '2006-05-31' } }).values;
    expect(at('2006-05')).toMatchObject({ første_måned: '2006-06', siste_måned: '2024-04', har_rett: false, år_og_måned: 200605 });
    expect(at('2024-04')).toMatchObject({ har_rett: true, siste_dag_i_måneden: '2024-04-30', neste_dag: '2024-05-01' });
    expect(at('2024-05')).toMatchObject({ har_rett: false });
  });
});
