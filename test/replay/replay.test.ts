/**
 * Every input accepted before issue 13 («The language, second edition») gives the same
 * output as before, except where a change fixed a named error.
 *
 * The fixture `fixtures/b88284f.jsonl` was recorded by `record.mjs` (how: see there) with
 * the CLI of commit b88284f, the last commit before issue 13's work began (the next one,
 * d2e9b40, made explanation templates expressions of the language; schemes, durations and
 * date keys followed). It holds the example cases E1–E8 of ../shared/domain/sosialhjelp.md,
 * a few cases at the edges of the old rules and generated households (`lovkode population`,
 * seeds 13 and 14), each computed by the state rules and, for the written cases and 40
 * households of 2024, by every shipped variant (kommuner/, reformer/). Nothing in it was
 * computed by today's code.
 *
 * This test computes every case again with today's rules (in rules/) and requires, for each
 * rule set, that every output field the old CLI wrote is the same: each value in `values`,
 * the `warnings`, or the same `error` (code, message and the input violations; where in the
 * rule files an error arose is not compared, the files move on). Output fields that did not
 * exist before are not looked at. The ruleset id is not compared (it names the files).
 *
 * A difference is allowed only when a change below names it: the CHANGELOG bullet that made
 * the change, the output field, and a predicate that picks the cases the change concerns (by
 * their input, rule set and old and new values) — never «this field may differ». A named
 * change that explains no difference fails too, so the list stays what it claims.
 *
 * To add one: make the change, add its CHANGELOG bullet, run this test, and read each
 * difference it lists. If every one is what the change meant to do, add an entry to
 * `changes` with the bullet's words in `changelog`, the fields in `fields`, and in `concerns`
 * the narrowest test of the case you can write: what in the input (and rule set) makes the
 * change apply, and, where it can be said, what the new value must be. Never re-record the
 * fixture to make a difference go away.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../packages/dsl/src/index';
import { compile, evaluate, EvaluationError, InputError, type CompiledRules } from '../../packages/engine/src/index';
import { ruleFiles } from '../support/rule-files';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface OldError {
  readonly code: string;
  readonly message: string;
  readonly violations?: Json;
}

interface Output {
  readonly values?: Record<string, Json>;
  readonly warnings?: Json;
  readonly error?: OldError;
}

interface Case {
  readonly id: string;
  /** The as-of date given as `--date`, when it is not the month computed. */
  readonly date?: string;
  readonly input: Record<string, Json>;
  /** The old output per entry module. */
  readonly outputs: Record<string, Output>;
}

/** One output field of one case under one rule set, as it was and as it is. */
interface Difference {
  readonly case: Case;
  readonly module: string;
  /** A key of `values`, or `warnings` or `error`. */
  readonly field: string;
  readonly old: Json | undefined;
  readonly now: Json | undefined;
  /** The whole new output (so a predicate can look at other fields). */
  readonly result: Output;
}

/** A deliberate change of output, named by its CHANGELOG bullet. */
interface Change {
  /** The words of the CHANGELOG bullet (under «Unreleased») that made the change. */
  readonly changelog: string;
  /** The output fields it changes (keys of `values`, or `warnings` or `error`). */
  readonly fields: readonly string[];
  /** The cases the change concerns: true only where the change explains this difference. */
  readonly concerns: (difference: Difference) => boolean;
}

