import type { Ast, Type } from '@lovkode/dsl';
import { typeOf, type Env } from './context.js';
import { compileExpr, operand, refuse } from './expressions.js';
import { constant, type ErrorSite, type Sql } from './query.js';
import { combine, firstError, mergeReasons } from './sql-value.js';

/**
 * Exact decimal arithmetic (docs/sql.md §2, «Division, decimals and rounding»).
 *
 * The evaluator computes with decimal.js to 40 significant digits. The query keeps amounts in
 * whole øre (`DECIMAL(18,2)`) and decimal numbers (`tall`) as whole numbers of 10⁻¹² (the
 * dialect's `wholeNumber`), and computes a quotient or a product that needs a smaller unit in
 * exact whole numbers: when it is a whole number of øre (or of 10⁻¹²) it is the evaluator's,
 * exactly; when it is not, the row gets the SQL error `LK7010`, never a rounded number.
 * `avrund(x, steg, modus)` of such a quotient or product rounds the exact fraction, so it is
 * the evaluator's for every value (§6 gives the bound).
 */

/** Decimals (`tall`) are held as whole numbers of 10^-decimalScale. */
const decimalScale = 12;
const decimalUnit = `1${'0'.repeat(decimalScale)}`;

/** A value as the exact fraction `numerator / denominator` (both whole numbers), with its operands. */
interface Fraction {
  readonly parts: readonly Sql[];
  readonly numerator: string;
  readonly denominator: string;
  /** The unit of the quotient: øre for an amount, 10⁻¹² for a decimal. */
  readonly result: 'money' | 'decimal';
  /** When the numerator and denominator fit the whole numbers (below 10³⁸), if that is not always so. */
  readonly fits: string | null;
  readonly u: string | null;
  /** The operands' errors, then `LK7004` for a determined division by zero, as the evaluator's `divide`. */
  readonly e: string | null;
}

const modes = ['ned', 'opp', 'halv_opp', 'halv_ned', 'halv_partall'] as const;
type Mode = (typeof modes)[number];

/** An amount in øre, as an exact whole number. */
function øre(env: Env, amount: string): string {
  return `CAST(CAST(${amount} AS DECIMAL(38,2)) * 100 AS ${env.compiler.dialect.wholeNumber})`;
}

/** A whole number of øre as an amount. */
function amountOf(env: Env, øreValue: string): string {
  return `CAST(CAST(${øreValue} AS DECIMAL(38,0)) * 0.01 AS ${env.compiler.dialect.types.money})`;
}

function whole(env: Env, value: string): string {
  return `CAST(${value} AS ${env.compiler.dialect.wholeNumber})`;
}

/** A number (a whole number or a decimal) as a whole number of 10⁻¹². */
function scaledOf(env: Env, sql: Sql, type: Type | undefined): string {
  return type?.kind === 'decimal' ? sql.v : `${whole(env, sql.v)} * ${decimalUnit}`;
}

/** A bound on factors, so that the product of two stays below 10³⁸ (the dialects' whole numbers). */
const factorBound = `1${'0'.repeat(19)}`;

function within(values: readonly string[]): string | null {
  return values.length === 0 ? null : values.map((v) => `abs(${v}) < ${factorBound}`).join(' AND ');
}

function isNumber(type: Type | undefined): boolean {
  return type?.kind === 'integer' || type?.kind === 'decimal';
}

/** A decimal literal (`3,8`, or with `percent` `3,8 %`) as a whole number of 10⁻¹². */
export function decimalLiteral(env: Env, expr: Ast.Expr, text: string, percent: boolean): Sql {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  const decimals = (match?.[2] ?? '').length + (percent ? 2 : 0);
  if (!match || decimals > decimalScale) return refuse(env, expr, `a decimal number with more than ${decimalScale} decimals is not compiled to SQL`);
  const digits = `${match[1] as string}${match[2] ?? ''}${'0'.repeat(decimalScale - decimals)}`.replace(/^0+(?=\d)/, '');
  return constant(whole(env, digits));
}

