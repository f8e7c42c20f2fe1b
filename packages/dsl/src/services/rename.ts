import type * as A from '../ast/ast.js';
import { enumMembers, type CheckedProgram, type ModuleInfo } from '../check/program.js';
import type { LkSymbol } from '../check/symbols.js';
import { Identifier, keywordList } from '../lexer/tokens.js';
import { symbolAt } from './definition.js';
import { kindLabel } from './describe.js';
import { walk, type AstNode } from '../ast/children.js';
import { nodeAtOffset } from './node-at.js';
import { declarationOf, occurrencesOf } from './occurrences.js';
import { rangeOf, type Position, type Range } from './positions.js';
import type { ServiceSession } from './session.js';

export interface TextEdit {
  readonly path: string;
  readonly range: Range;
  readonly newText: string;
}

export type RenameResult = { readonly edits: TextEdit[] } | { readonly error: string };

const identifier = new RegExp(`^(?:${(Identifier.PATTERN as RegExp).source})$`);
const keywords = new Set<string>(keywordList);

/** Is `name` a name the lexer reads as one identifier (and not a reserved word)? */
export function isValidName(name: string): boolean {
  return identifier.test(name) && !keywords.has(name);
}

/** A module name: dotted parts, each a name (parts may be reserved words, as in `sosialhjelp.test`). */
export function isValidModuleName(name: string): boolean {
  return name.split('.').every((part) => identifier.test(part));
}

/**
 * Renames the symbol under the cursor everywhere it occurs (see `references`), including the
 * places the checker does not record (module names, `{navn}` in explanations, table headers).
 * Refuses built-ins, invalid names, reserved words and names that would clash with another
 * declaration or be captured by a parameter or comprehension variable.
 */
export function rename(session: ServiceSession, path: string, position: Position, newName: string): RenameResult {
  const at = symbolAt(session, path, position);
  if (!at) return { error: 'Det står ikke noe navn som kan endres her' };
  const symbol = at.symbol;
  const program = session.result.program;
  if (symbol.kind === 'builtin' || (symbol.kind !== 'module' && !symbol.module)) {
    return { error: `«${symbol.name}» er innebygd i språket og kan ikke endres` };
  }
  if (symbol.kind === 'variable' && symbol.boundBy === 'explanation') {
    return { error: '«verdi» er verdien regelen eller skjønnet selv gir, og kan ikke få et annet navn' };
  }
  if (!declarationOf(session, symbol)) return { error: `Finner ikke deklarasjonen av «${symbol.name}»` };
  if (symbol.kind === 'module') {
    if (!isValidModuleName(newName)) return { error: `«${newName}» er ikke et gyldig modulnavn` };
    if (newName !== symbol.name && program.modules.has(newName)) return { error: `Det finnes allerede en modul som heter «${newName}»` };
  } else {
    if (keywords.has(newName)) return { error: `«${newName}» er et reservert ord i språket og kan ikke brukes som navn` };
    if (!identifier.test(newName)) return { error: `«${newName}» er ikke et gyldig navn (bokstaver, sifre og _, og først en bokstav eller _)` };
    if (newName === symbol.name) return { edits: [] };
    const clash = clashOf(session, symbol, newName);
    if (clash) return { error: clash };
  }
  const edits = occurrencesOf(session, symbol).map((o) => ({ path: o.file.path, range: rangeOf(o.file, o.span), newText: newName }));
  return { edits };
}

/** Why renaming `symbol` to `newName` would change what the rule set means, if it would. */
function clashOf(session: ServiceSession, symbol: LkSymbol, newName: string): string | undefined {
  const program = session.result.program;
  const taken = (what: string) => `${what} «${newName}» finnes allerede`;
  switch (symbol.kind) {
    case 'rule':
    case 'discretion':
    case 'table':
    case 'input':
      if (symbol.module?.values.has(newName)) return taken(`En regel, et skjønn, en tabell eller et inndatafelt som heter`);
      return capturedByLocal(session, symbol, newName);
    case 'enum':
    case 'record':
      return symbol.module?.types.has(newName) ? taken('Et valg eller en type som heter') : undefined;
    case 'source':
    case 'assumption':
      return symbol.module?.sources.has(newName) ? taken('En kilde eller antakelse som heter') : undefined;
    case 'enum-member':
      return [...program.modules.values()].some((m: ModuleInfo) => enumMembers(symbol.owner, m).has(newName)) ? taken(`Valget «${symbol.owner.name}» har allerede verdien`) : undefined;
    case 'field':
      return symbol.owner?.fields.has(newName) ? taken(`Typen «${symbol.owner.name}» har allerede feltet`) : undefined;
    case 'exception':
      return symbol.rule.exceptions.has(newName) ? taken(`Regelen «${symbol.rule.name}» har allerede unntaket`) : undefined;
    case 'parameter':
    case 'variable': {
      const scope = scopeOf(program, symbol);
      if (!scope) return undefined;
      if (symbol.kind === 'parameter' && 'params' in scope) {
        const params = (scope as A.RuleDecl | A.TableDecl).params ?? [];
        if (params.some((p) => p.name.text === newName)) return taken('En parameter som heter');
      }
      // A name used inside the scope would from now on mean the renamed local.
      let used = false;
      walk(scope, (node) => {
        if (node.kind === 'Name' && (node as A.Name).text === newName && program.references.has(node as A.Name)) used = true;
        return !used;
      });
      return used ? `«${newName}» brukes allerede der ${kindLabel(symbol)}en gjelder, og ville da bety ${kindLabel(symbol)}en` : undefined;
    }
    case 'builtin':
    case 'module':
      return undefined;
  }
}

/** The declaration (for a parameter) or comprehension (for a variable) a local name is bound in. */
function scopeOf(program: CheckedProgram, symbol: LkSymbol): AstNode | undefined {
  const file = symbol.module?.file;
  if (!file) return undefined;
  let scope: AstNode | undefined;
  walk(file.ast, (node) => {
    if (scope) return false;
    if ((node.kind === 'Rule' || node.kind === 'Table') && ((node as A.RuleDecl | A.TableDecl).params ?? []).some((p) => program.declarations.get(p.name) === symbol)) {
      scope = node;
    } else if (node.kind === 'Comprehension' && program.declarations.get((node as A.Comprehension).variable) === symbol) {
      scope = node;
    }
    return undefined;
  });
  return scope;
}

/** A use of a module-level value where a parameter or variable of the new name is in scope. */
function capturedByLocal(session: ServiceSession, symbol: LkSymbol, newName: string): string | undefined {
  for (const o of occurrencesOf(session, symbol)) {
    if (o.declaration || o.origin === 'module-name') continue;
    const local = nodeAtOffset(session.result, o.file, o.span.start).locals.find((l) => l.name === newName);
    if (local) {
      const where = o.file.source.positionAt(o.span.start);
      return `«${symbol.name}» brukes på linje ${where.line} i ${o.file.path}, der ${local.kind === 'parameter' ? 'parameteren' : 'variabelen'} «${newName}» ville skjule den`;
    }
  }
  return undefined;
}
