import type { Ast, CheckedProgram, DefinitionSymbol, DiscretionSymbol, LkSymbol, ModuleInfo, RuleSymbol, TableSymbol, Type } from '@lovkode/dsl';
import type { Dialect } from '../dialect.js';
import type { Layout, TableLayout } from '../layout.js';
import type { ErrorSite, Level, Query, Sql } from './query.js';
import type { TablePeriods } from './tables.js';

/** What the expression compiler reaches: the program, the query, and the compiled definitions. */
export interface Compiler {
  readonly program: CheckedProgram;
  readonly dialect: Dialect;
  readonly query: Query;
  readonly layout: Layout;
  readonly caseLevel: Level;
  /** The entry module: its view of an enumeration's members is the evaluation's. */
  readonly entry: ModuleInfo;
  /** The level of a list input, by its field name. */
  listLevel(field: string): Level | undefined;
  /**
   * The rows of a list inside each row of `parent` (docs/sql.md §2): a list input, a list
   * inside the element of `parent` or of one of its parents, or two list inputs joined.
   */
  listWithin(parent: Level, source: ListSource, where: string): Level;
  /** The input table whose element a level's row stands for (undefined for the case level and joined lists). */
  elementTable(level: Level): TableLayout | undefined;
  /** The definition in force for a symbol (after the entry's variant replacements). */
  inForce<S extends DefinitionSymbol>(symbol: S): S;
  /** A rule or `skjønn` without parameters, on the case level. */
  value(symbol: DefinitionSymbol, where: string): Sql;
  /**
   * The body of a rule or `skjønn` (the one in force) compiled on `level` with its parameters
   * standing for `rows` and `values`: a call with its arguments inlined. Compiled once per
   * level and arguments (the same call at two places reads the same columns).
   */
  call(symbol: RuleSymbol | DiscretionSymbol, level: Level, rows: ReadonlyMap<LkSymbol, Level>, values: ReadonlyMap<LkSymbol, Sql>, where: string): Sql;
  /** The length of a list-valued rule without parameters (for `antall`), on the case level. */
  length(symbol: DefinitionSymbol, where: string): Sql;
  /** A rule or `skjønn` with one parameter, computed for each element of a list level. */
  perElement(symbol: DefinitionSymbol, level: Level, where: string): Sql;
  /** A rate table's periods per key, computed once. */
  periods(symbol: TableSymbol): TablePeriods;
  /** The name of a rate table's interval table, written once. */
  table(symbol: TableSymbol): string;
  /** The as-of day on the case level. */
  asOf(): Sql;
  site(module: ModuleInfo, spans: readonly Ast.Span[], code: ErrorSite['code']): ErrorSite;
}

/** What an aggregation ranges over. */
export type ListSource =
  | { readonly kind: 'input'; readonly field: string }
  | { readonly kind: 'nested'; readonly row: Level; readonly field: string }
  | { readonly kind: 'joined'; readonly fields: readonly string[] };

/** Where an expression is compiled: its level, and which locals stand for a list level's row. */
export interface Env {
  readonly compiler: Compiler;
  readonly module: ModuleInfo;
  readonly level: Level;
  readonly rows: ReadonlyMap<LkSymbol, Level>;
  /** Parameters that stand for a value (an inlined call's arguments), not for a row. */
  readonly values?: ReadonlyMap<LkSymbol, Sql>;
  /**
   * Comprehension variables whose `plass` is their element's place in the list: those of a
   * comprehension without a filter (with one, the evaluator counts only the elements that pass).
   */
  readonly places?: ReadonlySet<LkSymbol>;
  /** Variables of ordered comprehensions (`etter`): their `plass` and `rang` in the sorted order, columns made on first use. */
  readonly positions?: ReadonlyMap<LkSymbol, { place(): Sql; rank(): Sql }>;
}

export function typeOf(env: Env, expr: Ast.Expr): Type | undefined {
  return env.compiler.program.types.get(expr);
}

/** `modul.navn linje:kolonne`, for refusals. */
export function placeOf(env: Env, span: Ast.Span): string {
  const at = env.module.file.source.positionAt(span.start);
  return `${env.module.file.path}:${at.line}:${at.column}`;
}
