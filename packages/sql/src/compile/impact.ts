import type { CompiledRules } from '@lovkode/engine';
import { dialects, type DialectName } from '../dialect.js';
import { layoutDdl, type Layout } from '../layout.js';
import { SqlRefusal } from '../refusal.js';
import { Sharing, SqlCompiler } from './program.js';
import type { Stage } from './query.js';

export interface ImpactOptions {
  readonly dialect: DialectName;
  /** The output measured: a rule or `skjønn` without parameters, an amount or a whole number, in both versions. */
  readonly measure: string;
  /** A field of the case to group by (its default where the table leaves it out); all cases one group without it. */
  readonly groupBy?: string;
}

/**
 * A reform's impact as one query (docs/sql.md §8): one row per case, ordered by `sak_id`, with
 * `gruppe` (the `groupBy` field as text, or `'alle'`), the measured output before and after
 * (`før`, `etter`; NULL when it is undetermined or fails) and each version's error code
 * (`feil_før`, `feil_etter`). Each version computes only the measured output, as an
 * evaluation asking for that output alone (`evaluate(rules, case, { outputs: [measure] })`).
 */
export interface ImpactProgram {
  readonly dialect: DialectName;
  readonly layout: Layout;
  readonly measure: string;
  readonly groupBy: string | undefined;
  readonly sql: string;
  readonly stages: readonly Stage[];
  readonly select: string;
}

/**
 * Both versions compiled into one query over the same input tables. What the two compile alike
 * — a definition in force the same in both, and everything it depends on (`Sharing`) — is
 * compiled once and its stages computed once: for a reform of a few rates, the incomes, the
 * housing costs and the list levels' joins are shared, and only what depends on the rates is
 * computed twice.
 */
export function compileImpactSql(before: CompiledRules, after: CompiledRules, options: ImpactOptions): ImpactProgram {
  const d = dialects[options.dialect];
  const sqlOptions = { dialect: options.dialect, outputs: [options.measure] };
  const sharing = new Sharing([before, after]);
  const old = new SqlCompiler(before, d, sqlOptions, sharing);
  const neu = new SqlCompiler(after, d, sqlOptions, sharing, old.base, 1);
  // The same tables: the same `CREATE TABLE`s (a layout's types hold their symbols, which JSON cannot write).
  if (layoutDdl(d, old.layout) !== layoutDdl(d, neu.layout) || before.asOf?.name !== after.asOf?.name) {
    throw new SqlRefusal('the two versions read different input tables; the impact in SQL compares versions with the same inputs', `utdata ${options.measure}`);
  }
  const group = options.groupBy;
  if (group !== undefined && !old.layout.cases.columns.some((c) => c.name === group)) {
    throw new SqlRefusal(`--group-by «${group}» is not a field of the case (${old.layout.cases.columns.map((c) => c.name).join(', ')})`, `--group-by ${group}`);
  }
  const sides = [old, neu].map((compiler, i) => {
    const outputs = compiler.outputs();
    const measured = outputs[0];
    if (!measured || (measured.type.kind !== 'money' && measured.type.kind !== 'integer')) {
      throw new SqlRefusal(`${i === 0 ? 'the old' : 'the new'} version has no amount or whole-number output «${options.measure}» (--measure)`, `utdata ${options.measure}`);
    }
    return { sql: measured.sql, type: measured.type, error: compiler.firstError(outputs) };
  });
  const level = old.caseLevel;
  level.flush();
  const value = ({ sql, type, error }: (typeof sides)[number]) =>
    `CAST(CASE WHEN ${sql.u === null ? `${error} IS NULL` : `${error} IS NULL AND ${sql.u} IS NULL`} THEN ${sql.v} END AS ${type.kind === 'money' ? d.types.money : d.types.integer})`;
  const [was, is] = sides as [(typeof sides)[number], (typeof sides)[number]];
  const columns = [
    'p.sak_id',
    group === undefined ? `${d.text('alle')} AS gruppe` : `CAST(p.${d.id(group)} AS ${d.types.text}) AS gruppe`,
    `${value(was)} AS ${d.id('før')}`,
    `${value(is)} AS etter`,
    `substr(${was.error}, 1, 6) AS ${d.id('feil_før')}`,
    `substr(${is.error}, 1, 6) AS feil_etter`,
  ];
  const { select, stages, sql } = old.query.perCase(level.current, columns);
  return { dialect: d.name, layout: old.layout, measure: options.measure, groupBy: group, sql, stages, select };
}