/** A number as a decimal (whole numbers of 10⁻¹²), for arithmetic and comparisons of decimals. */
export function asDecimal(env: Env, expr: Ast.Expr): Sql {
  const type = typeOf(env, expr);
  if (!isNumber(type)) return refuse(env, expr, `a ${type?.kind ?? 'value'} where a decimal number is expected`);
  const sql = operand(env, expr);
  return type?.kind === 'decimal' ? sql : combine(env.level, [sql], scaledOf(env, sql, type), sql.u, sql.e);
}

/** An expression as the declared type of the rule it defines (a whole number where a `tall` is declared is scaled). */
export function compileAs(env: Env, expr: Ast.Expr, declared: Type): Sql {
  if (declared.kind === 'decimal' && typeOf(env, expr)?.kind === 'integer') return asDecimal(env, expr);
  return compileExpr(env, expr);
}

/**
 * The fraction of a division, or of a product that needs a smaller unit than its operands
 * (an amount times a decimal, two decimals); undefined for other arithmetic.
 */
function fraction(env: Env, expr: Ast.BinaryExpr): Fraction | undefined {
  const left = typeOf(env, expr.left);
  const right = typeOf(env, expr.right);
  const result = typeOf(env, expr)?.kind === 'money' ? 'money' : 'decimal';
  const d = env.compiler.dialect;
  if (expr.operator === '*') {
    const amountTimes = left?.kind === 'money' || right?.kind === 'money';
    if (amountTimes && left?.kind !== 'decimal' && right?.kind !== 'decimal') return undefined;
    if (!amountTimes && (left?.kind !== 'decimal' || right?.kind !== 'decimal')) return undefined;
    const a = operand(env, expr.left);
    const b = operand(env, expr.right);
    const factor = (sql: Sql, type: Type | undefined) => (type?.kind === 'money' ? øre(env, sql.v) : sql.v);
    // An amount in øre is below 10¹⁸; a decimal factor must be below 10⁷ (10¹⁹ in its unit).
    const decimals = [a, b].filter((_, i) => (i === 0 ? left : right)?.kind === 'decimal').map((x) => x.v);
    return { parts: [a, b], numerator: `(${factor(a, left)} * ${factor(b, right)})`, denominator: whole(env, decimalUnit), result, fits: within(decimals), u: mergeReasons(d, a.u, b.u), e: firstError(a.e, b.e) };
  }
  if (expr.operator !== '/') return undefined;
  const a = operand(env, expr.left);
  const b = operand(env, expr.right);
  let numerator: string;
  let denominator: string;
  let fits: string | null = null;
  if (left?.kind === 'money' && right?.kind === 'integer') [numerator, denominator] = [øre(env, a.v), whole(env, b.v)];
  else if (left?.kind === 'money' && right?.kind === 'decimal') [numerator, denominator] = [`${øre(env, a.v)} * ${decimalUnit}`, b.v];
  else if (left?.kind === 'money' && right?.kind === 'money') [numerator, denominator] = [`${øre(env, a.v)} * ${decimalUnit}`, øre(env, b.v)];
  // (a / b) in 10⁻¹²: a whole number a over a whole number b is a·10¹² / b; a decimal a (A = a·10¹²) over b is A / b; over a decimal B, a·10²⁴ / B or A·10¹² / B.
  else if (isNumber(left) && right?.kind === 'integer') [numerator, denominator] = [left?.kind === 'decimal' ? a.v : `${whole(env, a.v)} * ${decimalUnit}`, whole(env, b.v)];
  else if (isNumber(left) && right?.kind === 'decimal') {
    const scaled = scaledOf(env, a, left);
    [numerator, denominator, fits] = [`${scaled} * ${decimalUnit}`, b.v, within([scaled])];
  } else return refuse(env, expr, `dividing ${left?.kind ?? 'a value'} by ${right?.kind ?? 'a value'} is not compiled to SQL`);
  const compiler = env.compiler;
  const zero = compiler.query.error(compiler.site(env.module, [], 'LK7004'), d.text('Deling med null'));
  const byZero = `CASE WHEN ${a.v} IS NOT NULL AND ${b.v} = 0 THEN ${zero} END`;
  return { parts: [a, b], numerator, denominator, result, fits, u: mergeReasons(d, a.u, b.u), e: firstError(a.e, b.e, byZero) };
}

