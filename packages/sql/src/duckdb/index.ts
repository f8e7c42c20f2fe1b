export { runOnDuckdb, fileKind, listFile, DuckdbInputRefusal, DuckdbFailure, type DuckdbRun, type DuckdbOptions, type FileKind } from './run.js';
export { writeCaseTables } from './tables.js';
