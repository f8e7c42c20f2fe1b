/**
 * A `skjønn` assessed per element (issue 13, item 7): `skjønn barnets_behov(b: Barn)` has a
 * guideline for each child; an override (`overstyringer[].for`) replaces it for one child
 * only, with its reason, shown in the trace, the warnings and the justification.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, InputError } from '../../src/index';
import { renderBegrunnelse } from '../../src/trace/begrunnelse';
import { rules } from '../support';

const compiled = rules(`
kilde k "Kilde"

type Barn { fødselsdato: dato }

inndata {
  måned: måned  (vurderingstidspunkt)
  barn:  liste av Barn = []
}

utdata barnas_behov

skjønn barnets_behov(b: Barn): beløp  (kilde k)
  veiledende = hvis alder(b.fødselsdato, første_dag(måned)) < 6 så 500 kr ellers 800 kr
  forklaring "Behovet til barnet født {b.fødselsdato}: {verdi}."

regel barnas_behov: beløp  (kilde k)
  = sum(barnets_behov(b) for b i barn)
`);

const family = { måned: '2024-03', barn: [{ fødselsdato: '2020-01-01' }, { fødselsdato: '2015-01-01' }] };
const football = { navn: 'barnets_behov', for: [{ fødselsdato: '2015-01-01' }], verdi: '1200', begrunnelse: 'Fotball: kontingent og utstyr' };

describe('a skjønn assessed per child', () => {
  it('takes the guideline for every child without overrides', () => {
    expect(evaluate(compiled, family).values).toEqual({ barnas_behov: '1300.00' });
  });

  it('is overridden for one child only, with the reason in the warnings, the trace and the justification', () => {
    const result = evaluate(compiled, { ...family, overstyringer: [football] }, { trace: true });
    expect(result.values).toEqual({ barnas_behov: '1700.00' });
    expect(result.warnings).toEqual(['Skjønnet «barnets_behov» for fødselsdato: 1. januar 2015 er overstyrt til 1 200,00 kr: Fotball: kontingent og utstyr']);
    const steps = (result.trace?.steps ?? []).filter((s) => s.name === 'barnets_behov');
    expect(steps.map((s) => [s.args, s.value, s.override?.reason ?? null, s.override?.guideline ?? null])).toEqual([
      [[{ fødselsdato: '2020-01-01' }], '500.00', null, null],
      [[{ fødselsdato: '2015-01-01' }], '1200.00', 'Fotball: kontingent og utstyr', '800.00'],
    ]);
    const text = renderBegrunnelse(result);
    expect(text).toContain('Fotball: kontingent og utstyr');
    expect(text).toContain('Behovet til barnet født 1. januar 2015: 1 200,00 kr.');
    expect(text).toContain('Behovet til barnet født 1. januar 2020: 500,00 kr.');
  });

  it('an override that does not say for whom, or says it twice, is refused with the path', () => {
    const refused = (overstyringer: unknown[]) => {
      try {
        evaluate(compiled, { ...family, overstyringer });
      } catch (error) {
        if (error instanceof InputError) return error.violations.map((v) => v.path);
      }
      return [];
    };
    expect(refused([{ ...football, for: undefined }])).toEqual(['/overstyringer/0/for']);
    expect(refused([football, { ...football, verdi: '900' }])).toEqual(['/overstyringer/1']);
  });

  it('twins the case does not tell apart cannot be overridden one by one: refused, never counted for both', () => {
    const twins = { måned: '2024-03', barn: [{ fødselsdato: '2015-03-01' }, { fødselsdato: '2015-03-01' }] };
    const override = { navn: 'barnets_behov', for: [{ fødselsdato: '2015-03-01' }], verdi: '1000', begrunnelse: 'Vurdert tvilling A' };
    expect(() => evaluate(compiled, { ...twins, overstyringer: [override] })).toThrow(/passer på 2 elementer i saken med de samme opplysningene/);
  });

  it('an override for a child the case does not have changes nothing and says so, instead of «er overstyrt»', () => {
    const result = evaluate(compiled, { ...family, overstyringer: [{ ...football, for: [{ fødselsdato: '2015-01-02' }] }] });
    expect(result.values).toEqual({ barnas_behov: '1300.00' });
    expect(result.warnings).toEqual(['Overstyringen av «barnets_behov» for fødselsdato: 2. januar 2015 er ikke brukt: ingenting i beregningen gjelder fødselsdato: 2. januar 2015']);
  });

  it('an element written without a field that has a default is the element with that default', () => {
    const withDefault = rules(`
kilde k "Kilde"

type U { beløp: beløp, barn: liste av heltall = [] }

inndata {
  måned: måned  (vurderingstidspunkt)
  u:     U
}

utdata total

skjønn f(u: U): beløp  (kilde k)
  veiledende = u.beløp

regel total: beløp  (kilde k)
  = f(u)
`);
    const result = evaluate(withDefault, { måned: '2024-03', u: { beløp: 100 }, overstyringer: [{ navn: 'f', for: [{ beløp: 100 }], verdi: 7, begrunnelse: 'Vurdert' }] });
    expect(result.values).toEqual({ total: '7.00' });
    expect(result.warnings).toEqual(['Skjønnet «f» for beløp: 100,00 kr er overstyrt til 7,00 kr: Vurdert']);
  });
});
