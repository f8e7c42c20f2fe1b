/**
 * @lovkode/sql — a checked scheme compiled to SQL over normalised input tables (docs/sql.md).
 *
 *   const compiled = compile(files);
 *   if (compiled.ok) console.log(compileSql(compiled.rules, { dialect: 'duckdb' }).sql);
 */
export { compileSql, type OutputColumn, type SqlOptions, type SqlProgram } from './compile/program.js';
export { compileImpactSql, type ImpactOptions, type ImpactProgram } from './compile/impact.js';
export { dialects, dialectNames, reasonSeparator, type Dialect, type DialectName } from './dialect.js';
export { caseTable, layoutDdl, layoutOf, listTableName, sqlType, type ColumnLayout, type Layout, type ScalarType, type TableLayout } from './layout.js';
export type { ErrorSite, Stage } from './compile/query.js';
export { stagedStatements, type StagedQuery } from './staged.js';
export { SqlRefusal } from './refusal.js';
