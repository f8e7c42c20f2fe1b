/**
 * Records the replay fixture (test/replay/replay.test.ts): the cases below and a generated
 * population, each computed by the CLI of an OLD commit, written as compact JSON Lines.
 *
 *   git worktree add --detach /tmp/lovkode-old b88284f
 *   (cd /tmp/lovkode-old && npx -y pnpm@10.34.8 install --offline --frozen-lockfile)
 *   node test/replay/record.mjs /tmp/lovkode-old > test/replay/fixtures/b88284f.jsonl
 *   git worktree remove /tmp/lovkode-old
 *
 * Only the old checkout computes: its own `lovkode population` generates the households and
 * its own `lovkode run --batch` computes every case, so nothing of today's code is in the
 * outputs. Run it again only to record another commit (a new fixture file beside this one).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const old = process.argv[2];
if (!old) {
  process.stderr.write('Bruk: node test/replay/record.mjs <mappe med den gamle utsjekkingen>\n');
  process.exit(64);
}

const cli = (args, input) =>
  execFileSync(process.execPath, [join(old, 'packages/cli/bin/lovkode.mjs'), ...args], { cwd: old, input, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'ignore'] });

const base = 'sosialtjenesteloven.vedtak';
const variants = ['kommuner.eksempel_egne_satser', 'kommuner.eksempel_halv_barnesats', 'reformer.barnetrygd_regnes_med', 'reformer.prisjustering', 'reformer.sifo'];

const over30 = [{ fødselsdato: '1985-02-03' }, { fødselsdato: '1987-11-12' }];
const single = [{ fødselsdato: '1980-01-15' }];
const rentAndPower = [
  { art: 'husleie', beløp: '8000' },
  { art: 'strøm', beløp: '700' },
];
const family = [
  { art: 'husleie', beløp: '12000' },
  { art: 'strøm', beløp: '1200' },
];

/** The example cases E1–E8 of ../shared/domain/sosialhjelp.md (as in rules/sosialtjenesteloven/tester/eksempler.lov) and a few cases at the edges of the old rules. */
const written = [
  ['E1', { beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: single, utgifter: rentAndPower }],
  ['E2', { beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: single, utgifter: rentAndPower, inntekter: [{ art: 'trygd', beløp: '12000' }, { art: 'bostøtte', beløp: '1500' }] }],
  ['E3', { beregningsmåned: '2024-03', sivilstand: 'ektepar_samboere', voksne: over30, barn: [{ fødselsdato: '2019-06-10' }, { fødselsdato: '2011-08-20' }], utgifter: family, inntekter: [{ art: 'lønn', beløp: '20000' }, { art: 'barnetrygd', beløp: '3276' }] }],
  ['E4', { beregningsmåned: '2022-08', sivilstand: 'ektepar_samboere', voksne: over30, barn: [{ fødselsdato: '2018-03-10' }, { fødselsdato: '2010-01-20' }], utgifter: family, inntekter: [{ art: 'lønn', beløp: '20000' }, { art: 'barnetrygd', beløp: '2730' }] }],
  ['E5', { beregningsmåned: '2022-09', sivilstand: 'ektepar_samboere', voksne: over30, barn: [{ fødselsdato: '2018-03-10' }, { fødselsdato: '2010-01-20' }], utgifter: family, inntekter: [{ art: 'lønn', beløp: '20000' }, { art: 'barnetrygd', beløp: '2730' }] }],
  ['E6', { beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: [{ fødselsdato: '1982-05-30' }], barn: [{ fødselsdato: '2007-10-05' }], utgifter: [{ art: 'husleie', beløp: '9000' }], inntekter: [{ art: 'trygd', beløp: '15000' }, { art: 'barns_arbeidsinntekt', beløp: '3000' }, { art: 'barnetrygd', beløp: '1510' }] }],
  ['E7 juni', { beregningsmåned: '2023-06', sivilstand: 'enslig', voksne: single }],
  ['E7 juli', { beregningsmåned: '2023-07', sivilstand: 'enslig', voksne: single }],
  ['E8 august', { beregningsmåned: '2020-08', sivilstand: 'ektepar_samboere', voksne: over30, barn: [{ fødselsdato: '2017-02-14' }] }],
  ['E8 september', { beregningsmåned: '2020-09', sivilstand: 'ektepar_samboere', voksne: over30, barn: [{ fødselsdato: '2017-02-14' }] }],
  ['tvillinger etter et eldre søsken', { beregningsmåned: '2024-03', sivilstand: 'ektepar_samboere', voksne: over30, barn: [{ fødselsdato: '2020-01-10' }, { fødselsdato: '2016-05-01' }, { fødselsdato: '2011-09-01' }, { fødselsdato: '2016-05-01' }] }],
  ['ung voksen uten stønad', { beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: [{ fødselsdato: '2000-04-01' }], utgifter: rentAndPower, inntekter: [{ art: 'lønn', beløp: '30000' }] }],
  ['desember 2023 vurdert i januar 2024', { beregningsmåned: '2023-12', sivilstand: 'enslig', voksne: single, utgifter: rentAndPower }, '2024-01-05'],
  ['måned uten satser (2025)', { beregningsmåned: '2025-03', sivilstand: 'enslig', voksne: single }],
  ['ugyldig utgiftsart', { beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: single, utgifter: [{ art: 'bussbillett', beløp: '500' }] }],
];

/** One line per case: its id, input, as-of date (when not the month computed) and each rule set's output. */
const cases = [
  ...written.map(([id, input, date]) => ({ id, input, date, modules: [base, ...variants] })),
  // The state rules over 220 households of 2018–2024; each variant over 40 households of 2024, the year the municipal examples start and the reforms are set.
  ...lines(cli(['population', '--size', '220', '--seed', '13'])).map((input, i) => ({ id: `husstand 13/${i}`, input, modules: [base] })),
  ...lines(cli(['population', '--size', '40', '--seed', '14', '--from', '2024-01', '--to', '2024-12'])).map((input, i) => ({ id: `husstand 14/${i}`, input, modules: [base, ...variants] })),
];

function lines(text) {
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

/** Each (module, date) group in one batch run of the old CLI; results come back in order. */
const outputs = cases.map(() => ({}));
const groups = new Map();
for (const [index, c] of cases.entries()) {
  for (const module of c.modules) {
    const key = `${module}\u0000${c.date ?? ''}`;
    if (!groups.has(key)) groups.set(key, { module, date: c.date, indexes: [] });
    groups.get(key).indexes.push(index);
  }
}
for (const { module, date, indexes } of groups.values()) {
  const args = ['run', 'rules', '--module', module, '--batch', '--input', '-', ...(date ? ['--date', date] : [])];
  let text;
  try {
    text = cli(args, indexes.map((i) => JSON.stringify(cases[i].input)).join('\n') + '\n');
  } catch (error) {
    text = error.stdout; // exit code 2: some cases failed, each with its error on its line
  }
  for (const [k, result] of lines(text).entries()) {
    const { ruleset, ...output } = result; // the ruleset id names the old rule files, and is new on every change
    // Where in the old rule files an error arose is no output of the case (the files move on); its line in the batch is the fixture's order.
    if (output.error) {
      delete output.error.line;
      delete output.error.locations;
    }
    outputs[indexes[k]][module] = output;
  }
}

const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: old, encoding: 'utf8' }).trim();
process.stdout.write(`${JSON.stringify({ commit, base, variants })}\n`);
for (const [index, c] of cases.entries()) {
  process.stdout.write(`${JSON.stringify({ id: c.id, ...(c.date ? { date: c.date } : {}), input: c.input, outputs: outputs[index] })}\n`);
}
