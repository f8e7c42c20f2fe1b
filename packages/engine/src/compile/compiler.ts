import {
  check,
  enumMembers,
  hasErrors,
  visibleModules,
  type Ast,
  type CheckedProgram,
  type CheckResult,
  type EnumMemberSymbol,
  type DefinitionSymbol,
  type Diagnostic,
  type DiscretionSymbol,
  type EnumSymbol,
  type FieldSymbol,
  type InputSymbol,
  type ModuleInfo,
  type ReplaceableSymbol,
  type RuleSource,
  type Type,
} from '@lovkode/dsl';
import type { EvalContext } from '../runtime/context.js';
import type { RuleLocation } from '../runtime/errors.js';
import type { Value } from '../runtime/values.js';
import { rulesetHash } from '../ruleset/hash.js';
import { definitionOf, discretionBody, inputBody, ruleBody, tableBody } from './definitions.js';
import { compileExpr, lookUp, Scope, type CompiledDefinition, type Linker } from './expressions.js';

export interface CompiledOutput {
  readonly name: string;
  readonly type: Type;
  readonly definition: CompiledDefinition;
}

/** A rule or `skjønn` with parameters, or a table, called with argument values (a test's `forvent f(x) = …`). */
export interface CompiledFunction {
  readonly name: string;
  readonly params: readonly Type[];
  readonly type: Type;
  call(ctx: EvalContext, args: readonly Value[]): Value;
}

/** A rule set compiled for evaluation through one entry module (docs/engine.md §1). */
export interface CompiledRules {
  readonly program: CheckedProgram;
  readonly entry: ModuleInfo;
  /** `sha256:…` of the rule files. */
  readonly ruleset: string;
  readonly outputs: readonly CompiledOutput[];
  /** The inputs of a case for this entry: those it sees, and those its rules use. */
  readonly inputs: readonly InputSymbol[];
  /** The input that is the as-of date, if the rules have one. */
  readonly asOf: InputSymbol | undefined;
  /** `skjønn` the entry module sees, by name: what an override may name. */
  readonly discretion: ReadonlyMap<string, DiscretionSymbol>;
  /** Number of memo slots an evaluation needs. */
  readonly slotCount: number;
  /** Length of `EvalContext.inputs`. */
  readonly inputCount: number;
  /** Where an input's value goes in `EvalContext.inputs`. */
  inputSlot(input: InputSymbol): number;
  /** A parameterless rule or `skjønn` visible from the entry, by name (for tests and explicit outputs). */
  valueNamed(name: string): CompiledOutput | undefined;
  /** A rule or `skjønn` with parameters, or a table, the entry module sees, by name. */
  functionNamed(name: string): CompiledFunction | undefined;
  /** The declared default of a record field, evaluated in `ctx`. */
  fieldDefault(field: FieldSymbol | InputSymbol, ctx: EvalContext): Value | undefined;
}

