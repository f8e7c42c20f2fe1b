import type { Ast } from '@lovkode/dsl';
import { typeOf, type Env } from './context.js';
import { operand, refuse } from './expressions.js';
import type { Sql } from './query.js';
import { combine, firstError, mergeReasons } from './sql-value.js';

/**
 * Division and `avrund` (docs/sql.md §2, «Division and rounding»), exact in whole øre.
 *
 * The evaluator divides with decimal.js to 40 significant digits. The query keeps amounts in
 * whole øre (`DECIMAL(18,2)`) and computes in exact whole numbers of øre: a quotient that is a
 * whole number of øre is the evaluator's, exactly; one that is not is the SQL error `LK7010`
 * on its row, never a rounded number. `avrund(a / b, steg, modus)` is computed from the exact
 * fraction, so it is the evaluator's for every quotient (§6 gives the bound).
 */

/** An amount divided by a whole number, as the fraction `øre / divisor` with its parts. */
interface Fraction {
  readonly a: Sql;
  readonly b: Sql;
  /** The dividend in øre, an exact whole number. */
  readonly numerator: string;
  /** The divisor, an exact whole number (0 when dividing by zero). */
  readonly denominator: string;
  readonly u: string | null;
  /** The operands' errors, then `LK7004` for a determined division by zero, as the evaluator's `divide`. */
  readonly e: string | null;
}

const modes = ['ned', 'opp', 'halv_opp', 'halv_ned', 'halv_partall'] as const;
type Mode = (typeof modes)[number];

/** The amount in øre, as an exact whole number. */
function øre(env: Env, amount: string): string {
  const d = env.compiler.dialect;
  return `CAST(CAST(${amount} AS DECIMAL(38,2)) * 100 AS ${d.wholeNumber})`;
}

/** A whole number of øre as an amount. */
function amountOf(env: Env, øreValue: string): string {
  const d = env.compiler.dialect;
  return `CAST(CAST(${øreValue} AS DECIMAL(38,0)) * 0.01 AS ${d.types.money})`;
}

function fraction(env: Env, expr: Ast.BinaryExpr): Fraction {
  if (typeOf(env, expr.left)?.kind !== 'money' || typeOf(env, expr.right)?.kind !== 'integer') {
    return refuse(env, expr, `dividing ${typeOf(env, expr.left)?.kind ?? 'a value'} by ${typeOf(env, expr.right)?.kind ?? 'a value'} is not compiled to SQL yet (only an amount divided by a whole number)`);
  }
  const compiler = env.compiler;
  const d = compiler.dialect;
  const a = operand(env, expr.left);
  const b = operand(env, expr.right);
  const u = mergeReasons(d, a.u, b.u);
  const zero = compiler.query.error(compiler.site(env.module, [], 'LK7004'), d.text('Deling med null'));
  const byZero = `CASE WHEN ${a.v} IS NOT NULL AND ${b.v} = 0 THEN ${zero} END`;
  return { a, b, numerator: øre(env, a.v), denominator: `CAST(${b.v} AS ${d.wholeNumber})`, u, e: firstError(a.e, b.e, byZero) };
}

/** `beløp / heltall`: the quotient when it is a whole number of øre, else `LK7010` on the row. */
export function compileDivision(env: Env, expr: Ast.BinaryExpr): Sql {
  const compiler = env.compiler;
  const d = compiler.dialect;
  const f = fraction(env, expr);
  const inexact = compiler.query.error(
    compiler.site(env.module, [expr.span], 'LK7010'),
    d.text('Beløpet delt på et heltall er ikke et helt antall øre, og SQL-spørringen regner beløp i hele øre; rund av med avrund(…) i reglene, eller regn ut saken med lovkode run'),
  );
  const v = `CASE WHEN ${f.b.v} = 0 THEN NULL WHEN ${f.numerator} % ${f.denominator} = 0 THEN ${amountOf(env, d.exactQuotient(f.numerator, f.denominator))} END`;
  const e = firstError(f.e, `CASE WHEN ${f.b.v} = 0 THEN NULL WHEN ${f.numerator} % ${f.denominator} <> 0 THEN ${inexact} END`);
  return combine(env.level, [f.a, f.b], v, f.u, e);
}

