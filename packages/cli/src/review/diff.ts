/**
 * `diffRuleSets`: the whole review of a change (docs/review.md) from two sets of rule files
 * — structure and impact — without file system, git or threads, so that the CLI, the tests
 * and the editor's diff view share it. The CLI adds sides from directories and git
 * revisions (./sides.ts) and worker threads (./parallel.ts).
 */
import { check, hasErrors, type Diagnostic, type RuleSource } from '@lovkode/dsl';
import { compileChecked, type CompiledRules, formatNumber, type JsonValue } from '@lovkode/engine';
import { amountOutputs, compareCases, finishGroup, impactSettings, mergedTestCases, populationCases, type ImpactSettings, type PartialGroup, type ReviewCase } from './impact.js';
import { reviewReportVersion, type CaseGroup, type GroupImpact, type ImpactReport, type OutsidePopulation, type ReviewReport, type SideInfo, type StructuralDiff } from './model.js';
import { noHouseholdType, periodOf, type PopulationModule, type PopulationOptions } from './population.js';
import { structuralDiff, type CheckedSide } from './structural.js';

/** A version of the rules: its files and, optionally, the module to evaluate through. */
export interface RuleSetInput {
  readonly spec: string;
  readonly kind: SideInfo['kind'];
  readonly commit?: string;
  readonly files: readonly RuleSource[];
  /** The entry module; by default the one non-variant module with `utdata`. */
  readonly module?: string;
}

/** A version checked and compiled. */
export interface PreparedSide extends CheckedSide {
  readonly input: RuleSetInput;
  readonly rules: CompiledRules;
  readonly info: SideInfo;
}

