import type { Ast, DiscretionSymbol, ExceptionSymbol, ModuleInfo, RuleSymbol } from '@lovkode/dsl';
import type { Env } from './context.js';
import { compileAs } from './division.js';
import { atom, compileExpr } from './expressions.js';
import type { Sql } from './query.js';
import { combine, firstError, mergeAll } from './sql-value.js';

/**
 * Default logic as ordered `CASE`s (docs/engine.md §4, docs/sql.md §2), following the
 * evaluator's `ruleBody` step by step: the validity period, then the exceptions (an exception's
 * own exceptions first), then the base definitions. Each alternative is numbered; a level of
 * alternatives yields the number of the one that applies, the reasons of undetermined
 * conditions and the first error (a condition's, or `LK7002` when a second one applies).
 */
interface Alternative {
  readonly index: number;
  readonly condition: Ast.Expr | undefined;
  readonly value: Ast.Expr;
  readonly validFrom: string | undefined;
  readonly validTo: string | undefined;
  readonly label: string | undefined;
  readonly span: Ast.Span;
  readonly exceptions: Alternative[];
}

/** What one level of alternatives gives: the winner's number, undetermined reasons, first error. */
interface Outcome {
  readonly res: string;
  readonly und: string | null;
  readonly err: string | null;
  readonly parts: Sql[];
}

