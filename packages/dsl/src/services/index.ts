/**
 * Editor services of the rule language: completion, hover, outline, go-to-definition,
 * references and rename. DOM-free and free of Node APIs (they run in the editor's web
 * worker); each works on a `ServiceSession` (one per `CheckResult`, made by whoever holds
 * the check result, and owner of what the services derive from it), a file path and a
 * 1-based position, and returns plain data:
 *
 *     const session = new ServiceSession(check(files));
 *     hover(session, 'regler/a.lov', { line: 3, column: 7 });
 *     references(session, 'regler/a.lov', { line: 3, column: 7 });
 */
export { complete, expressionKeywords, type CompletionItem, type CompletionKind } from './complete.js';
export { definition, references, symbolAt } from './definition.js';
export { documentSymbols, type DocumentSymbol, type DocumentSymbolKind } from './document-symbols.js';
export { hover, type Hover } from './hover.js';
export { childNodes, walk, type AstNode } from '../ast/children.js';
export { nodeAt, pathAt, type LocalName, type NodeAt, type TopLevelNode } from './node-at.js';
export type { Occurrence, OccurrenceIndex, OccurrenceOrigin } from './occurrences.js';
export type { Location, Position, Range } from './positions.js';
export { ServiceSession } from './session.js';
export { isValidModuleName, isValidName, rename, type RenameResult, type TextEdit } from './rename.js';
