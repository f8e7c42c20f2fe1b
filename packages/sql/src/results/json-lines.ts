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
  // Written as JSON.stringify writes `{ values, warnings: [], ruleset }`, with a list's or record's JSON text as the query wrote it.
  const values = outputs.map((output, i) => {
    const reasons = row[2 + i * 2] as string | null;
    const json = reasons !== null ? JSON.stringify({ ubestemt: reasons.split(reasonSeparator) }) : jsonText(output, row[1 + i * 2]);
    return `${JSON.stringify(output.name)}:${json}`;
  });
  return `{"values":{${values.join(',')}},"warnings":[],"ruleset":${JSON.stringify(ruleset)}}`;
}

function jsonText(output: OutputColumn, value: unknown): string {
  switch (output.type.kind) {
    case 'integer':
    case 'list':
    case 'record':
      return value as string;
    case 'boolean':
      return String(value as boolean);
    default:
      return JSON.stringify(value as string);
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
