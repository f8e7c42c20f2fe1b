import { templateParts, type Ast, type LkSymbol, type Type } from '@lovkode/dsl';
import type { EvalContext } from '../runtime/context.js';
import { EvaluationError } from '../runtime/errors.js';
import type { Value } from '../runtime/values.js';
import { formatValue } from '../values/format.js';
import { plainStyle } from '../values/codec.js';
import { scalarCodec } from '../values/kinds.js';
import { namedType } from '../values/names.js';
import { leave } from '../runtime/ore.js';
import { Emitter } from './emitter.js';
import { genExpr, typeOf, type CompileEnv, type GenEnv, type Linker } from './expressions.js';

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
 * frame of its own), what the placeholders use (so that the inputs they read are read for
 * the case), and the enumerations their values are written with (their members and labels as
 * the linker sees them, so that it knows what the definition depends on). How the values are
 * written is made with the placeholders' code. Generated code that is made `ahead`
 * (`GeneratedCode`, for `lovkode build`) makes the placeholders' code at once.
 */
export function compileTemplate(env: CompileEnv, explanation: Ast.Explanation): Template {
  const used = referencedSymbols(env, explanation);
  const valueSlot = ownValueSlot(env, used);
  for (const symbol of used) {
    if (symbol.kind === 'rule' || symbol.kind === 'discretion' || symbol.kind === 'table' || symbol.kind === 'input') env.linker.definition(symbol);
  }
  const written = new Set<LkSymbol>();
  for (const part of explanation.placeholders) if (part.expr) noteEnums(env.linker, typeOf(env, part.expr), written);
  const template = new Template(valueSlot, () => sentenceCode(env, explanation));
  // Made at once for `lovkode build`, which prints the placeholders' code with the rest.
  if (env.linker.code.ahead) template.sentence();
  return template;
}

/**
 * A compiled `forklaring`: the frame slot of `verdi` (when the sentence uses it) and the
 * sentence as generated code, made the first time it is needed. A rule's generated code calls
 * the sentence itself (`sentence()`, then the function it gives), so that each rule's call of
 * its sentence is its own; other code calls `explain`.
 */
export class Template {
  private made: Sentence | undefined;

  constructor(
    readonly valueSlot: number | undefined,
    private readonly make: () => Sentence,
  ) {}

  /** The sentence: given the definition's frame, with `verdi` in `valueSlot`, the text. */
  sentence(): Sentence {
    return (this.made ??= this.make());
  }

  /** The sentence for the definition's value `value` (set in the frame as `verdi`). */
  explain(ctx: EvalContext, frame: Value[], value: Value): string {
    if (this.valueSlot !== undefined) frame[this.valueSlot] = value;
    return this.sentence()(ctx, frame);
  }
}

/** A `forklaring`'s sentence as generated code: given the definition's frame (with `verdi` set), the text. */
export type Sentence = (ctx: EvalContext, frame: Value[]) => string;

/**
 * Generates a sentence: its texts and its placeholders in order, in one function, each
 * placeholder's expression computed as any other in the definition's scope and its value
 * formatted by its type (`formatted`); a placeholder that fails is written as
 * `placeholderFailed` says.
 */
function sentenceCode(env: CompileEnv, explanation: Ast.Explanation): Sentence {
  const out = new Emitter();
  const gen: GenEnv = { ...env, out };
  const text = out.temp();
  out.line(`${text} = "";`);
  for (const part of templateParts(explanation, env.module.file.source.text)) {
    if (typeof part === 'string') {
      out.line(`${text} += ${JSON.stringify(part)};`);
      continue;
    }
    const expr = part.expr;
    // A placeholder that did not parse is an error the checker reported; compiled rules have none.
    if (!expr) {
      out.line(`${text} += ${JSON.stringify(env.module.file.source.slice(part.span))};`);
      continue;
    }
    out.block('try', () => {
      const value = genExpr(gen, expr);
      // The reason an input to the sentence is undetermined is given where that value is shown.
      out.line(`${text} += ${value} instanceof ${out.fn('U')} ? "ikke fastsatt" : ${formatted(gen, typeOf(env, expr), value)};`);
    });
    out.block('catch (error)', () => out.line(`${text} += ${out.constant(placeholderFailed(env))}(error);`));
  }
  out.line(`return ${text};`);
  return out.build('forklaring', env.linker.code) as unknown as Sentence;
}

/**
 * What a placeholder that fails writes: an explanation never makes an evaluation fail (e.g. the
 * guideline of an overridden skjønn), so an evaluation error is written in its place; on the fast
 * path the message is left to the decimal path, which words it with amounts in kroner.
 */
