/** Coverage of the stored law text by rules and tests (docs/law-text.md §3). */
export { coverage, coverageCounts, type Coverage, type CoverageCounts, type CoveredSentence, type Linker, type LinkKind, type Place, type SentenceStatus, type Wording, type WordingStatus } from './coverage.js';
export { coverageMarkdown, coverageSummary, coverageText } from './report.js';
