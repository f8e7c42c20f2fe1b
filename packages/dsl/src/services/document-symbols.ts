import type * as A from '../ast/ast.js';
import type { CheckResult } from '../check/check.js';
import type { ParsedFile } from '../check/program.js';
import type { LkSymbol } from '../check/symbols.js';
import { typeName } from '../check/types.js';
import { detailOf } from './describe.js';
import { fileOf, rangeOf, type Range } from './positions.js';
import type { ServiceSession } from './session.js';

export type DocumentSymbolKind =
  | 'module'
  | 'source'
  | 'assumption'
  | 'enum'
  | 'enum-member'
  | 'record'
  | 'field'
  | 'input'
  | 'output'
  | 'table'
  | 'rule'
  | 'exception'
  | 'discretion'
  | 'test'
  | 'broken';

export interface DocumentSymbol {
  readonly name: string;
  readonly kind: DocumentSymbolKind;
  readonly detail: string;
  /** The whole declaration. */
  readonly range: Range;
  /** Its name (what the editor selects and reveals). */
  readonly selectionRange: Range;
  readonly children: DocumentSymbol[];
}

const brokenKinds: Record<string, DocumentSymbolKind> = {
  kilde: 'source',
  antakelse: 'assumption',
  valg: 'enum',
  type: 'record',
  inndata: 'input',
  utdata: 'output',
  tabell: 'table',
  regel: 'rule',
  skjønn: 'discretion',
  test: 'test',
};

/**
 * The outline of a file: the module with, inside it, its sources and assumptions, `valg` with
 * their members, types and `inndata` with their fields, `utdata`, tables, rules with their
 * exceptions, `skjønn` and tests, in file order. A declaration that does not parse is kept
 * (kind of its keyword, detail «kan ikke leses») so that the outline does not jump while typing.
 */
export function documentSymbols(session: ServiceSession, path: string): DocumentSymbol[] {
  const result = session.result;
  const file = fileOf(result, path);
  if (!file) return [];
  const declarations = file.ast.declarations.map((d) => declarationSymbol(result, file, d)).filter((s): s is DocumentSymbol => s !== undefined);
  const header = file.ast.module;
  if (!header) return declarations;
  return [
    {
      name: header.name.text,
      kind: 'module',
      detail: header.variantOf ? `variant av ${header.variantOf.text}` : 'modul',
      range: rangeOf(file, { start: header.span.start, end: Math.max(header.span.end, file.ast.span.end) }),
      selectionRange: rangeOf(file, header.name.span),
      children: declarations,
    },
  ];
}

function detail(result: CheckResult, name: A.Name, fallback: string): string {
  const symbol: LkSymbol | undefined = result.program.declarations.get(name);
  return symbol ? detailOf(symbol) : fallback;
}

function declarationSymbol(result: CheckResult, file: ParsedFile, decl: A.Declaration): DocumentSymbol | undefined {
  const node = (name: string, kind: DocumentSymbolKind, detailText: string, span: A.Span, selection: A.Span, children: DocumentSymbol[] = []): DocumentSymbol => ({
    name,
    kind,
    detail: detailText,
    range: rangeOf(file, span),
    selectionRange: rangeOf(file, selection),
    children,
  });
  const written = (span: A.Span) => file.source.slice(span).replace(/\s+/g, ' ');
  const fields = (list: readonly A.FieldDecl[]) =>
    list.map((f) => {
      const symbol = result.program.declarations.get(f.name);
      const type = symbol?.kind === 'field' || symbol?.kind === 'input' ? typeName(symbol.type) : written(f.type.span);
      return node(f.name.text, decl.kind === 'Input' ? 'input' : 'field', type, f.span, f.name.span);
    });
  switch (decl.kind) {
    case 'Source':
      return node(decl.name.text, 'source', decl.title.value, decl.span, decl.name.span);
    case 'Assumption':
      return node(decl.name.text, 'assumption', decl.text.value, decl.span, decl.name.span);
    case 'Enum':
      return node(
        decl.name.text,
        'enum',
        'valg',
        decl.span,
        decl.name.span,
        decl.members.map((m) => node(m.text, 'enum-member', decl.name.text, m.span, m.span)),
      );
    case 'EnumExtension':
      return node(
        decl.name.text,
        'enum',
        'utvid valg',
        decl.span,
        decl.name.span,
        decl.members.map((m) => node(m.text, 'enum-member', decl.name.text, m.span, m.span)),
      );
    case 'Record':
      return node(decl.name.text, 'record', 'type', decl.span, decl.name.span, fields(decl.fields));
    case 'Input':
      return node(decl.name?.text ?? 'inndata', 'input', 'inndata', decl.span, decl.name?.span ?? decl.span, fields(decl.fields));
    case 'Output':
      return node('utdata', 'output', decl.names.map((n) => n.text).join(', '), decl.span, decl.span);
    case 'Table':
      return node(decl.name.text, 'table', detail(result, decl.name, written(decl.type.span)), decl.span, decl.name.span);
    case 'Rule':
      return node(
        decl.name.text,
        'rule',
        detail(result, decl.name, written(decl.type.span)),
        decl.span,
        decl.name.span,
        decl.exceptions.map((e) => node(e.label.text, 'exception', e.parent ? `unntak til ${e.parent.text}` : 'unntak', e.span, e.label.span)),
      );
    case 'Discretion':
      return node(decl.name.text, 'discretion', detail(result, decl.name, written(decl.type.span)), decl.span, decl.name.span);
    case 'Test':
      return node(decl.name.value || 'test', 'test', decl.asOf ? `test per ${decl.asOf.value}` : 'test', decl.span, decl.name.span);
    case 'Broken':
      return node(decl.name?.text ?? decl.keyword, brokenKinds[decl.keyword] ?? 'broken', `${decl.keyword} (kan ikke leses)`, decl.span, decl.name?.span ?? decl.span);
  }
}
