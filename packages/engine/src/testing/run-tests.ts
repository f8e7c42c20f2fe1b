import { enumMembers, reachedModules, visibleModules, type Ast, type CheckedProgram, type CheckResult, type EnumSymbol, type ModuleInfo, type RuleSource, type Type } from '@lovkode/dsl';
import { RuleSet, type CompiledRules, type RuleSetOptions } from '../compile/compiler.js';
import { GeneratedCode } from '../compile/emitter.js';
import { compileExpr, Scope } from '../compile/expressions.js';
import { EvalContext } from '../runtime/context.js';
import { EvaluationError, InputError } from '../runtime/errors.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { EvaluationResult } from '../evaluate/result.js';
import { JsonCodecs, toJson } from '../values/json.js';
import { namedType, type TypeTable } from '../values/index.js';
import { Undetermined, type Value } from '../runtime/values.js';
import type { JsonValue, Trace } from '../trace/trace.js';

export interface TestFailure {
  /** The output whose value was wrong; undefined for a test that expected an error. */
  readonly output: string | undefined;
  readonly expected: string;
  readonly actual: string;
  /** How the actual value came about: the output and the values it was computed from. */
  readonly tracePath: string | undefined;
  /** The two values as JSON with their type, for a reader's formatting (`formatValue`); for a wrong value only. */
  readonly values?: { readonly expected: JsonValue; readonly actual: JsonValue; readonly type: string; readonly types: TypeTable };
}

export interface TestResult {
  readonly module: string;
  readonly name: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly passed: boolean;
  readonly failures: readonly TestFailure[];
  /** Why the test could not run (the rules it reaches have errors); undefined when it ran. */
  readonly notRun?: string;
}

/** How rule tests are run. */
export interface RunTestsOptions extends RuleSetOptions {
  /**
   * Whether a failing test's `tracePath` is found (its case evaluated again with a trace); by
   * default it is. A reader that finds its own from a typed trace, later (the editor), says no.
   */
  readonly tracePaths?: boolean;
}

/**
 * Runs the rule tests (docs/language.md §12) of every module of a checked rule set, each
 * through the same `evaluate` that embedders call: the `gitt` values become the input JSON.
 * A holder that runs the tests again after each edit (the editor) passes the same
 * `options.validators` every time, so that an unchanged input schema is not compiled again.
 */
export function runTests(checked: CheckResult, files: readonly RuleSource[], only?: (module: ModuleInfo) => boolean, options: RunTestsOptions = {}): TestResult[] {
  // One rule set for every test module: each rule is compiled once for the whole run. The
  // tests' constant values are generated code too, kept by the same holder.
  return runRuleSetTests(new RuleSet(checked, files, options), only, options);
}

/**
 * The rule tests of a rule set its holder keeps: the entries the tests run through are compiled
 * by it, and stay compiled for what the holder does next with the same check (the editor traces
 * the failing tests through the same entries).
 */
