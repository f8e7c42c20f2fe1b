import path from 'node:path';
import { layoutOf, SqlRefusal } from '@lovkode/sql';
import { DuckdbFailure, writeCaseTables } from '@lovkode/sql/duckdb';
import { stringOption, usageError, type ParsedArgs } from '../args.js';
import { CliError, ExitCode, type Io } from '../io.js';
import { loadRules } from '../rules.js';
import { populationSlice, type PopulationModule, type PopulationOptions } from '../../review/population.js';

/**
 * `lovkode population --format parquet|csv -o saker.parquet`: the households as the input
 * tables of the rules' entry module (docs/sql.md §1): `saker.parquet` and
 * `saker.<liste>.parquet` beside it, generated in slices so that the Node heap holds one
 * slice at a time.
 */
export async function writePopulationTables(io: Io, args: ParsedArgs, module: PopulationModule, options: PopulationOptions & { size: number }, format: 'parquet' | 'csv'): Promise<number> {
  const output = stringOption(args, 'output');
  if (!output || !output.endsWith(`.${format}`)) throw usageError('population', `--format ${format} trenger -o <saker.${format}>`);
  const rules = await loadRules(io, [stringOption(args, 'rules') ?? 'rules'], stringOption(args, 'module'));
  let layout;
  try {
    layout = layoutOf(rules.inputs);
  } catch (error) {
    if (error instanceof SqlRefusal) throw new CliError(`kan ikke lages som tabeller: ${error.message}`, ExitCode.failed);
    throw error;
  }
  function* households() {
    const slice = 10_000;
    for (let start = 0; start < options.size; start += slice) yield* populationSlice(module, options, start, Math.min(options.size, start + slice)) as unknown as Iterable<Record<string, unknown>>;
  }
  let count;
  try {
    count = await writeCaseTables(layout, households(), path.resolve(io.cwd, output));
  } catch (error) {
    if (error instanceof DuckdbFailure) throw new CliError(`population: ${error.message}`, ExitCode.failed);
    throw error;
  }
  io.err(`${count} husstander skrevet til ${output} (${[layout.cases, ...layout.lists].map((t) => t.name).join(', ')})\n`);
  return ExitCode.ok;
}
