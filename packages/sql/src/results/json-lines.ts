import { dialects } from '../dialect.js';
import type { SqlProgram } from '../compile/program.js';
import { undeterminedJson, valueJson } from '../compile/json.js';

/**
 * The result query read for JSON lines (over the query as `r`): `sak_id` as text; the line
 * `lovkode run --batch` prints for a case with values, written by the query itself —
 * `{"values":{…},"warnings":[],"ruleset":…}`, each output's JSON text as the evaluator's JSON
 * writer writes it (compile/json.ts), so no value passes through JavaScript (or a float) —, NULL
 * for a case with an error; then the error's code, site (as text) and message.
 */
export function resultColumns(program: SqlProgram, ruleset: string): string {
  const d = dialects[program.dialect];
  const column = (name: string) => `r.${d.id(name)}`;
  const values = program.outputs.map((output, i) => {
    const value = output.type.kind === 'list' || output.type.kind === 'record' ? column(output.name) : valueJson(d, column(output.name), output.type);
    const json = output.reasons ? `CASE WHEN ${column(output.reasons)} IS NOT NULL THEN ${undeterminedJson(d, column(output.reasons))} ELSE ${value} END` : value;
    return `${d.text(`${i === 0 ? '' : ','}${JSON.stringify(output.name)}:`)} || ${json}`;
  });
  const line = [d.text('{"values":{'), ...values, d.text(`},"warnings":[],"ruleset":${JSON.stringify(ruleset)}}`)].join(' || ');
  return [`CAST(r.sak_id AS ${d.types.text})`, `CASE WHEN r.feil_kode IS NULL THEN ${line} END`, 'r.feil_kode', `CAST(r.feil_sted AS ${d.types.text})`, 'r.feil_melding'].join(', ');
}

/**
 * One row of `resultColumns` as the line `lovkode run --batch` prints for the case
 * (docs/sql.md §4): the query's line, or `{"error",…}` with the site's places in the rules.
 */
export function resultLine(program: SqlProgram, row: readonly unknown[]): string {
  const line = row[1] as string | null;
  if (line !== null) return line;
  const site = program.sites[Number(row[3] as string)];
  return JSON.stringify({ error: { code: row[2] as string, message: row[4] as string, locations: site?.locations ?? [], line: Number(row[0] as string) } });
}
