/**
 * Whom a change affects (docs/review.md §3): every case is evaluated under both versions
 * with the engine's own `evaluate` — there is no second evaluator — and the outputs are
 * compared. Cases are the rule tests, a case file and a synthetic population; each group
 * gets its own summary. Everything here is pure (no Node APIs), so the editor can run it in
 * a web worker; worker threads are in ./parallel.ts.
 */
import { reachedModules, type CheckedProgram, type ModuleInfo } from '@lovkode/dsl';
import { type CompiledRules, Decimal, evaluate, EvaluationError, type JsonValue, testCaseInput } from '@lovkode/engine';
import type { CaseError, CaseGroup, ChangedCase, GroupImpact, TypeSummary } from './model.js';
import { noHouseholdType, periodOf, type PopulationModule, type PopulationOptions } from './population.js';

/** One case: an input for the entry module, and the as-of day if the input does not carry it. */
export interface ReviewCase {
  readonly id: string;
  readonly group: CaseGroup;
  readonly input: unknown;
  readonly asOf?: string;
}

/** How many of the largest gains and losses a summary keeps. */
export const topCount = 10;

// ─── Cases from rule tests ───────────────────────────────────────────────────

/**
 * The input each rule test gives (its `gitt` and `overstyr`, and `per` as the as-of day),
 * as the test runner builds it: tests are cases like any other here, evaluated through the
 * side's entry module whatever module they are written in — the tests of the entry's
 * scheme: those whose module reaches a module with inputs that the entry reaches (another
 * scheme's tests give another scheme's inputs).
 */
export function testCases(program: CheckedProgram, entry?: ModuleInfo): Array<{ readonly key: string; readonly case: ReviewCase }> {
  const result: Array<{ key: string; case: ReviewCase }> = [];
  const schemeInputs = entry ? new Set(reachedModules(entry).filter(declaresInputs)) : undefined;
  const modules = [...program.modules.values()].sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
  for (const module of modules) {
    if (schemeInputs && !reachedModules(module).some((m) => schemeInputs.has(m))) continue;
    for (const decl of module.file.ast.declarations) {
      if (decl.kind !== 'Test') continue;
      const key = `${module.name} › ${decl.name.value}`;
      let input: unknown;
      try {
        input = testCaseInput(program, module, decl);
      } catch {
        continue; // A test whose values are not constants fails in `lovkode test`; it is no case here.
      }
      result.push({ key, case: { id: key, group: 'tests', input, ...(decl.asOf ? { asOf: decl.asOf.value } : {}) } });
    }
  }
  return result;
}


function declaresInputs(module: ModuleInfo): boolean {
  return module.file.ast.declarations.some((d) => d.kind === 'Input');
}

/** The tests of both versions (of each side's scheme), matched by module and name; a test in both is taken from the new version. */
export function mergedTestCases(oldProgram: CheckedProgram, newProgram: CheckedProgram, oldEntry?: ModuleInfo, newEntry?: ModuleInfo): ReviewCase[] {
  const fromNew = testCases(newProgram, newEntry);
  const keys = new Set(fromNew.map((t) => t.key));
  return [...fromNew, ...testCases(oldProgram, oldEntry).filter((t) => !keys.has(t.key))].map((t) => t.case);
}

// ─── Cases from the population ───────────────────────────────────────────────

/** Households `start` … `end − 1` of the population as cases. */
export function* populationCases(module: PopulationModule, options: PopulationOptions, start: number, end: number): Generator<ReviewCase> {
  const seed = options.seed ?? 1;
  const period = periodOf(module, options);
  for (let i = start; i < end; i++) yield { id: `befolkning #${i}`, group: 'population', input: module.household(seed, i, period) };
}

// ─── Evaluating and comparing ────────────────────────────────────────────────

/** What the comparison needs from each version. */
export interface ImpactSettings {
  /** The output whose change is summed; undefined: none (only which cases changed). */
  readonly measure: string | undefined;
  /** Outputs compared: those both versions have. */
  readonly outputs: readonly string[];
  /** `skjønn` overrides added to every case, for the version that has the `skjønn` (`--overstyr`). */
  readonly overrides?: ReadonlyArray<{ readonly navn: string; readonly verdi: JsonValue; readonly begrunnelse: string }>;
  /**
   * A top-level field of the case to summarise by besides household type (`--group-by
   * kommune`). A version whose rules have no such input gets the case without it: it is the
   * case's metadata (from a registry), not something the rules read.
   */
  readonly groupBy?: string;
}

