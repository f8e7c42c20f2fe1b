import type * as A from '../ast/ast.js';
import { enumMembers, type CheckedProgram, type ParsedFile } from '../check/program.js';
import type { LkSymbol } from '../check/symbols.js';
import type { Type } from '../check/types.js';
import { walk } from '../ast/children.js';
import type { ServiceSession } from './session.js';

/**
 * Every occurrence of every symbol in a checked rule set, by file and by symbol: the basis of
 * hover, go-to-definition, references and rename.
 *
 * Most occurrences are the checker's own (`program.declarations`, `program.references`). A few
 * names the checker resolves without recording them are derived here, each by the rule the
 * checker itself applies (see the report of the services for what the checker should record):
 * - module names: a `modul` header declares its module; `bruk`/`variant av` refer to it with
 *   the whole dotted name (the checker records each part of a `bruk` separately);
 * - the header of a rate table: a column named like a key parameter, and in the wide form a
 *   column named by a member of the last key's `valg` (as the checker's `readHeader`).
 */

export type OccurrenceOrigin = 'checker' | 'module-name' | 'table-header';

export interface Occurrence {
  readonly symbol: LkSymbol;
  readonly file: ParsedFile;
  readonly span: A.Span;
  /** The declaring name of the symbol (not a use of it). */
  readonly declaration: boolean;
  readonly origin: OccurrenceOrigin;
}

export interface OccurrenceIndex {
  /** By file path, sorted by position. */
  readonly byFile: ReadonlyMap<string, readonly Occurrence[]>;
  readonly bySymbol: ReadonlyMap<LkSymbol, readonly Occurrence[]>;
}

/** Builds the index by walking every file of the program once; a `ServiceSession` keeps it. */
export function occurrenceIndex(program: CheckedProgram): OccurrenceIndex {
  const byFile = new Map<string, Occurrence[]>();
  const bySymbol = new Map<LkSymbol, Occurrence[]>();
  const add = (occurrence: Occurrence) => {
    let list = byFile.get(occurrence.file.path);
    if (!list) byFile.set(occurrence.file.path, (list = []));
    list.push(occurrence);
    let forSymbol = bySymbol.get(occurrence.symbol);
    if (!forSymbol) bySymbol.set(occurrence.symbol, (forSymbol = []));
    forSymbol.push(occurrence);
  };
  for (const file of program.files) {
    const module = program.moduleOfFile.get(file.path);
    walk(file.ast, (node, parent) => {
      switch (node.kind) {
        case 'QualifiedName': {
          const name = node as A.QualifiedName;
          if (parent?.kind === 'Module' && (parent as A.ModuleDecl).name === name) {
            if (module && module.file === file) add({ symbol: module.symbol, file, span: name.span, declaration: true, origin: 'module-name' });
            return false;
          }
          const target = name.parts[0] && program.references.get(name.parts[0]);
          if (target?.kind === 'module') {
            add({ symbol: target, file, span: name.span, declaration: false, origin: 'module-name' });
            return false;
          }
          return undefined;
        }
        case 'Name': {
          const name = node as A.Name;
          const declared = program.declarations.get(name);
          if (declared) add({ symbol: declared, file, span: name.span, declaration: true, origin: 'checker' });
          const referenced = program.references.get(name);
          if (referenced) add({ symbol: referenced, file, span: name.span, declaration: false, origin: 'checker' });
          return undefined;
        }
        case 'Table':
          for (const o of tableHeaderOccurrences(program, file, node as A.TableDecl)) add(o);
          return undefined;
        default:
          return undefined;
      }
    });
  }
  for (const list of byFile.values()) list.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { byFile, bySymbol };
}

/** The occurrences at an offset: those containing it, else those ending right at it; the narrowest. */
export function occurrencesAt(session: ServiceSession, file: ParsedFile, offset: number): Occurrence[] {
  const list = session.occurrences().byFile.get(file.path) ?? [];
  let found = list.filter((o) => o.span.start <= offset && offset < o.span.end);
  if (found.length === 0) found = list.filter((o) => o.span.end === offset && o.span.start < offset);
  if (found.length === 0) return [];
  const narrowest = Math.min(...found.map((o) => o.span.end - o.span.start));
  return found.filter((o) => o.span.end - o.span.start === narrowest);
}

/** The declaring occurrence of a symbol, if it is declared in the rule set (not a built-in). */
export function declarationOf(session: ServiceSession, symbol: LkSymbol): Occurrence | undefined {
  return session.occurrences().bySymbol.get(symbol)?.find((o) => o.declaration);
}

/**
 * A symbol together with the symbols that must keep its name: an `erstatt` declaration and
 * what it replaces (LK2011 requires the same name).
 */
export function linkedSymbols(program: CheckedProgram, symbol: LkSymbol): Set<LkSymbol> {
  const group = new Set<LkSymbol>([symbol]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const module of program.modules.values()) {
      for (const [original, replacement] of module.replacements) {
        if (group.has(original) !== group.has(replacement)) {
          group.add(original);
          group.add(replacement);
          changed = true;
        }
      }
    }
  }
  return group;
}

/** Every occurrence of a symbol and its linked symbols, each place once, sorted by file and position. */
export function occurrencesOf(session: ServiceSession, symbol: LkSymbol): Occurrence[] {
  const program = session.result.program;
  const index = session.occurrences();
  const seen = new Set<string>();
  const out: Occurrence[] = [];
  for (const s of linkedSymbols(program, symbol)) {
    for (const o of index.bySymbol.get(s) ?? []) {
      const key = `${o.file.path}\u0000${o.span.start}\u0000${o.span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(o);
    }
  }
  const order = new Map(program.files.map((f, i) => [f.path, i]));
  return out.sort((a, b) => (order.get(a.file.path) ?? 0) - (order.get(b.file.path) ?? 0) || a.span.start - b.span.start);
}

// ─── Types ────────────────────────────────────────────────────────────────────

/** The type of the value a symbol names, where it has one. */
export function valueType(symbol: LkSymbol | undefined): Type | undefined {
  switch (symbol?.kind) {
    case 'rule':
    case 'discretion':
    case 'table':
    case 'input':
    case 'parameter':
    case 'variable':
    case 'field':
      return symbol.type;
    case 'builtin':
      return symbol.type;
    default:
      return undefined;
  }
}

// ─── Table headers ────────────────────────────────────────────────────────────

function tableHeaderOccurrences(program: CheckedProgram, file: ParsedFile, decl: A.TableDecl): Occurrence[] {
  const table = program.declarations.get(decl.name);
  const header = decl.rows[0];
  if (table?.kind !== 'table' || !header) return [];
  const params = table.params;
  const last = params[params.length - 1];
  const names = header.cells.map((cell) =>
    cell.content.kind === 'Value' && cell.content.value.kind === 'Reference' ? cell.content.value.name : undefined,
  );
  const long = params.length === 0 || (last !== undefined && names.some((n) => n?.text === last.name));
  const keyParams = long ? params : params.slice(0, -1);
  const out: Occurrence[] = [];
  for (const name of names) {
    if (!name) continue;
    const param = keyParams.find((p) => p.name === name.text);
    const member = !long && last?.type.kind === 'enum' ? enumMembers(last.type.symbol, program.moduleOfFile.get(file.path)).get(name.text) : undefined;
    const symbol = param ?? member;
    if (symbol) out.push({ symbol, file, span: name.span, declaration: false, origin: 'table-header' });
  }
  return out;
}