export function runRuleSetTests(ruleSet: RuleSet, only?: (module: ModuleInfo) => boolean, options: Pick<RunTestsOptions, 'tracePaths'> = {}): TestResult[] {
  const results: TestResult[] = [];
  const checked = ruleSet.checked;
  const code = ruleSet.code;
  const tracePaths = options.tracePaths ?? true;
  const filesWithErrors = new Set(checked.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  for (const module of checked.program.modules.values()) {
    if (only && !only(module)) continue;
    const tests = module.file.ast.declarations.filter((d): d is Ast.TestDecl => d.kind === 'Test');
    if (tests.length === 0) continue;
    // A test runs through its own module: errors in rules it does not reach (another scheme) do not stop it.
    const broken = reachedModules(module).filter((m) => filesWithErrors.has(m.file.path)).map((m) => m.file.path);
    const compiled = broken.length > 0 ? undefined : ruleSet.compile({ module: module.name });
    for (const test of tests) {
      const at = module.file.source.positionAt(test.name.span.start);
      const base = { module: module.name, name: test.name.value, file: module.file.path, line: at.line, column: at.column };
      if (!compiled || !compiled.ok) {
        const notRun = broken.length > 0 ? `reglene testen bruker har feil (${broken.join(', ')})` : 'regelsettet kan ikke kompileres';
        results.push({ ...base, passed: false, failures: [], notRun });
        continue;
      }
      const failures = runGuarded(compiled.rules, module, test, code, tracePaths);
      results.push({ ...base, passed: failures.length === 0, failures });
    }
  }
  return results;
}

/** A test whose values cannot even be built (e.g. a `gitt` value that uses a rule) fails with the reason. */
function runGuarded(rules: CompiledRules, module: ModuleInfo, test: Ast.TestDecl, code: GeneratedCode, tracePaths: boolean): TestFailure[] {
  try {
    return runTest(rules, module, test, code, tracePaths);
  } catch (error) {
    const actual = error instanceof Error ? error.message : String(error);
    return [{ output: undefined, expected: 'en test med konstante verdier', actual, tracePath: undefined }];
  }
}

/**
 * The value of a constant written in a test (`gitt`, `overstyr`, `forvent`), computed by the
 * evaluator's own expression code (its functions kept by `code`, see `GeneratedCode`). A test
 * value cannot use rules: that throws.
 */
function constantOf(program: CheckedProgram, module: ModuleInfo, expr: Ast.Expr, code: GeneratedCode, asOf = '0000-01-01'): Value {
  const json = new JsonCodecs();
  const linker = {
    program,
    definition: (): never => {
      throw new Error('En verdi i en test kan ikke bruke regler, bare faste verdier');
    },
    location: () => ({ file: '', line: 0, column: 0 }),
    enumMembers: (symbol: EnumSymbol) => enumMembers(symbol, module),
    json,
    money: 'decimal' as const,
    code,
    traceWriter: (type: Type | undefined) => json.writer(type, false),
  };
  return compileExpr({ linker, module, scope: new Scope() }, expr)(new EvalContext(0, asOf, [], new Map(), undefined), []);
}

/** A test's constant as JSON, e.g. for showing it or sending it as input. `code`: a holder's `GeneratedCode`, if it keeps one. */
export function testValue(program: CheckedProgram, module: ModuleInfo, expr: Ast.Expr, type: Type | undefined, code = new GeneratedCode()): JsonValue {
  return toJson(constantOf(program, module, expr, code), type, false);
}

/** The input JSON a rule test gives: its `gitt` values and its `overstyr` lines as `overstyringer`. */
export function testCaseInput(program: CheckedProgram, module: ModuleInfo, test: Ast.TestDecl, code = new GeneratedCode()): Record<string, JsonValue> {
  const input: Record<string, JsonValue> = {};
  for (const given of test.givens) {
    const symbol = program.references.get(given.name);
    input[given.name.text] = testValue(program, module, given.value, symbol?.kind === 'input' ? symbol.type : undefined, code);
  }
  if (test.overrides.length > 0) {
    input['overstyringer'] = test.overrides.map((o) => {
      const symbol = program.references.get(o.name);
      const discretion = symbol?.kind === 'discretion' ? symbol : undefined;
      const args = o.args?.map((arg, i) => testValue(program, module, arg, discretion?.params?.[i]?.type, code));
      return { navn: o.name.text, ...(args ? { for: args } : {}), verdi: testValue(program, module, o.value, discretion?.type, code), begrunnelse: o.reason?.value ?? '' };
    });
  }
  return input;
}

function runTest(rules: CompiledRules, module: ModuleInfo, test: Ast.TestDecl, code: GeneratedCode, tracePaths: boolean): TestFailure[] {
  const input = testCaseInput(rules.program, module, test, code);
  const expectations = test.expectations.filter((e): e is Ast.ExpectValue => e.kind === 'ExpectValue');
  const values = expectations.filter((e) => e.args === undefined);
  const calls = expectations.filter((e) => e.args !== undefined);
  const expectedError = test.expectations.find((e): e is Ast.ExpectError => e.kind === 'ExpectError');
  // A test that only expects an error computes every output the module sees, so that the error can happen.
  const outputs = expectations.length > 0 ? values.map((e) => e.name.text) : visibleOutputs(module);
  const options = {
    outputs,
    // The reference arithmetic: a test run evaluates each case once, and making the code of
    // amounts in øre would cost more than it saves (the fast path is proven equal to this one
    // by its own tests, docs/engine-design.md §2).
    fastPath: false,
    ...(calls.length > 0 ? { calls: calls.map((e) => ({ name: e.name.text, args: callArguments(rules, module, e, code) })) } : {}),
    ...(test.asOf ? { asOf: test.asOf.value } : {}),
  };

  let result: EvaluationResult;
  try {
    result = evaluate(rules, input, options);
  } catch (error) {
    if (!(error instanceof EvaluationError)) throw error;
    const message = error instanceof InputError ? error.violations.map((v) => `${v.path}: ${v.message}`).join('; ') : error.message;
    if (expectedError && (!expectedError.message || message.toLowerCase().includes(expectedError.message.value.toLowerCase()))) return [];
    return [{ output: undefined, expected: expectedError ? `feil med «${expectedError.message?.value ?? ''}»` : 'et resultat', actual: `${error.code}: ${message}`, tracePath: undefined }];
  }
  const failures: TestFailure[] = [];
  if (expectedError) {
    failures.push({ output: undefined, expected: `feil med «${expectedError.message?.value ?? ''}»`, actual: 'ingen feil', tracePath: undefined });
  }
  // The trace is recorded only for a test that fails, to show how the actual value came about.
  let traced: Trace | undefined;
  const traceOf = () => (traced ??= evaluate(rules, input, { ...options, trace: true }).trace);
  for (const expectation of values) {
    const name = expectation.name.text;
    const actual = result.values[name] ?? null;
    const output = rules.valueNamed(name);
    const expectedValue = constantOf(rules.program, module, expectation.value, code);
    const expected = toJson(expectedValue, output?.type, false);
    if (matches(expectedValue, expected, actual)) continue;
    failures.push({
      output: name,
      expected: show(expected),
      actual: show(actual),
      tracePath: tracePaths ? tracePath(traceOf() as Trace, name) : undefined,
      ...typedValues(expected, actual, output?.type, rules.entry),
    });
  }
  calls.forEach((expectation, i) => {
    const fn = rules.functionNamed(expectation.name.text);
    const actual = result.calls?.[i] ?? null;
    const expectedValue = constantOf(rules.program, module, expectation.value, code);
    const expected = toJson(expectedValue, fn?.type, false);
    if (matches(expectedValue, expected, actual)) return;
    const args = options.calls?.[i]?.args ?? [];
    failures.push({ output: `${expectation.name.text}(${args.map(show).join(', ')})`, expected: show(expected), actual: show(actual), tracePath: undefined, ...typedValues(expected, actual, fn?.type, rules.entry) });
  });
  return failures;
}

/** A wrong value's two sides with their type's name, when the type is known. */
function typedValues(expected: JsonValue, actual: JsonValue, type: Type | undefined, entry: ModuleInfo | undefined): Pick<TestFailure, 'values'> {
  const { name, types } = namedType(type, (symbol) => enumMembers(symbol, entry));
  return name === undefined ? {} : { values: { expected, actual, type: name, types } };
}

/** The arguments of `forvent f(a, b) = …` as JSON, each of its parameter's type. */
function callArguments(rules: CompiledRules, module: ModuleInfo, expectation: Ast.ExpectValue, code: GeneratedCode): JsonValue[] {
  const params = rules.functionNamed(expectation.name.text)?.params ?? [];
  return (expectation.args ?? []).map((arg, i) => testValue(rules.program, module, arg, params[i], code));
}

function visibleOutputs(module: ModuleInfo): string[] {
  const names = new Set<string>();
  for (const m of visibleModules(module)) {
    for (let base: ModuleInfo | undefined = m; base; base = base.variantOf) for (const output of base.outputs) names.add(output.name);
  }
  return [...names];
}

/** `forvent x = ubestemt` matches any undetermined outcome; `ubestemt "grunn"` one with that reason. */
function matches(expectedValue: unknown, expected: JsonValue, actual: JsonValue): boolean {
  if (expectedValue instanceof Undetermined) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual) || !('ubestemt' in actual)) return false;
    const reasons = actual['ubestemt'] as string[];
    return expectedValue.reasons.every((r) => r === 'Krever individuell vurdering' || reasons.includes(r));
  }
  return JSON.stringify(expected) === JSON.stringify(actual);
}

function show(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `stønad ← behov = 35300.00, inntekt_regnet_med = 20000.00`: the output and what it used. */
function tracePath(trace: Trace, output: string): string | undefined {
  const id = trace.outputs[output];
  const step = id === undefined ? undefined : trace.steps[id];
  if (!step) return undefined;
  const label = (s: (typeof trace.steps)[number]) => `${s.name}${s.args ? `(${s.args.map(show).join(', ')})` : ''}`;
  const uses = step.uses.map((u) => trace.steps[u]).filter((s) => s !== undefined);
  const rule = step.definition?.label ? ` [unntak ${step.definition.label}]` : '';
  return `${label(step)}${rule}${uses.length > 0 ? ` ← ${uses.map((s) => `${label(s)} = ${show(s.value)}`).join(', ')}` : ''}`;
}
