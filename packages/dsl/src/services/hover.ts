import type * as A from '../ast/ast.js';
import type { CheckResult } from '../check/check.js';
import { typeName, type Type } from '../check/types.js';
import { codeBlock, symbolMarkdown } from './describe.js';
import type { AstNode } from '../ast/children.js';
import { nodeAtOffset } from './node-at.js';
import { occurrencesAt } from './occurrences.js';
import { provisionMarkdown } from './provision.js';
import { fileOf, offsetOf, rangeOf, type Position, type Range } from './positions.js';
import type { ServiceSession } from './session.js';

export interface Hover {
  /** Markdown. */
  readonly contents: string;
  /** What the hover is about (the name or literal under the cursor). */
  readonly range: Range;
}

const literalKinds = new Set(['Number', 'Money', 'Date', 'Month', 'Boolean', 'Text', 'Undetermined']);

const literalTypes: Record<string, string> = {
  Number: 'tall',
  Money: 'beløp',
  Date: 'dato',
  Month: 'måned',
  Boolean: 'sannhetsverdi',
  Text: 'tekst',
  Undetermined: 'ubestemt',
};

/**
 * What the name or literal at `position` is: for a name its kind, type or signature, doc
 * comment and citations (sources with title and link, validity, assumptions marked); for a
 * literal its type. `undefined` where there is nothing to say.
 */
export function hover(session: ServiceSession, path: string, position: Position): Hover | undefined {
  const result = session.result;
  const file = fileOf(result, path);
  if (!file) return undefined;
  const offset = offsetOf(file, position);
  const module = result.program.moduleOfFile.get(file.path);

  const found = occurrencesAt(session, file, offset);
  const occurrence = found.find((o) => o.declaration) ?? found[0];
  const at = nodeAtOffset(result, file, offset);
  if (occurrence) {
    const described = symbolMarkdown(result.program, occurrence.symbol, module);
    const text = occurrence.symbol.kind === 'source' ? storedText(occurrence.symbol.decl, at.path) : undefined;
    return { contents: text ? `${described}\n\n${text}` : described, range: rangeOf(file, occurrence.span) };
  }

  const literal = [...at.path].reverse().find((n) => literalKinds.has(n.kind));
  if (literal) return literalHover(result, file.source.slice(literal.span), literal, rangeOf(file, literal.span));
  return undefined;
}

/** The stored wording a citation points at (its ledd and punktum), or all of it at the declaration. */
function storedText(decl: A.SourceDecl, path: readonly AstNode[]): string | undefined {
  const cited = [...path].reverse().find((n): n is A.CitedSource => n.kind === 'CitedSource');
  const number = (locator: A.Locator | undefined) => locator?.value;
  return provisionMarkdown(decl, number(cited?.ledd), number(cited?.punktum));
}

function literalHover(result: CheckResult, written: string, node: AstNode, range: Range): Hover {
  const recorded: Type | undefined = result.program.types.get(node as A.Expr);
  let type = recorded && recorded.kind !== 'error' ? typeName(recorded) : literalTypes[node.kind] ?? 'ukjent type';
  if (node.kind === 'Number' && !recorded) type = (node as A.NumberLiteral).integer ? 'heltall' : 'tall';
  const firstLine = written.split(/\r\n|\r|\n/)[0] ?? written;
  const lines = [codeBlock(`${firstLine.length > 80 ? `${firstLine.slice(0, 77)}…` : firstLine}: ${type}`)];
  if (node.kind === 'Undetermined') {
    const reason = (node as A.UndeterminedExpr).reason?.value;
    lines.push(`Ubestemt utfall: trenger en individuell vurdering${reason ? ` («${reason}»)` : ''}.`);
  }
  return { contents: lines.join('\n\n'), range };
}
