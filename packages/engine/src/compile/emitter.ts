import { ageOn, firstDayOf, lastDayOf, monthNumberOf, monthOf, shift, yearOf } from '../runtime/calendar.js';
import { generatedFrom } from '../runtime/code-generation.js';
import type { EvalContext } from '../runtime/context.js';
import * as op from '../runtime/operations.js';
import { addOre, divideOre, divideOreByOre, leave, multiplyOre, multiplyOreDecimal, oreShown, roundOre, subtractOre, sumOre } from '../runtime/ore.js';
import { roundToStep } from '../runtime/rounding.js';
import { Undetermined, type Value } from '../runtime/values.js';

/**
 * What generated code calls at run time, by the name it has there (docs/engine-design.md §2).
 * Generated code sees these names and its own constants, nothing else.
 */
const runtime = {
  U: Undetermined,
  merge: Undetermined.merge,
  undetermined: op.undetermined,
  add: op.add,
  subtract: op.subtract,
  multiply: op.multiply,
  divide: op.divide,
  negate: op.negate,
  not: op.not,
  and: op.and,
  or: op.or,
  equals: op.equals,
  ordering: op.ordering,
  contains: op.contains,
  extreme: op.extreme,
  maximum: op.maximum,
  toDecimal: op.toDecimal,
  addInteger: op.addInteger,
  addAmount: op.addAmount,
  count: op.count,
  uncounted: op.uncounted,
  collect: op.collect,
  distinct: op.distinct,
  roundToStep,
  ageOn,
  firstDayOf,
  lastDayOf,
  monthOf,
  monthNumberOf,
  yearOf,
  shift,
  addOre,
  subtractOre,
  multiplyOre,
  multiplyOreDecimal,
  divideOre,
  divideOreByOre,
  roundOre,
  sumOre,
  oreShown,
  leave,
} as const;

/** The name of a runtime function in generated code. */
export type RuntimeName = keyof typeof runtime;

/** A generated function: what a compiled expression or a definition's body is. */
export type GeneratedFunction<S = undefined> = (ctx: EvalContext, frame: Value[], step?: S) => Value;

/**
 * The source of one generated function `(ctx, frame, step) => value`: its statements, its
 * temporaries, the locals it reads from the frame, and the constants it refers to (a value
 * that is not a literal of JavaScript — a decimal, a compiled definition, a location — is
 * passed in, never printed). One emitter per generated function; it is done with once built
 * (a function built lazily keeps it until its first call).
 */
export class Emitter {
  private readonly lines: string[] = [];
  private readonly constants: unknown[] = [];
  private readonly constantIndex = new Map<unknown, number>();
  private readonly locals = new Set<number>();
  /** The runtime functions the code calls: only these are taken from `rt`. */
  private readonly runtimeNames = new Set<RuntimeName>();
  private temps = 0;
  /** The indentation of the lines being written. */
  private indent = '  ';

  /** A fresh temporary variable. */
  temp(): string {
    return `t${this.temps++}`;
  }

  /** The JavaScript variable of a frame slot (a parameter, a comprehension's element or position). */
  local(slot: number): string {
    this.locals.add(slot);
    return `l${slot}`;
  }

  /** A name for a value the code uses as it is (the same object every time). */
  constant(value: unknown): string {
    let index = this.constantIndex.get(value);
    if (index === undefined) {
      index = this.constants.length;
      this.constants.push(value);
      this.constantIndex.set(value, index);
    }
    return `k${index}`;
  }

  /** A runtime function by name (see `runtime`). */
  fn(name: RuntimeName): string {
    this.runtimeNames.add(name);
    return name;
  }

  line(text: string): void {
    this.lines.push(this.indent + text);
  }

  /** `header {` body `}`. */
  block(header: string, body: () => void): void {
    this.line(`${header} {`);
    this.nested(body);
    this.line('}');
  }

  /** `if (condition) { then } else { otherwise }`. */
  branch(condition: string, then: () => void, otherwise?: () => void): void {
    this.line(`if (${condition}) {`);
    this.nested(then);
    if (otherwise) {
      this.line('} else {');
      this.nested(otherwise);
    }
    this.line('}');
  }

  /** Writes the lines of `body` one level deeper. */
  private nested(body: () => void): void {
    const outer = this.indent;
    this.indent = `${outer}  `;
    body();
    this.indent = outer;
  }

