import type { IToken } from 'chevrotain';
import type { Comment } from '../ast/ast.js';
import { builtinTypes, builtinValues } from '../check/builtins.js';
import { checkParsed, parseFile, type CheckResult } from '../check/check.js';
import { Probe, type ProbeHit } from '../check/probe.js';
import { enumMembers, visibleModules, type CheckedProgram, type ModuleInfo, type ParsedFile, type TypeSymbol } from '../check/program.js';
import type { CitableSymbol, EnumSymbol, LkSymbol, ParameterSymbol, ValueSymbol, VariableSymbol } from '../check/symbols.js';
import { booleanType, isAssignable, typeName, type Type } from '../check/types.js';
import * as T from '../lexer/tokens.js';
import { detailOf } from './describe.js';
import { valueType } from './occurrences.js';
import { fileOf, offsetOf, type Position } from './positions.js';
import type { ServiceSession } from './session.js';
import {
  end,
  enclosingOpener,
  is,
  isCloser,
  isEquals,
  isIdentifier,
  isOpener,
  isText,
  isWord,
  K,
  lexed,
  startsDeclaration,
} from './tokens.js';

export type CompletionKind =
  | 'keyword'
  | 'rule'
  | 'table'
  | 'discretion'
  | 'input'
  | 'enum'
  | 'enum-member'
  | 'record'
  | 'field'
  | 'source'
  | 'function'
  | 'type'
  | 'variable'
  | 'module';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  /** The type or signature (for sources: the title). */
  readonly detail?: string;
  /** Markdown: the doc comment, or what a keyword does. */
  readonly documentation?: string;
  /** What to insert when it differs from the label. */
  readonly insertText?: string;
}

/** Keywords usable inside an expression. */
export const expressionKeywords = ['hvis', 'så', 'ellers', 'og', 'eller', 'ikke', 'sann', 'usann', 'ubestemt', 'for', 'i', 'der', 'etter', 'synkende'] as const;

const keywordDocs: Record<string, string> = {
  modul: 'modul navn — navnet på modulen; første linje i filen',
  bruk: 'bruk modul — gjør deklarasjonene i en annen modul synlige',
  kilde: 'kilde id "tittel" <lenke> — en rettskilde',
  antakelse: 'antakelse id "tekst" — noe kildene ikke avgjør',
  valg: 'valg Navn { a, b } — en oppramsing',
  type: 'type Navn { felt: type } — en post med felt',
  inndata: 'inndata Navn { felt: type } — inndataene til regelsettet',
  utdata: 'utdata a, b — resultatene regelsettet gir',
  tabell: 'tabell navn(nøkkel: Type): Type — en satstabell',
  regel: 'regel navn(parametre): Type (kilde …) — en regel',
  skjønn: 'skjønn navn: Type (kilde …) veiledende = … — en skjønnsmessig verdi',
  erstatt: 'erstatt regel|skjønn|tabell … — erstatter en deklarasjon i grunnmodulen (i en variant)',
  test: 'test "navn" — en test med gitt, overstyr og forvent',
  hvis: 'hvis betingelse så a ellers b',
  når: 'når betingelse så verdi — en definisjon som gjelder når betingelsen holder',
  unntak: 'unntak etikett (kilde …) — et unntak fra definisjonene over',
  forklaring: 'forklaring "…" — tekst til begrunnelsen; {uttrykk} settes inn',
  ubestemt: 'ubestemt "grunn" — utfallet krever en individuell vurdering',
  for: 'uttrykk for x i liste der betingelse etter nøkkel — i sum, antall, noen, alle, liste, distinkte, maks og min',
  etter: 'for x i liste etter nøkkel [synkende] — elementene i nøkkelens rekkefølge; like nøkler i listens rekkefølge',
  synkende: 'etter nøkkel synkende — største nøkkel først (like nøkler fortsatt i listens rekkefølge)',
  gitt: 'gitt felt = verdi — inndata i testen',
  overstyr: 'overstyr skjønn = verdi begrunnelse "…"',
  forvent: 'forvent regel = verdi, eller forvent feil "tekst"',
  gjelder: 'gjelder fra dato til dato — gyldighetsperiode',
  ukjent: 'ukjent "melding" — satsen for perioden er ikke kjent',
};

/**
 * Completion at `position` in the file `path`: what may be written there, from the token
 * stream around the cursor (the declaration being written usually does not parse) and the
 * checked program (what is visible, and the types of names).
 */
export function complete(session: ServiceSession, path: string, position: Position): CompletionItem[] {
  const file = fileOf(session.result, path);
  if (!file) return [];
  const items = new Completer(session.result, file, offsetOf(file, position)).run();
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.kind}\u0000${item.label}\u0000${item.detail ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}


function keyword(label: string, detail?: string): CompletionItem {
  const documentation = keywordDocs[label];
  return { label, kind: 'keyword', ...(detail ? { detail } : {}), ...(documentation ? { documentation } : {}) };
}

