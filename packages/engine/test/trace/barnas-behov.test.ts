/**
 * Each child's needs, assessed and visible (issue 14, item 3): the shipped rules mark the
 * result as provisional until every child's needs are assessed, and the justification shows
 * the assessment and its reason child by child (NAVs veileder mars 2024: the assessment
 * shall be visible in the decision).
 */
import { describe, expect, it } from 'vitest';
import { ruleFiles } from '../../../../test/support/rule-files';
import { compile, evaluate } from '../../src/index';
import { renderBegrunnelse } from '../../src/trace/begrunnelse';

const compiled = compile(ruleFiles('rules'));
if (!compiled.ok) throw new Error(compiled.diagnostics[0]?.message);

const family = {
  beregningsmåned: '2024-03',
  sivilstand: 'ektepar_samboere',
  voksne: [{ fødselsdato: '1980-01-15' }, { fødselsdato: '1981-02-16' }],
  barn: [{ fødselsdato: '2012-12-12' }, { fødselsdato: '2017-01-31' }],
  utgifter: [
    { art: 'husleie', beløp: '12000' },
    { art: 'sfo', beløp: '1800', gjelder_barn: [{ fødselsdato: '2017-01-31' }] },
  ],
  overstyringer: [
    { navn: 'barnets_behov_utover_satsen', for: [{ fødselsdato: '2012-12-12' }], verdi: '450', begrunnelse: 'Fotball 300 kr og utstyr 150 kr i måneden; klærne dekkes av satsen' },
  ],
};

describe('each child’s needs in the justification', () => {
  it('shows the assessed child’s amount and reason, and the other child as not yet assessed', () => {
    const result = evaluate(compiled.rules, family, { trace: true });
    expect(result.values['foreløpig']).toBe(true);
    expect(result.values['barnas_behov_utover_satsen']).toBe('2250.00');
    const steps = result.trace?.steps ?? [];
    const assessed = steps.find((s) => s.name === 'barnets_behov_utover_satsen' && JSON.stringify(s.args) === JSON.stringify([{ fødselsdato: '2012-12-12' }]));
    expect(assessed?.override?.reason).toBe('Fotball 300 kr og utstyr 150 kr i måneden; klærne dekkes av satsen');
    const text = renderBegrunnelse(result);
    expect(text).toContain('Satt etter skjønn: 450,00 kr (veiledende: 0,00 kr). Begrunnelse: Fotball 300 kr og utstyr 150 kr i måneden; klærne dekkes av satsen');
    expect(text).toContain('Barnet født 12. desember 2012: behovene for fritid, utstyr og klær og utgiftene som gjelder barnet, utgjør 450,00 kr i behovet.');
    expect(text).toContain('Barnet født 31. januar 2017: behovene for fritid, utstyr og klær og utgiftene som gjelder barnet, utgjør 1 800,00 kr i behovet.');
    expect(text).toContain('Behovene til barnet født 31. januar 2017 er vurdert: nei.');
    expect(text).toContain('Beregningen er foreløpig: behovene til ett eller flere av barna er ikke vurdert ennå.');
    expect(result.warnings.some((w) => w.includes('Fotball 300 kr'))).toBe(true);
  });
});