/** A rule's value; `valueOf` compiles an alternative's value (its length, for `antall` of a list-valued rule). */
export function compileRule(env: Env, symbol: RuleSymbol, valueOf = (inner: Env, expr: Ast.Expr) => compileAs(inner, expr, symbol.type)): Sql {
  const compiler = env.compiler;
  const d = compiler.dialect;
  const module = symbol.module as ModuleInfo;
  const alternatives: Alternative[] = [];
  const base: Alternative[] = symbol.decl.definitions.map((def) => {
    const alternative: Alternative = { index: alternatives.length + 1, condition: def.condition, value: def.value, validFrom: undefined, validTo: undefined, label: undefined, span: def.span, exceptions: [] };
    alternatives.push(alternative);
    return alternative;
  });
  const byException = new Map<ExceptionSymbol, Alternative>();
  for (const exception of symbol.exceptions.values()) {
    const def = exception.decl.definition;
    const alternative: Alternative = { index: alternatives.length + 1, condition: def.condition, value: def.value, validFrom: exception.validFrom, validTo: exception.validTo, label: exception.name, span: def.span, exceptions: [] };
    alternatives.push(alternative);
    byException.set(exception, alternative);
  }
  const roots: Alternative[] = [];
  for (const [exception, alternative] of byException) {
    const parent = exception.parent && byException.get(exception.parent);
    (parent ? parent.exceptions : roots).push(alternative);
  }
  const only = roots.length === 0 && base.length === 1 && !base[0]?.condition && !symbol.validFrom && !symbol.validTo ? base[0] : undefined;
  if (only) return valueOf(env, only.value);

  // The as-of day: for validity periods and for the message when no definition applies.
  const asOf = atom(env, compiler.asOf());
  const inPeriod = (from: string | undefined, to: string | undefined): string | undefined => {
    const parts = [from ? `DATE '${from}' <= ${asOf.v}` : '', to ? `${asOf.v} <= DATE '${to}'` : ''].filter(Boolean);
    return parts.length === 0 ? undefined : `(${parts.join(' AND ')})`;
  };
  const nameSpan = symbol.decl.name.span;

  // Each alternative's condition, as columns.
  const conditions = new Map<Alternative, Sql>();
  for (const alternative of alternatives) {
    if (alternative.condition) conditions.set(alternative, atom(env, compileExpr(env, alternative.condition)));
  }
  /** `applies`: false outside its period (the condition is then not evaluated), else its condition. */
  const holds = (alternative: Alternative): { v: string; u: string | null; e: string | null } => {
    const c = conditions.get(alternative);
    const period = inPeriod(alternative.validFrom, alternative.validTo);
    if (!c) return { v: period ?? 'TRUE', u: null, e: null };
    if (!period) return c;
    return { v: `CASE WHEN ${period} THEN ${c.v} ELSE FALSE END`, u: c.u && `CASE WHEN ${period} THEN ${c.u} END`, e: c.e && `CASE WHEN ${period} THEN ${c.e} END` };
  };
  const name = (a: Alternative) => (a.label ? `unntaket «${a.label}»` : 'en grunndefinisjon');
  /** `LK7002` between the alternative that was found first and the one found now. */
  const conflict = (first: string, second: string, candidates: readonly Alternative[], later: readonly Alternative[]): string => {
    const cases: string[] = [];
    for (const a of candidates) {
      for (const b of later) {
        if (a === b) continue;
        const site = compiler.site(module, [a.span, b.span], 'LK7002');
        cases.push(`WHEN ${first} = ${a.index} AND ${second} = ${b.index} THEN ${compiler.query.error(site, d.text(`Motstrid i «${symbol.name}»: både ${name(a)} og ${name(b)} gjelder, og ingen av dem er unntak fra den andre`))}`);
      }
    }
    return `CASE ${cases.join(' ')} END`;
  };
  const winners = (a: Alternative): Alternative[] => [a, ...a.exceptions.flatMap(winners)];
  /** `applicable` / `choose`: the level's outcome, alternative by alternative. */
  const level = (alternatives: readonly Alternative[]): Outcome => {
    const parts: Sql[] = [];
    const each = alternatives.map((alternative) => {
      const h = holds(alternative);
      const c = conditions.get(alternative);
      if (c) parts.push(c);
      if (alternative.exceptions.length === 0) {
        return { res: `CASE WHEN ${h.v} THEN ${alternative.index} END`, und: h.u && `CASE WHEN ${h.v} IS NULL THEN ${h.u} END`, err: h.e };
      }
      const inner = bindOutcome(level(alternative.exceptions));
      parts.push(...inner.parts);
      const innerNone = `${inner.und ?? 'NULL'} IS NULL AND ${inner.res} IS NULL`;
      return {
        res: `CASE WHEN ${inner.und ?? 'NULL'} IS NOT NULL THEN NULL WHEN ${inner.res} IS NOT NULL THEN ${inner.res} WHEN ${h.v} THEN ${alternative.index} END`,
        und: firstError(inner.und, h.u && `CASE WHEN ${innerNone} AND ${h.v} IS NULL THEN ${h.u} END`),
        err: firstError(inner.err, h.e && `CASE WHEN ${innerNone} THEN ${h.e} END`),
      };
    });
    const bound = each.map((x) => {
      const sql = env.level.bind(combine(env.level, parts, x.res, x.und ?? null, x.err ?? null));
      parts.push(sql);
      return { res: sql.v, und: sql.u, err: sql.e };
    });
    const errors: string[] = [];
    bound.forEach((x, i) => {
      if (x.err) errors.push(`WHEN ${x.err} IS NOT NULL THEN ${x.err}`);
      if (i > 0) {
        const earlier = bound.slice(0, i).map((y) => y.res);
        const first = earlier.length === 1 ? (earlier[0] as string) : `COALESCE(${earlier.join(', ')})`;
        const found = alternatives.slice(0, i).flatMap(winners);
        errors.push(`WHEN ${x.res} IS NOT NULL AND ${first} IS NOT NULL THEN ${conflict(first, x.res, found, winners(alternatives[i] as Alternative))}`);
      }
    });
    const res = bound.length === 1 ? (bound[0]?.res as string) : `COALESCE(${bound.map((x) => x.res).join(', ')})`;
    return { res, und: mergeAll(d, bound.map((x) => x.und)), err: errors.length === 0 ? null : `CASE ${errors.join(' ')} END`, parts };
  };
  const bindOutcome = (o: Outcome): Outcome => {
    const sql = env.level.bind(combine(env.level, o.parts, o.res, o.und, o.err));
    return { res: sql.v, und: sql.u, err: sql.e, parts: [...o.parts, sql] };
  };

  const parts: Sql[] = [asOf];
  const period = inPeriod(symbol.validFrom, symbol.validTo);
  const periodError = period
    ? `CASE WHEN NOT ${period} THEN ${compiler.query.error(compiler.site(module, [nameSpan], 'LK7001'), `${d.text(`Regelen «${symbol.name}» gjelder ikke `)} || ${d.dateText(asOf.v)} || ${d.text(periodText(symbol.validFrom, symbol.validTo))}`)} END`
    : null;
  const exceptions = roots.length > 0 ? bindOutcome(level(roots)) : undefined;
  const bases = bindOutcome(level(base));
  parts.push(...(exceptions?.parts ?? []), ...bases.parts);
  const exceptionNone = exceptions ? `${exceptions.und ?? 'NULL'} IS NULL AND ${exceptions.res} IS NULL` : 'TRUE';
  const undetermined = exceptions
    ? firstError(exceptions.und, `CASE WHEN ${exceptions.res} IS NULL THEN ${bases.und ?? 'NULL'} END`)
    : bases.und;
  const winner = env.level.bind(
    combine(env.level, parts, `CASE WHEN ${undetermined ?? 'NULL'} IS NOT NULL THEN NULL ELSE ${exceptions ? `COALESCE(${exceptions.res}, ${bases.res})` : bases.res} END`, undetermined, null),
  );
  parts.push(winner);
  const noDefinition = compiler.query.error(compiler.site(module, [nameSpan], 'LK7001'), `${d.text(`Ingen definisjon av «${symbol.name}» gjelder for saken `)} || ${d.dateText(asOf.v)}`);
  const values = alternatives.map((a) => ({ a, sql: atom(env, valueOf(env, a.value)) }));
  parts.push(...values.map((x) => x.sql));
  const pick = (part: 'v' | 'u' | 'e') => {
    const branches = values.filter((x) => x.sql[part] !== null).map((x) => `WHEN ${x.a.index} THEN ${x.sql[part]}`);
    return branches.length === 0 ? null : `CASE ${winner.v} ${branches.join(' ')} END`;
  };
  const v = pick('v') ?? 'NULL';
  const u = firstError(winner.u, pick('u'));
  const e = firstError(
    periodError,
    exceptions?.err ?? null,
    bases.err === null ? null : exceptions ? `CASE WHEN ${exceptionNone} THEN ${bases.err} END` : bases.err,
    `CASE WHEN ${winner.u ?? 'NULL'} IS NULL AND ${winner.v} IS NULL THEN ${noDefinition} END`,
    pick('e'),
  );
  return env.level.bind(combine(env.level, parts, v, u, e));
}

function periodText(from: string | undefined, to: string | undefined): string {
  if (from && to) return ` (gjelder fra ${from} til ${to})`;
  if (from) return ` (gjelder fra ${from})`;
  return to ? ` (gjelder til ${to})` : '';
}

/** A `skjønn`: its guideline (the input tables hold no overrides, docs/sql.md §6). */
export function compileDiscretion(env: Env, symbol: DiscretionSymbol): Sql {
  return compileAs(env, symbol.decl.guideline, symbol.type);
}
