/**
 * Review of a change to the rules (docs/review.md): structural diff, impact on cases, and
 * the Markdown and JSON reports. Pure — no file system, git or threads — so the editor can
 * use it; `./node` adds sides from directories and git revisions, and worker threads.
 */
export * from './model';
export { structuralDiff, type CheckedSide } from './structural';
export { diffRuleSets, prepareSide, ReviewError, type ImpactOptions, type PreparedSide, type RuleSetInput } from './diff';
export { compareCases, mergedTestCases, populationCases, testCases, type ImpactSettings, type ReviewCase } from './impact';
export { defaultPeriod, household, householdType, population, populationSlice, summarizePopulation, type Household, type PopulationOptions, type PopulationSummary } from './population';
export { renderJson, renderMarkdown, type MarkdownOptions } from './markdown';
