import type { LkSymbol } from '../check/symbols.js';
import { declarationOf, occurrencesAt, occurrencesOf, type Occurrence } from './occurrences.js';
import { fileOf, locationOf, offsetOf, type Location, type Position } from './positions.js';
import type { ServiceSession } from './session.js';

/**
 * The symbol at a position, as found by go-to-definition: a use (reference, type name,
 * citation, `til` label, test name, module name …) before a declaration, so that on the name
 * of an `erstatt` declaration — which both declares the replacement and names the original —
 * the original is found.
 */
export function symbolAt(session: ServiceSession, path: string, position: Position): { symbol: LkSymbol; occurrence: Occurrence } | undefined {
  const file = fileOf(session.result, path);
  if (!file) return undefined;
  const found = occurrencesAt(session, file, offsetOf(file, position));
  const occurrence = found.find((o) => !o.declaration) ?? found[0];
  return occurrence && { symbol: occurrence.symbol, occurrence };
}

/**
 * Where the symbol under the cursor is declared: the location of its declaring name
 * (for a module, its whole dotted name in `modul …`). `undefined` for built-ins and where
 * there is no resolved name.
 */
export function definition(session: ServiceSession, path: string, position: Position): Location | undefined {
  const at = symbolAt(session, path, position);
  if (!at) return undefined;
  const declaration = declarationOf(session, at.symbol);
  if (declaration) return locationOf(declaration.file, declaration.span);
  const module = at.symbol.kind === 'module' ? [...session.result.program.modules.values()].find((m) => m.symbol === at.symbol) : at.symbol.module;
  if (module && at.symbol.nameSpan) return locationOf(module.file, at.symbol.nameSpan);
  return undefined;
}

/**
 * Every occurrence of the symbol under the cursor, across all files, the declaration
 * included; for an `erstatt` declaration and its original, the occurrences of both (they
 * share a name). Sorted by file (in the order of the rule set) and position.
 */
export function references(session: ServiceSession, path: string, position: Position): Location[] {
  const at = symbolAt(session, path, position);
  if (!at) return [];
  return occurrencesOf(session, at.symbol).map((o) => locationOf(o.file, o.span));
}
