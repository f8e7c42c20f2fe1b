import path from 'node:path';
import { compileSql, SqlRefusal } from '@lovkode/sql';
import { DuckdbFailure, DuckdbInputRefusal, impactMarkdown, impactOnDuckdb } from '@lovkode/sql/duckdb';
import { stringOption, usageError, type ParsedArgs } from '../args.js';
import { CliError, ExitCode, type Io } from '../io.js';
import { loadRules } from '../rules.js';

/**
 * `lovkode diff <gammel> <ny> --engine duckdb --population saker.parquet -o virkning.parquet`:
 * both versions compiled to SQL and run on DuckDB over the same tables; the per-case impact as
 * Parquet and a Markdown summary per value of `--group-by` (docs/sql.md §8). Each side is a
 * rule folder or file (not a git revision).
 */
export async function diffWithEngine(io: Io, args: ParsedArgs): Promise<number> {
  if (args.values['engine'] !== 'duckdb') throw usageError('diff', `--engine «${String(args.values['engine'])}» finnes ikke (bare duckdb)`);
  if (args.positionals.length !== 2) throw usageError('diff', 'trenger to sider: <gammel> <ny>');
  const [oldSpec, newSpec] = args.positionals as [string, string];
  const population = stringOption(args, 'population');
  const output = stringOption(args, 'output');
  if (!population) throw usageError('diff', '--engine duckdb trenger --population <saker.parquet|.csv> (tabellene, se docs/sql.md)');
  if (!output) throw usageError('diff', '--engine duckdb trenger -o <virkning.parquet>');
  const before = await loadRules(io, [oldSpec], stringOption(args, 'old-module'));
  const after = await loadRules(io, [newSpec], stringOption(args, 'new-module'));
  const measure = stringOption(args, 'measure') ?? after.outputs.find((o) => o.type.kind === 'money')?.name;
  if (!measure) throw usageError('diff', 'reglene har ingen beløp blant utdataene; velg et med --measure');
  const groupBy = stringOption(args, 'group-by');
  try {
    const impact = await impactOnDuckdb(compileSql(before, { dialect: 'duckdb' }), compileSql(after, { dialect: 'duckdb' }), path.resolve(io.cwd, population), path.resolve(io.cwd, output), {
      measure,
      ...(groupBy ? { groupBy } : {}),
    });
    await io.out(impactMarkdown(impact, { before: oldSpec, after: newSpec }));
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof SqlRefusal) throw new CliError(`kan ikke oversettes til SQL: ${error.message}`, ExitCode.failed);
    if (error instanceof DuckdbInputRefusal || error instanceof DuckdbFailure) throw new CliError(`diff: ${error.message}`, ExitCode.evaluation);
    throw error;
  }
}
