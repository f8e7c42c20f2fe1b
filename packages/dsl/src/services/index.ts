/**
 * Editor services of the rule language: completion, hover, outline, go-to-definition,
 * references and rename. DOM-free and free of Node APIs (they run in the editor's web
 * worker); each works on a `CheckResult` (from `check`), a file path and a 1-based position,
 * and returns plain data.
 */
export { complete, expressionKeywords, type CompletionItem, type CompletionKind } from './complete.js';
export { definition, references, symbolAt } from './definition.js';
export { documentSymbols, type DocumentSymbol, type DocumentSymbolKind } from './document-symbols.js';
export { hover, type Hover } from './hover.js';
export { childNodes, nodeAt, pathAt, walk, type AstNode, type LocalName, type NodeAt, type TopLevelNode } from './node-at.js';
export { occurrenceIndex, type Occurrence, type OccurrenceOrigin } from './occurrences.js';
export type { Location, Position, Range } from './positions.js';
export { isValidModuleName, isValidName, rename, type RenameResult, type TextEdit } from './rename.js';
