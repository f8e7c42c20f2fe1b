import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleFiles } from '../../../../test/support/rule-files';
import { compile, evaluate, type CompiledRules } from '../../src/index';

const compiled = compile(ruleFiles('rules').filter((f) => !f.path.includes('/tester/')), { module: 'sosialtjenesteloven.vedtak' });
if (!compiled.ok) throw new Error('the shipped rules do not compile');
const rules: CompiledRules = compiled.rules;

const date = (from: number, to: number) =>
  fc.tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
const amount = fc.integer({ min: 0, max: 3_000_000 }).map((øre) => (øre / 100).toFixed(2));
const incomeKinds = ['lønn', 'trygd', 'bostøtte', 'barnebidrag', 'studiestøtte', 'kontantstøtte', 'barnetrygd', 'utvidet_barnetrygd', 'småbarnstillegg', 'utenlandsk_barnetrygd', 'barns_arbeidsinntekt', 'formue', 'annen'];
const costKinds = ['husleie', 'boliglån_renter', 'kommunale_avgifter', 'strøm', 'oppvarming', 'innboforsikring', 'barnehage', 'sfo', 'barns_fritid', 'tannbehandling', 'annen'];

/**
 * Households in months with known rates (2018–2024), with as many adults as the sivilstand
 * says (one for enslig, two for a couple); other combinations are undetermined by the rules.
 */
const household = fc.record({
  beregningsmåned: fc.tuple(fc.integer({ min: 2018, max: 2024 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  sivilstand: fc.constantFrom('enslig', 'ektepar_samboere', 'bofellesskap'),
  voksne: fc.array(fc.record({ fødselsdato: date(1950, 2000) }), { minLength: 1, maxLength: 3 }),
  barn: fc.array(fc.record({ fødselsdato: date(2007, 2017) }), { maxLength: 5 }),
  utgifter: fc.array(fc.record({ art: fc.constantFrom(...costKinds), beløp: amount }), { maxLength: 5 }),
  inntekter: fc.array(fc.record({ art: fc.constantFrom(...incomeKinds), beløp: amount }), { maxLength: 5 }),
  tungtveiende_grunner_mot_aktivitetsvilkår: fc.boolean(),
}).map((h) => {
  const [first, second = first] = h.voksne as [{ fødselsdato: string }, ...Array<{ fødselsdato: string }>];
  return { ...h, voksne: h.sivilstand === 'enslig' ? [first] : h.sivilstand === 'ektepar_samboere' ? [first, second] : h.voksne };
});

describe('the evaluator on the shipped rules', () => {
  it('gives identical JSON when the same case is evaluated twice', () => {
    fc.assert(
      fc.property(household, (input) => {
        expect(JSON.stringify(evaluate(rules, input, { trace: true }))).toBe(JSON.stringify(evaluate(rules, input, { trace: true })));
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of incomes, costs or children (except the order of listed assessments)', () => {
    fc.assert(
      fc.property(household, fc.infiniteStream(fc.nat()), (input, randomness) => {
        const shuffle = <T>(list: T[]) => [...list].map((item) => ({ item, key: randomness.next().value })).sort((a, b) => a.key - b.key).map((x) => x.item);
        const shuffled = { ...input, barn: shuffle(input.barn), utgifter: shuffle(input.utgifter), inntekter: shuffle(input.inntekter) };
        const { krever_vurdering: a, ...original } = evaluate(rules, input).values;
        const { krever_vurdering: b, ...reordered } = evaluate(rules, shuffled).values;
        expect(reordered).toEqual(original);
        expect((b as unknown[]).length).toBe((a as unknown[]).length);
      }),
      { numRuns: 100 },
    );
  });

  it('never gives more support for more income', () => {
    fc.assert(
      fc.property(household, fc.constantFrom(...incomeKinds), amount, (input, art, beløp) => {
        const more = { ...input, inntekter: [...input.inntekter, { art, beløp }] };
        const before = Number(evaluate(rules, input).values['stønad']);
        const after = Number(evaluate(rules, more).values['stønad']);
        expect(after).toBeLessThanOrEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
