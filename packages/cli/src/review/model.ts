/**
 * The review report (docs/review.md): what changed between two versions of a rule set,
 * structurally and in its effect on cases. This is the JSON of `lovkode diff --format json`
 * (with `version`), and what the Markdown renderer and the editor's diff view read.
 */

import type { CoverageCounts } from '@lovkode/dsl';

export const reviewReportVersion = 1;

/** One side of a comparison, as resolved. */
export interface SideInfo {
  /** As given on the command line (`HEAD~1`, `rules/kommuner/eksempel`), or a label. */
  readonly spec: string;
  readonly kind: 'directory' | 'git' | 'files';
  /** For a git side: the commit it resolved to. */
  readonly commit?: string;
  /** The entry module the side is evaluated through. */
  readonly entry: string;
  /** The entry is a variant (`modul X variant av Y`): its base module. */
  readonly variantOf?: string;
  readonly ruleset: string;
  readonly files: number;
}

// ─── Structural changes ──────────────────────────────────────────────────────

export type ChangeKind = 'added' | 'removed' | 'changed';

/** A change to the inputs or outputs: what embedders send and read. */
export interface InterfaceChange {
  readonly kind: 'input' | 'output' | 'type';
  readonly change: ChangeKind;
  /** `Søknad.sivilstand`, `stønad`, `Sivilstand`. */
  readonly name: string;
  readonly module: string;
  readonly breaking: boolean;
  /** One Norwegian sentence: what changed and what it means for an embedder. */
  readonly description: string;
  readonly old?: string;
  readonly new?: string;
}

/** A rate table entry: one key combination from one day. */
export interface RateChange {
  readonly change: ChangeKind;
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** The keys as written (`enslig`, or `2, enslig` for several keys). */
  readonly keys: string;
  /** Old and new value as shown (`7 550 kr`, `ukjent «…»`); for an added row the old value is the one that applied on that day. */
  readonly old: string | undefined;
  readonly new: string | undefined;
  /** Exact old and new amounts (`7550`) when both are numbers. */
  readonly oldAmount?: string;
  readonly newAmount?: string;
  /** `+10,2 %` when both are numbers. */
  readonly percent?: string;
  /** For an added or removed row: the value before/after came from another row (`gjaldt fra 2023-01-01`). */
  readonly note?: string;
  readonly oldSources: readonly string[];
  readonly newSources: readonly string[];
}

export interface TableChange {
  readonly module: string;
  readonly name: string;
  readonly change: ChangeKind;
  /** The variant module whose `erstatt tabell` this is (on the old or new side). */
  readonly replacedIn?: { readonly old?: string; readonly new?: string };
  /** The signature or default citation changed: old and new header. */
  readonly header?: { readonly old: string; readonly new: string };
  readonly rows: readonly RateChange[];
}

/** One line of a changed declaration: header, a definition, an exception or the explanation. */
export interface DiffLine {
  readonly op: ' ' | '-' | '+';
  readonly text: string;
}

export interface DeclarationChange {
  readonly kind: 'rule' | 'discretion' | 'table';
  readonly module: string;
  readonly name: string;
  readonly change: ChangeKind | 'moved';
  readonly replacedIn?: { readonly old?: string; readonly new?: string };
  /** What changed, for tools: `definisjon`, `unntak barnetrygd`, `kilder`, `gyldighet`, `forklaring`, `signatur`. */
  readonly parts: ReadonlyArray<{ readonly part: string; readonly change: ChangeKind; readonly old?: string; readonly new?: string }>;
  /** The declaration line by line with markers, printed from the source text. */
  readonly lines: readonly DiffLine[];
  /** For a move: where it was. */
  readonly movedFrom?: string;
}

export interface SourceChange {
  readonly kind: 'source' | 'assumption';
  readonly module: string;
  readonly id: string;
  readonly change: ChangeKind;
  readonly old?: string;
  readonly new?: string;
  /** For a source that stores its text: the punktum whose wording changed. */
  readonly wording?: readonly WordingChange[];
}

/** A stored punktum of a source's text (docs/law-text.md) whose wording changed, was added or removed. */
export interface WordingChange {
  /** `ledd 3 punktum 1`, with the period of a dated wording: `ledd 3 punktum 1 (fra 2022-09-01)`. */
  readonly place: string;
  readonly change: ChangeKind;
  readonly old?: string;
  readonly new?: string;
}


/** Coverage before and after (`coverageCounts` of `lovkode dekning`), and each punktum whose status changed (or that was stored or dropped). */
export interface CoverageChange {
  readonly old: CoverageCounts;
  readonly new: CoverageCounts;
  readonly sentences: ReadonlyArray<{
    readonly source: string;
    readonly module: string;
    readonly ledd: number;
    readonly punktum: number;
    readonly old?: string;
    readonly new?: string;
  }>;
}

