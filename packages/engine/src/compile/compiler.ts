import {
  check,
  enumMembers,
  extendingModules,
  filesReached,
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
  type RecordSymbol,
  type InputSymbol,
  type ModuleInfo,
  type ReplaceableSymbol,
  type RuleSource,
  type Type,
} from '@lovkode/dsl';
import type { EvalContext } from '../runtime/context.js';
import type { RuleLocation } from '../runtime/errors.js';
import type { Value } from '../runtime/values.js';
import { GeneratedCode } from './emitter.js';
import { oreInputReader, type OreInputReader } from './input-reader.js';
import { resultWriters, type ResultWriters } from './result-writer.js';
import { rulesetHash } from '../ruleset/hash.js';
import { inputSchema, type JsonSchema } from '../schema/input-schema.js';
import { OverrideCheckers } from '../schema/overrides.js';
import { InputValidators, type Checker, type InputValidator } from '../schema/validate.js';
import { JsonCodecs, type JsonReader, type JsonWriter } from '../values/json.js';
import { TypeDescriptions } from '../values/names.js';
import { definitionOf, discretionBody, inputBody, ruleBody, tableBody } from './definitions.js';
import { compileExpr, lookUp, Scope, type CompiledDefinition, type Linker, type MoneyRepresentation } from './expressions.js';

export interface CompiledOutput {
  readonly symbol: DefinitionSymbol;
  readonly name: string;
  readonly type: Type;
  readonly definition: CompiledDefinition;
  /** Writes its value as a result does (strict: an amount in whole øre). */
  readonly write: JsonWriter;
  /** The inputs its computation reads. */
  readonly inputs: readonly InputSymbol[];
}

/** A rule or `skjønn` with parameters, or a table, called with argument values (a test's `forvent f(x) = …`). */
export interface CompiledFunction {
  readonly name: string;
  readonly params: readonly Type[];
  readonly type: Type;
  call(ctx: EvalContext, args: readonly Value[]): Value;
  /** The inputs its computation reads. */
  readonly inputs: readonly InputSymbol[];
}

/**
 * How a case's input is read for an evaluation: the validator of its schema, and each input
 * with its place in `EvalContext.inputs` and its reader.
 */
export interface InputPlan {
  readonly inputs: readonly InputSymbol[];
  readonly validate: InputValidator;
  readonly slots: readonly number[];
  readonly readers: readonly JsonReader[];
  /** The fast path for the plan's outputs (docs/engine-design.md §2), generated the first time a case takes it. */
  fast(): FastPlan;
}

/**
 * The fast path of an input plan: the reader of a case into øre (`OreInputReader`), and the
 * writers of a result of the outputs with amounts in øre (`ResultWriters`) — undefined when one
 * of the names asked for is not an output (the decimal path says so) or they are not names of
 * one result object.
 */
export interface FastPlan {
  readonly read: OreInputReader;
  readonly writers: ResultWriters | undefined;
  /** The memo slots an evaluation of the outputs in øre uses (their own numbering, fewer than the decimal path's). */
  readonly slotCount: number;
}

/**
 * A rule set compiled for evaluation through one entry module (docs/engine.md §1). It does
 * not change once made; what is built for it on demand (the input validator, the checkers of
 * override values, a rule named in `outputs` and compiled on first use) it owns, and what it
 * shares with the other entries of its checked rule set, their `RuleSet` owns.
 */
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
  /** The JSON readers and writers of the rule set's types. */
  readonly json: JsonCodecs;
  /** The checkers of override values through this entry. */
  readonly overrideCheckers: OverrideCheckers;
  /** What a trace through this entry says of its enumerations and records. */
  readonly traceTypes: TypeDescriptions;
  /** Number of memo slots an evaluation needs (at least; the arrays grow for a rule compiled later). */
  readonly slotCount: number;
  /** Length of `EvalContext.inputs` (at least). */
  readonly inputCount: number;
  /**
   * How a case's input is read: for the outputs, or for the values (`valueNamed`) and
   * functions (`functionNamed`) an evaluation computes instead. Built once per list of names.
   */
  inputPlan(values?: readonly string[], functions?: readonly string[]): InputPlan;
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

