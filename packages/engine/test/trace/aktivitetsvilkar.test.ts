/**
 * § 20 a per adult (issue 14, item 2): conditions of activity only for recipients under 30
 * (the household gets stønad over 0 kr); weighty reasons are assessed adult by adult, and the
 * caseworker's reason is shown in the justification with what the condition is for and what
 * a breach can lead to (§ 20 third ledd).
 */
import { describe, expect, it } from 'vitest';
import { ruleFiles } from '../../../../test/support/rule-files';
import { compile, evaluate } from '../../src/index';
import { renderBegrunnelse } from '../../src/trace/begrunnelse';

const compiled = compile(ruleFiles('rules'));
if (!compiled.ok) throw new Error(compiled.diagnostics[0]?.message);

const reason = 'Alvorlig syk; behandling på dagtid i hele perioden';
const couple = {
  beregningsmåned: '2024-03',
  sivilstand: 'ektepar_samboere',
  voksne: [{ fødselsdato: '1998-11-11' }, { fødselsdato: '2000-02-29' }],
  overstyringer: [{ navn: 'tungtveiende_grunner_mot_vilkår', for: [{ fødselsdato: '1998-11-11' }], verdi: true, begrunnelse: reason }],
};

describe('activity conditions per adult in the justification', () => {
  it('sets one condition, shows the reason for the other adult, and says what a breach can lead to', () => {
    const result = evaluate(compiled.rules, couple, { trace: true });
    expect(result.values['aktivitetsvilkår']).toEqual([{ fødselsdato: '2000-02-29', alder: 24 }]);
    const text = renderBegrunnelse(result);
    expect(text).toContain(`Satt etter skjønn: ja (veiledende: nei). Begrunnelse: ${reason}`);
    expect(text).toContain('Tungtveiende grunner taler mot vilkår om aktivitet for den voksne født 11. november 1998: ja.');
    expect(text).toContain('Vilkår om aktivitet skal stilles for den voksne født 29. februar 2000: ja.');
    expect(text).toContain('Brudd på vilkåret kan føre til at stønaden reduseres, når vedtaket sier det (§ 20 tredje ledd).');
  });

  it('sets no condition when the household gets 0 kr, and says so', () => {
    const result = evaluate(compiled.rules, { ...couple, overstyringer: [], inntekter: [{ art: 'lønn', beløp: '30000' }] }, { trace: true });
    expect(result.values['stønad']).toBe('0.00');
    expect(result.values['aktivitetsvilkår']).toEqual([]);
    expect(result.values['om_aktivitetsvilkåret']).toBe('Det stilles ikke vilkår om aktivitet etter § 20 a.');
  });
});
