import { CliError, ExitCode } from '../io.js';

/**
 * The SQL commands (`lovkode sql`, `run`/`diff --engine duckdb`, `population --format
 * parquet|csv`) need `@lovkode/sql`, with DuckDB's native binary: an optional companion of
 * `@lovkode/cli` (docs/packages.md), loaded only when one of them is used, so that an
 * installation without it runs every other command.
 */
export async function loadSqlPart<T>(command: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissingSqlPackage(error)) {
      throw new CliError(`${command}: SQL og DuckDB krever pakken @lovkode/sql (npm install @lovkode/sql)`, ExitCode.failed);
    }
    throw error;
  }
}

function isMissingSqlPackage(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((error as Error).message).includes('@lovkode/sql');
}
