export { runOnDuckdb, fileKind, listFile, DuckdbInputRefusal, DuckdbFailure, type DuckdbRun, type DuckdbOptions, type CaseLine, type FileKind } from './run.js';
export { writeCaseTables } from './tables.js';
export { impactOnDuckdb, impactMarkdown, type ImpactOnDuckdb, type ImpactGroup } from './diff.js';
