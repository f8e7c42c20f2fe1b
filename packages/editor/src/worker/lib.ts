/**
 * The parts of @lovkode/dsl and @lovkode/engine the worker uses, in one place. The engine's
 * input schema and justification renderer are not (yet) exported from its entry point, so
 * they are imported from their source files here; when the package exports them, only this
 * file changes.
 */
export {
  Workspace,
  complete,
  definition,
  documentSymbols,
  format,
  hover,
  references,
  rename,
  symbolAt,
  type DocumentSymbol,
  hasErrors,
  lookupValue,
  visibleModules,
  typeName,
  calendar,
  type Ast,
  type CheckResult,
  type CheckedProgram,
  type Diagnostic,
  type ModuleInfo,
  type RuleSource,
  type TableSymbol,
  type Type,
} from '@lovkode/dsl';
export {
  compileChecked,
  evaluate,
  runTests,
  testCaseInput,
  testValue,
  EvaluationError,
  InputError,
  formatValue,
  literalOf,
  namedType,
  type TypeTable,
  type CompiledRules,
  type CompileResult,
  type EvaluationResult,
  type JsonValue,
  type TestResult,
  type Trace,
  type TraceStep,
} from '@lovkode/engine';
export { diffRuleSets, prepareSide, renderMarkdown, ReviewError, type PopulationOptions, type PreparedSide } from '@lovkode/engine/review';
export { inputSchema } from '../../../engine/src/schema/input-schema';
export { renderBegrunnelse } from '../../../engine/src/trace/begrunnelse';
