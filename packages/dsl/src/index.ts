/**
 * @lovkode/dsl — the rule language: parser, checker, formatter, diagnostics and editor
 * services. See docs/language.md for the language and docs/diagnostics.md for the codes.
 */
export type * as Ast from './ast/ast';
export type { Span } from './ast/ast';
export { equalIgnoringSpans } from './ast/equal';

export { parse, type ParseResult } from './parser/parse';
export { templateParts } from './parser/template';
export { tokenize } from './lexer/lexer';
export { declarationKeywords, keywordList, tokenClasses, type TokenClass } from './lexer/tokens';
export { SourceText, type Position } from './source/source-text';
export { decodeRuleFile, firstInvalidUtf8Byte, ruleFileSizeProblem, maxRuleFileBytes, type DecodedRuleFile } from './source/decode';

export { check, checkParsed, parseFile, reachedModules, reservedInputName, type CheckResult, type RuleSource } from './check/check';
export { format } from './format/formatter';
export * from './services/index';
export { Workspace } from './check/workspace';
export type { CheckedProgram, ModuleInfo, ParsedFile, ReplaceableSymbol } from './check/program';
export type { RecordedLookup } from './check/recorded-map';
export { enumMembers, extendingModules, visibleModules, lookupValue } from './check/program';
export type * from './check/symbols';
export type { TableModel, TableEntry, TableEntryValue } from './check/table-model';
export { typeName, isAssignable, sameType, type Type } from './check/types';
export { roundingModes } from './check/builtins';
export * as calendar from './calendar';
export { daysInMonth, isIsoDate, isIsoMonth } from './calendar';
export { closestNames } from './check/suggest';

export { diagnosticCodes, type DiagnosticCode, type DiagnosticCodeInfo, type Severity } from './diagnostics/codes';
export { createDiagnostic, formatDiagnostic, hasErrors, type Diagnostic, type RelatedLocation } from './diagnostics/diagnostic';
