import { reasonSeparator } from '../dialect.js';
import type { OutputColumn, SqlProgram } from '../compile/program.js';

/**
 * One result row as the line `lovkode run --batch` prints for the case (docs/sql.md §4):
 * `{"values",…}` or `{"error",…}`. The query's columns are read as texts (`resultColumns`),
 * so amounts keep their two decimals and no number passes through a float.
 */
export function resultLine(program: SqlProgram, ruleset: string, row: readonly unknown[]): string {
  const caseId = Number(row[0] as string);
  const outputs = program.outputs;
  const code = row[1 + outputs.length * 2] as string | null;
  if (code !== null) {
    const site = program.sites[Number(row[2 + outputs.length * 2] as string)];
    const message = row[3 + outputs.length * 2] as string;
    return JSON.stringify({ error: { code, message, locations: site?.locations ?? [], line: caseId } });
  }
  const values: Record<string, unknown> = {};
  outputs.forEach((output, i) => {
    const reasons = row[2 + i * 2] as string | null;
    values[output.name] = reasons !== null ? { ubestemt: reasons.split(reasonSeparator) } : jsonValue(output, row[1 + i * 2]);
  });
  return JSON.stringify({ values, warnings: [], ruleset });
}

function jsonValue(output: OutputColumn, value: unknown): unknown {
  switch (output.type.kind) {
    case 'integer':
      return Number(value as string);
    case 'boolean':
      return value as boolean;
    default:
      return value as string;
  }
}

/**
 * The result query read for JSON lines: `sak_id`, each output as text (a boolean as itself)
 * with its reasons, then the error's code, site and message.
 */
export function resultColumns(program: SqlProgram, text: (sql: string) => string, monthText: (sql: string) => string, id: (name: string) => string): string {
  const columns = [text('sak_id')];
  for (const output of program.outputs) {
    const column = id(output.name);
    columns.push(output.type.kind === 'boolean' ? column : output.type.kind === 'month' ? monthText(column) : text(column));
    columns.push(output.reasons ? id(output.reasons) : 'NULL');
  }
  columns.push('feil_kode', text('feil_sted'), 'feil_melding');
  return columns.join(', ');
}