/** A version that cannot be compared: its rules have errors, or the entry module is unclear. */
export class ReviewError extends Error {
  constructor(
    message: string,
    readonly side: string,
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}

export function prepareSide(input: RuleSetInput): PreparedSide {
  const checked = check(input.files);
  if (hasErrors(checked.diagnostics)) {
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    throw new ReviewError(`«${input.spec}»: reglene har ${errors.length === 1 ? 'én feil' : `${errors.length} feil`}`, input.spec, errors);
  }
  const compiled = compileChecked(checked, input.files, input.module !== undefined ? { module: input.module } : {});
  if (!compiled.ok) {
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
    throw new ReviewError(`«${input.spec}»: ${errors.map((d) => d.message).join('; ')}`, input.spec, errors.filter((d) => d.file !== ''));
  }
  const rules = compiled.rules;
  return {
    input,
    checked,
    files: input.files,
    entry: rules.entry,
    rules,
    info: {
      spec: input.spec,
      kind: input.kind,
      ...(input.commit ? { commit: input.commit } : {}),
      entry: rules.entry.name,
      ...(rules.entry.variantOf ? { variantOf: rules.entry.variantOf.name } : {}),
      ruleset: rules.ruleset,
      files: input.files.length,
    },
  };
}

export interface ImpactOptions {
  /** Evaluate the rule tests of both versions as cases (default true). */
  readonly tests?: boolean;
  /** Cases from a file (`--cases`), already parsed. */
  readonly cases?: readonly ReviewCase[];
  /** How the case file is named in the report. */
  readonly casesLabel?: string;
  /** The synthetic population; `size: 0` or undefined for none. Needs `populationModule`. */
  readonly population?: PopulationOptions;
  /**
   * The scheme's population module (`rules/befolkning.mjs`): it generates the population and
   * gives every case its household type; without it all cases are one type, «alle».
   */
  readonly populationModule?: PopulationModule;
  /** The output whose change is summed (default `stønad`). */
  readonly measure?: string;
  /** Overrides of a `skjønn` for every case, on the version that has it (`--overstyr navn=verdi`). */
  readonly overrides?: ReadonlyArray<{ readonly navn: string; readonly verdi: JsonValue; readonly begrunnelse: string }>;
  /** A top-level case field to summarise by besides household type (`--group-by`); see `ImpactSettings.groupBy`. */
  readonly groupBy?: string;
}

/** The settings both the inline and the threaded comparison use. */
export function settingsFor(old: PreparedSide, neu: PreparedSide, options: ImpactOptions): ImpactSettings {
  const base = impactSettings(old.rules, neu.rules, options.measure);
  if (options.measure !== undefined && !base.outputs.includes(options.measure)) {
    throw new ReviewError(`«${options.measure}» er ikke et utdata begge versjonene har (${base.outputs.join(', ')})`, neu.input.spec);
  }
  // The report sums the measure in kroner: another type would be summed as 0,00 kr.
  const amounts = amountOutputs(old.rules, neu.rules);
  if (options.measure !== undefined && !amounts.includes(options.measure)) {
    throw new ReviewError(`«${options.measure}» er ikke et beløp i begge versjonene; --measure summerer et beløp (${amounts.join(', ')})`, neu.input.spec);
  }
  return { ...base, ...(options.overrides ? { overrides: options.overrides } : {}), ...(options.groupBy !== undefined ? { groupBy: options.groupBy } : {}) };
}

/** The population as the report names it; the months are the run's or the module's (a population needs a module). */
export function populationDescription(p: PopulationOptions, module: PopulationModule | undefined): string {
  const { from, to } = module ? periodOf(module, p) : { from: p.from, to: p.to };
  const months = from === undefined || to === undefined ? '' : `, ${from === to ? from : `${from} – ${to}`}`;
  return `${formatNumber(String(p.size))} syntetiske husstander (seed ${p.seed ?? 1}${months})`;
}

export function groupDescription(group: CaseGroup, options: ImpactOptions, count: number): string {
  if (group === 'tests') return `${count} regeltester`;
  if (group === 'cases') return `${options.casesLabel ?? 'saksfilen'} (${count} saker)`;
  return populationDescription(options.population ?? { size: count }, options.populationModule);
}

/** Finishes the groups in the fixed order tests, case file, population, and says which changed rate rows the population's months do not reach. */
export function finishImpact(settings: ImpactSettings, groups: ReadonlyMap<CaseGroup, PartialGroup>, options: ImpactOptions, structural: StructuralDiff): ImpactReport {
  const finished: GroupImpact[] = [];
  for (const group of ['tests', 'cases', 'population'] as const) {
    const g = groups.get(group);
    if (g) finished.push(finishGroup(g, groupDescription(group, options, g.cases), settings.groupBy));
  }
  const outside = groups.has('population') && options.population && options.populationModule ? outsidePopulation(structural, periodOf(options.populationModule, options.population)) : undefined;
  return { measure: settings.measure ?? '', outputs: settings.outputs, groups: finished, ...(outside ? { outsidePopulation: outside } : {}) };
}

/**
 * The changed rate rows whose days all lie before the population's first month or after its
 * last: a reviewer who changes next year's rates would otherwise read «0 changed» as «costs
 * nothing». A row without a date applies every month, and is inside.
 */
export function outsidePopulation(structural: StructuralDiff, months: { readonly from: string; readonly to: string }): OutsidePopulation | undefined {
  const first = `${months.from}-01`;
  const last = `${months.to}-31`;
  const rows = structural.tables.flatMap((table) =>
    table.rows
      .filter((row) => (row.from !== undefined && row.from > last) || (row.to !== undefined && row.to < first))
      .map((row) => ({ table: table.name, keys: row.keys, from: row.from, to: row.to })),
  );
  return rows.length > 0 ? { from: months.from, to: months.to, rows } : undefined;
}

/** The cases of a review in order: rule tests, then the case file (the population is generated where it is evaluated). */
export function explicitCases(old: PreparedSide, neu: PreparedSide, options: ImpactOptions): { tests: ReviewCase[]; cases: readonly ReviewCase[] } {
  return { tests: options.tests === false ? [] : mergedTestCases(old.checked.program, neu.checked.program, old.rules.entry, neu.rules.entry), cases: options.cases ?? [] };
}

/** The number of households to generate: none without a population module. */
export function populationSize(options: ImpactOptions): number {
  const size = options.population?.size ?? 0;
  if (size > 0 && !options.populationModule) throw new ReviewError('en syntetisk befolkning trenger befolkningsmodulen til reglene (rules/befolkning.mjs)', '');
  return size;
}

/** The complete review, evaluated in this thread. */
export function diffRuleSets(oldInput: RuleSetInput | PreparedSide, newInput: RuleSetInput | PreparedSide, options: ImpactOptions = {}): ReviewReport {
  const old = 'rules' in oldInput ? oldInput : prepareSide(oldInput);
  const neu = 'rules' in newInput ? newInput : prepareSide(newInput);
  const structural = structuralDiff(old, neu);
  const settings = settingsFor(old, neu, options);
  const { tests, cases } = explicitCases(old, neu, options);
  const groups = new Map<CaseGroup, PartialGroup>();
  const module = options.populationModule;
  const householdType = module ? module.householdType : noHouseholdType;
  compareCases(old.rules, neu.rules, tests, settings, 0, groups, householdType);
  compareCases(old.rules, neu.rules, cases, settings, tests.length, groups, householdType);
  const size = populationSize(options);
  if (options.population && module && size > 0) compareCases(old.rules, neu.rules, populationCases(module, options.population, 0, size), settings, tests.length + cases.length, groups, householdType);
  return { version: reviewReportVersion, old: old.info, new: neu.info, structural, impact: finishImpact(settings, groups, options, structural) };
}