export function completionKind(symbol: LkSymbol): CompletionKind {
  switch (symbol.kind) {
    case 'rule':
    case 'table':
    case 'discretion':
    case 'input':
    case 'enum':
    case 'enum-member':
    case 'record':
    case 'field':
    case 'module':
      return symbol.kind;
    case 'source':
    case 'assumption':
      return 'source';
    case 'builtin':
      return symbol.role === 'function' ? 'function' : symbol.role === 'type' ? 'type' : 'variable';
    case 'parameter':
    case 'variable':
    case 'exception':
      return 'variable';
  }
}

function symbolItem(symbol: LkSymbol, extra: Partial<CompletionItem> = {}): CompletionItem {
  let documentation = symbol.doc;
  if (symbol.kind === 'assumption') documentation = `*Antakelse*${symbol.doc ? `\n\n${symbol.doc}` : ''}`;
  if (symbol.kind === 'source' && symbol.url) documentation = `${symbol.doc ? `${symbol.doc}\n\n` : ''}<${symbol.url}>`;
  return {
    label: symbol.name,
    kind: completionKind(symbol),
    detail: detailOf(symbol),
    ...(documentation ? { documentation } : {}),
    ...extra,
  };
}

class Completer {
  private readonly program: CheckedProgram;
  private readonly module: ModuleInfo | undefined;
  private readonly text: string;
  private readonly tokens: readonly IToken[];
  private readonly comments: readonly Comment[];
  /** The word the cursor is in or right after (-1: none). */
  private readonly word: number;
  /** The last token before the word or cursor (-1: none). */
  private readonly prev: number;
  /** The first token of the declaration the cursor is in (-1: before any). */
  private readonly chunk: number;
  /** The declaration keyword (after `erstatt`, the kind keyword when written). */
  private readonly head: number;
  /** Just after the last token of the declaration. */
  private readonly chunkEnd: number;
  private readonly kind: string | undefined;

  constructor(
    result: CheckResult,
    private readonly file: ParsedFile,
    private readonly offset: number,
  ) {
    this.program = result.program;
    this.module = result.program.moduleOfFile.get(file.path);
    this.text = file.source.text;
    const { tokens, comments } = lexed(file);
    this.tokens = tokens;
    this.comments = comments;
    this.word = tokens.findIndex((t) => isWord(t) && t.startOffset < offset && offset <= end(t));
    const limit = this.word >= 0 ? (tokens[this.word] as IToken).startOffset : offset;
    let prev = -1;
    for (let i = 0; i < tokens.length && end(tokens[i] as IToken) <= limit; i++) prev = i;
    this.prev = prev;
    let chunk = -1;
    for (let i = prev; i >= 0; i--) {
      if (startsDeclaration(this.text, tokens[i])) {
        chunk = i;
        break;
      }
    }
    this.chunk = chunk;
    let chunkEnd = tokens.length;
    for (let i = prev + 1; i < tokens.length; i++) {
      if (i !== this.word && startsDeclaration(this.text, tokens[i])) {
        chunkEnd = i;
        break;
      }
    }
    this.chunkEnd = chunkEnd;
    let head = chunk;
    if (chunk >= 0 && is(tokens[chunk], K.erstatt)) {
      const next = tokens[chunk + 1];
      if (chunk + 1 <= prev && (is(next, K.regel) || is(next, K.skjønn) || is(next, K.tabell))) head = chunk + 1;
    }
    this.head = head;
    this.kind = head >= 0 ? tokens[head]?.image : undefined;
  }

  private tok(i: number): IToken | undefined {
    return i >= 0 ? this.tokens[i] : undefined;
  }

  /** The k-th token before the word or cursor (0: the one right before). */
  private p(k = 0): IToken | undefined {
    return this.tok(this.prev - k);
  }

  private get start(): number {
    return this.word >= 0 ? (this.tokens[this.word] as IToken).startOffset : this.offset;
  }

  private firstOnLine(offset = this.start): boolean {
    return T.isFirstOnLine(this.text, offset);
  }

  /** The index of the first token on the line of token `i`. */
  private lineFirst(i: number): number {
    let j = i;
    while (j > 0 && !T.isFirstOnLine(this.text, (this.tokens[j] as IToken).startOffset)) j--;
    return j;
  }

  private opener(from = this.prev): number {
    return enclosingOpener(this.tokens, from, Math.max(this.chunk, 0));
  }

