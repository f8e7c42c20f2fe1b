/**
 * The synthetic population of the social-assistance scheme (docs/review.md §4): households
 * that apply for økonomisk stønad, and the household type the review summarises by. This is
 * knowledge of one scheme, so it lives beside its rules, not in the engine or the CLI:
 * `lovkode diff`, `lovkode population` and the editor's review load it from the rule root
 * (`rules/befolkning.mjs`), and worker threads import it by its URL. Plain JavaScript with
 * no imports, so that Node loads it as it is, in any thread, and the editor's bundler too.
 *
 * Each household is one *household-month*: the input JSON (`inndata Søknad` of
 * `sosialtjenesteloven.vedtak`) for one month. Household `i` of seed `s` depends only on
 * `(s, i)`, never on the households before it, so a slice can be generated anywhere (a worker
 * thread, a test) and gives exactly the same cases. No randomness outside the seeded
 * generator, no clock.
 *
 * The distributions are plausible, not calibrated: household types, adults' ages and main
 * income sources follow the shares in Statistics Norway's social-assistance statistics
 * (SSB, «Sosialhjelpsmottakarar etter familiefase» and «… etter hovudinntektskjelde», 2007);
 * the rest (housing costs, child benefit levels, how often each extra income occurs) are
 * stated assumptions. docs/review.md lists them all.
 *
 * The module's shape is `PopulationModule` of `@lovkode/cli/review`.
 */

/** 2018-01 … 2024-12: the months for which every guideline rate is known (rules/satser). */
export const defaultPeriod = { from: '2018-01', to: '2024-12' };

// ─── Seeded randomness ───────────────────────────────────────────────────────

function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32, seeded per household from (seed, index). */
class Random {
  state;
  constructor(seed, index) {
    this.state = fmix32((fmix32(seed >>> 0) ^ fmix32((index + 0x9e3779b9) >>> 0)) >>> 0);
  }

  /** Uniform in [0, 1). */
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform whole number in [min, max]. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p) {
    return this.next() < p;
  }

  /** One of `choices`, by weight. */
  weighted(choices) {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [value, weight] of choices) {
      x -= weight;
      if (x < 0) return value;
    }
    return choices[choices.length - 1][0];
  }

  /** A whole-krone amount in [min, max], in steps of `step` (a triangular draw: the middle is likelier). */
  amount(min, max, step = 1) {
    const x = (this.next() + this.next()) / 2;
    return Math.round((min + x * (max - min)) / step) * step;
  }
}

// ─── Distributions (documented in docs/review.md §4) ─────────────────────────

/** SSB 2007 by family phase: single 58 %, single parent 19 %, couple 11 %, couple with children 12 %; bofellesskap taken from single (assumption). */
const kinds = [
  ['enslig_uten_barn', 54],
  ['bofellesskap', 4],
  ['enslig_forsørger', 19],
  ['par_uten_barn', 11],
  ['par_med_barn', 12],
];

/** Age bands of single recipients (SSB 2007): under 20 7 %, 20–24 21 %, 25–44 44 %, 45–66 26 %, 67+ 2 %. */
const singleAges = [
  [[18, 19], 7],
  [[20, 24], 21],
  [[25, 44], 44],
  [[45, 66], 26],
  [[67, 85], 2],
];

const parentAges = [
  [[19, 24], 9],
  [[25, 44], 71],
  [[45, 60], 20],
];

const sharedAges = [
  [[18, 24], 45],
  [[25, 44], 45],
  [[45, 66], 10],
];

const childrenOfSingleParent = [
  [1, 50],
  [2, 30],
  [3, 13],
  [4, 7],
];

const childrenOfCouple = [
  [1, 30],
  [2, 33],
  [3, 20],
  [4, 10],
  [5, 7],
];

const mainIncomes = [
  ['sosialhjelp', 44],
  ['trygd', 34],
  ['lønn', 10],
  ['tiltak', 3],
  ['studiestøtte', 2],
  ['introduksjonsstønad', 3],
  ['annen', 4],
];

/** Approximate barnetrygd per child and month (NAV), for realism only: [from month, 0–5 years, 6–17 years]. */
const barnetrygd = [
  ['2000-01', 970, 970],
  ['2019-03', 1054, 1054],
  ['2020-09', 1354, 1054],
  ['2021-09', 1654, 1054],
  ['2022-03', 1676, 1054],
  ['2023-03', 1723, 1310],
  ['2024-03', 1766, 1510],
];

function barnetrygdFor(month, age) {
  let rate = barnetrygd[0];
  for (const row of barnetrygd) if (row[0] <= month) rate = row;
  return age < 6 ? rate[1] : rate[2];
}

// ─── Calendar helpers ────────────────────────────────────────────────────────
const pad = (n, width = 2) => String(n).padStart(width, '0');

function monthIndex(month) {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index) {
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (year) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year, month) => (month === 2 && isLeap(year) ? 29 : monthLengths[month - 1]);

/**
 * A birth date such that the age in whole years on `day` (`YYYY-MM-DD`) is exactly `age`:
 * a day in the year after the `age`-th birthday before `day` (as `alder()` counts).
 */
