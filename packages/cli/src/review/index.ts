/**
 * Review of a change to the rules (docs/review.md): structural diff, impact on cases, and
 * the Markdown and JSON reports, exported as `@lovkode/cli/review`. Pure — no file
 * system, git or threads — so the editor's web worker can use it; `./node` adds sides from
 * directories and git revisions, and worker threads, and is not part of this entry.
 */
export * from './model.js';
export { structuralDiff, type CheckedSide } from './structural.js';
export { diffRuleSets, prepareSide, ReviewError, type ImpactOptions, type PreparedSide, type RuleSetInput } from './diff.js';
export { compareCases, mergedTestCases, populationCases, testCases, type ImpactSettings, type ReviewCase } from './impact.js';
export { population, populationSlice, summarizePopulation, type Period, type PopulationModule, type PopulationOptions } from './population.js';
export { renderJsonLines } from './json-lines.js';
export { renderJson, renderMarkdown, type MarkdownOptions } from './markdown.js';
