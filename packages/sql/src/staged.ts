import type { SqlProgram } from './compile/program.js';

/** The query as statements (docs/sql.md §5): the shared stages as temporary tables, the final `SELECT`, and the clean-up. */
export interface StagedQuery {
  /** `CREATE TEMPORARY TABLE` and `ANALYZE` of each shared stage, in order. */
  readonly statements: readonly string[];
  /** The final `SELECT` (its rows are the results). */
  readonly select: string;
  /** `DROP TABLE` of the temporary tables, to run after the `SELECT` (undefined when there are none). */
  readonly drop: string | undefined;
}

/**
 * The query as statements, for PostgreSQL (docs/sql.md §5): each stage that more than one
 * stage reads becomes a temporary table, its keys analysed before the next statement reads it, with the
 * stages only it reads as its common table expressions; the last statement is the final
 * `SELECT`. As one statement, PostgreSQL's planner knows nothing of the rows of a common table
 * expression it materialises: it multiplies its guesses through the chain of joins by case id
 * until they overflow, and then plans nested loops over whole stages, so the time grows with the
 * square of the cases. Analysed, each shared stage has its true count.
 */
export function stagedStatements(program: SqlProgram): StagedQuery {
  const { stages } = program;
  const reads = (select: string) => stages.flatMap((s, i) => (new RegExp(`\\b${s.name}\\b`).test(select) ? [i] : []));
  const readBy = stages.map((s) => reads(s.select).filter((i) => stages[i] !== s));
  const finalReads = reads(program.select);
  const readers = stages.map((_, i) => readBy.filter((r) => r.includes(i)).length + (finalReads.includes(i) ? 1 : 0));
  const pending = new Set<number>();
  // A statement: the stages it reads that are not tables yet, as its common table expressions.
  const statement = (select: string, read: readonly number[]): string => {
    const inlined = new Set<number>();
    const visit = (i: number) => {
      if (!pending.has(i) || inlined.has(i)) return;
      inlined.add(i);
      for (const r of readBy[i] ?? []) visit(r);
    };
    for (const i of read) visit(i);
    for (const i of inlined) pending.delete(i);
    const ctes = [...inlined].sort((a, b) => a - b).map((i) => `${stages[i]?.name} AS (${stages[i]?.select})`);
    return ctes.length === 0 ? select : `WITH ${ctes.join(', ')} ${select}`;
  };
  const statements: string[] = [];
  const tables: string[] = [];
  for (const [i, stage] of stages.entries()) {
    if ((readers[i] ?? 0) <= 1) {
      pending.add(i);
      continue;
    }
    statements.push(`CREATE TEMPORARY TABLE ${stage.name} AS ${statement(stage.select, readBy[i] ?? [])}`, `ANALYZE ${stage.name}${stage.keys.length > 0 ? ` (${stage.keys.join(', ')})` : ''}`);
    tables.push(stage.name);
  }
  // The tables live until the session ends; dropped, the statements can run again in the same session.
  return { statements, select: statement(program.select, finalReads), drop: tables.length > 0 ? `DROP TABLE ${tables.join(', ')}` : undefined };
}