function birthDate(random, day, age) {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  // Born between (day − age − 1 years, day − age years]: pick a month offset 0–11 back and a day in it.
  const back = random.int(0, 11);
  let bornYear = year - age;
  let bornMonth = month - back;
  if (bornMonth < 1) {
    bornMonth += 12;
    bornYear -= 1;
  }
  // On the first day of the month, a birthday later in the same month has not happened yet.
  const lastDay = back === 0 ? 1 : daysInMonth(bornYear, bornMonth);
  return `${pad(bornYear, 4)}-${pad(bornMonth)}-${pad(random.int(1, lastDay))}`;
}

const kr = (amount) => `${amount}.00`;

// ─── The generator ───────────────────────────────────────────────────────────

/** Household `index` of the population with `seed` (the same whatever else is generated). */
export function household(seed, index, period) {
  const random = new Random(seed, index);
  const first = monthIndex(period.from);
  const last = monthIndex(period.to);
  const month = monthOf(random.int(first, Math.max(first, last)));
  const day = `${month}-01`;
  const kind = random.weighted(kinds);
  const withChildren = kind === 'enslig_forsørger' || kind === 'par_med_barn';
  const sivilstand = kind === 'bofellesskap' ? 'bofellesskap' : kind.startsWith('par') ? 'ektepar_samboere' : 'enslig';
  const ageBands = kind === 'bofellesskap' ? sharedAges : withChildren ? parentAges : singleAges;
  const [minAge, maxAge] = random.weighted(ageBands);
  const firstAge = random.int(minAge, maxAge);
  const adultAges = [firstAge];
  if (sivilstand === 'ektepar_samboere') adultAges.push(Math.max(18, firstAge + random.int(-6, 6)));
  if (sivilstand === 'bofellesskap') for (let n = random.int(2, 3) - 1; n > 0; n--) adultAges.push(random.int(minAge, maxAge));
  const voksne = adultAges.map((age) => ({ fødselsdato: birthDate(random, day, age) }));
  const childCount = withChildren ? random.weighted(kind === 'enslig_forsørger' ? childrenOfSingleParent : childrenOfCouple) : 0;
  const youngestParent = Math.min(...adultAges);
  const childAges = Array.from({ length: childCount }, () => random.int(0, Math.max(0, Math.min(17, youngestParent - 18))));
  childAges.sort((a, b) => b - a);
  const barn = childAges.map((age) => ({ fødselsdato: birthDate(random, day, age) }));
  const utgifter = [];
  const inntekter = [];
  const people = adultAges.length + childCount;
  // Housing: most rent; a few pay mortgage interest and municipal fees; some have no housing costs.
  const housing = random.weighted([
    ['leie', 88],
    ['eier', 7],
    ['ingen', 5],
  ]);
  if (housing === 'leie') {
    const base = sivilstand === 'enslig' && childCount === 0 ? random.amount(4500, 11500, 50) : random.amount(7000, 15000, 50);
    utgifter.push({ art: 'husleie', beløp: kr(base + Math.max(0, people - 3) * 1000) });
  }
  else if (housing === 'eier') {
    utgifter.push({ art: 'boliglån_renter', beløp: kr(random.amount(2000, 9000, 10)) });
    utgifter.push({ art: 'kommunale_avgifter', beløp: kr(random.amount(600, 1600, 10)) });
  }
  if (housing !== 'ingen') {
    utgifter.push({ art: 'strøm', beløp: kr(random.amount(400, 1200, 10) + people * random.int(50, 250)) });
    if (random.chance(0.3)) utgifter.push({ art: 'innboforsikring', beløp: kr(random.amount(150, 350, 5)) });
  }
  // Special costs of the children and of the household.
  for (const age of childAges) {
    if (age >= 1 && age <= 5 && random.chance(0.35)) utgifter.push({ art: 'barnehage', beløp: kr(random.amount(1500, 3300, 10)) });
    if (age >= 6 && age <= 9 && random.chance(0.25)) utgifter.push({ art: 'sfo', beløp: kr(random.amount(1000, 3000, 10)) });
  }
  if (childCount > 0 && random.chance(0.15)) utgifter.push({ art: 'barns_fritid', beløp: kr(random.amount(200, 1500, 10)) });
  if (random.chance(0.04)) utgifter.push({ art: 'tannbehandling', beløp: kr(random.amount(500, 6000, 10)) });
  if (random.chance(0.03)) utgifter.push({ art: 'annen', beløp: kr(random.amount(200, 2000, 10)) });
  // Main income (monthly, net).
  const main = random.weighted(mainIncomes);
  switch (main) {
    case 'trygd':
      inntekter.push({ art: 'trygd', beløp: kr(random.amount(6000, 22000, 1)) });
      break;
    case 'lønn':
      inntekter.push({ art: 'lønn', beløp: kr(random.amount(2000, 20000, 1)) });
      break;
    case 'tiltak':
      inntekter.push({ art: 'trygd', beløp: kr(random.amount(4000, 12000, 1)) });
      break;
    case 'studiestøtte':
      inntekter.push({ art: 'studiestøtte', beløp: kr(random.amount(4000, 12000, 1)) });
      break;
    case 'introduksjonsstønad':
      inntekter.push({ art: 'annen', beløp: kr(random.amount(8000, 16000, 1)) });
      break;
    case 'annen':
      inntekter.push({ art: 'annen', beløp: kr(random.amount(1000, 8000, 1)) });
      break;
    case 'sosialhjelp':
      break;
  }
  if (sivilstand === 'ektepar_samboere' && random.chance(0.25)) inntekter.push({ art: 'lønn', beløp: kr(random.amount(2000, 15000, 1)) });
  if (housing === 'leie' && random.chance(0.3)) inntekter.push({ art: 'bostøtte', beløp: kr(random.amount(500, 3500, 1)) });
  if (random.chance(0.02)) inntekter.push({ art: 'formue', beløp: kr(random.amount(500, 5000, 1)) });
  // Child-related income.
  if (childCount > 0) {
    if (random.chance(0.95)) inntekter.push({ art: 'barnetrygd', beløp: kr(childAges.reduce((sum, age) => sum + barnetrygdFor(month, age), 0)) });
    if (sivilstand === 'enslig' && random.chance(0.9)) inntekter.push({ art: 'utvidet_barnetrygd', beløp: kr(barnetrygdFor(month, 17)) });
    if (sivilstand === 'enslig' && childAges.some((a) => a < 3) && random.chance(0.1)) inntekter.push({ art: 'småbarnstillegg', beløp: kr(660) });
    if (childAges.some((a) => a === 1) && random.chance(0.2)) inntekter.push({ art: 'kontantstøtte', beløp: kr(7500) });
    if (sivilstand === 'enslig' && random.chance(0.45)) inntekter.push({ art: 'barnebidrag', beløp: kr(random.amount(1000, 3500, 1) * childCount) });
    if (childAges.some((a) => a >= 15) && random.chance(0.12)) inntekter.push({ art: 'barns_arbeidsinntekt', beløp: kr(random.amount(500, 4000, 10)) });
    if (random.chance(0.01)) inntekter.push({ art: 'utenlandsk_barnetrygd', beløp: kr(random.amount(500, 1500, 1)) });
  }
  const young = adultAges.some((a) => a < 30);
  return {
    beregningsmåned: month,
    sivilstand,
    voksne,
    barn,
    utgifter,
    inntekter,
    tungtveiende_grunner_mot_aktivitetsvilkår: young && random.chance(0.1),
  };
}