/** What a `RuleSet` may share with others: given by a holder that outlives one check. */
export interface RuleSetOptions {
  /** Input validators by schema (see `InputValidators`); by default the rule set's own. */
  readonly validators?: InputValidators;
  /** Generated functions by source (see `GeneratedCode`); by default the rule set's own. */
  readonly code?: GeneratedCode;
}

export interface CompileOptions {
  /** The entry module; by default the one module with `utdata` that is not a variant. */
  readonly module?: string;
}

/**
 * Checks and compiles rule files through an entry module. Only the files the entry reaches are
 * checked (`filesReached`: a module sees no other, so an error in a file it does not reach does
 * not stop it; `check` finds those); the ruleset id is of all the files. Errors in what is
 * checked refuse the rule set, with their diagnostics.
 */
export function compile(files: readonly RuleSource[], options: CompileOptions = {}): CompileResult {
  const checked = check(filesReached(files, options.module));
  if (hasErrors(checked.diagnostics)) return { ok: false, diagnostics: checked.diagnostics };
  return new RuleSet(checked, files).compile(options);
}

/**
 * Compiles an already checked rule set through one entry. To compile several entries of one
 * check, keep a `RuleSet`: they then share what is compiled.
 */
export function compileChecked(checked: CheckResult, files: readonly RuleSource[], options: CompileOptions = {}): CompileResult {
  return new RuleSet(checked, files).compile(options);
}

/**
 * A checked rule set and what is built once for it, for all its entries: the ruleset id, a
 * compiler per set of variant replacements, and the input validators. The compiled
 * definitions do not depend on the entry module otherwise, so every entry with the same
 * replacements and extensions (the state module, and each of the test modules the editor and
 * `lovkode test` run through) shares them: a rule is compiled once per rule set, not once per
 * entry. It lives as long as its holder keeps it (the test runner: one run; the editor: one
 * check); what outlives a check (validators by schema) its holder passes in `options`.
 */
export class RuleSet {
  private readonly compilers = new Map<string, Compiler>();
  /** The memo and input slots of the decimal compilers: one numbering, as they share definitions. */
  private readonly slots = new Slots();
  /** The rules through each entry compiled so far: made once, they do not change. */
  private readonly entries = new Map<ModuleInfo, CompiledRules>();
  private readonly validators = new Map<string, InputValidator>();
  private readonly inputIds = new Map<InputSymbol, number>();
  private readonly validatorsBySchema: InputValidators;
  /** Generated functions by source: the holder's (`RuleSetOptions.code`) or the rule set's own. */
  readonly code: GeneratedCode;
  private hash: string | undefined;

  constructor(
    readonly checked: CheckResult,
    readonly files: readonly RuleSource[],
    options: RuleSetOptions = {},
  ) {
    this.validatorsBySchema = options.validators ?? new InputValidators();
    this.code = options.code ?? new GeneratedCode();
  }

  /** `sha256:…` of the rule files (docs/engine.md §6). */
  get id(): string {
    return (this.hash ??= rulesetHash(this.files));
  }

  /**
   * The rule set compiled through an entry module (by default the one with `utdata`), once per
   * entry. The caller decides what errors in the check mean (`compile` refuses them; a test runs
   * when the rules it reaches have none).
   */
  compile(options: CompileOptions = {}): CompileResult {
    const checked = this.checked;
    const entry = entryModule(checked.program, options.module);
    if (typeof entry === 'string') return { ok: false, diagnostics: [...checked.diagnostics, entryDiagnostic(entry)] };
    let rules = this.entries.get(entry);
    if (!rules) this.entries.set(entry, (rules = this.compilerFor(entry).rules(entry, this)));
    return { ok: true, rules, diagnostics: checked.diagnostics };
  }

  /** The checker of a value schema (an override's value), from the holder's validators: the same schema is compiled once. */
  checker(schema: JsonSchema): Checker {
    return this.validatorsBySchema.checker(schema);
  }