export interface ModuleChange {
  readonly module: string;
  readonly change: ChangeKind;
  readonly description: string;
}

export interface StructuralDiff {
  /** Something other than tests, comments, doc comments or layout changed. */
  readonly semanticChange: boolean;
  /** Files whose text differs (or that exist on one side only), by path. */
  readonly changedFiles: readonly string[];
  readonly interface: readonly InterfaceChange[];
  readonly modules: readonly ModuleChange[];
  readonly tables: readonly TableChange[];
  readonly declarations: readonly DeclarationChange[];
  readonly sources: readonly SourceChange[];
  readonly types: readonly InterfaceChange[];
  readonly tests: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly changed: readonly string[] };
  /** Titles of the sources cited by the rate rows above, by id. */
  readonly sourceTitles: Readonly<Record<string, string>>;
  /** Coverage of the stored law text, when it changed. */
  readonly coverage?: CoverageChange;
}

// ─── Impact ──────────────────────────────────────────────────────────────────

export type CaseGroup = 'tests' | 'cases' | 'population';

export interface CaseError {
  readonly code: string;
  readonly message: string;
}

/** A case whose outputs differ between the versions, or that fails under one of them. */
export interface ChangedCase {
  /** Position in the run's case order (tests, then the case file, then the population). */
  readonly index: number;
  readonly group: CaseGroup;
  /** `sosialtjenesteloven.tester.inntekt › Barnetrygd …`, `cases.jsonl:12`, `befolkning #4711`. */
  readonly id: string;
  readonly householdType: string;
  readonly month: string | undefined;
  /** The measure (default `stønad`) on each side, and new − old, when both are amounts. */
  readonly old?: string;
  readonly new?: string;
  readonly delta?: string;
  /** The outputs that differ, old → new (JSON values). */
  readonly outputs: ReadonlyArray<{ readonly name: string; readonly old: unknown; readonly new: unknown }>;
  readonly oldError?: CaseError;
  readonly newError?: CaseError;
}

export interface TypeSummary {
  readonly householdType: string;
  readonly cases: number;
  readonly changed: number;
  /** Sum of new − old of the measure over the type's cases (per month). */
  readonly total: string;
  /** total / cases compared, rounded to øre. */
  readonly average: string;
}

export interface GroupImpact {
  readonly group: CaseGroup;
  /** What the group was: `152 regeltester`, `cases.jsonl`, `10 000 husstander, seed 1, 2018-01–2024-12`. */
  readonly description: string;
  readonly cases: number;
  /** Both versions gave a result. */
  readonly compared: number;
  readonly changed: number;
  readonly increased: number;
  readonly decreased: number;
  readonly errorOldOnly: number;
  readonly errorNewOnly: number;
  readonly errorBoth: number;
  /** Sum of new − old of the measure, per month, over the compared cases. */
  readonly total: string;
  /** Per household-month: total / compared, rounded to øre. */
  readonly average: string;
  /** Average over the cases whose measure changed. */
  readonly averageChanged: string;
  readonly byHouseholdType: readonly TypeSummary[];
  /** By the value of the field named with `--group-by` (text as it is, other values as JSON; `(mangler)` without it). */
  readonly byField?: { readonly field: string; readonly values: ReadonlyArray<Omit<TypeSummary, 'householdType'> & { readonly value: string }> };
  readonly largestGains: readonly ChangedCase[];
  readonly largestLosses: readonly ChangedCase[];
  /** Every changed case, in case order (JSON); the Markdown shows the first ones. */
  readonly changedCases: readonly ChangedCase[];
}

export interface ImpactReport {
  /** The output whose change is summed (`stønad`). */
  readonly measure: string;
  readonly groups: readonly GroupImpact[];
  /** Outputs compared (those both versions have). */
  readonly outputs: readonly string[];
  /**
   * Changed rate rows that apply only before the population's first month or after its last
   * (a row from 2025-01-01 when the population ends in 2024-12): what they do is not in the
   * population's figures. Left out when there are none, or no population.
   */
  readonly outsidePopulation?: OutsidePopulation;
}

/** The population's months, and the changed rate rows that apply only outside them. */
export interface OutsidePopulation {
  /** The population's first and last month (`YYYY-MM`). */
  readonly from: string;
  readonly to: string;
  readonly rows: ReadonlyArray<{ readonly table: string; readonly keys: string; readonly from: string | undefined; readonly to: string | undefined }>;
}

export interface ReviewReport {
  readonly version: typeof reviewReportVersion;
  readonly old: SideInfo;
  readonly new: SideInfo;
  readonly structural: StructuralDiff;
  readonly impact: ImpactReport | undefined;
}
