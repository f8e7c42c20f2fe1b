export { runOnDuckdb, fileKind, listFile, DuckdbInputRefusal, type DuckdbRun, type FileKind } from './run.js';
export { writeCaseTables } from './tables.js';