  /** The function's source: constants and runtime outside, the body inside (for `lovkode build` and for reading). */
  source(name: string): string {
    // Built by concatenation, not by spreading arrays: this runs once per function, mostly in code V8 has not optimised yet.
    let text = '';
    if (this.runtimeNames.size > 0) text += `const { ${[...this.runtimeNames].join(', ')} } = rt;\n`;
    if (this.constants.length > 0) text += `const ${this.constants.map((_, i) => `k${i} = K[${i}]`).join(', ')};\n`;
    text += `return function ${name}(ctx, frame, step) {\n`;
    if (this.locals.size > 0) text += `  let ${[...this.locals].sort((a, b) => a - b).map((slot) => `l${slot} = frame[${slot}]`).join(', ')};\n`;
    if (this.temps > 0) text += `  let ${Array.from({ length: this.temps }, (_, i) => `t${i}`).join(', ')};\n`;
    if (this.lines.length > 0) text += `${this.lines.join('\n')}\n`;
    return `${text}};`;
  }

  /**
   * Makes the function, from a factory `code` already has for the same source if it has one.
   * `lazily`: its source is written and JavaScript makes it the first time it is called, not
   * now (unless `code` makes everything `ahead`). The decimal path's functions are made so: an
   * evaluation without the trace takes the fast path and never calls most of them
   * (docs/engine.md §10).
   */
  build<S = undefined>(name: string, code: GeneratedCode, lazily = false): GeneratedFunction<S> {
    if (!lazily || code.ahead) return code.factory(this.source(name))(runtime, this.constants) as GeneratedFunction<S>;
    // Its source too is written then: the lines are kept until the first call, not joined now.
    let made: GeneratedFunction<S> | undefined;
    return (ctx, frame, step) => (made ??= code.factory(this.source(name))(runtime, this.constants) as GeneratedFunction<S>)(ctx, frame, step);
  }
}

/** The name of the function a generated source returns (`Emitter.source`). */
function functionName(source: string): string {
  return /^return function (\S+)\(/m.exec(source)?.[1] ?? 'function';
}

/** What `new Function` makes of a generated function's source: given its runtime and constants, the function. */
type Factory<F = GeneratedFunction<unknown>> = (rt: object, constants: readonly unknown[]) => F;

/**
 * Generated functions by their source text, the most recently used kept (`capacity`). The
 * source of a rule does not depend on its constants' values (they are passed in), so a rule
 * an edit did not change has the same source after it: its function is not parsed and compiled
 * by JavaScript again, and keeps what the engine learnt running it. A holder that compiles
 * again and again (the editor's worker, after each keystroke) keeps one and passes it to each
 * `RuleSet` (`RuleSetOptions.code`), as it does its `InputValidators`.
 */
export class GeneratedCode {
  private readonly bySource = new Map<string, Factory<unknown>>();

  /**
   * `prebuilt`: factories already made of their sources (a module `lovkode build` wrote prints
   * each function of the rule set's generated code as `function (rt, K) { source }`): for
   * these, no `new Function`.
   */
  constructor(
    private readonly capacity = 4096,
    private readonly prebuilt: ReadonlyMap<string, Factory<unknown>> = new Map(),
    /**
     * Whether what is otherwise generated on demand — the placeholders of a `forklaring`, when a
     * trace first needs them — is generated at once, with the rest (for `lovkode build`, which
     * prints every function it kept).
     */
    readonly ahead = false,
  ) {}

  /** The sources of the functions kept, least recently used first (what `lovkode build` prints). */
  sources(): string[] {
    return [...this.bySource.keys()];
  }

  factory<F = GeneratedFunction<unknown>>(source: string): Factory<F> {
    let factory = this.bySource.get(source) as Factory<F> | undefined;
    if (factory) {
      this.bySource.delete(source);
    } else {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated code is the evaluator (docs/engine-design.md §2)
      factory = (this.prebuilt.get(source) as Factory<F> | undefined) ?? generatedFrom(() => `Funksjonen «${functionName(source)}» av reglene`, () => new Function('rt', 'K', source) as Factory<F>);
      if (this.bySource.size >= this.capacity) this.bySource.delete(this.bySource.keys().next().value as string);
    }
    this.bySource.set(source, factory);
    return factory;
  }
}
