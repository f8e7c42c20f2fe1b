import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileSql, SqlRefusal } from '@lovkode/sql';
import { DuckdbFailure, DuckdbInputRefusal, fileKind, runOnDuckdb, type CaseLine } from '@lovkode/sql/duckdb';
import { usageError, type ParsedArgs } from '../args.js';
import { CliError, ExitCode, InputTooLarge, openInput, readLines, type Io } from '../io.js';
import { InputError, type CompiledRules } from '@lovkode/engine';
import type { Readable } from 'node:stream';

/**
 * `lovkode run --engine duckdb`: the scheme compiled to SQL and run on embedded DuckDB
 * (docs/sql.md). A `.jsonl` output has the lines `run --batch` prints; `--batch` is implied.
 */
export async function runWithEngine(io: Io, rules: CompiledRules, args: ParsedArgs, input: string, date: string | undefined): Promise<number> {
  const engine = args.values['engine'];
  if (engine !== 'duckdb') throw usageError('run', `--engine «${String(engine)}» finnes ikke (bare duckdb)`);
  if (args.values['explain'] || args.values['begrunnelse']) {
    throw new CliError('sporingen og begrunnelsen kan ikke beregnes i SQL; kjør saken uten --engine', ExitCode.failed);
  }
  const output = args.values['output'];
  if (typeof output !== 'string') throw usageError('run', '--engine duckdb trenger --output <fil.jsonl|.parquet|.csv>');
  if (input === '-' || !fileKind(input)) throw usageError('run', '--engine duckdb leser --input fra en fil .jsonl, .parquet eller .csv');
  if (!fileKind(output)) throw usageError('run', '--output må slutte på .jsonl, .parquet eller .csv');
  try {
    const program = compileSql(rules, { dialect: 'duckdb', ...(date ? { asOf: date } : {}) });
    const memoryLimit = args.values['memory-limit'];
    const limits = typeof memoryLimit === 'string' ? { memoryLimit, tempDirectory: path.join(tmpdir(), `lovkode-duckdb-${process.pid}`) } : {};
    const lines = fileKind(input) === 'jsonl' ? { lines: caseLines(await openInput(io, input, { sizeLimit: false }), `inndatafilen «${input}»`) } : {};
    let run;
    try {
      run = await runOnDuckdb(rules, program, path.resolve(io.cwd, input), path.resolve(io.cwd, output), { ...limits, ...lines });
    } finally {
      if (limits.tempDirectory) rmSync(limits.tempDirectory, { recursive: true, force: true });
    }
    if (run.failed > 0) io.err(`${run.failed} av ${run.cases} saker feilet\n`);
    return run.failed > 0 ? ExitCode.evaluation : ExitCode.ok;
  } catch (error) {
    if (error instanceof SqlRefusal) throw new CliError(`kan ikke oversettes til SQL: ${error.message}`, ExitCode.failed);
    if (error instanceof DuckdbInputRefusal || error instanceof DuckdbFailure) throw new CliError(error.message, ExitCode.evaluation);
    throw error;
  }
}

/** The lines of a JSON Lines input as `run --batch` reads them: a line too large or not UTF-8 is that case's error. */
async function* caseLines(stream: Readable, shown: string): AsyncGenerator<CaseLine> {
  for await (const lines of readLines(stream, shown)) {
    for (const line of lines) {
      if (line.tooLarge) yield { number: line.number, error: new InputError('LK7007', [{ path: '', message: new InputTooLarge(undefined).message }]) };
      else if (line.notUtf8) yield { number: line.number, error: new InputError('LK7005', [{ path: '', message: line.notUtf8 }]) };
      else yield { number: line.number, text: line.text };
    }
  }
}