  run(): CompletionItem[] {
    const inComment = this.comments.some((c) => c.span.start < this.offset && this.offset <= c.span.end);
    if (inComment) return [];
    const text = this.tokens.findIndex(
      (t) => isText(t) && t.startOffset < this.offset && (this.offset < end(t) || (t.tokenType === T.UnterminatedText && this.offset === end(t))),
    );
    if (text >= 0) return this.template(text);
    if (this.file.source.positionAt(this.start).column === 1) return this.declarationKeywords();
    if (this.chunk < 0) return this.firstOnLine() ? this.declarationKeywords() : [];

    const annotation = this.annotation();
    if (annotation) return annotation;
    switch (this.kind) {
      case 'modul':
        return this.moduleHeader();
      case 'bruk':
        return this.moduleNames(this.chunk + 1);
      case 'erstatt':
        return is(this.p(), K.erstatt) ? [keyword('regel'), keyword('skjønn'), keyword('tabell')] : [];
      case 'type':
      case 'inndata':
        return this.fieldDeclarations();
      case 'utdata':
        return this.outputs();
      case 'regel':
      case 'skjønn':
      case 'tabell':
        return this.definition();
      case 'test':
        return this.test();
      default:
        return [];
    }
  }

  // ─── Top level ───────────────────────────────────────────────────────────────

  private declarationKeywords(): CompletionItem[] {
    const header = this.file.ast.module;
    const items: CompletionItem[] = [];
    if (!header || header.span.start >= this.start) items.push(keyword('modul'));
    items.push(keyword('bruk'));
    for (const k of ['kilde', 'antakelse', 'valg', 'type', 'inndata', 'utdata', 'tabell', 'regel', 'skjønn']) items.push(keyword(k));
    if (this.module?.variantOf || header?.variantOf) items.push(keyword('erstatt'), keyword('utvid'));
    items.push(keyword('test'));
    return items;
  }

  private moduleHeader(): CompletionItem[] {
    const variant = this.tokens.slice(this.chunk, this.prev + 1).findIndex((t) => is(t, K.variant));
    if (variant >= 0 && this.chunk + variant + 1 <= this.prev && is(this.tok(this.chunk + variant + 1), K.av)) {
      return this.moduleNames(this.chunk + variant + 2);
    }
    if (is(this.p(), K.variant)) return [keyword('av')];
    if (variant < 0 && this.prev > this.chunk && !is(this.p(), T.Dot)) return [keyword('variant')];
    return [];
  }

  /** Module names for a dotted name that starts at token `nameStart`; the part already written is kept. */
  private moduleNames(nameStart: number): CompletionItem[] {
    if (nameStart > this.prev + 1) return [];
    const first = this.tok(nameStart);
    const qualifier = first && nameStart <= this.prev ? this.text.slice(first.startOffset, this.start) : '';
    if (qualifier !== '' && !qualifier.endsWith('.')) return [];
    const items: CompletionItem[] = [];
    for (const module of this.program.modules.values()) {
      if (module === this.module || !module.name.startsWith(qualifier) || module.name.includes(' ')) continue;
      items.push({
        label: module.name,
        kind: 'module',
        detail: module.file.path,
        ...(qualifier ? { insertText: module.name.slice(qualifier.length) } : {}),
      });
    }
    return items;
  }

  private outputs(): CompletionItem[] {
    if (!is(this.p(), K.utdata) && !is(this.p(), T.Comma)) return [];
    const listed = new Set(this.tokens.slice(this.chunk + 1, this.chunkEnd).filter((t, i) => isIdentifier(t) && this.chunk + 1 + i !== this.word).map((t) => t.image));
    return this.outputCapable().filter((s) => !listed.has(s.name)).map((s) => symbolItem(s));
  }

  /** Rules without parameters and `skjønn`: what `utdata` and `forvent` may name. */
  private outputCapable(): ValueSymbol[] {
    return [...this.visibleValues().values()].filter((s) => (s.kind === 'rule' && !s.params) || s.kind === 'discretion');
  }

  // ─── What is visible ─────────────────────────────────────────────────────────

  /**
   * The values visible in `module`: by default the file's module in the checked rule set; in
   * an expression, the same module in the check that answered the probe (whose symbols the
   * expected type refers to).
   */
  private visibleValues(module = this.module): Map<string, ValueSymbol> {
    const values = new Map<string, ValueSymbol>();
    if (!module) return values;
    for (const m of visibleModules(module)) for (const [name, symbol] of m.values) if (!values.has(name)) values.set(name, symbol);
    return values;
  }

  private visibleTypes(module = this.module): Map<string, TypeSymbol> {
    const types = new Map<string, TypeSymbol>();
    if (!module) return types;
    for (const m of visibleModules(module)) for (const [name, symbol] of m.types) if (!types.has(name)) types.set(name, symbol);
    return types;
  }

  private visibleSources(): CitableSymbol[] {
    const sources = new Map<string, CitableSymbol>();
    if (!this.module) return [];
    for (const m of visibleModules(this.module)) for (const [name, symbol] of m.sources) if (!sources.has(name)) sources.set(name, symbol);
    return [...sources.values()];
  }

  private sources(): CompletionItem[] {
    return this.visibleSources().map((s) => symbolItem(s));
  }

