import { templateParts, type Ast, type LkSymbol } from '@lovkode/dsl';
import type { EvalContext } from '../runtime/context.js';
import { EvaluationError } from '../runtime/errors.js';
import { Undetermined, type Value } from '../runtime/values.js';
import { runtimeFormatter } from '../values/format.js';
import { compileExpr, typeOf, type Compiled, type CompileEnv } from './expressions.js';

type Piece = string | ((ctx: EvalContext, frame: Value[]) => string);

/**
 * Compiles a `forklaring` template: each `{uttrykk}` is an expression compiled like any
 * other in the definition's scope, its value formatted by its type for a Norwegian reader
 * (an undetermined one as «ikke fastsatt»; the step whose own value is undetermined gets no
 * sentence at all: its value, with the reason, says it).
 * `verdi` (the definition's own value) is a variable of the frame, set before the pieces are
 * printed. The checker has typed every placeholder (a rule with parameters must be called).
 *
 * Only the trace shows the sentence, and most compilations (a batch, a keystroke's test run)
 * record no trace: the placeholders' code is made the first time a sentence is needed. What
 * must be known at once is settled now: the frame slot of `verdi` (so the definition has a
 * frame of its own), and what the placeholders use (so that the inputs they read are read for
 * the case).
 */
export function compileTemplate(env: CompileEnv, explanation: Ast.Explanation): (ctx: EvalContext, frame: Value[], value: Value) => string {
  const valueSlot = ownValueSlot(env, explanation);
  linkUsed(env, explanation.placeholders);
  let pieces: Piece[] | undefined;
  return (ctx, frame, value) => {
    pieces ??= templateParts(explanation, env.module.file.source.text).map((part) => (typeof part === 'string' ? part : placeholder(env, part)));
    if (valueSlot !== undefined) frame[valueSlot] = value;
    let text = '';
    for (const piece of pieces) text += typeof piece === 'string' ? piece : piece(ctx, frame);
    return text;
  };
}

/** Links the rules, `skjønn`, tables and inputs an expression tree uses (`Linker.definition`). */
function linkUsed(env: CompileEnv, node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const item of node) linkUsed(env, item);
    return;
  }
  const record = node as { kind?: string; name?: Ast.Name };
  if (record.kind === 'Reference' && record.name) {
    const symbol = env.linker.program.references.get(record.name);
    if (symbol && (symbol.kind === 'rule' || symbol.kind === 'discretion' || symbol.kind === 'table' || symbol.kind === 'input')) env.linker.definition(symbol);
  }
  for (const key in record) if (key !== 'span') linkUsed(env, (record as Record<string, unknown>)[key]);
}

/** The frame slot of `verdi`, if the template uses it: the variable its references resolve to. */
function ownValueSlot(env: CompileEnv, explanation: Ast.Explanation): number | undefined {
  const program = env.linker.program;
  let own: LkSymbol | undefined;
  const visit = (node: unknown): void => {
    if (own || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) return node.forEach(visit);
    const record = node as { kind?: string; name?: Ast.Name };
    if (record.kind === 'Reference' && record.name?.text === 'verdi') {
      const symbol = program.references.get(record.name);
      if (symbol?.kind === 'variable' && symbol.boundBy === 'explanation') own = symbol;
      return;
    }
    for (const key in record) if (key !== 'span') visit((record as Record<string, unknown>)[key]);
  };
  visit(explanation.placeholders);
  return own ? env.scope.add(own) : undefined;
}

function placeholder(env: CompileEnv, part: Ast.Placeholder): Piece {
  const expr = part.expr;
  // A placeholder that did not parse is an error the checker reported; compiled rules have none.
  if (!expr) return env.module.file.source.slice(part.span);
  const compiled: Compiled = compileExpr(env, expr);
  const format = runtimeFormatter(typeOf(env, expr), (symbol) => env.linker.enumMembers(symbol));
  return (ctx, frame) => {
    try {
      // The reason an input to the sentence is undetermined is given where that value is shown.
      const value = compiled(ctx, frame);
      return value instanceof Undetermined ? 'ikke fastsatt' : format(value);
    } catch (error) {
      // An explanation never makes an evaluation fail (e.g. the guideline of an overridden skjønn).
      if (!(error instanceof EvaluationError)) throw error;
      return `(ikke beregnet: ${error.message})`;
    }
  };
}
