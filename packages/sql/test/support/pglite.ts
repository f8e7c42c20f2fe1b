import { PGlite } from '@electric-sql/pglite';
import type { CompiledRules } from '@lovkode/engine';
import { dialects, layoutDdl, stagedStatements, type SqlProgram } from '@lovkode/sql';
import { caseRows, type Cell } from '../../src/input/case-rows.js';
import { resultColumns, resultLine } from '../../src/results/json-lines.js';

const literal = (cell: Cell | number) => (cell === null ? 'NULL' : typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : typeof cell === 'number' ? String(cell) : `'${cell.replace(/'/g, "''")}'`);

/**
 * The postgres dialect on PGlite (PostgreSQL compiled to WebAssembly): the cases (already
 * validated, with their line numbers) into the layout's tables, the query, and one result line
 * per case as `run --batch` prints it.
 */
export async function runOnPglite(rules: CompiledRules, program: SqlProgram, cases: ReadonlyArray<readonly [number, Record<string, unknown>]>): Promise<Map<number, string>> {
  const db = await PGlite.create();
  try {
    await db.exec(layoutDdl(dialects.postgres, program.layout));
    const rows = new Map<string, string[]>();
    for (const [line, object] of cases) {
      caseRows(program.layout, object, line, (table, keys, cells) => {
        let list = rows.get(table.name);
        if (!list) rows.set(table.name, (list = []));
        list.push(`(${[...keys, ...cells].map(literal).join(', ')})`);
      });
    }
    for (const [table, values] of rows) {
      for (let i = 0; i < values.length; i += 1000) await db.exec(`INSERT INTO ${table} VALUES ${values.slice(i, i + 1000).join(', ')}`);
    }
    await db.exec('ANALYZE');
    const columns = resultColumns(program, rules.ruleset);
    // Stage by stage, each analysed: as one statement the planner's guesses grow with the square of the cases (docs/sql.md §5).
    const staged = stagedStatements(program);
    for (const statement of staged.statements) await db.exec(statement);
    const result = await db.query<unknown[]>(`SELECT ${columns} FROM (${staged.select}) r ORDER BY r.sak_id`, [], { rowMode: 'array' });
    if (staged.drop) await db.exec(staged.drop);
    return new Map(result.rows.map((row) => [Number(row[0]), resultLine(program, row)]));
  } finally {
    await db.close();
  }
}