  private types(): CompletionItem[] {
    const items: CompletionItem[] = [];
    for (const symbol of builtinTypes.values()) items.push(symbolItem(symbol));
    for (const symbol of this.visibleTypes().values()) items.push(symbolItem(symbol));
    items.push({ label: 'liste av', kind: 'keyword', detail: 'liste av Type', documentation: 'En liste av verdier av én type.', insertText: 'liste av ' });
    return items;
  }

  private enumMembers(symbol: EnumSymbol, module = this.module): CompletionItem[] {
    // With a variant's `utvid valg` members, where the file is that variant.
    return [...enumMembers(symbol, module).values()].map((m) => symbolItem(m));
  }

  // ─── Annotations `(kilde …, gjelder fra … til …)` ───────────────────────────

  private annotation(): CompletionItem[] | undefined {
    const open = this.opener();
    if (open < 0 || !is(this.tok(open), T.LParen)) return undefined;
    const first = this.tok(open + 1);
    if (open === this.prev) return this.isAnnotationParen(open) ? [keyword('kilde'), keyword('gjelder')] : this.fieldOptions(open);
    if (!is(first, K.kilde) && !is(first, K.gjelder)) return this.fieldOptions(open);
    const p = this.p();
    if (is(p, K.gjelder)) return [keyword('fra')];
    if (is(p, T.DateLiteral) && is(this.p(1), K.fra)) return [keyword('til')];
    const inValidity = this.tokens.slice(open, this.prev + 1).some((t) => is(t, K.gjelder));
    if (!inValidity && is(first, K.kilde) && (is(p, K.kilde) || is(p, T.Comma))) {
      return [...this.sources(), ...(is(p, T.Comma) ? [keyword('gjelder')] : [])];
    }
    return [];
  }

  /** Is the `(` at `i` where a citation may stand (after a signature, an exception label or an assumption)? */
  private isAnnotationParen(i: number): boolean {
    const before = this.tok(i - 1);
    if (this.kind === 'antakelse') return isText(before);
    if (this.kind !== 'regel' && this.kind !== 'skjønn' && this.kind !== 'tabell') return false;
    if (enclosingOpener(this.tokens, i - 1, this.chunk) >= 0) return false;
    if (i === this.head + 2) return false; // the parameters of `regel navn(`
    return i < this.bodyStart() || is(this.tok(this.lineFirst(i)), K.unntak);
  }

  /** `felt: type (vurderingstidspunkt, negativ_tillatt)` in `type` and `inndata`. */
  private fieldOptions(open: number): CompletionItem[] | undefined {
    if ((this.kind !== 'type' && this.kind !== 'inndata') || enclosingOpener(this.tokens, open - 1, this.chunk) !== this.firstBrace()) return undefined;
    // The options follow the field's type: `felt: Type (` or `felt: liste av Type (`.
    if (!isIdentifier(this.tok(open - 1)) || !(is(this.tok(open - 2), T.Colon) || is(this.tok(open - 2), K.av))) return undefined;
    if (!is(this.p(), T.LParen) && !is(this.p(), T.Comma)) return [];
    const options: CompletionItem[] = [{ label: 'negativ_tillatt', kind: 'keyword', documentation: 'Beløpet kan være negativt.' }];
    if (this.kind === 'inndata') options.unshift({ label: 'vurderingstidspunkt', kind: 'keyword', documentation: 'Feltet er datoen eller måneden beregningen gjelder for.' });
    return options;
  }

  // ─── `type` and `inndata` ────────────────────────────────────────────────────

  private firstBrace(): number {
    for (let i = this.chunk; i < this.chunkEnd; i++) if (is(this.tok(i), T.LBrace)) return i;
    return -1;
  }

  private fieldDeclarations(): CompletionItem[] {
    const brace = this.firstBrace();
    if (brace < 0 || this.prev < brace) return [];
    const open = this.opener();
    if (open < 0) return [];
    if (is(this.p(), T.Colon) && this.opener(this.prev - 1) === brace) return this.types();
    if (this.isListAv()) return this.types();
    // Inside the braces and outside a default value, a field name or its type is being written.
    if (open === brace && this.fieldDefaultStart() < 0) return [];
    return this.expression();
  }

  /** The `=` of the field default the cursor is in, or -1. */
  private fieldDefaultStart(): number {
    const brace = this.firstBrace();
    for (let i = this.prev; i > brace; i--) {
      const t = this.tok(i);
      if (this.opener(i) !== brace) continue;
      if (isEquals(t)) return i;
      if (is(t, T.Comma) || is(t, T.Colon) || this.firstOnLine(t?.startOffset)) return -1;
    }
    return -1;
  }

  private isListAv(): boolean {
    return is(this.p(), K.av) && isIdentifier(this.p(1)) && this.p(1)?.image === 'liste';
  }

  // ─── `regel`, `skjønn`, `tabell` ─────────────────────────────────────────────