const changes: readonly Change[] = [
  {
    changelog:
      'Law: the guideline rate is read on the first day of the month computed: a December 2023 case decided on 2024-01-05 gets 7 550 kr, not January\'s 7 850 kr (assumption `sats_for_beregningsmåneden`)',
    fields: ['sats', 'behov', 'stønad'],
    // Only a case decided in a later month than the one computed: otherwise the as-of day is in the month computed.
    concerns: ({ case: c }) => c.date !== undefined && c.date.slice(0, 7) > String(c.input['beregningsmåned']),
  },
  {
    changelog:
      'Law: § 20 a only for recipients, person by person: activity conditions are set only when the household gets stønad over 0 kr (a 0-kr case with an adult under 30 had a condition, now none; …)',
    fields: ['aktivitetsvilkår'],
    concerns: ({ now, result }) => isDeepStrictEqual(now, []) && result.values?.['stønad'] === '0.00',
  },
  {
    changelog:
      'Law (example): Eksempelvik numbers children with `plass` by birth date: twins get separate places in the case\'s order, so of twins who are children 2 and 3 only one gets the half rate (26 100 kr, was 24 125 kr with both halved)',
    fields: ['sats', 'behov', 'stønad'],
    // Eksempelvik halves from the third child from 2024; only a household with twins (two children born the same day) among three or more children numbers differently, and gets more.
    concerns: ({ case: c, module, old, now }) =>
      module === 'kommuner.eksempel_halv_barnesats' &&
      String(c.input['beregningsmåned']) >= '2024-01' &&
      hasTwins(c.input['barn']) &&
      Number(now) > Number(old),
  },
  {
    changelog:
      'Law: § 19 without a cliff: the assessment under § 19 is a `skjønn` the caseworker can always use (… even without special costs), and `krever_vurdering` asks for it whenever the household has special costs (dental or other) until it is made, whatever the stønad under § 18 (it asked only at exactly 0 kr: 1 kr of stønad turned it off)',
    fields: ['krever_vurdering'],
    // Only added assessments, each one the case calls for; among them § 19, for a household with a dental or other special cost.
    concerns: (d) => onlyAddedAssessments(d).includes('paragraf_19') && hasSpecialCost(d.case.input),
  },
  {
    changelog:
      'Law: a household is not an income pool. Adults in a bofellesskap are each their own computation (…), and the household\'s `stønad` is their sum: one adult\'s income no longer covers another adult\'s needs',
    fields: ['stønad', 'aktivitetsvilkår'],
    // Only a bofellesskap: the stønad can only grow (no adult's income covers another's), and an
    // activity condition is set only for an adult who gets stønad in their own computation (fewer, never more).
    concerns: ({ case: c, field, old, now }) =>
      c.input['sivilstand'] === 'bofellesskap' &&
      (field === 'stønad' ? Number(now) > Number(old) : Array.isArray(old) && Array.isArray(now) && now.every((item) => old.some((was) => isDeepStrictEqual(was, item)))),
  },
  {
    changelog:
      'Law: means are not monthly income. `formue` and the new income kind `skatt_til_gode` are summed in the new output `midler_regnet_med`, each a `skjønn` per item (`midler_som_brukes(x)`, guideline: the whole amount); an `Inntekt` with `art: formue` is still accepted and gives the same `stønad`',
    fields: ['inntekt_regnet_med', 'krever_vurdering'],
    // The income counted falls by exactly the case's formue, which is now means (the same stønad); the case asks for the means to be assessed.
    concerns: (d) =>
      d.field === 'inntekt_regnet_med'
        ? ore(d.old) - ore(d.now) === incomeOfKind(d.case.input, 'formue') && isDeepStrictEqual(d.result.values?.['stønad'], d.case.outputs[d.module]?.values?.['stønad'])
        : onlyAddedAssessments(d).includes('midler') && incomeOfKind(d.case.input, 'formue') > 0,
  },
  {
    changelog:
      'Law: foreign child benefit is a `skjønn` per payment (`utenlandsk_barnetrygd_regnes_med(x)`, guideline: counted), which the caseworker may set to not counted with a reason; `krever_vurdering` gets the code `utenlandsk_barnetrygd` until it is assessed',
    fields: ['krever_vurdering'],
    concerns: (d) => onlyAddedAssessments(d).includes('utenlandsk_barnetrygd') && incomeOfKind(d.case.input, 'utenlandsk_barnetrygd') > 0,
  },
];

/**
 * The codes of the assessments `krever_vurdering` gained, when it only gained some (every old
 * entry is still there, in order) and each gained one is called for by the case: § 19 by a
 * special cost, `midler` by formue, `utenlandsk_barnetrygd` by foreign child benefit.
 * Anything else (an entry lost, or one the case does not call for): none.
 */
function onlyAddedAssessments({ case: c, old, now }: Difference): string[] {
  if (!Array.isArray(old) || !Array.isArray(now)) return [];
  const rest = [...now];
  for (const entry of old) {
    const at = rest.findIndex((item) => isDeepStrictEqual(item, entry));
    if (at < 0) return [];
    rest.splice(at, 1);
  }
  const codes = rest.map((entry) => String((entry as { kode?: Json }).kode));
  const calledFor = (code: string) =>
    (code === 'paragraf_19' && hasSpecialCost(c.input)) ||
    (code === 'midler' && incomeOfKind(c.input, 'formue') > 0) ||
    (code === 'utenlandsk_barnetrygd' && incomeOfKind(c.input, 'utenlandsk_barnetrygd') > 0);
  return codes.every(calledFor) ? codes : [];
}

function hasSpecialCost(input: Record<string, Json>): boolean {
  const costs = Array.isArray(input['utgifter']) ? input['utgifter'] : [];
  return costs.some((cost) => ['tannbehandling', 'annen'].includes(String((cost as { art?: Json }).art)) && Number((cost as { beløp?: Json }).beløp) > 0);
}

