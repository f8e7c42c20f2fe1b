/**
 * @lovkode/engine — compiles a checked rule set to an exact evaluator (docs/engine.md).
 *
 *   const compiled = compile([{ path: 'livsopphold.lov', text }]);
 *   if (compiled.ok) evaluate(compiled.rules, { beregningsmåned: '2024-03', … });
 */
export { compile, compileChecked, type CompiledRules, type CompiledOutput, type CompileOptions, type CompileResult } from './compile/compiler';
export { evaluate, evaluateBatch, type EvaluateOptions, type EvaluationResult } from './runtime/evaluate';
export { EvaluationError, InputError, type InputViolation, type RuleLocation } from './runtime/errors';
export { readJson, JsonSyntaxError } from './input/json-reader';
export { runTests, testCaseInput, testValue, type TestFailure, type TestResult } from './testing/run-tests';
export { rulesetHash } from './ruleset/hash';
export { traceVersion, type Trace, type TraceStep, type TraceCitation, type JsonValue } from './trace/trace';
export { formatNumber, formatValue, literalOf, namedType, runtimeFormatter, scalarCodec, TypeNames, type JsonSchema, type TypeTable } from './values/index';
export { Decimal } from './runtime/values';
export { inputSchema, OVERRIDES_PROPERTY, valueSchema, type InputSchemaOptions } from './schema/input-schema';
export { pointerSegment } from './schema/messages';
export { renderBegrunnelse, type BegrunnelseOptions } from './trace/begrunnelse';