  /** The first token of the body (`=`/`når`/`unntak`, `veiledende`, a table row), or the end of the declaration. */
  private bodyStart(): number {
    let depth = 0;
    for (let i = this.head + 1; i < this.chunkEnd; i++) {
      const t = this.tok(i);
      if (isOpener(t)) depth++;
      else if (isCloser(t)) depth = Math.max(0, depth - 1);
      else if (depth === 0) {
        if (this.kind === 'regel' && (isEquals(t) || is(t, K.når) || is(t, K.unntak))) return i;
        if (this.kind === 'skjønn' && is(t, K.veiledende)) return i;
        if (this.kind === 'tabell' && is(t, T.RowStart)) return i;
      }
    }
    return this.chunkEnd;
  }

  /** The `(` of the parameter list, if the declaration has one. */
  private paramsParen(): number {
    return (this.kind === 'regel' || this.kind === 'tabell') && isIdentifier(this.tok(this.head + 1)) && is(this.tok(this.head + 2), T.LParen) ? this.head + 2 : -1;
  }

  private definition(): CompletionItem[] {
    const p = this.p();
    if (this.prev === this.head) {
      return is(this.tok(this.chunk), K.erstatt) ? this.replaceable() : [];
    }
    const body = this.bodyStart();
    if (this.prev < body) {
      // The signature: `navn(p: Type): Type (kilde …)`.
      const params = this.paramsParen();
      const open = this.opener();
      if (is(p, T.Colon) && (open < 0 || open === params)) return this.types();
      if (this.isListAv()) return this.types();
      if (this.firstOnLine() && this.prev > this.head + 1 && open < 0) {
        return this.kind === 'regel' ? [keyword('når')] : this.kind === 'skjønn' ? [keyword('veiledende')] : [];
      }
      return [];
    }
    if (this.kind === 'tabell') return this.tableRow();
    const line = this.lineFirst(this.prev);
    const lineStartsHere = this.firstOnLine();
    if (!lineStartsHere && is(this.tok(line), K.unntak) && this.opener() < 0) {
      if (is(p, K.unntak)) return [];
      if (is(p, K.til)) return this.exceptionLabels(line);
      if (this.prev === line + 1) return [keyword('til')];
    }
    if (is(p, K.forklaring) || is(p, K.veiledende)) return [];
    const extra = this.kind === 'regel' ? ['når', 'unntak', 'forklaring'] : ['forklaring'];
    if (this.kind === 'skjønn' && !this.tokens.slice(body, this.chunkEnd).some((t) => is(t, K.veiledende))) extra.unshift('veiledende');
    return this.expression(extra);
  }

  /** After `erstatt regel|skjønn|tabell`: what the base module has of that kind, with its signature. */
  private replaceable(): CompletionItem[] {
    const base = this.module?.variantOf;
    if (!base) return [];
    const wanted = this.kind === 'regel' ? 'rule' : this.kind === 'skjønn' ? 'discretion' : 'table';
    const items: CompletionItem[] = [];
    const seen = new Set<string>();
    for (const m of visibleModules(base)) {
      for (const symbol of m.values.values()) {
        if (symbol.kind !== wanted || seen.has(symbol.name)) continue;
        seen.add(symbol.name);
        const detail = detailOf(symbol);
        items.push(symbolItem(symbol, { insertText: `${symbol.name}${detail.startsWith('(') ? detail : `: ${detail}`}` }));
      }
    }
    return items;
  }

  private exceptionLabels(line: number): CompletionItem[] {
    const current = this.tok(line + 1)?.image;
    const items: CompletionItem[] = [];
    for (let i = this.head; i < this.chunkEnd; i++) {
      const t = this.tok(i);
      const label = this.tok(i + 1);
      if (is(t, K.unntak) && isIdentifier(label) && label.image !== current && T.isFirstOnLine(this.text, (t as IToken).startOffset)) {
        items.push({ label: label.image, kind: 'variable', detail: 'unntak' });
      }
    }
    return items;
  }

  // ─── Table rows ──────────────────────────────────────────────────────────────

  private tableRow(): CompletionItem[] {
    const line = this.lineFirst(this.prev);
    if (!is(this.tok(line), T.RowStart) || this.firstOnLine()) return [];
    const row = this.tokens.slice(line, this.prev + 1);
    const column = row.filter((t) => is(t, T.RowStart) || is(t, T.Pipe)).length - 1;
    const headerStart = this.bodyStart();
    const header = this.rowCells(headerStart);
    const params = this.tableParams();
    if (line === headerStart) {
      const present = new Set(header.filter((_, i) => i !== column).map((c) => c ?? ''));
      const items: CompletionItem[] = [keyword('fra'), keyword('til')];
      for (const param of params) items.push({ label: param.name, kind: 'variable', detail: param.type ? typeName(param.type) : 'nøkkel' });
      const last = params[params.length - 1]?.type;
      if (last?.kind === 'enum') items.push(...this.enumMembers(last.symbol));
      items.push({ label: 'verdi', kind: 'keyword', documentation: 'Verdikolonnen i en lang tabell.' }, keyword('kilde'));
      return items.filter((i) => !present.has(i.label));
    }
    const afterUnknown = row.some((t) => is(t, K.ukjent)) && !is(this.p(), K.ukjent);
    const name = afterUnknown ? (header.includes('kilde') ? 'kilde' : undefined) : header[column];
    if (name === 'kilde') return this.sources();
    if (name === 'fra' || name === 'til' || name === undefined) return [];
    const param = params.find((p) => p.name === name);
    if (param) return param.type?.kind === 'enum' ? this.enumMembers(param.type.symbol) : [];
    return [keyword('ukjent')];
  }

