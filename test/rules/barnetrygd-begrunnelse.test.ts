/**
 * The justification of a barnetrygd case quotes the sentences in force in the month it is for
 * (issue 18, docs/law-text.md §4): each rate row its own period's source, and Ot.prp. nr. 60
 * (1999–2000) only the rule since 1 July 2000, not the pre-2000 last month.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../packages/dsl/src/index';
import { compileChecked, evaluate } from '../../packages/engine/src/index';
import { renderBegrunnelse } from '../../packages/engine/src/trace/begrunnelse';
import { ruleFiles } from '../support/rule-files';

const sources = ruleFiles('rules/barnetrygd');
const compiled = compileChecked(check(sources), sources);

function justification(måned: string, barn: readonly string[], enslig = true): string {
  if (!compiled.ok) throw new Error('the barnetrygd rules do not compile');
  const input = { måned, barn: barn.map((fødselsdato) => ({ fødselsdato })), enslig_forsørger: enslig, rett_til_småbarnstillegg: enslig };
  return renderBegrunnelse(evaluate(compiled.rules, input, { trace: true }));
}

describe('the barnetrygd justification quotes the sentence in force in the month', () => {
  // Ot.prp. nr. 60 (1999–2000) kap. 3.2: «Dette slik at barnetrygden utbetales til og med
  // kalendermåneden før barnet fyller 18 år.»; 3.1 (the rule before 1 July 2000): «… til og med
  // den kalendermåneden barnet fyller 18 år.»
  it('March 2019: the rule since 2000 on the last month, not the pre-2000 one', () => {
    const text = justification('2019-03', ['2017-05-10', '2010-04-04']);
    expect(text).toContain('«Dette slik at barnetrygden utbetales til og med kalendermåneden før barnet fyller 18 år.»');
    expect(text).not.toContain('til og med den kalendermåneden barnet fyller 18 år.»');
  });

  // NAV's rates page, «Fra og med 1. mars 2019 til og med 31. august 2020»: «Ordinær barnetrygd:
  // 1 054 kr.»; regjeringen.no (March 2019): «… går fra 970 til 1054 kr for alle barn …».
  it('March 2019: the rate row quotes its own period, not the 2008 budget or the 2020 increase', () => {
    const text = justification('2019-03', ['2017-05-10', '2010-04-04']);
    expect(text).toContain('tredje ledd første punktum: «Ordinær barnetrygd: 1 054 kr.»');
    expect(text).toContain('«Den første økte utbetalingen kommer på konto siste virkedag i mars 2019, og går fra 970 til 1054 kr for alle barn fra 0 til fylte 18 år.»');
    expect(text).not.toContain('11 640 kroner per barn per år til og med');
    expect(text).not.toContain('«Regjeringen foreslår å øke barnetrygden');
  });

  // regjeringen.no (2021): «Barnetrygden til barn under 6 år er nå på 1 654 kroner i måneden.»;
  // NAV (2020): «Du får tillegget til og med måneden før barnet fyller 6 år.»
  it('October 2021: the 2021 rate and the month the under-6 rate ends', () => {
    const text = justification('2021-10', ['2019-05-10']);
    expect(text).toContain('«Barnetrygden til barn under 6 år er nå på 1 654 kroner i måneden.»');
    expect(text).toContain('«Du får tillegget til og med måneden før barnet fyller 6 år.»');
    expect(text).not.toContain('1 354 kr.»');
  });

  // Klar Tale (29 June 2023), press: «For et barn under seks år får du 1766 kroner i måneden per
  // barn.» It is not an official text, so it is never quoted as the source's words.
  it('July 2023: a press sentence is named, never quoted', () => {
    // A couple: the supplements for a single parent from July 2023 are not verified (unknown).
    const text = justification('2023-07', ['2019-05-10'], false);
    expect(text).toContain('pressemelding om revidert nasjonalbudsjett 2023');
    expect(text).not.toContain('1766 kroner i måneden per barn');
  });
});