  /** The validator of the input schema of these inputs through `entry`, shared by the entries with the same inputs. */
  validator(inputs: readonly InputSymbol[], entry: ModuleInfo): InputValidator {
    // A variant's `utvid valg` members are allowed values through it only: they are part of the key.
    const extended = extendingModules(entry).map((m) => m.name);
    const key = [...inputs.map((s) => this.inputIds.get(s) ?? (this.inputIds.set(s, this.inputIds.size), this.inputIds.size - 1)), ...extended].join(',');
    let validate = this.validators.get(key);
    if (!validate) this.validators.set(key, (validate = this.validatorsBySchema.of(inputSchema(inputs, { entry }))));
    return validate;
  }

  private compilerFor(entry: ModuleInfo): Compiler {
    const chain: ModuleInfo[] = [];
    for (let m: ModuleInfo | undefined = entry; m && !chain.includes(m); m = m.variantOf) chain.push(m);
    return this.compilerOf(chain.filter((m) => m.replacements.size > 0 || m.extensions.size > 0));
  }

  /**
   * The compiler of a chain of variants: it shares the definitions of the compiler without
   * variants (the root) that use nothing it replaces and read no enumeration it extends.
   */
  private compilerOf(variants: readonly ModuleInfo[]): Compiler {
    const key = variants.map((m) => m.name).join('\u0000');
    let compiler = this.compilers.get(key);
    if (!compiler) {
      const root = variants.length > 0 ? this.compilerOf([]) : undefined;
      this.compilers.set(key, (compiler = new Compiler(this.checked.program, variants, this.code, this.slots, 'decimal', undefined, root)));
    }
    return compiler;
  }
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

/**
 * The slots of an evaluation's state that compiled definitions use: a memo slot per definition
 * (`EvalContext.values`) and a slot per input (`EvalContext.inputs`). Compilers that share
 * definitions number them together.
 */
class Slots {
  memo = 0;
  readonly inputs = new Map<InputSymbol, number>();
}

/** What a compiled definition uses. */
interface Uses {
  /** The inputs it reads, itself or through what it uses. */
  readonly inputs: Set<InputSymbol>;
  /** The definitions its code refers to. */
  readonly definitions: Set<DefinitionSymbol>;
  /** The enumerations whose members its code was made with (an order, labels in a sentence). */
  readonly enums: Set<EnumSymbol>;
}

class Compiler implements Linker {
  readonly json: JsonCodecs;
  /** The same rules with amounts in øre, generated on first use (`definitionInOre`). */
  private fast: Compiler | undefined;
  private readonly compiled = new Map<DefinitionSymbol, CompiledDefinition>();
  private readonly replacements = new Map<ReplaceableSymbol, ReplaceableSymbol>();
  /** The enumerations its variants add members to (`utvid valg`). */
  private readonly extended = new Set<EnumSymbol>();
  private readonly defaults = new Map<FieldSymbol | InputSymbol, ((ctx: EvalContext) => Value) | undefined>();
  /** What each compiled definition uses. */
  private readonly uses = new Map<DefinitionSymbol, Uses>();
  /** For a variant: whether the root's definition of a symbol differs from the one it would generate. */
  private readonly differing = new Map<DefinitionSymbol, boolean>();
  /** What the definitions being generated use, innermost last. */
  private readonly using: Uses[] = [];
  private readonly outputs = new Map<DefinitionSymbol, CompiledOutput>();

  /** `variants`: the variant modules of the entry's chain with replacements or extensions, the entry's own first. */
  constructor(
    readonly program: CheckedProgram,
    private readonly variants: readonly ModuleInfo[],
    readonly code: GeneratedCode,
    /** Where its definitions' memo slots and the inputs' slots are numbered. */
    private readonly slots: Slots,
    readonly money: MoneyRepresentation = 'decimal',
    /** For the compiler of amounts in øre: the decimal compiler, whose input slots it reads. */
    private readonly decimal?: Compiler,
    /** For a variant: the compiler without variants, whose definitions it shares where they are the same (`shared`). */
    private readonly root?: Compiler,
  ) {
    this.json = decimal?.json ?? new JsonCodecs();
    // A variant's replacements apply everywhere; a variant of a variant overrides its base's.
    for (const m of [...variants].reverse()) for (const [original, replacement] of m.replacements) this.replacements.set(original, replacement);
    for (const m of variants) for (const extended of m.extensions.keys()) this.extended.add(extended);
  }