  /** The names in the cells of the row starting at token `rowStart` (undefined for a cell that is not one name). */
  private rowCells(rowStart: number): Array<string | undefined> {
    const cells: Array<string | undefined> = [];
    let current: IToken[] = [];
    const flush = () => {
      cells.push(current.length === 1 && isWord(current[0]) ? (current[0] as IToken).image : undefined);
      current = [];
    };
    for (let i = rowStart + 1; i < this.chunkEnd; i++) {
      const t = this.tok(i) as IToken;
      if (is(t, T.RowStart)) break;
      if (is(t, T.Pipe)) flush();
      else current.push(t);
    }
    if (current.length > 0) flush();
    return cells;
  }

  /** The keys of the table being written, as the checker declared them. */
  private tableParams(): readonly ParameterSymbol[] {
    const name = this.tok(this.head + 1);
    const decl = this.file.ast.declarations.find((d) => d.kind === 'Table' && d.name.span.start === name?.startOffset);
    const symbol = decl?.kind === 'Table' ? this.program.declarations.get(decl.name) : undefined;
    return symbol?.kind === 'table' ? (symbol.params ?? []) : [];
  }

  // ─── Tests ───────────────────────────────────────────────────────────────────

  private test(): CompletionItem[] {
    const p = this.p();
    if (this.prev === this.chunk) return [];
    const clauses = [K.gitt, K.overstyr, K.forvent, K.begrunnelse];
    let clause: IToken | undefined;
    let depth = 0;
    for (let i = this.prev; i > this.chunk; i--) {
      const t = this.tok(i);
      if (isCloser(t)) depth++;
      else if (isOpener(t)) depth = Math.max(0, depth - 1);
      else if (depth === 0 && clauses.some((c) => is(t, c))) {
        clause = t;
        break;
      }
    }
    const clauseKeywords = [keyword('gitt'), keyword('overstyr'), keyword('forvent')];
    if (!clause) {
      if (isText(p) || is(p, T.DateLiteral) || is(p, T.MonthLiteral)) return [...(isText(p) ? [keyword('per')] : []), ...clauseKeywords];
      return [];
    }
    const inList = this.opener() < 0;
    const given = this.givenNames();
    const inputs = () => [...this.visibleValues().values()].filter((s) => s.kind === 'input' && !given.has(s.name)).map((s) => symbolItem(s));
    if (is(p, K.gitt)) return inputs();
    if (is(p, K.overstyr)) return [...this.visibleValues().values()].filter((s) => s.kind === 'discretion').map((s) => symbolItem(s));
    if (is(p, K.forvent)) return [...this.outputCapable().map((s) => symbolItem(s)), keyword('feil')];
    if (is(p, K.begrunnelse) || is(p, K.feil)) return [];
    if (inList && this.firstOnLine()) return [...clauseKeywords, ...(is(clause, K.gitt) ? inputs() : [])];
    if (inList && is(clause, K.gitt) && is(p, T.Comma)) return inputs();
    const extra = is(clause, K.overstyr) && !isEquals(p) ? ['begrunnelse'] : [];
    return this.expression(extra);
  }

  /** Inputs already given a value in the test being written. */
  private givenNames(): Set<string> {
    const names = new Set<string>();
    for (let i = this.chunk + 1; i + 1 < this.chunkEnd; i++) {
      const t = this.tok(i);
      if (isIdentifier(t) && i !== this.word && isEquals(this.tok(i + 1)) && enclosingOpener(this.tokens, i, this.chunk) < 0) names.add(t.image);
    }
    return names;
  }

  // ─── Expressions: the checker's scope and expected type at the cursor ──────

