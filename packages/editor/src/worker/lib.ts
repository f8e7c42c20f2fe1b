/**
 * The parts of @lovkode/dsl, @lovkode/engine and the review (`@lovkode/cli/review`, which
 * has no Node APIs) the worker uses, in one place; only the packages' exports.
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
  nodeAt,
  parse,
  coverage,
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
  InputValidators,
  GeneratedCode,
  RuleSet as CompiledRuleSet,
  evaluate,
  runTests,
  testCaseInput,
  testValue,
  EvaluationError,
  InputError,
  formatValue,
  inputSchema,
  literalOf,
  namedType,
  renderBegrunnelse,
  type TypeTable,
  type CompiledRules,
  type CompileResult,
  type EvaluationResult,
  type JsonValue,
  type TestResult,
  type Trace,
  type TraceStep,
} from '@lovkode/engine';
export { diffRuleSets, prepareSide, renderMarkdown, ReviewError, type PopulationModule, type PopulationOptions, type PreparedSide } from '@lovkode/cli/review';
// The population module of the rules the editor serves (the repository's rules/, docs/review.md §4).
export * as befolkning from '../../../../rules/befolkning.mjs';
