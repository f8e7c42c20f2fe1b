/**
 * @lovkode/engine — compiles a checked rule set to an exact evaluator (docs/engine.md).
 *
 *   const compiled = compile([{ path: 'livsopphold.lov', text }]);
 *   if (compiled.ok) evaluate(compiled.rules, { beregningsmåned: '2024-03', … });
 */
export { compile, compileChecked, RuleSet, type RuleSetOptions, type CompiledRules, type CompiledOutput, type CompileOptions, type CompileResult } from './compile/compiler';
export { evaluate, evaluateBatch, type EvaluateOptions, type EvaluationResult } from './evaluate/evaluate';
export { InputValidators } from './schema/validate';
export { EvaluationError, InputError, type InputViolation, type RuleLocation } from './runtime/errors';
export { readJson, JsonSyntaxError } from './input/json-reader';
export { runTests, testCaseInput, testValue, type TestFailure, type TestResult } from './testing/run-tests';
export { rulesetHash } from './ruleset/hash';
export { traceVersion, type Trace, type TraceStep, type TraceCitation, type JsonValue } from './trace/trace';
export { formatValue, literalOf, namedType, runtimeFormatter, TypeNames, type TypeTable } from './values/index';