export type CompileResult =
  | { readonly ok: true; readonly rules: CompiledRules; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export interface CompileOptions {
  /** The entry module; by default the one module with `utdata` that is not a variant. */
  readonly module?: string;
}

/** Checks and compiles rule files. A rule set with errors is refused with its diagnostics. */
export function compile(files: readonly RuleSource[], options: CompileOptions = {}): CompileResult {
  const checked = check(files);
  if (hasErrors(checked.diagnostics)) return { ok: false, diagnostics: checked.diagnostics };
  return compileChecked(checked, files, options);
}

/** Compiles an already checked rule set (the editor and the test runner reuse one check). */
export function compileChecked(checked: CheckResult, files: readonly RuleSource[], options: CompileOptions = {}): CompileResult {
  const entry = entryModule(checked.program, options.module);
  if (typeof entry === 'string') return { ok: false, diagnostics: [...checked.diagnostics, entryDiagnostic(entry)] };
  return { ok: true, rules: compilerFor(checked.program, entry).rules(entry, hashOf(files)), diagnostics: checked.diagnostics };
}

/**
 * The compiler of a checked program for one set of variant replacements and enumeration
 * extensions. The compiled definitions do not depend on the entry module otherwise, so
 * every entry with the same replacements and extensions
 * (the state module, and each of the test modules the editor and `lovkode test` run through)
 * shares them: a rule is compiled once per check, not once per entry.
 */
const compilers = new WeakMap<CheckedProgram, Map<string, Compiler>>();
function compilerFor(program: CheckedProgram, entry: ModuleInfo): Compiler {
  const chain: ModuleInfo[] = [];
  for (let m: ModuleInfo | undefined = entry; m && !chain.includes(m); m = m.variantOf) chain.push(m);
  const variants = chain.filter((m) => m.replacements.size > 0 || m.extensions.size > 0);
  const key = variants.map((m) => m.name).join('\u0000');
  let byKey = compilers.get(program);
  if (!byKey) compilers.set(program, (byKey = new Map()));
  let compiler = byKey.get(key);
  if (!compiler) byKey.set(key, (compiler = new Compiler(program, variants)));
  return compiler;
}

/** The ruleset hash, once per list of files (the test runner compiles one list through many modules). */
const hashes = new WeakMap<readonly RuleSource[], string>();
function hashOf(files: readonly RuleSource[]): string {
  let hash = hashes.get(files);
  if (hash === undefined) hashes.set(files, (hash = rulesetHash(files)));
  return hash;
}

function entryDiagnostic(message: string): Diagnostic {
  return { code: 'LK2003', severity: 'error', message, hint: undefined, file: '', span: { start: 0, end: 0 }, line: 1, column: 1, endLine: 1, endColumn: 1, related: [] };
}

function entryModule(program: CheckedProgram, name: string | undefined): ModuleInfo | string {
  if (name !== undefined) return program.modules.get(name) ?? `Finner ingen modul som heter «${name}»`;
  // A scheme's module (with `utdata`) is the default; with several schemes, the one marked
  // `(standard)`. A variant is evaluated only when named.
  const withOutputs = [...program.modules.values()].filter((m) => !m.variantOf && m.file.ast.declarations.some((d) => d.kind === 'Output'));
  if (withOutputs.length === 1) return withOutputs[0] as ModuleInfo;
  if (withOutputs.length === 0) return 'Regelsettet har ingen modul med «utdata»';
  const standard = withOutputs.filter((m) => m.file.ast.module?.marks.some((mark) => mark.text === 'standard'));
  if (standard.length === 1) return standard[0] as ModuleInfo;
  return `Regelsettet har flere moduler med «utdata» (${withOutputs.map((m) => m.name).join(', ')}); velg én med --module, eller merk én «modul … (standard)»`;
}

class Compiler implements Linker {
  private readonly compiled = new Map<DefinitionSymbol, CompiledDefinition>();
  private readonly replacements = new Map<ReplaceableSymbol, ReplaceableSymbol>();
  private readonly defaults = new Map<FieldSymbol | InputSymbol, ((ctx: EvalContext) => Value) | undefined>();
  /** Each input's place in `EvalContext.inputs`, in the order first compiled. */
  private readonly inputSlots = new Map<InputSymbol, number>();
  /** The inputs each compiled definition reads, itself or through what it uses. */
  private readonly inputsUsed = new Map<DefinitionSymbol, ReadonlySet<InputSymbol>>();
  /** The inputs read by the definitions being compiled, innermost last. */
  private readonly reading: Array<Set<InputSymbol>> = [];
  private slots = 0;

  /** `variants`: the variant modules of the entry's chain with replacements or extensions, the entry's own first. */
  constructor(
    readonly program: CheckedProgram,
    private readonly variants: readonly ModuleInfo[],
  ) {
    // A variant's replacements apply everywhere; a variant of a variant overrides its base's.
    for (const m of [...variants].reverse()) for (const [original, replacement] of m.replacements) this.replacements.set(original, replacement);
  }

  location(module: ModuleInfo, span: Ast.Span): RuleLocation {
    const at = module.file.source.positionAt(span.start);
    return { file: module.file.path, line: at.line, column: at.column };
  }

  enumMembers(symbol: EnumSymbol): ReadonlyMap<string, EnumMemberSymbol> {
    // The first variant's base chain holds every other: its view is the evaluation's.
    return enumMembers(symbol, this.variants[0]);
  }

  definition(symbol: DefinitionSymbol): CompiledDefinition {
    const effective = this.effective(symbol);
    let definition = this.compiled.get(effective);
    if (!definition) {
      this.reading.push(new Set());
      try {
        definition = definitionOf(this.body(effective), this.slots++, this);
      } finally {
        this.inputsUsed.set(effective, this.reading.pop() as Set<InputSymbol>);
      }
      this.compiled.set(effective, definition);
    }
    const reader = this.reading[this.reading.length - 1];
    if (reader) for (const input of this.inputsUsed.get(effective) ?? []) reader.add(input);
    return definition;
  }

  private inputSlot(symbol: InputSymbol): number {
    let slot = this.inputSlots.get(symbol);
    if (slot === undefined) this.inputSlots.set(symbol, (slot = this.inputSlots.size));
    return slot;
  }

  private body(symbol: DefinitionSymbol) {
    switch (symbol.kind) {
      case 'rule':
        return ruleBody(symbol, this);
      case 'discretion':
        return discretionBody(symbol, this);
      case 'table':
        return tableBody(symbol, this);
      case 'input':
        this.reading[this.reading.length - 1]?.add(symbol);
        return inputBody(symbol, this.inputSlot(symbol));
    }
  }

  private fieldDefault(field: FieldSymbol | InputSymbol, entry: ModuleInfo): ((ctx: EvalContext) => Value) | undefined {
    if (this.defaults.has(field)) return this.defaults.get(field);
    const expr = field.decl.defaultValue;
    const compiled = expr && compileExpr({ linker: this, module: field.module ?? entry, scope: new Scope() }, expr);
    const evaluate = compiled && ((ctx: EvalContext) => compiled(ctx, []));
    this.defaults.set(field, evaluate);
    return evaluate;
  }

  /** The rule set through `entry`: its outputs, and the inputs it sees or its rules read. */
  rules(entry: ModuleInfo, ruleset: string): CompiledRules {
    const inputs: InputSymbol[] = [];
    const known = new Set<InputSymbol>();
    const need = (symbols: Iterable<InputSymbol>) => {
      for (const input of symbols) {
        if (known.has(input)) continue;
        known.add(input);
        inputs.push(input);
        // Compiled now, so that its slot exists before any evaluation counts the slots.
        this.definition(input);
      }
    };
    const visible = function* (): Generator<InputSymbol> {
      for (const m of visibleModules(entry)) for (const value of m.values.values()) if (value.kind === 'input') yield value;
    };
    need(visible());
    const outputModule = this.outputModule(entry);
    const outputs = (outputModule?.outputs ?? []).map((symbol) => ({ name: symbol.name, type: symbol.type, definition: this.definition(symbol) }));
    for (const symbol of outputModule?.outputs ?? []) need(this.inputsUsed.get(this.effective(symbol)) ?? []);
    const discretion = new Map<string, DiscretionSymbol>();
    for (const m of visibleModules(entry)) for (const value of m.values.values()) if (value.kind === 'discretion' && !discretion.has(value.name)) discretion.set(value.name, value);
    const named = new Map<string, CompiledOutput>();
    const compiler = this;
    return {
      program: this.program,
      entry,
      ruleset,
      outputs,
      inputs,
      asOf: inputs.find((i) => i.asOf),
      discretion,
      get slotCount() {
        return compiler.slots;
      },
      get inputCount() {
        return compiler.inputSlots.size;
      },
      inputSlot(input) {
        return compiler.inputSlot(input);
      },
      valueNamed(name) {
        const cached = named.get(name);
        if (cached) return cached;
        const found = [...visibleModules(entry)].map((m) => m.values.get(name)).find((v) => v !== undefined);
        if (!found || !((found.kind === 'rule' || found.kind === 'discretion') && !found.params)) return undefined;
        const output = { name, type: found.type, definition: compiler.definition(found) };
        need(compiler.inputsUsed.get(compiler.effective(found)) ?? []);
        named.set(name, output);
        return output;
      },
      functionNamed(name) {
        const found = [...visibleModules(entry)].map((m) => m.values.get(name)).find((v) => v !== undefined);
        if (!found || !(((found.kind === 'rule' || found.kind === 'discretion') && found.params) || found.kind === 'table')) return undefined;
        const definition = compiler.definition(found);
        need(compiler.inputsUsed.get(compiler.effective(found)) ?? []);
        const params = (found.params ?? []).map((p) => p.type);
        const call =
          found.kind === 'table'
            ? (ctx: EvalContext, args: readonly Value[]) => lookUp(definition, ctx, args, ctx.asOf)
            : (ctx: EvalContext, args: readonly Value[]) => {
                const frame = definition.frame;
                for (let i = 0; i < args.length; i++) frame[i] = args[i] as Value;
                return definition.call(ctx, frame);
              };
        return { name, params, type: found.type, call };
      },
      fieldDefault(field, ctx) {
        return compiler.fieldDefault(field, entry)?.(ctx);
      },
    };
  }

  private effective(symbol: DefinitionSymbol): DefinitionSymbol {
    let effective: DefinitionSymbol = symbol;
    for (let next = this.replacements.get(effective as ReplaceableSymbol); next && next !== effective; next = this.replacements.get(next)) effective = next;
    return effective;
  }

  private outputModule(entry: ModuleInfo): ModuleInfo | undefined {
    for (let m: ModuleInfo | undefined = entry; m; m = m.variantOf) if (m.outputs.length > 0) return m;
    return undefined;
  }
}