/** The summary key of a case that lacks the `groupBy` field. */
export const MISSING_GROUP_VALUE = '(mangler)';

/** The value of the `groupBy` field as the summary shows it: text as it is, anything else as JSON. */
function groupValue(input: unknown, field: string): string {
  if (typeof input !== 'object' || input === null || Array.isArray(input) || !Object.hasOwn(input, field)) return MISSING_GROUP_VALUE;
  const value = (input as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function withoutMetadata(rules: CompiledRules, input: unknown, settings: ImpactSettings): unknown {
  const field = settings.groupBy;
  if (field === undefined || typeof input !== 'object' || input === null || Array.isArray(input) || !Object.hasOwn(input, field)) return input;
  if (rules.inputs.some((i) => i.name === field)) return input;
  const { [field]: _metadata, ...rest } = input as Record<string, unknown>;
  return rest;
}

type Outcome = { readonly values: Record<string, JsonValue>; readonly error?: undefined } | { readonly values?: undefined; readonly error: CaseError };

function withOverrides(rules: CompiledRules, input: unknown, settings: ImpactSettings): unknown {
  if (!settings.overrides || settings.overrides.length === 0) return input;
  const extra = (settings.overrides ?? []).filter((o) => rules.discretion.has(o.navn));
  if (extra.length === 0 || typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const object = input as Record<string, unknown>;
  const given = Array.isArray(object['overstyringer']) ? (object['overstyringer'] as Array<{ navn?: unknown }>) : [];
  const kept = extra.filter((o) => !given.some((g) => g.navn === o.navn));
  return kept.length === 0 ? input : { ...object, overstyringer: [...given, ...kept] };
}

function run(rules: CompiledRules, c: ReviewCase, settings: ImpactSettings): Outcome {
  try {
    return { values: evaluate(rules, withOverrides(rules, withoutMetadata(rules, c.input, settings), settings), c.asOf ? { asOf: c.asOf } : {}).values };
  } catch (error) {
    if (error instanceof EvaluationError) return { error: { code: error.code, message: error.message } };
    return { error: { code: 'intern', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Counts of one household type, or one value of the `groupBy` field. */
interface Tally {
  cases: number;
  compared: number;
  changed: number;
  /** Exact sum as a decimal string. */
  total: string;
}

const emptyTally = (): Tally => ({ cases: 0, compared: 0, changed: 0, total: '0' });

/** A summary under construction; mergeable across slices (workers) in case order. */
export interface PartialGroup {
  readonly group: CaseGroup;
  cases: number;
  compared: number;
  changed: number;
  increased: number;
  decreased: number;
  errorOldOnly: number;
  errorNewOnly: number;
  errorBoth: number;
  /** Exact sum as a decimal string. */
  total: string;
  measureChanged: number;
  byType: Record<string, Tally>;
  /** By the value of the `groupBy` field. */
  byValue: Record<string, Tally>;
  gains: ChangedCase[];
  losses: ChangedCase[];
  changedCases: ChangedCase[];
}

export function emptyPartial(group: CaseGroup): PartialGroup {
  return { group, cases: 0, compared: 0, changed: 0, increased: 0, decreased: 0, errorOldOnly: 0, errorNewOnly: 0, errorBoth: 0, total: '0', measureChanged: 0, byType: {}, byValue: {}, gains: [], losses: [], changedCases: [] };
}

// Deltas are whole øre well below 2^53, so comparing them as numbers orders them exactly.
const deltaOf = (c: ChangedCase) => Number(c.delta ?? 0);
const byGain = (a: ChangedCase, b: ChangedCase) => deltaOf(b) - deltaOf(a) || a.index - b.index;
const byLoss = (a: ChangedCase, b: ChangedCase) => deltaOf(a) - deltaOf(b) || a.index - b.index;

function keepTop(list: ChangedCase[], item: ChangedCase, order: (a: ChangedCase, b: ChangedCase) => number): void {
  if (list.length >= topCount && order(item, list[list.length - 1] as ChangedCase) >= 0) return;
  list.push(item);
  list.sort(order);
  if (list.length > topCount) list.length = topCount;
}

/** Equality of two JSON values (outputs), without serializing them. */
function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!(k in b) || !sameJson((a as Record<string, JsonValue>)[k], (b as Record<string, JsonValue>)[k])) return false;
  return true;
}

/**
 * Evaluates each case under both versions and adds it to the group summaries, which are
 * created as needed (one per case group, in the order met). `householdType` is the scheme's
 * (its population module's), or one type for all.
 */
export function compareCases(
  oldRules: CompiledRules,
  newRules: CompiledRules,
  cases: Iterable<ReviewCase>,
  settings: ImpactSettings,
  firstIndex: number,
  groups: Map<CaseGroup, PartialGroup> = new Map(),
  householdType: (input: unknown) => string = noHouseholdType,
): Map<CaseGroup, PartialGroup> {
  let index = firstIndex;
  // Running sums in øre as BigInt (exact); written back to the partials' strings at the end.
  const totals = new Map<PartialGroup, bigint>();
  const tallyTotals = new Map<Tally, bigint>();
  const measure = settings.measure;
  for (const c of cases) {
    const i = index++;
    let g = groups.get(c.group);
    if (!g) {
      g = emptyPartial(c.group);
      groups.set(c.group, g);
    }
    const type = householdType(c.input);
    const tallies = [(g.byType[type] ??= emptyTally())];
    if (settings.groupBy !== undefined) tallies.push((g.byValue[groupValue(c.input, settings.groupBy)] ??= emptyTally()));
    g.cases++;
    for (const t of tallies) t.cases++;
    const before = run(oldRules, c, settings);
    const after = run(newRules, c, settings);
    const input = c.input as Record<string, unknown> | null;
    const month = input && typeof input === 'object' && typeof input['beregningsmåned'] === 'string' ? (input['beregningsmåned'] as string) : c.asOf;
    if (before.error || after.error) {
      if (before.error && after.error) {
        g.errorBoth++;
        if (before.error.code === after.error.code && before.error.message === after.error.message) continue;
      } else if (before.error) {
        g.errorOldOnly++;
      } else {
        g.errorNewOnly++;
      }
      const failed: ChangedCase = { index: i, group: c.group, id: c.id, householdType: type, month, outputs: [] };
      g.changedCases.push({ ...failed, ...(before.error ? { oldError: before.error } : {}), ...(after.error ? { newError: after.error } : {}) });
      continue;
    }
    g.compared++;
    for (const t of tallies) t.compared++;
    let differing: Array<{ name: string; old: unknown; new: unknown }> | undefined;
    for (const name of settings.outputs) {
      const x = before.values[name];
      const y = after.values[name];
      if (!sameJson(x, y)) (differing ??= []).push({ name, old: x ?? null, new: y ?? null });
    }
    if (!differing) continue;
    g.changed++;
    for (const t of tallies) t.changed++;
    const x = measure !== undefined ? before.values[measure] : undefined;
    const y = measure !== undefined ? after.values[measure] : undefined;
    const from = typeof x === 'string' ? ore(x) : undefined;
    const to = typeof y === 'string' ? ore(y) : undefined;
    let changedCase: ChangedCase;
    if (from !== undefined && to !== undefined) {
      const delta = to - from;
      changedCase = { index: i, group: c.group, id: c.id, householdType: type, month, old: x as string, new: y as string, delta: kroner(delta), outputs: differing };
      if (delta !== 0n) {
        g.measureChanged++;
        totals.set(g, (totals.get(g) ?? ore(g.total) ?? 0n) + delta);
        for (const t of tallies) tallyTotals.set(t, (tallyTotals.get(t) ?? ore(t.total) ?? 0n) + delta);
        if (delta > 0n) {
          g.increased++;
          keepTop(g.gains, changedCase, byGain);
        } else {
          g.decreased++;
          keepTop(g.losses, changedCase, byLoss);
        }
      }
    } else {
      changedCase = { index: i, group: c.group, id: c.id, householdType: type, month, outputs: differing };
      if (measure !== undefined) changedCase = { ...changedCase, ...(x !== undefined ? { old: showJson(x) } : {}), ...(y !== undefined ? { new: showJson(y) } : {}) };
    }
    g.changedCases.push(changedCase);
  }
  for (const [g, total] of totals) g.total = kroner(total);
  for (const [t, total] of tallyTotals) t.total = kroner(total);
  return groups;
}

/** An amount as the engine writes it (`16550.00`, `-3.5`) in øre, exactly; undefined if it is not one. */
function ore(text: string): bigint | undefined {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return undefined;
  const value = BigInt(m[2] as string) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -value : value;
}

/** Øre as a decimal string in kroner with two decimals: `-350` → `-3.50`. */
function kroner(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

function showJson(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Merges partial summaries of consecutive slices of one group, in order. */
export function mergePartials(parts: readonly PartialGroup[]): PartialGroup {
  const first = parts[0];
  if (!first) throw new Error('mergePartials: no parts');
  const merged = emptyPartial(first.group);
  let total = 0n;
  for (const p of parts) {
    merged.cases += p.cases;
    merged.compared += p.compared;
    merged.changed += p.changed;
    merged.increased += p.increased;
    merged.decreased += p.decreased;
    merged.errorOldOnly += p.errorOldOnly;
    merged.errorNewOnly += p.errorNewOnly;
    merged.errorBoth += p.errorBoth;
    merged.measureChanged += p.measureChanged;
    total += ore(p.total) ?? 0n;
    addTallies(merged.byType, p.byType);
    addTallies(merged.byValue, p.byValue);
    for (const c of p.gains) keepTop(merged.gains, c, byGain);
    for (const c of p.losses) keepTop(merged.losses, c, byLoss);
    for (const c of p.changedCases) merged.changedCases.push(c);
  }
  merged.total = kroner(total);
  return merged;
}

function addTallies(into: Record<string, Tally>, from: Readonly<Record<string, Tally>>): void {
  for (const [key, t] of Object.entries(from)) {
    const m = (into[key] ??= emptyTally());
    m.cases += t.cases;
    m.compared += t.compared;
    m.changed += t.changed;
    m.total = kroner((ore(m.total) ?? 0n) + (ore(t.total) ?? 0n));
  }
}

/** The finished summaries of tallies, by key in code-point order. */
function summaries(tallies: Readonly<Record<string, Tally>>): Array<{ key: string; cases: number; changed: number; total: string; average: string }> {
  return Object.entries(tallies)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, t]) => ({ key, cases: t.cases, changed: t.changed, total: new Decimal(t.total).toFixed(2), average: average(new Decimal(t.total), t.compared) }));
}

function average(total: Decimal, count: number): string {
  return count === 0 ? '0.00' : total.div(count).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** The finished summary of a group. */
export function finishGroup(p: PartialGroup, description: string, groupBy?: string): GroupImpact {
  const total = new Decimal(p.total);
  const byHouseholdType: TypeSummary[] = summaries(p.byType).map(({ key, ...t }) => ({ householdType: key, ...t }));
  // Only where some case has the field: the population and the rule tests do not.
  const values = Object.keys(p.byValue);
  const byField = groupBy !== undefined && values.some((v) => v !== MISSING_GROUP_VALUE) ? { field: groupBy, values: summaries(p.byValue).map(({ key, ...t }) => ({ value: key, ...t })) } : undefined;
  return {
    group: p.group,
    description,
    cases: p.cases,
    compared: p.compared,
    changed: p.changed,
    increased: p.increased,
    decreased: p.decreased,
    errorOldOnly: p.errorOldOnly,
    errorNewOnly: p.errorNewOnly,
    errorBoth: p.errorBoth,
    total: total.toFixed(2),
    average: average(total, p.compared),
    averageChanged: average(total, p.measureChanged),
    byHouseholdType,
    ...(byField ? { byField } : {}),
    largestGains: p.gains,
    largestLosses: p.losses,
    changedCases: p.changedCases,
  };
}

/**
 * The measure and the outputs to compare: `stønad` (or the named output) when both versions
 * have it as an amount, otherwise the first amount output both have.
 */
export function impactSettings(oldRules: CompiledRules, newRules: CompiledRules, measure?: string): Omit<ImpactSettings, 'overrides'> {
  const newNames = new Map(newRules.outputs.map((o) => [o.name, o.type]));
  const outputs = oldRules.outputs.filter((o) => newNames.has(o.name)).map((o) => o.name);
  const money = amountOutputs(oldRules, newRules);
  const chosen = measure ?? (money.includes('stønad') ? 'stønad' : money[0]);
  return { measure: chosen, outputs };
}

/** The outputs both versions have as amounts (`beløp`): what a measure may sum. */
export function amountOutputs(oldRules: CompiledRules, newRules: CompiledRules): string[] {
  const newTypes = new Map(newRules.outputs.map((o) => [o.name, o.type.kind]));
  return oldRules.outputs.filter((o) => o.type.kind === 'money' && newTypes.get(o.name) === 'money').map((o) => o.name);
}