  location(module: ModuleInfo, span: Ast.Span): RuleLocation {
    const at = module.file.source.positionAt(span.start);
    return { file: module.file.path, line: at.line, column: at.column };
  }

  traceWriter(type: Type | undefined): JsonWriter {
    // An amount in øre is always a whole number of øre: the strict writer writes what the loose one does in kroner.
    return this.money === 'øre' && type ? this.json.oreWriter(type) : this.json.writer(type, false);
  }

  enumMembers(symbol: EnumSymbol): ReadonlyMap<string, EnumMemberSymbol> {
    this.using[this.using.length - 1]?.enums.add(symbol);
    // The first variant's base chain holds every other: its view is the evaluation's.
    return enumMembers(symbol, this.variants[0]);
  }

  definition(symbol: DefinitionSymbol): CompiledDefinition {
    const effective = this.effective(symbol);
    let definition = this.compiled.get(effective);
    if (!definition) this.compiled.set(effective, (definition = this.shared(effective) ?? this.generate(effective)));
    const user = this.using[this.using.length - 1];
    // What a definition uses is complete once it is compiled (the checker rejects cycles): its
    // inputs are added to a user's the first time the user refers to it, not at every reference.
    if (user && !user.definitions.has(effective)) {
      user.definitions.add(effective);
      for (const input of this.uses.get(effective)?.inputs ?? []) user.inputs.add(input);
    }
    return definition;
  }

  /** Generates a definition, noting what it uses. */
  private generate(symbol: DefinitionSymbol): CompiledDefinition {
    const uses: Uses = { inputs: new Set(), definitions: new Set(), enums: new Set() };
    this.using.push(uses);
    try {
      return definitionOf(this.body(symbol), this.slots.memo++, this);
    } finally {
      this.using.pop();
      this.uses.set(symbol, uses);
    }
  }

  /**
   * The root's definition of a symbol this variant does not replace, if nothing it uses is
   * replaced here either and it reads no enumeration a variant here extends: its code is then
   * the code this compiler would generate (the same symbols, members and types), and
   * generating it again would only cost time.
   */
  private shared(symbol: DefinitionSymbol): CompiledDefinition | undefined {
    const root = this.root;
    if (!root) return undefined;
    const definition = root.definition(symbol);
    const uses = root.uses.get(symbol);
    if (!uses || this.differs(root, symbol)) return undefined;
    this.uses.set(symbol, uses);
    return definition;
  }

  /**
   * Whether the root's definition of a symbol (compiled) differs from this variant's: the
   * symbol is replaced here, its code read an enumeration extended here, or a definition it
   * refers to differs. Each is decided once.
   */
  private differs(root: Compiler, symbol: DefinitionSymbol): boolean {
    let differs = this.differing.get(symbol);
    if (differs === undefined) {
      const uses = root.uses.get(symbol);
      differs =
        !uses ||
        this.replacements.has(symbol as ReplaceableSymbol) ||
        [...uses.enums].some((read) => this.extended.has(read)) ||
        [...uses.definitions].some((used) => this.differs(root, used));
      this.differing.set(symbol, differs);
    }
    return differs;
  }

  /** The definition of a symbol with amounts in øre (the fast path). */
  definitionInOre(symbol: DefinitionSymbol): CompiledDefinition {
    this.fast ??= new Compiler(this.program, this.variants, this.code, new Slots(), 'øre', this);
    return this.fast.definition(symbol);
  }

