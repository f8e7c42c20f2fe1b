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
];

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
