import type * as A from '../ast/ast';
import type { CheckResult } from '../check/check';
import { lookupValue, type CheckedProgram, type ModuleInfo, type ParsedFile } from '../check/program';
import type { LkSymbol } from '../check/symbols';
import type { Type } from '../check/types';
import { walk, type AstNode } from './node-at';

/**
 * Every occurrence of every symbol in a checked rule set, by file and by symbol: the basis of
 * hover, go-to-definition, references and rename.
 *
 * Most occurrences are the checker's own (`program.declarations`, `program.references`). A few
 * names the checker resolves without recording them are derived here, each by the rule the
 * checker itself applies (see the report of the services for what the checker should record):
 * - module names: a `modul` header declares its module; `bruk`/`variant av` refer to it with
 *   the whole dotted name (the checker records each part of a `bruk` separately);
 * - `{navn}` / `{navn.felt}` in a `forklaring` (resolved like the checker's LK4011 check:
 *   a parameter, else a visible rule, `skjønn` or input);
 * - the header of a rate table: a column named like a key parameter, and in the wide form a
 *   column named by a member of the last key's `valg` (as the checker's `readHeader`).
 */

export type OccurrenceOrigin = 'checker' | 'module-name' | 'template' | 'table-header';

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

const cache = new WeakMap<CheckedProgram, OccurrenceIndex>();

export function occurrenceIndex(program: CheckedProgram): OccurrenceIndex {
  let index = cache.get(program);
  if (!index) {
    index = build(program);
    cache.set(program, index);
  }
  return index;
}

function build(program: CheckedProgram): OccurrenceIndex {
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
        case 'Explanation':
          if (module && parent) for (const o of templateOccurrences(program, module, file, parent, node as A.Explanation)) add(o);
          return undefined;
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
export function occurrencesAt(result: CheckResult, file: ParsedFile, offset: number): Occurrence[] {
  const list = occurrenceIndex(result.program).byFile.get(file.path) ?? [];
  let found = list.filter((o) => o.span.start <= offset && offset < o.span.end);
  if (found.length === 0) found = list.filter((o) => o.span.end === offset && o.span.start < offset);
  if (found.length === 0) return [];
  const narrowest = Math.min(...found.map((o) => o.span.end - o.span.start));
  return found.filter((o) => o.span.end - o.span.start === narrowest);
}

/** The declaring occurrence of a symbol, if it is declared in the rule set (not a built-in). */
export function declarationOf(program: CheckedProgram, symbol: LkSymbol): Occurrence | undefined {
  return occurrenceIndex(program).bySymbol.get(symbol)?.find((o) => o.declaration);
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
export function occurrencesOf(program: CheckedProgram, symbol: LkSymbol): Occurrence[] {
  const index = occurrenceIndex(program);
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

// ─── Explanation templates ────────────────────────────────────────────────────

/** One `{…}` in an explanation: its dotted parts, each with its span in the file. */
export interface Placeholder {
  readonly span: A.Span;
  readonly parts: ReadonlyArray<{ readonly text: string; readonly span: A.Span }>;
}

/**
 * Decodes the text literal(s) of a template the way the lexer and parser do (quotes removed,
 * `\x` → `x`, adjacent texts joined, comments between them skipped) while remembering where
 * each character of the value comes from.
 */
function decode(text: string, span: A.Span): { value: string; offsets: number[] } {
  let value = '';
  const offsets: number[] = [];
  let inText = false;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i] as string;
    if (!inText) {
      if (c === '"') inText = true;
      else if (c === '#') while (i + 1 < span.end && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
      continue;
    }
    if (c === '"') inText = false;
    else if (c === '\n' || c === '\r') inText = false;
    else if (c === '\\' && i + 1 < span.end) {
      i++;
      value += text[i];
      offsets.push(i);
    } else {
      value += c;
      offsets.push(i);
    }
  }
  return { value, offsets };
}

/** The `{…}` placeholders of an explanation template, with their places in the file. */
export function templatePlaceholders(file: ParsedFile, explanation: A.Explanation): Placeholder[] {
  const text = file.source.text;
  const { value, offsets } = decode(text, explanation.template.span);
  const out: Placeholder[] = [];
  for (const match of value.matchAll(/\{([^{}]*)\}/g)) {
    const inner = match[1] ?? '';
    const start = (match.index ?? 0) + 1;
    let at = start + (inner.length - inner.trimStart().length);
    const parts: Array<{ text: string; span: A.Span }> = [];
    for (const part of inner.trim().split('.')) {
      const first = offsets[at];
      const last = offsets[at + part.length - 1];
      if (part.length > 0 && first !== undefined && last !== undefined && text.slice(first, last + 1) === part) {
        parts.push({ text: part, span: { start: first, end: last + 1 } });
      } else {
        break;
      }
      at += part.length + 1;
    }
    const open = offsets[match.index ?? 0];
    const close = offsets[(match.index ?? 0) + match[0].length - 1];
    if (open !== undefined && close !== undefined) out.push({ span: { start: open, end: close + 1 }, parts });
  }
  return out;
}

/** The symbol a placeholder's head names, as the checker resolves it (`verdi` is the value itself). */
export function placeholderHead(program: CheckedProgram, module: ModuleInfo, owner: AstNode, head: string): LkSymbol | undefined {
  if (head === 'verdi') return undefined;
  if (owner.kind === 'Rule') {
    const rule = program.declarations.get((owner as A.RuleDecl).name);
    const param = rule?.kind === 'rule' ? rule.params?.find((p) => p.name === head) : undefined;
    if (param) return param;
  }
  const found = lookupValue(module, head);
  return found.kind === 'found' ? found.symbol : undefined;
}

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

function templateOccurrences(program: CheckedProgram, module: ModuleInfo, file: ParsedFile, owner: AstNode, explanation: A.Explanation): Occurrence[] {
  if (owner.kind !== 'Rule' && owner.kind !== 'Discretion') return [];
  const out: Occurrence[] = [];
  for (const placeholder of templatePlaceholders(file, explanation)) {
    const [head, ...rest] = placeholder.parts;
    if (!head) continue;
    let symbol: LkSymbol | undefined = placeholderHead(program, module, owner, head.text);
    if (!symbol) continue;
    out.push({ symbol, file, span: head.span, declaration: false, origin: 'template' });
    for (const part of rest) {
      const type = valueType(symbol);
      const field = type?.kind === 'record' ? type.symbol.fields.get(part.text) : undefined;
      if (!field) break;
      out.push({ symbol: field, file, span: part.span, declaration: false, origin: 'template' });
      symbol = field;
    }
  }
  return out;
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
    const member = !long && last?.type.kind === 'enum' ? last.type.symbol.members.get(name.text) : undefined;
    const symbol = param ?? member;
    if (symbol) out.push({ symbol, file, span: name.span, declaration: false, origin: 'table-header' });
  }
  return out;
}