/**
 * `avrund(x, steg, modus)` of an amount, with `steg` an amount written in the rules: `x / steg`
 * rounded to a whole number in the mode (decimal.js's: `ned` toward zero, `opp` away from
 * zero, the halves likewise, `halv_partall` to the even one), times `steg`. When `x` is a
 * division, the rounding is of the exact fraction.
 */
export function compileRound(env: Env, expr: Ast.Call): Sql {
  const [valueExpr, stepExpr, modeExpr] = expr.args as [Ast.Expr, Ast.Expr, Ast.Expr];
  if (typeOf(env, valueExpr)?.kind !== 'money') return refuse(env, expr, '«avrund» of something other than an amount is not compiled to SQL yet');
  const step = stepØre(env, stepExpr);
  const mode = modeOf(env, modeExpr);
  const compiler = env.compiler;
  const d = compiler.dialect;
  let parts: readonly Sql[];
  let numerator: string;
  let denominator: string;
  let u: string | null;
  let e: string | null;
  if (valueExpr.kind === 'Binary' && valueExpr.operator === '/') {
    const f = fraction(env, valueExpr);
    parts = [f.a, f.b];
    numerator = f.numerator;
    denominator = `(${f.denominator} * ${step})`;
    u = f.u;
    e = f.e;
  } else {
    const x = operand(env, valueExpr);
    parts = [x];
    numerator = øre(env, x.v);
    denominator = `CAST(${step} AS ${d.wholeNumber})`;
    u = x.u;
    e = x.e;
  }
  // The fraction with a positive denominator, bound to columns: n / m, m > 0.
  const level = env.level;
  const n = level.bind(combine(level, parts, `CASE WHEN ${denominator} < 0 THEN -${numerator} ELSE ${numerator} END`, null, null));
  const m = level.bind(combine(level, parts, `CASE WHEN ${denominator} < 0 THEN -${denominator} ELSE ${denominator} END`, null, null));
  // Truncated remainder and quotient (the remainder has the dividend's sign in all three dialects).
  const r = `(${n.v} % ${m.v})`;
  const q = d.exactQuotient(`${n.v} - ${r}`, m.v);
  const away = `CASE WHEN ${n.v} < 0 THEN -1 ELSE 1 END`;
  const twice = `2 * abs(${r})`;
  const up: Record<Mode, string> = {
    ned: 'FALSE',
    opp: `${r} <> 0`,
    halv_opp: `${twice} >= ${m.v}`,
    halv_ned: `${twice} > ${m.v}`,
    halv_partall: `(${twice} > ${m.v} OR (${twice} = ${m.v} AND (${q}) % 2 <> 0))`,
  };
  const rounded = mode === 'ned' ? q : `${q} + CASE WHEN ${up[mode]} THEN ${away} ELSE 0 END`;
  const v = `CASE WHEN ${m.v} <> 0 THEN ${amountOf(env, `(${rounded}) * ${step}`)} END`;
  return combine(level, [...parts, n, m], v, u, e);
}

/** The step in øre: an amount written in the rules, a positive whole number of øre. */
function stepØre(env: Env, expr: Ast.Expr): string {
  if (expr.kind !== 'Money') return refuse(env, expr, 'the step of «avrund» is compiled to SQL only when it is an amount written in the rules');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(expr.value);
  if (!match) return refuse(env, expr, 'the step of «avrund» must be a positive whole number of øre to be compiled to SQL');
  const value = BigInt(match[1] as string) * 100n + BigInt((match[2] ?? '').padEnd(2, '0') || '0');
  if (value === 0n) return refuse(env, expr, 'a step of 0 kr');
  return value.toString();
}

function modeOf(env: Env, expr: Ast.Expr): Mode {
  const name = expr.kind === 'Reference' ? expr.name : expr.kind === 'MemberAccess' ? expr.member : undefined;
  const symbol = name && env.compiler.program.references.get(name);
  const mode = symbol?.kind === 'enum-member' ? modes.find((m) => m === symbol.name) : undefined;
  if (!mode) return refuse(env, expr, 'the rounding mode of «avrund» is compiled to SQL only when it is written in the rules');
  return mode;
}