// ─── Household types ─────────────────────────────────────────────────────────

/** The household type a summary is split by: `sivilstand` × has children, e.g. `enslig med barn`. */
export function householdType(input) {
  const object = typeof input === 'object' && input !== null ? input : {};
  const sivilstand = typeof object['sivilstand'] === 'string' ? object['sivilstand'].replace(/_/g, '/') : 'ukjent';
  const barn = Array.isArray(object['barn']) && object['barn'].length > 0;
  return `${sivilstand} ${barn ? 'med' : 'uten'} barn`;
}

// ─── Summary ─────────────────────────────────────────────────────────────────

/** Counts and shares of households by type, age, children, housing and income, for `lovkode population --summary`. */
export function summarize(households) {
  const count = (map, key) => {
    map[key] = (map[key] ?? 0) + 1;
  };
  const householdTypes = {};
  const adults = {};
  const children = {};
  const childAges = {};
  const housing = {};
  const incomes = {};
  const rents = [];
  for (const h of households) {
    count(householdTypes, householdType(h));
    const day = `${h.beregningsmåned}-01`;
    for (const v of h.voksne) count(adults, ageBand(age(v.fødselsdato, day), [18, 20, 25, 30, 45, 67]));
    count(children, String(h.barn.length));
    for (const b of h.barn) count(childAges, ageBand(age(b.fødselsdato, day), [0, 6, 11, 15]));
    const rent = h.utgifter.find((u) => u.art === 'husleie');
    count(housing, rent ? 'husleie' : h.utgifter.some((u) => u.art === 'boliglån_renter') ? 'boliglån' : 'ingen boutgift');
    if (rent) rents.push(Number(rent.beløp));
    const arts = new Set(h.inntekter.map((x) => x.art));
    if (arts.size === 0) count(incomes, '(ingen inntekt)');
    for (const art of arts) count(incomes, art);
  }
  rents.sort((a, b) => a - b);
  const sorted = (map) => Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b, 'nb', { numeric: true })));
  return {
    householdTypes: sorted(householdTypes),
    adults: sorted(adults),
    children: sorted(children),
    childAges: sorted(childAges),
    housing: sorted(housing),
    incomes: sorted(incomes),
    medianRent: rents.length > 0 ? rents[Math.floor(rents.length / 2)] : undefined,
  };
}

function age(born, on) {
  const years = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
  return on.slice(5) < born.slice(5) ? years - 1 : years;
}

function ageBand(value, starts) {
  for (let i = starts.length - 1; i >= 0; i--) {
    const start = starts[i];
    if (value >= start) {
      const next = starts[i + 1];
      return next === undefined ? `${start}+` : `${start}–${next - 1}`;
    }
  }
  return `<${starts[0]}`;
}