/**
 * A division, or an amount or decimal times a decimal: the exact result when it is a whole
 * number of øre (of 10⁻¹² for a decimal), else `LK7010` on the row. Undefined for arithmetic
 * that stays in its operands' unit.
 */
export function compileExact(env: Env, expr: Ast.BinaryExpr): Sql | undefined {
  const f = fraction(env, expr);
  if (!f) return undefined;
  const compiler = env.compiler;
  const d = compiler.dialect;
  const message =
    f.result === 'money'
      ? 'Beløpet er ikke et helt antall øre, og SQL-spørringen regner beløp i hele øre; rund av med avrund(…) i reglene, eller regn ut saken med lovkode run'
      : `Tallet har mer enn ${decimalScale} desimaler, og SQL-spørringen regner desimaltall med ${decimalScale} desimaler; rund av med avrund(…) i reglene, eller regn ut saken med lovkode run`;
  const site = compiler.site(env.module, [expr.span], 'LK7010');
  const inexact = compiler.query.error(site, d.text(message));
  const n = env.level.bind(combine(env.level, f.parts, guarded(f, f.numerator), null, null));
  const m = env.level.bind(combine(env.level, f.parts, guarded(f, f.denominator), null, null));
  const quotient = d.exactQuotient(n.v, m.v);
  const v = `CASE WHEN ${m.v} = 0 THEN NULL WHEN ${n.v} % ${m.v} = 0 THEN ${f.result === 'money' ? amountOf(env, quotient) : quotient} END`;
  const e = firstError(f.e, outOfRange(env, f, site), `CASE WHEN ${m.v} = 0 THEN NULL WHEN ${n.v} % ${m.v} <> 0 THEN ${inexact} END`);
  return combine(env.level, [...f.parts, n, m], v, f.u, e);
}

/** The part computed only where the fraction fits the whole numbers. */
function guarded(f: Fraction, value: string): string {
  return f.fits === null ? value : `CASE WHEN ${f.fits} THEN ${value} END`;
}

/** `LK7010` where a factor is too large for the whole numbers: an error on the row, never an overflow of the query. */
function outOfRange(env: Env, f: Fraction, site: ErrorSite): string | null {
  if (f.fits === null) return null;
  const d = env.compiler.dialect;
  return `CASE WHEN NOT (${f.fits}) THEN ${env.compiler.query.error(site, d.text('Tallet er for stort til å regnes eksakt i SQL-spørringen (en faktor er 10 millioner eller mer); regn ut saken med lovkode run'))} END`;
}

/**
 * `avrund(x, steg, modus)` of an amount, with `steg` an amount written in the rules: `x / steg`
 * rounded to a whole number in the mode (decimal.js's: `ned` toward zero, `opp` away from
 * zero, the halves likewise, `halv_partall` to the even one), times `steg`. When `x` is a
 * division or a product with a decimal, the rounding is of the exact fraction.
 */
export function compileRound(env: Env, expr: Ast.Call): Sql {
  const [valueExpr, stepExpr, modeExpr] = expr.args as [Ast.Expr, Ast.Expr, Ast.Expr];
  if (typeOf(env, valueExpr)?.kind !== 'money') return refuse(env, expr, '«avrund» of something other than an amount is not compiled to SQL yet');
  const step = stepØre(env, stepExpr);
  const mode = modeOf(env, modeExpr);
  const d = env.compiler.dialect;
  const f = valueExpr.kind === 'Binary' ? fraction(env, valueExpr) : undefined;
  let parts: readonly Sql[];
  let numerator: string;
  let denominator: string;
  let u: string | null;
  let e: string | null;
  if (f) {
    parts = f.parts;
    numerator = guarded(f, f.numerator);
    denominator = guarded(f, `(${f.denominator} * ${step})`);
    u = f.u;
    e = firstError(f.e, outOfRange(env, f, env.compiler.site(env.module, [valueExpr.span], 'LK7010')));
  } else {
    const x = operand(env, valueExpr);
    parts = [x];
    numerator = øre(env, x.v);
    denominator = whole(env, step);
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