  /** The fast path's reader of these inputs through `entry`, and the writers of a result of these outputs in øre (none if one is missing). */
  fastPlan(inputs: readonly InputSymbol[], slots: readonly number[], outputs: ReadonlyArray<CompiledOutput | undefined>, entry: ModuleInfo, ruleset: string): FastPlan {
    const read = oreInputReader(
      inputs.map((symbol, i) => ({ symbol, slot: slots[i] as number })),
      this.slots.inputs.size,
      entry,
      this.code,
    );
    const all = outputs.every((output) => output !== undefined);
    const inOre = all ? outputs.map((output) => ({ name: output.name, type: output.type, definition: this.definitionInOre(output.symbol), write: this.json.oreWriter(output.type) })) : undefined;
    // What the outputs use is compiled with them: no slot of theirs is numbered later.
    return { read, writers: inOre && resultWriters(inOre, ruleset), slotCount: this.fast?.slots.memo ?? 0 };
  }

  inputSlot(symbol: InputSymbol): number {
    if (this.decimal) return this.decimal.inputSlot(symbol);
    const inputs = this.slots.inputs;
    let slot = inputs.get(symbol);
    if (slot === undefined) inputs.set(symbol, (slot = inputs.size));
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
        this.using[this.using.length - 1]?.inputs.add(symbol);
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
  rules(entry: ModuleInfo, owner: RuleSet): CompiledRules {
    const visibleInputs: InputSymbol[] = [];
    for (const m of visibleModules(entry)) for (const value of m.values.values()) if (value.kind === 'input') visibleInputs.push(value);
    const outputModule = this.outputModule(entry);
    const outputs = (outputModule?.outputs ?? []).map((symbol) => this.output(symbol));
    const inputs = union(visibleInputs, ...outputs.map((output) => output.inputs));
    // Compiled now, so that each input has its slot before the slots are counted.
    for (const input of inputs) this.definition(input);
    const discretion = new Map<string, DiscretionSymbol>();
    for (const m of visibleModules(entry)) for (const value of m.values.values()) if (value.kind === 'discretion' && !discretion.has(value.name)) discretion.set(value.name, value);
    const visible = (name: string) => [...visibleModules(entry)].map((m) => m.values.get(name)).find((v) => v !== undefined);
    // Built on demand and kept by the rules: input plans, override checkers, named values and functions.
    const plans = new Map<string, InputPlan>();
    // The same list of output names (a batch passes one `outputs` to every case) finds its plan without joining the names again.
    const plansByList = new WeakMap<readonly string[], InputPlan>();
    const values = new Map<string, CompiledOutput | undefined>();
    const functions = new Map<string, CompiledFunction | undefined>();
    let overrideCheckers: OverrideCheckers | undefined;
    let traceTypes: TypeDescriptions | undefined;
    const compiler = this;
    const rules: CompiledRules = {
      program: this.program,
      entry,
      ruleset: owner.id,
      outputs,
      inputs,
      asOf: inputs.find((i) => i.asOf),
      discretion,
      json: this.json,
      get overrideCheckers() {
        return (overrideCheckers ??= new OverrideCheckers(entry, (schema) => owner.checker(schema)));
      },
      get traceTypes() {
        return (traceTypes ??= new TypeDescriptions((symbol) => enumMembers(symbol, entry), declaredTypes(entry)));
      },
      slotCount: this.slots.memo,
      inputCount: this.slots.inputs.size,
      inputPlan(valueNames = noNames, functionNames = noNames) {
        const byList = functionNames.length === 0 ? plansByList.get(valueNames) : undefined;
        if (byList) return byList;
        const key = `${valueNames.join('\u0000')}\u0001${functionNames.join('\u0000')}`;
        let plan = plans.get(key);
        if (!plan) {
          const more = [...valueNames.map((name) => rules.valueNamed(name)), ...functionNames.map((name) => rules.functionNamed(name))].flatMap((found) => found?.inputs ?? []);
          const all = union(inputs, more);
          const slots = all.map((input) => compiler.inputSlot(input));
          // Generated the first time a case takes the fast path (rule tests never do).
          let fast: FastPlan | undefined;
          // Compiled the first time a case takes the decimal path: the fast path's reader checks the schema itself.
          let validate: InputValidator | undefined;
          const named = valueNames.length === 0 ? outputs : valueNames.map((name) => rules.valueNamed(name));
          plan = {
            inputs: all,
            get validate() {
              return (validate ??= owner.validator(all, entry));
            },
            slots,
            readers: all.map((input) => compiler.json.reader(input.type)),
            fast: () => (fast ??= compiler.fastPlan(all, slots, named, entry, owner.id)),
          };
          plans.set(key, plan);
        }
        if (functionNames.length === 0) plansByList.set(valueNames, plan);
        return plan;
      },
      valueNamed(name) {
        if (values.has(name)) return values.get(name);
        const found = visible(name);
        const output = found && (found.kind === 'rule' || found.kind === 'discretion') && !found.params ? compiler.output(found) : undefined;
        values.set(name, output);
        return output;
      },
      functionNamed(name) {
        if (functions.has(name)) return functions.get(name);
        const found = visible(name);
        const fn = found && (((found.kind === 'rule' || found.kind === 'discretion') && found.params) || found.kind === 'table') ? compiler.function(name, found) : undefined;
        functions.set(name, fn);
        return fn;
      },
      fieldDefault(field, ctx) {
        return compiler.fieldDefault(field, entry)?.(ctx);
      },
    };
    return Object.freeze(rules);
  }

  /** A parameterless rule or `skjønn` as an output, compiled once. */
  private output(symbol: DefinitionSymbol & { readonly type: Type }): CompiledOutput {
    let output = this.outputs.get(symbol);
    if (!output) {
      const definition = this.definition(symbol);
      output = { symbol, name: symbol.name, type: symbol.type, definition, write: this.json.writer(symbol.type, true), inputs: this.readsOf(symbol) };
      this.outputs.set(symbol, output);
    }
    return output;
  }

  /** A rule or `skjønn` with parameters, or a table, to call with argument values, compiled once. */
  private function(name: string, symbol: DefinitionSymbol & { readonly type: Type }): CompiledFunction {
    const definition = this.definition(symbol);
    const params = ('params' in symbol && symbol.params ? symbol.params : []).map((p) => p.type);
    const call =
      symbol.kind === 'table'
        ? (ctx: EvalContext, args: readonly Value[]) => lookUp(definition, ctx, args, ctx.asOf)
        : (ctx: EvalContext, args: readonly Value[]) => {
            const frame = definition.frame;
            for (let i = 0; i < args.length; i++) frame[i] = args[i] as Value;
            return definition.call(ctx, frame);
          };
    return { name, params, type: symbol.type, call, inputs: this.readsOf(symbol) };
  }

  /** The inputs a compiled definition reads, itself or through what it uses. */
  private readsOf(symbol: DefinitionSymbol): readonly InputSymbol[] {
    const reads = [...(this.uses.get(this.effective(symbol))?.inputs ?? [])];
    // Compiled now, so that each has its slot before an evaluation counts the slots.
    for (const input of reads) this.definition(input);
    return reads;
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

/**
 * The records and enumerations an evaluation through `entry` can meet, by name: those of the
 * modules it reaches (what it sees, what those see, and so on). Two of them may have one name
 * (two schemes may each declare `Barn`); one that only a module it does not reach declares
 * too is never met beside it.
 */
function declaredTypes(entry: ModuleInfo): ReadonlyMap<string, ReadonlySet<EnumSymbol | RecordSymbol>> {
  const reached = new Set<ModuleInfo>([entry]);
  for (const m of reached) for (const visible of visibleModules(m)) reached.add(visible);
  const declared = new Map<string, Set<EnumSymbol | RecordSymbol>>();
  for (const m of reached) {
    for (const symbol of m.types.values()) {
      let named = declared.get(symbol.name);
      if (!named) declared.set(symbol.name, (named = new Set()));
      named.add(symbol);
    }
  }
  return declared;
}

/** No names (an evaluation of the outputs). */
const noNames: readonly string[] = Object.freeze([]);

/** The inputs of the lists, each once, in order of first appearance. */
function union(...lists: ReadonlyArray<readonly InputSymbol[]>): readonly InputSymbol[] {
  const all = new Set<InputSymbol>();
  for (const list of lists) for (const input of list) all.add(input);
  return [...all];
}
