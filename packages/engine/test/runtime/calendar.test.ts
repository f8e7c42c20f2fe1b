import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index';
import { ageOn } from '../../src/runtime/calendar';
import { Undetermined } from '../../src/runtime/values';
import { rules } from '../support';

describe('ageOn: alder(fødselsdato, på)', () => {
  it('whole years: 0 on the day of birth, one more on each birthday', () => {
    expect(ageOn('2024-03-01', '2024-03-01')).toBe(0);
    expect(ageOn('1980-05-12', '2024-05-11')).toBe(43);
    expect(ageOn('1980-05-12', '2024-05-12')).toBe(44);
    expect(ageOn('2016-02-29', '2022-02-28')).toBe(5);
    expect(ageOn('2016-02-29', '2022-03-01')).toBe(6);
  });

  it('before the day of birth there is no age: undetermined with the reason, never a negative number', () => {
    const reason = 'Alderen kan ikke regnes ut: fødselsdatoen 2024-03-02 er etter 2024-03-01, datoen alderen regnes på';
    expect(ageOn('2024-03-02', '2024-03-01')).toEqual(new Undetermined([reason]));
    expect(ageOn('9999-12-31', '2024-03-01')).toBeInstanceOf(Undetermined);
  });
});

describe('evaluate: an age on a date before birth', () => {
  const compiled = rules(`
kilde k "Sosialtjenesteloven § 20 a"
type Voksen { fødselsdato: dato }
inndata { måned: måned (vurderingstidspunkt), fødselsdato: dato, voksne: liste av Voksen }
utdata alder_første, under_30, antall_under_30
regel alder_første: heltall (kilde k)
  = alder(fødselsdato, vurderingsdato)
regel under_30: sannhetsverdi (kilde k)
  = alder(fødselsdato, vurderingsdato) < 30
regel antall_under_30: heltall (kilde k)
  = antall(v for v i voksne der alder(v.fødselsdato, vurderingsdato) < 30)
`);
  const reason = 'Alderen kan ikke regnes ut: fødselsdatoen 9999-12-31 er etter 2024-03-01, datoen alderen regnes på';

  it('is undetermined with the reason, and so is every decision that depends on it', () => {
    const result = evaluate(compiled, { måned: '2024-03', fødselsdato: '9999-12-31', voksne: [{ fødselsdato: '1990-01-01' }, { fødselsdato: '9999-12-31' }] });
    expect(result.values).toEqual({ alder_første: { ubestemt: [reason] }, under_30: { ubestemt: [reason] }, antall_under_30: { ubestemt: [reason] } });
  });

  it('born on the as-of day is 0 years old', () => {
    expect(evaluate(compiled, { måned: '2024-03', fødselsdato: '2024-03-01', voksne: [{ fødselsdato: '2024-03-01' }] }).values).toEqual({
      alder_første: 0,
      under_30: true,
      antall_under_30: 1,
    });
  });
});