/** The sum in øre of the case's incomes of a kind. */
function incomeOfKind(input: Record<string, Json>, kind: string): number {
  const incomes = Array.isArray(input['inntekter']) ? input['inntekter'] : [];
  return incomes.filter((income) => (income as { art?: Json }).art === kind).reduce<number>((sum, income) => sum + ore((income as { beløp?: Json }).beløp), 0);
}

/** An amount (at most two decimals, as the schema allows) as a whole number of øre, read from its decimal text: no float arithmetic on money. */
function ore(amount: Json | undefined): number {
  const [whole = '0', fraction = ''] = String(amount).split('.');
  const negative = whole.startsWith('-');
  const value = Number(whole.replace('-', '')) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return negative ? -value : value;
}

function hasTwins(children: Json | undefined): boolean {
  const born = Array.isArray(children) ? children.map((child) => JSON.stringify((child as { fødselsdato?: Json }).fødselsdato)) : [];
  return born.length >= 3 && new Set(born).size < born.length;
}

// ─── Replay ─────────────────────────────────────────────────────────────────────

const lines = readFileSync(join(import.meta.dirname, 'fixtures', 'b88284f.jsonl'), 'utf8').trim().split('\n');
const cases = lines.slice(1).map((line) => JSON.parse(line) as Case);
const files = ruleFiles('rules');

function compiled(module: string): CompiledRules {
  const result = compile(files, { module });
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.rules;
}

/** Today's output for a case, in the old CLI's form (`lovkode run`: values and warnings, or the error). */
function rerun(rules: CompiledRules, c: Case): Output {
  try {
    const { values, warnings } = evaluate(rules, c.input, c.date !== undefined ? { asOf: c.date } : {});
    return JSON.parse(JSON.stringify({ values, warnings })) as Output;
  } catch (error) {
    if (!(error instanceof EvaluationError)) throw error;
    const { code, message } = error;
    return { error: { code, message, ...(error instanceof InputError ? { violations: JSON.parse(JSON.stringify(error.violations)) as Json } : {}) } };
  }
}

/** The old fields that differ now: each old value, the warnings, the error. */
function differences(c: Case, module: string, old: Output, now: Output): Difference[] {
  const found: Difference[] = [];
  const differ = (field: string, before: Json | undefined, after: Json | undefined) => {
    if (!isDeepStrictEqual(before, after)) found.push({ case: c, module, field, old: before, now: after, result: now });
  };
  if (old.error) {
    differ('error', old.error as unknown as Json, now.error as unknown as Json);
    return found;
  }
  for (const [field, value] of Object.entries(old.values ?? {})) differ(field, value, now.values?.[field]);
  differ('warnings', old.warnings, now.warnings);
  if (now.error) differ('error', undefined, now.error as unknown as Json);
  return found;
}

function describeDifference(d: Difference): string {
  return `${d.case.id} (${d.module}) ${d.field}: was ${JSON.stringify(d.old)}, is ${JSON.stringify(d.now)}`;
}

describe('replay of the cases computed before issue 13 (commit b88284f)', () => {
  const modules = [...new Set(cases.flatMap((c) => Object.keys(c.outputs)))];
  const found = modules.flatMap((module) => {
    const rules = compiled(module);
    return cases.flatMap((c) => {
      const old = c.outputs[module];
      return old ? differences(c, module, old, rerun(rules, c)) : [];
    });
  });

  it('the fixture holds the example cases and some hundred households under every rule set', () => {
    expect(cases.filter((c) => /^E[1-8]\b/.test(c.id))).toHaveLength(10);
    expect(cases.filter((c) => c.id.startsWith('husstand')).length).toBeGreaterThanOrEqual(200);
    expect(modules).toHaveLength(6);
  });

  it('every old output field is the same, except where a named change explains it', () => {
    const unexplained = found.filter((d) => !changes.some((change) => change.fields.includes(d.field) && change.concerns(d)));
    expect(unexplained.map(describeDifference)).toEqual([]);
  });

  it('every named change quotes its CHANGELOG bullet (… marks words left out)', () => {
    const changelog = readFileSync(join(import.meta.dirname, '..', '..', 'CHANGELOG.md'), 'utf8');
    const unquoted = changes.filter((change) => !change.changelog.split('…').every((piece) => changelog.includes(piece)));
    expect(unquoted.map((change) => change.changelog)).toEqual([]);
  });

  it('every named change explains at least one difference', () => {
    const unused = changes.flatMap((change) => change.fields.filter((field) => !found.some((d) => d.field === field && change.concerns(d))).map((field) => `${field}: ${change.changelog}`));
    expect(unused).toEqual([]);
  });
});