  /**
   * What the checker sees at the cursor: the rule set checked again with `insert` written in
   * place of the word being typed; the probe asks about the expression starting at `at`.
   * Where the declaration being written does not parse so, it is closed (see `closing`) at
   * the end of the cursor's line, else at the declaration's end, else at the cursor with the
   * rest of the declaration left out (text after the cursor that does not fit yet, `der ‸ og`):
   * the first of these that parses answers. Undefined where none does.
   */
  private probe(insert: string, at: number): ProbeHit | undefined {
    const from = this.start;
    const to = this.word >= 0 ? end(this.tokens[this.word] as IToken) : this.offset;
    const withInsert = (close: number, closers: string) => this.text.slice(0, from) + insert + this.text.slice(to, close) + closers + this.text.slice(close);
    const newline = this.text.slice(to).search(/\r|\n/);
    const lineEnd = newline < 0 ? this.text.length : to + newline;
    const first = Math.max(this.chunk, 0);
    const onLine = this.tokens.slice(first, this.chunkEnd).filter((t) => t.startOffset < lineEnd);
    const last = this.tok(this.chunkEnd - 1);
    const declarationEnd = Math.max(to, last ? end(last) : to);
    const before = this.tokens.slice(first, this.chunkEnd).filter((t) => t.startOffset < from);
    return (
      this.checkWith(withInsert(to, ''), at) ??
      this.checkWith(withInsert(lineEnd, closing(onLine)), at) ??
      this.checkWith(withInsert(declarationEnd, closing(this.tokens.slice(first, this.chunkEnd))), at) ??
      this.checkWith(this.text.slice(0, from) + insert + closing(before) + this.text.slice(declarationEnd), at)
    );
  }

  /** The probe at `at`, the file's text being `text`. */
  private checkWith(text: string, at: number): ProbeHit | undefined {
    const files = this.program.files.map((f) => (f.path === this.file.path ? parseFile({ path: f.path, text }) : f));
    const probe = new Probe(this.file.path, at);
    checkParsed(files, probe);
    return probe.hit;
  }

  private expression(extra: readonly string[] = []): CompletionItem[] {
    const p = this.p();
    if (is(p, T.Dot)) return this.members(this.probe(placeholderName, this.start));
    const open = this.opener();
    if (open >= 0 && is(this.tok(open), T.LBrace) && (is(p, T.LBrace) || is(p, T.Comma))) return this.recordFields(open);
    const hit = this.probe(placeholderName, this.start);
    const module = hit?.module ?? this.module;
    const locals = hit?.locals ?? new Map<string, ParameterSymbol | VariableSymbol>();
    const values = this.visibleValues(module);
    const expected = hit?.expected;
    const items: CompletionItem[] = [];
    for (const [name, local] of locals) items.push({ label: name, kind: 'variable', detail: typeName(local.type) });
    if (expected?.kind === 'enum') items.push(...this.enumMembers(expected.symbol, module));
    const self = isIdentifier(this.tok(this.head + 1)) && this.head + 1 <= this.prev ? this.tok(this.head + 1)?.image : undefined;
    const ownKind = this.kind === 'regel' || this.kind === 'skjønn' || this.kind === 'tabell';
    for (const [name, symbol] of values) {
      if (locals.has(name) || (ownKind && name === self && symbol.module === module)) continue;
      items.push(symbolItem(symbol));
    }
    for (const symbol of builtinValues.values()) if (!locals.has(symbol.name) && !values.has(symbol.name)) items.push(symbolItem(symbol));
    const types = this.visibleTypes(module);
    for (const symbol of types.values()) items.push(symbolItem(symbol));
    // Where no enumeration is expected (a definition's value may start with «hvis» and compare anything), every member, after the fitting values.
    if (expected?.kind !== 'enum') for (const symbol of types.values()) if (symbol.kind === 'enum') items.push(...this.enumMembers(symbol, module));
    for (const k of expressionKeywords) items.push(keyword(k));
    for (const k of extra) items.push(keyword(k));
    if (expected === undefined || expected.kind === 'error' || expected.kind === 'undetermined') return items;
    const fits = (item: CompletionItem): boolean => {
      const type = itemType(item, expected, locals, values, module);
      return type !== undefined && type.kind !== 'error' && isAssignable(type, expected);
    };
    // The values of the expected type first (after `og`, the conditions; in a table call, the key's members), each group in its order.
    return [...items.filter(fits), ...items.filter((item) => !fits(item))];
  }

  /** After `x.`: the fields of a record, or the members of a `valg` named by its type. */
  private members(hit: ProbeHit | undefined): CompletionItem[] {
    const object = hit?.object;
    if (object?.kind === 'enum-type') return this.enumMembers(object.symbol, hit?.module);
    if (object?.kind === 'value' && object.type.kind === 'record') return [...object.type.symbol.fields.values()].map((f) => symbolItem(f));
    return [];
  }

  /** In a record literal `{ …, ‸` whose `{` is at `brace`: the fields of its type not yet given. */
  private recordFields(brace: number): CompletionItem[] {
    const before = this.tok(brace - 1);
    const start = isIdentifier(before) ? before.startOffset : (this.tok(brace) as IToken).startOffset;
    const named = is(this.tok(this.word >= 0 ? this.word + 1 : this.prev + 1), T.Colon);
    const record = this.probe(named ? placeholderName : `${placeholderName}: 0`, start)?.record;
    if (record?.type?.kind !== 'record') return [];
    const given = new Set(record.literal.fields.map((f) => f.name.text));
    return [...record.type.symbol.fields.values()].filter((f) => !given.has(f.name)).map((f) => symbolItem(f));
  }