function placeholderFailed(env: CompileEnv): (error: unknown) => string {
  const fast = env.linker.money === 'øre';
  return (error) => {
    if (!(error instanceof EvaluationError)) throw error;
    if (fast) leave('an explanation that cannot be computed');
    return `(ikke beregnet: ${error.message})`;
  };
}

/**
 * Notes with the linker the enumerations a value of `type` is written with — its own, its
 * elements', its fields' (`runtimeFormatter` describes the same ones) — each record once.
 */
function noteEnums(linker: Linker, type: Type | undefined, records: Set<LkSymbol>): void {
  switch (type?.kind) {
    case 'list':
      noteEnums(linker, type.element, records);
      break;
    case 'enum':
      linker.enumMembers(type.symbol);
      break;
    case 'record':
      if (records.has(type.symbol)) break;
      records.add(type.symbol);
      for (const field of type.symbol.fields.values()) noteEnums(linker, field.type, records);
      break;
    default:
      break;
  }
}

/** What the names in the placeholders refer to, each once, in the order they stand. */
function referencedSymbols(env: CompileEnv, explanation: Ast.Explanation): Set<LkSymbol> {
  const used = new Set<LkSymbol>();
  const references = env.linker.program.references;
  for (const part of explanation.placeholders) {
    if (!part.expr) continue;
    eachReference(part.expr, (reference) => {
      const symbol = references.get(reference.name);
      if (symbol) used.add(symbol);
    });
  }
  return used;
}

/** Visits the references (`Reference` nodes) in an expression, in the order they stand. */
function eachReference(expr: Ast.Expr, visit: (reference: Ast.Reference) => void): void {
  switch (expr.kind) {
    case 'Reference':
      visit(expr);
      break;
    case 'MemberAccess':
      eachReference(expr.object, visit);
      break;
    case 'Call':
      eachReference(expr.callee, visit);
      for (const arg of expr.args) eachReference(arg, visit);
      if (expr.comprehension) eachInComprehension(expr.comprehension, visit);
      break;
    case 'At':
      eachReference(expr.lookup, visit);
      eachReference(expr.date, visit);
      break;
    case 'Percent':
    case 'Unary':
      eachReference(expr.operand, visit);
      break;
    case 'Binary':
      eachReference(expr.left, visit);
      eachReference(expr.right, visit);
      break;
    case 'If':
      eachReference(expr.condition, visit);
      eachReference(expr.then, visit);
      eachReference(expr.otherwise, visit);
      break;
    case 'List':
      for (const item of expr.items) eachReference(item, visit);
      break;
    case 'Record':
      for (const field of expr.fields) eachReference(field.value, visit);
      break;
    case 'Number':
    case 'Money':
    case 'Duration':
    case 'Date':
    case 'Month':
    case 'Boolean':
    case 'Text':
    case 'Undetermined':
      break;
    default:
      expr satisfies never;
  }
}

/** `body for x i source der filter etter key`: the references in the order they stand. */
function eachInComprehension(comprehension: Ast.Comprehension, visit: (reference: Ast.Reference) => void): void {
  eachReference(comprehension.body, visit);
  eachReference(comprehension.source, visit);
  if (comprehension.filter) eachReference(comprehension.filter, visit);
  if (comprehension.ordering) eachReference(comprehension.ordering.key, visit);
}

/** The frame slot of `verdi` (the variable the template binds to the definition's own value), if the template uses it. */
function ownValueSlot(env: CompileEnv, used: ReadonlySet<LkSymbol>): number | undefined {
  const own = [...used].find((symbol) => symbol.kind === 'variable' && symbol.boundBy === 'explanation');
  return own ? env.scope.add(own) : undefined;
}

/**
 * The code of a value of a type formatted as `runtimeFormatter` does, written by the linker's
 * trace writer: on the fast path an amount is in øre, and is written as the decimal path writes
 * it in kroner. The writer and the formatter are called from the sentence's own code, so that
 * each is a call site of its own.
 */
function formatted(env: GenEnv, type: Type | undefined, value: string): string {
  const out = env.out;
  // An amount in øre straight from the øre (`oreShown`: what the codec shows of the text the trace writer writes).
  if (env.linker.money === 'øre' && type?.kind === 'money') return `${out.fn('oreShown')}(${value}, ${JSON.stringify(plainStyle.group)})`;
  const written = `${out.constant(env.linker.traceWriter(type))}(${value})`;
  // A scalar by its codec at once (what `formatValue` comes to for a value that is not undetermined: the placeholder says «ikke fastsatt» for those).
  const codec = type && scalarCodec(type);
  if (codec) return `${out.constant(codec)}.format(${written}, ${out.constant(plainStyle)})`;
  const { name, types } = namedType(type, (symbol) => env.linker.enumMembers(symbol));
  return `${out.constant(formatValue)}(${written}, ${name === undefined ? 'undefined' : JSON.stringify(name)}, ${out.constant(types)})`;
}
