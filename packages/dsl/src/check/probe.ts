import type * as A from '../ast/ast.js';
import type { Env } from './context.js';
import type { RecordedLookup } from './recorded-map.js';
import type { ModuleInfo } from './program.js';
import type { EnumSymbol, LkSymbol, ParameterSymbol, VariableSymbol } from './symbols.js';
import type { Type } from './types.js';

/** What the checker knew where the probe stood: the scope there and the type the context expected. */
export interface ProbeHit {
  /** The module of the file in the check that answered (its symbols are those the types refer to). */
  readonly module: ModuleInfo;
  /** The type the context expects of the expression at the probe, where it says. */
  readonly expected: Type | undefined;
  /** The parameters and comprehension variables in scope, with their types. */
  readonly locals: ReadonlyMap<string, ParameterSymbol | VariableSymbol>;
  /** At `x.‸`: the value before the dot, or the enumeration it names (`Valg.‸`). */
  readonly object?: { readonly kind: 'value'; readonly type: Type } | { readonly kind: 'enum-type'; readonly symbol: EnumSymbol };
  /** At a record literal `{ …, ‸` (`Type { …, ‸`): the literal as written and its type. */
  readonly record?: { readonly literal: A.RecordLiteral; readonly type: Type | undefined };
}

/**
 * A question put to one check of a rule set (completion asks it): what scope and expected
 * type does the checker see at `offset` in the file `path`? The expression there is a name
 * (`‸`, also as the callee of `‸(…)`), a member (`x.‸`) or a record literal starting at `offset`. It lives as long as that
 * check; the answer is the first expression found there.
 */
export class Probe {
  hit: ProbeHit | undefined;

  constructor(
    readonly path: string,
    readonly offset: number,
  ) {}

  /** Called by the checker for every expression it has typed. */
  observe(env: Env, expr: A.Expr, expected: Type | undefined, types: RecordedLookup<A.Expr, Type>, references: RecordedLookup<A.Name, LkSymbol>): void {
    if (this.hit || env.module.file.path !== this.path) return;
    const at = (span: A.Span) => span.start === this.offset;
    if (expr.kind === 'Reference' && at(expr.name.span)) this.hit = { module: env.module, expected, locals: env.locals };
    else if (expr.kind === 'Call' && expr.callee.kind === 'Reference' && at(expr.callee.name.span)) this.hit = { module: env.module, expected, locals: env.locals };
    else if (expr.kind === 'Record' && at(expr.span)) this.hit = { module: env.module, expected, locals: env.locals, record: { literal: expr, type: types.get(expr) } };
    else if (expr.kind === 'MemberAccess' && at(expr.member.span)) this.hit = { module: env.module, expected, locals: env.locals, object: objectOf(expr, types, references) };
  }
}

function objectOf(expr: A.MemberAccess, types: RecordedLookup<A.Expr, Type>, references: RecordedLookup<A.Name, LkSymbol>): ProbeHit['object'] {
  const named = expr.object.kind === 'Reference' ? references.get(expr.object.name) : undefined;
  if (named?.kind === 'enum') return { kind: 'enum-type', symbol: named };
  const type = types.get(expr.object);
  return type && { kind: 'value', type };
}