  // ─── Explanation templates ───────────────────────────────────────────────────

  /**
   * Inside `forklaring "… {uttrykk} …"`: the names a placeholder may start with. A rule with
   * parameters or a table is proposed as a call (`alder_nå(b)`): its bare name is an error.
   */
  private template(textIndex: number): CompletionItem[] {
    let i = textIndex - 1;
    while (isText(this.tok(i))) i--;
    if (!is(this.tok(i), K.forklaring)) return [];
    const token = this.tok(textIndex) as IToken;
    const before = this.text.slice(token.startOffset + 1, this.offset);
    const open = openPlaceholder(before);
    if (open < 0) return [];
    const written = before.slice(open + 1);
    // The name being written: after the last dot (a field), else after the `{`.
    const dot = written.lastIndexOf('.');
    const hit = this.probeText(this.offset - (dot >= 0 ? written.length - dot - 1 : written.trimStart().length), token);
    if (dot >= 0) return this.members(hit);
    const items: CompletionItem[] = [];
    for (const [name, local] of hit?.locals ?? []) {
      items.push(name === 'verdi' ? { label: name, kind: 'variable', detail: typeName(local.type), documentation: 'Verdien regelen eller skjønnet selv gir.' } : { label: name, kind: 'variable', detail: typeName(local.type) });
    }
    const own = this.tok(this.head + 1)?.image;
    for (const symbol of this.visibleValues().values()) {
      // The rule itself is `verdi`; naming it would make it depend on itself.
      if (symbol.name === own) continue;
      if (symbol.kind === 'discretion' || symbol.kind === 'input' || (symbol.kind === 'rule' && !symbol.params)) items.push(symbolItem(symbol));
      else if (symbol.kind === 'rule' || symbol.kind === 'table') {
        items.push(symbolItem(symbol, { insertText: `${symbol.name}(${(symbol.params ?? []).map((p) => p.name).join(', ')})` }));
      }
    }
    return items;
  }

  /**
   * The probe inside a template's placeholder: the name being written (from `from` to the
   * cursor) replaced by the placeholder name, the `{` closed right after it.
   */
  private probeText(from: number, token: IToken): ProbeHit | undefined {
    const rest = this.text.slice(this.offset, end(token));
    const wordEnd = this.offset + (/^[\p{L}\p{N}_]*/u.exec(rest)?.[0].length ?? 0);
    return this.checkWith(`${this.text.slice(0, from)}${placeholderName}}${this.text.slice(wordEnd)}`, from);
  }
}

/** The type of the value an expression completion item stands for, where it has one. */
function itemType(item: CompletionItem, expected: Type, locals: ProbeHit['locals'], values: ReadonlyMap<string, ValueSymbol>, module: ModuleInfo | undefined): Type | undefined {
  switch (item.kind) {
    case 'variable':
      return locals.get(item.label)?.type;
    case 'enum-member':
      return expected.kind === 'enum' && enumMembers(expected.symbol, module).has(item.label) ? expected : undefined;
    case 'keyword':
      return item.label === 'sann' || item.label === 'usann' ? booleanType : undefined;
    default:
      return valueType(values.get(item.label) ?? builtinValues.get(item.label));
  }
}

/** The name written where the cursor is while the checker is asked about it. */
const placeholderName = 'fullføring_her';

/**
 * What closes a declaration being written from left to right: its unclosed brackets, and a
 * `så 0 ellers 0` for each `hvis` (a `så 0` for each `når`) still waiting for them. A value
 * `0` of the wrong type is harmless: only the scope and expected type at the cursor are read.
 */
function closing(tokens: readonly IToken[]): string {
  const open: string[] = [];
  for (const t of tokens) {
    if (isOpener(t)) open.push(closerText[t.image] ?? '');
    else if (isCloser(t)) {
      while (open.length > 0 && !isBracketCloser(open[open.length - 1])) open.pop();
      open.pop();
    } else if (is(t, K.hvis)) open.push(' så 0 ellers 0');
    else if (is(t, K.når)) open.push(' så 0');
    else if (is(t, K.så) && open[open.length - 1] === ' så 0 ellers 0') open[open.length - 1] = ' ellers 0';
    else if (is(t, K.så) && open[open.length - 1] === ' så 0') open.pop();
    else if (is(t, K.ellers) && open[open.length - 1] === ' ellers 0') open.pop();
  }
  return open.reverse().join('');
}

const closerText: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

function isBracketCloser(text: string | undefined): boolean {
  return text === ')' || text === ']' || text === '}';
}

/** Where the placeholder the cursor is in begins (its `{`) in the text before the cursor; -1 when it is in none. `\{` is text. */
function openPlaceholder(before: string): number {
  let open = -1;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (c === '\\') i++;
    else if (c === '{') open = i;
    else if (c === '}') open = -1;
  }
  return open;
}
