import DecimalBase from 'decimal.js';
import type { Household } from './households';

/**
 * The § 18 calculation written by hand in TypeScript with decimal.js, as an embedder would
 * without Lovkode. The engine benchmark compares against it (speed) and checks that both
 * give the same amounts for every household (correctness).
 */
const Decimal = DecimalBase.clone({ precision: 40 });
type Decimal = InstanceType<typeof Decimal>;

// From, enslig, ektepar/samboere, bofellesskap, 0–5, 6–10, 11–17 (2018–2024; ../shared/domain).
const rates: Array<[string, number[]]> = [
  ['2018-01-01', [6050, 10100, 5050, 2350, 3050, 3950]],
  ['2019-01-01', [6150, 10250, 5150, 2400, 3100, 4000]],
  ['2020-01-01', [6250, 10450, 5250, 2450, 3150, 4100]],
  ['2020-09-01', [6250, 10450, 5250, 2750, 3150, 4100]],
  ['2021-01-01', [6450, 10800, 5400, 2850, 3250, 4250]],
  ['2021-09-01', [6450, 10800, 5400, 3150, 3250, 4250]],
  ['2022-01-01', [6550, 10950, 5450, 3200, 3300, 4300]],
  ['2022-07-01', [6650, 11150, 5600, 3250, 3350, 4400]],
  ['2023-01-01', [6850, 11450, 5750, 3350, 3450, 4500]],
  ['2023-07-01', [7550, 12600, 6350, 3700, 3800, 4950]],
  ['2024-01-01', [7850, 13100, 6600, 3850, 3950, 5150]],
];
const decimalRates = rates.map(([from, values]) => [from, values.map((v) => new Decimal(v))] as const);
const housing = new Set(['husleie', 'boliglån_renter', 'kommunale_avgifter', 'strøm', 'oppvarming', 'innboforsikring']);
const childBenefit = new Set(['barnetrygd', 'utvidet_barnetrygd', 'småbarnstillegg']);

function age(born: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
  return on.slice(5) < born.slice(5) ? years - 1 : years;
}

/** The money the household has that is not income for the month (`er_midler`): it is counted in full (`midler_som_brukes`). */
const means = new Set(['formue', 'skatt_til_gode']);

/**
 * The outputs of § 18 (rules/sosialtjenesteloven/paragraf-18.lov) for a household of the
 * benchmark population: no owners of incomes, no expenses for one child, no students, no
 * adult children in school, no overrides (those parts of the rules are not written here).
 */
export function handWritten(input: Household): Record<string, unknown> {
  const day = `${input.beregningsmåned}-01`;
  let row: readonly Decimal[] | undefined;
  for (const [from, values] of decimalRates) if (from <= day) row = values;
  if (!row) throw new Error('no rates');
  const r = row as readonly Decimal[];
  const adults = Math.max(1, input.voksne.length);
  const adultRate = input.sivilstand === 'enslig' ? r[0]! : input.sivilstand === 'ektepar_samboere' ? r[1]! : r[2]!.times(adults);
  let sats = adultRate;
  for (const child of input.barn) {
    const a = age(child.fødselsdato, day);
    sats = sats.plus(a < 6 ? r[3]! : a < 11 ? r[4]! : r[5]!);
  }
  let boutgifter = new Decimal(0);
  let særlige = new Decimal(0);
  for (const cost of input.utgifter) {
    if (housing.has(cost.art)) boutgifter = boutgifter.plus(cost.beløp);
    else særlige = særlige.plus(cost.beløp);
  }
  const barnasBehov = new Decimal(0);
  const behov = sats.plus(boutgifter).plus(særlige).plus(barnasBehov);
  const childUnder18 = input.barn.some((b) => age(b.fødselsdato, day) < 18);
  let counted = new Decimal(0);
  let notCounted = new Decimal(0);
  let midler = new Decimal(0);
  for (const income of input.inntekter) {
    if (means.has(income.art)) {
      midler = midler.plus(income.beløp);
      continue;
    }
    const excluded = (income.art === 'barns_arbeidsinntekt' && childUnder18 && day >= '2016-01-01') || (childBenefit.has(income.art) && day >= '2022-09-01');
    if (excluded) notCounted = notCounted.plus(income.beløp);
    else counted = counted.plus(income.beløp);
  }
  let stønad: Decimal;
  if (input.sivilstand === 'bofellesskap' && input.voksne.length > 0) {
    // Each adult's own calculation; the applicant (the first) also takes the rest of the
    // housing costs after rounding, the children's rates, the special expenses and the
    // incomes without an owner.
    const share = boutgifter.div(adults).toDecimalPlaces(2, Decimal.ROUND_DOWN);
    const rest = boutgifter.minus(share.times(adults));
    const perAdult = adultRate.div(adults);
    stønad = new Decimal(0);
    for (let nr = 1; nr <= input.voksne.length; nr++) {
      const need = nr === 1 ? perAdult.plus(share).plus(rest).plus(sats.minus(adultRate).plus(særlige).plus(barnasBehov)) : perAdult.plus(share);
      const income = nr === 1 ? counted.plus(midler) : new Decimal(0);
      stønad = stønad.plus(Decimal.max(0, need.minus(income)));
    }
  } else {
    stønad = Decimal.max(0, behov.minus(counted).minus(midler));
  }
  return {
    stønad: stønad.toFixed(2),
    behov: behov.toFixed(2),
    sats: sats.toFixed(2),
    boutgifter: boutgifter.toFixed(2),
    særlige_utgifter: særlige.toFixed(2),
    barnas_behov_utover_satsen: barnasBehov.toFixed(2),
    inntekt_regnet_med: counted.toFixed(2),
    inntekt_ikke_regnet_med: notCounted.toFixed(2),
    midler_regnet_med: midler.toFixed(2),
  };
}

/** The outputs `handWritten` computes: evaluated by name (`outputs`), so the engine computes the same. */
export const handWrittenOutputs = [
  'stønad',
  'behov',
  'sats',
  'boutgifter',
  'særlige_utgifter',
  'barnas_behov_utover_satsen',
  'inntekt_regnet_med',
  'inntekt_ikke_regnet_med',
  'midler_regnet_med',
] as const;
