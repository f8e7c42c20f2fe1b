import { describe, expect, it } from 'vitest';
import { lovkode } from './lovkode';

// `alder(fødselsdato, på)` before the day of birth is undetermined with its reason
// (docs/language.md, docs/engine.md §3): no age and no decision that depends on one.
const timeout = 120_000;

const adult = (fødselsdato: string) =>
  JSON.stringify({
    beregningsmåned: '2024-03',
    sivilstand: 'enslig',
    voksne: [{ fødselsdato }],
    utgifter: [{ art: 'husleie', beløp: '8000' }],
    tungtveiende_grunner_mot_aktivitetsvilkår: false,
  });

describe('lovkode run: a birth date after the as-of date', () => {
  it('an adult born 9999-12-31 gets no activity requirement at a negative age, but an undetermined one with the reason', { timeout }, async () => {
    const run = await lovkode(['run', 'rules', '--input', '-'], { stdin: adult('9999-12-31') });
    expect(run.code, run.stderr).toBe(0);
    const { values } = JSON.parse(run.stdout);
    expect(values.aktivitetsvilkår).toEqual([{ ubestemt: ['Alderen kan ikke regnes ut: fødselsdatoen 9999-12-31 er etter 2024-03-01, datoen alderen regnes på'] }]);
    expect(run.stdout).not.toMatch(/"alder":-/);
  });

  it('an adult born in the month computed, after its first day, likewise; one born on the first day is 0', { timeout }, async () => {
    const later = JSON.parse((await lovkode(['run', 'rules', '--input', '-'], { stdin: adult('2024-03-15') })).stdout);
    expect(later.values.aktivitetsvilkår).toEqual([{ ubestemt: [expect.stringContaining('fødselsdatoen 2024-03-15 er etter 2024-03-01')] }]);
    const sameDay = JSON.parse((await lovkode(['run', 'rules', '--input', '-'], { stdin: adult('2024-03-01') })).stdout);
    expect(sameDay.values.aktivitetsvilkår).toEqual([{ fødselsdato: '2024-03-01', alder: 0 }]);
  });
});
