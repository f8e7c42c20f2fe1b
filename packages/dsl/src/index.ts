/**
 * @lovkode/dsl — the rule language: parser, checker, formatter, diagnostics and editor
 * services. See docs/language.md for the language and docs/diagnostics.md for the codes.
 */
export type * as Ast from './ast/ast.js';
export type { Span } from './ast/ast.js';
export { equalIgnoringSpans } from './ast/equal.js';
export { walk, type AstNode } from './ast/children.js';

export { parse, parseHeader, type FileHeader, type ParseResult } from './parser/parse.js';
export { templateParts } from './parser/template.js';
export { tokenize } from './lexer/lexer.js';
export { declarationKeywords, keywordList, tokenClasses, type TokenClass } from './lexer/tokens.js';
export { SourceText, type Position } from './source/source-text.js';
export { decodeRuleFile, firstInvalidUtf8Byte, ruleFileSizeProblem, maxRuleFileBytes, type DecodedRuleFile } from './source/decode.js';

export { check, checkParsed, parseFile, reachedModules, reservedInputName, type CheckResult, type RuleSource } from './check/check.js';
export { filesReached } from './check/reached-files.js';
export { format } from './format/formatter.js';
export * from './services/index.js';
export * from './coverage/index.js';
export { markdownCell, markdownCode, markdownCodeBlock, markdownText, markdownTextCell } from './markdown/markdown.js';
export { Workspace } from './check/workspace.js';
export type { CheckedProgram, ModuleInfo, ParsedFile, ReplaceableSymbol } from './check/program.js';
export type { RecordedLookup } from './check/recorded-map.js';
export { enumMembers, extendingModules, visibleModules, lookupValue } from './check/program.js';
export type * from './check/symbols.js';
export type { TableModel, TableEntry, TableEntryValue } from './check/table-model.js';
export { typeName, isAssignable, sameType, type Type } from './check/types.js';
export { roundingModes } from './check/builtins.js';
export * as calendar from './calendar.js';
export { daysInMonth, isIsoDate, isIsoMonth } from './calendar.js';
export { closestNames } from './check/suggest.js';
export { provisionPlace, provisionPlaces } from './check/provision-place.js';
export { periodText, wordingFoundIn, wordingPeriod, wordingStatus } from './check/wording.js';

export { diagnosticCodes, type DiagnosticCode, type DiagnosticCodeInfo, type Severity } from './diagnostics/codes.js';
export { createDiagnostic, formatDiagnostic, hasErrors, type Diagnostic, type RelatedLocation } from './diagnostics/diagnostic.js';
