/**
 * @lovkode/engine — compiles a checked rule set to an exact evaluator (docs/engine.md).
 *
 *   const compiled = compile([{ path: 'livsopphold.lov', text }]);
 *   if (compiled.ok) evaluate(compiled.rules, { beregningsmåned: '2024-03', … });
 */
export { compile, compileChecked, RuleSet, type RuleSetOptions, type CompiledRules, type CompiledOutput, type CompileOptions, type CompileResult } from './compile/compiler.js';
export { evaluate, evaluateBatch, evaluateToJson } from './evaluate/evaluate.js';
export { resultJson } from './evaluate/result.js';
export type { EvaluateOptions, EvaluationResult, MaybeUndetermined, SchemeTypes, Ubestemt, UntypedScheme } from './evaluate/result.js';
export { InputValidators, validatorFunctions, validatorSource } from './schema/validate.js';
export { GeneratedCode } from './compile/emitter.js';
export { EvaluationError, InputError, type InputViolation, type RuleLocation } from './runtime/errors.js';
export { readJson, JsonSyntaxError } from './input/json-reader.js';
export { runRuleSetTests, runTests, testCaseInput, testValue, type RunTestsOptions, type TestFailure, type TestResult } from './testing/run-tests.js';
export { rulesetHash } from './ruleset/hash.js';
export { traceVersion, type Trace, type TraceStep, type TraceCitation, type JsonValue } from './trace/trace.js';
export { formatNumber, formatValue, literalOf, namedType, runtimeFormatter, scalarCodec, TypeDescriptions, TypeNames, type JsonSchema, type TypeTable } from './values/index.js';
export { Decimal } from './runtime/values.js';
export { inputSchema, OVERRIDES_PROPERTY, valueSchema, type InputSchemaOptions } from './schema/input-schema.js';
export { pointerSegment } from './schema/messages.js';
export { renderBegrunnelse, type BegrunnelseOptions } from './trace/begrunnelse.js';
