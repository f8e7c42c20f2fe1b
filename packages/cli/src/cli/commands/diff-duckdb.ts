import path from 'node:path';
import { check, hasErrors } from '@lovkode/dsl';
import { RuleSet, type CompiledRules } from '@lovkode/engine';
import { compileImpactSql, SqlRefusal } from '@lovkode/sql';
import { DuckdbFailure, DuckdbInputRefusal, impactMarkdown, impactOnDuckdb } from '@lovkode/sql/duckdb';
import { stringOption, usageError, type ParsedArgs } from '../args.js';
import { CliError, ExitCode, type Io } from '../io.js';
import { compileRuleSet, readRuleSet, type ReadRules } from '../rules.js';

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
  const [before, after] = compileSides(io, await readRuleSet(io, [oldSpec], stringOption(args, 'old-module')), await readRuleSet(io, [newSpec], stringOption(args, 'new-module')));
  const measure = stringOption(args, 'measure') ?? after.outputs.find((o) => o.type.kind === 'money')?.name;
  if (!measure) throw usageError('diff', 'reglene har ingen beløp blant utdataene; velg et med --measure');
  const groupBy = stringOption(args, 'group-by');
  try {
    const program = compileImpactSql(before, after, { dialect: 'duckdb', measure, ...(groupBy ? { groupBy } : {}) });
    const impact = await impactOnDuckdb(program, path.resolve(io.cwd, population), path.resolve(io.cwd, output));
    await io.out(impactMarkdown(impact, { before: oldSpec, after: newSpec }));
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof SqlRefusal) throw new CliError(`kan ikke oversettes til SQL: ${error.message}`, ExitCode.failed);
    if (error instanceof DuckdbInputRefusal || error instanceof DuckdbFailure) throw new CliError(`diff: ${error.message}`, ExitCode.evaluation);
    throw error;
  }
}

/**
 * Both sides compiled. Sides of the same rule files (`lovkode diff rules rules --old-module …
 * --new-module …`) are compiled from one check, so that they share their definitions and the
 * impact query computes what they have alike once (docs/sql.md §8); rules with errors are
 * reported as `lovkode run` reports them.
 */
function compileSides(io: Io, old: ReadRules, neu: ReadRules): [CompiledRules, CompiledRules] {
  const same = old.files.length === neu.files.length && old.files.every((f, i) => f.path === neu.files[i]?.path && f.text === neu.files[i]?.text);
  const checked = same ? check(neu.files) : undefined;
  if (!checked || hasErrors(checked.diagnostics)) return [compileRuleSet(io, old).rules, compileRuleSet(io, neu).rules];
  const set = new RuleSet(checked, neu.files);
  const [before, after] = [set.compile(old.entry !== undefined ? { module: old.entry } : {}), set.compile(neu.entry !== undefined ? { module: neu.entry } : {})];
  return [before.ok ? before.rules : compileRuleSet(io, old).rules, after.ok ? after.rules : compileRuleSet(io, neu).rules];
}
