import { EOF, type IRecognitionException, type IToken } from 'chevrotain';
import type * as A from '../ast/ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { tokenEnd, tokenize, type LexProblem } from '../lexer/lexer.js';
import { declarationKeywords, declarationKeywordTokens, Identifier, isFirstOnLine, isInlineSpace, keywords, wordEnd } from '../lexer/tokens.js';
import { SourceText } from '../source/source-text.js';
import { bracketsTooDeep, tooDeepToRead, treeTooDeep } from './bounds.js';
import { citationMistake } from './citation-errors.js';
import { misspeltKeyword, numberWithPoint } from './typing-mistakes.js';
import { ruleParser, type TopLevel } from './parser.js';
import { withPlaceholders } from './template.js';

export interface ParseResult {
  readonly file: A.RuleFile;
  readonly source: SourceText;
  readonly diagnostics: Diagnostic[];
}

/** Lexical problems reported per file before the rest are summarised in one LK1007. */
const maxLexProblems = 100;

const declarationWords = new Set<string>(declarationKeywords);
const declarationWordLengths = new Set(declarationKeywords.map((k) => k.length));

/**
 * Parses one rule file. Never throws: every problem, however malformed the input, becomes a
 * diagnostic. Each declaration is parsed on its own, so a broken declaration is reported and
 * the declarations after it are still parsed.
 */
export function parse(text: string, path = 'uten-navn.lov'): ParseResult {
  const source = new SourceText(path, text);
  const diagnostics: Diagnostic[] = [];
  const parseDiagnostics: Diagnostic[] = [];
  const problems: LexProblem[] = [];
  const comments: A.Comment[] = [];
  let firstToken: IToken | undefined;

  let module: A.ModuleDecl | undefined;
  const uses: A.UseDecl[] = [];
  const declarations: A.Declaration[] = [];
  let moduleKeywordSeen = false;
  // The file is lexed a part at a time and each declaration parsed in turn, so that the
  // tokens of the whole file are never alive at once (the garbage collector would copy them
  // again and again).
  lexDeclarations(source, problems, comments, (tokens) => {
    firstToken ??= tokens[0];
    if ((tokens[0] as IToken).tokenType === keywords.modul) moduleKeywordSeen = true;
    const item = withTemplates(parseChunk(tokens, source, parseDiagnostics), source, parseDiagnostics);
    if (!item) return;
    switch (item.kind) {
      case 'Module':
        if (module || uses.length > 0 || declarations.length > 0) {
          parseDiagnostics.push(
            createDiagnostic('LK1005', source, item.span, 'En fil kan bare ha én «modul», og den må stå først', {
              hint: 'Hver fil er én modul. Flytt «modul …» til første linje.',
            }),
          );
        } else {
          module = item;
        }
        break;
      case 'Use':
        if (declarations.length > 0) {
          parseDiagnostics.push(
            createDiagnostic('LK1003', source, item.span, '«bruk» må stå før deklarasjonene, rett etter «modul»', {
              hint: 'Flytt linjen opp, under «modul …».',
            }),
          );
        }
        uses.push(item);
        break;
      default:
        declarations.push(item);
    }
  });

  // Lexical problems first, in the order they stand in the file, then syntax.
  problems.sort((a, b) => a.start - b.start);
  for (const problem of problems.slice(0, maxLexProblems)) {
    const span = { start: problem.start, end: problem.end };
    diagnostics.push(
      problem.kind === 'unknown-character'
        ? createDiagnostic('LK1001', source, span, `Ukjent tegn «${visible(problem.text)}»`, {
            hint: 'Bare bokstaver, tall og tegnene + - * / % = < > ( ) [ ] { } , : . | " # er tillatt utenfor tekst.',
          })
        : createDiagnostic('LK1002', source, span, 'Teksten mangler avsluttende anførselstegn «"»', {
            hint: 'En tekst må slutte på samme linje. Lange tekster kan deles: "første del " "andre del".',
          }),
    );
  }
  if (problems.length > maxLexProblems) {
    const rest = problems[maxLexProblems] as (typeof problems)[number];
    diagnostics.push(
      createDiagnostic('LK1007', source, { start: rest.start, end: rest.end }, `${problems.length - maxLexProblems} flere tegnfeil er ikke vist`, {
        hint: 'Er dette en regelfil? Filen inneholder mange tegn språket ikke kjenner.',
      }),
    );
  }
  for (const diagnostic of parseDiagnostics) diagnostics.push(diagnostic);

  const docs = docCommentIndex(comments, text);
  for (let i = 0; i < declarations.length; i++) {
    const declaration = declarations[i] as A.Declaration;
    const doc = docs.get(declaration.span.start);
    const memberDocs = declaration.kind === 'Enum' || declaration.kind === 'EnumExtension' ? docsOfMembers(declaration, docs) : undefined;
    const fields = declaration.kind === 'Record' ? fieldsWithDocs(declaration, docs) : undefined;
    if (doc !== undefined || memberDocs !== undefined || fields !== undefined) {
      // Field by field, not by conditional spreads (which V8 copies slowly): the same keys in the
      // same order.
      const documented = { ...declaration } as { -readonly [K in keyof A.Declaration]: A.Declaration[K] } & {
        memberDocs?: Record<string, string>;
        fields?: A.FieldDecl[];
      };
      if (doc !== undefined) documented.doc = doc;
      if (memberDocs !== undefined) documented.memberDocs = memberDocs;
      if (fields !== undefined) documented.fields = fields;
      declarations[i] = documented as A.Declaration;
    }
  }

  if (!module && !moduleKeywordSeen) {
    const span = firstToken ? { start: firstToken.startOffset, end: tokenEnd(firstToken) } : { start: 0, end: 0 };
    diagnostics.push(
      createDiagnostic('LK1005', source, span, 'Filen mangler «modul …» på første linje', {
        hint: 'Skriv for eksempel «modul sosialhjelp.livsopphold» øverst i filen.',
      }),
    );
  }

  const file: A.RuleFile = {
    kind: 'RuleFile',
    path,
    module,
    uses,
    declarations,
    comments,
    span: { start: 0, end: text.length },
  };
  return { file, source, diagnostics };
}

/** A file's header: its `modul` line and its `bruk` lines. */
export interface FileHeader {
  readonly module: A.ModuleDecl;
  readonly uses: readonly A.UseDecl[];
}

/**
 * The header of a rule file, read without parsing the declarations after it (nor lexing them,
 * beyond the first); undefined when the file does not begin with a `modul` line, or a problem
 * is found in what was lexed or parsed — `parse` says which.
 */
export function parseHeader(text: string, path = 'uten-navn.lov'): FileHeader | undefined {
  const source = new SourceText(path, text);
  const problems: LexProblem[] = [];
  const diagnostics: Diagnostic[] = [];
  let module: A.ModuleDecl | undefined;
  const uses: A.UseDecl[] = [];
  let readable = true;
  // One declaration lexed at a time: the header is a few lines, the file may be long.
  lexDeclarations(source, problems, [], (tokens) => {
    const first = (tokens[0] as IToken).tokenType;
    if (module !== undefined && first !== keywords.bruk) return stop;
    const item = parseChunk(tokens, source, diagnostics);
    if (item?.kind === 'Module' && module === undefined) module = item;
    else if (item?.kind === 'Use' && module !== undefined) uses.push(item);
    else readable = false;
    return readable ? undefined : stop;
  }, 0);
  return readable && module !== undefined && problems.length === 0 && diagnostics.length === 0 ? { module, uses } : undefined;
}

/** A rule or `skjønn` with the placeholders of its `forklaring` parsed (after the declaration: the parser is not re-entrant). */
function withTemplates(item: TopLevel | undefined, source: SourceText, diagnostics: Diagnostic[]): TopLevel | undefined {
  if ((item?.kind !== 'Rule' && item?.kind !== 'Discretion') || !item.explanation) return item;
  const explanation = withPlaceholders(item.explanation, source, diagnostics);
  return explanation === item.explanation ? item : { ...item, explanation };
}

/** Control characters shown as `\u0000` so a message stays one readable line. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Characters lexed at once: enough that the lexer's set-up is paid rarely, few enough that the tokens stay a small array. */
const lexingPart = 16_384;

/**
 * Lexes the source's text a part of whole declarations at a time (at least one declaration, and
 * more while they fit in `part` characters) and hands each declaration's tokens (those from one
 * declaration start to the next) to `each`, in order, until `each` returns `stop`. Lexical
 * problems and comments are added to `problems` and `comments`.
 */
function lexDeclarations(source: SourceText, problems: LexProblem[], comments: A.Comment[], each: (tokens: IToken[]) => void | typeof stop, part = lexingPart): void {
  const text = source.text;
  const starts = declarationStarts(source);
  for (let i = 0; i < starts.length; ) {
    const from = starts[i] as number;
    let j = i + 1;
    while (j < starts.length && (starts[j] as number) - from < part) j++;
    const to = starts[j] ?? text.length;
    const lexed = tokenize(text.slice(from, to), from);
    for (const problem of lexed.problems) problems.push(problem);
    for (const comment of lexed.comments) comments.push(comment);
    const tokens = lexed.tokens;
    let next = 0;
    for (let k = i; k < j; k++) {
      const end = k + 1 < j ? (starts[k + 1] as number) : to;
      const first = next;
      while (next < tokens.length && (tokens[next] as IToken).startOffset < end) next++;
      if (next > first && each(first === 0 && next === tokens.length ? tokens : tokens.slice(first, next)) === stop) return;
    }
    i = j;
  }
}

/** What `lexDeclarations`'s `each` returns to read no further. */
const stop = Symbol('stop');

/**
 * Where the declarations begin: at 0, and at every line (after `\r\n`, `\r` or `\n`: the
 * file's line table) whose first word (after inline space, as the lexer and `isFirstOnLine`
 * have it) is a declaration keyword. No token spans a line break, so each part can be lexed on
 * its own; a part holds one declaration (or, before the first, whatever stands there).
 */
function declarationStarts(source: SourceText): number[] {
  const text = source.text;
  const starts = [0];
  const lines = source.lineStarts();
  for (let line = 1; line < lines.length; line++) {
    const start = lines[line] as number;
    let at = start;
    while (at < text.length && isInlineSpace(text.charCodeAt(at))) at++;
    const end = wordEnd(text, at);
    if (declarationWordLengths.has(end - at) && declarationWords.has(text.slice(at, end))) starts.push(start);
  }
  return starts;
}

function parseChunk(chunk: IToken[], source: SourceText, diagnostics: Diagnostic[]): TopLevel | undefined {
  const tooDeep = bracketsTooDeep(chunk, source);
  if (tooDeep) {
    diagnostics.push(tooDeep);
    return broken(chunk);
  }
  const parser = ruleParser();
  parser.input = chunk;
  let item: TopLevel | undefined;
  try {
    item = parser.topLevel();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    diagnostics.push(tooDeepToRead(chunkSpan(chunk), source));
    return broken(chunk);
  }
  const error = parser.errors[0];
  if (error) {
    diagnostics.push(syntaxDiagnostic(error, chunk, source));
    return broken(chunk);
  }
  const deep = item && treeTooDeep(item, chunk, source);
  if (deep) {
    diagnostics.push(deep);
    return broken(chunk);
  }
  return item;
}

function syntaxDiagnostic(error: IRecognitionException, chunk: IToken[], source: SourceText): Diagnostic {
  const atEnd = error.token.tokenType === EOF || Number.isNaN(error.token.startOffset);
  const last = chunk[chunk.length - 1] as IToken;
  const span = atEnd ? { start: tokenEnd(last), end: tokenEnd(last) } : tokenSpan(error.token);
  const first = chunk[0] as IToken;
  const at = chunk.indexOf(error.token);
  const point = atEnd ? undefined : numberWithPoint(chunk, at);
  if (point) return createDiagnostic('LK1003', source, point.span, point.message, { hint: point.hint });
  const mistake = atEnd ? undefined : citationMistake(chunk, at);
  if (mistake) return createDiagnostic('LK1003', source, span, mistake.message, { hint: mistake.hint });
  const hint = !declarationKeywordTokens.has(first.tokenType)
    ? 'En deklarasjon begynner på en ny linje med et av ordene modul, bruk, kilde, antakelse, valg, type, inndata, utdata, tabell, regel, skjønn, erstatt, utvid eller test.'
    : atEnd
      ? 'Deklarasjonen slutter for tidlig. Mangler det noe på slutten, eller står neste deklarasjon for tett?'
      : misspeltKeyword(error.token, error.message);
  return createDiagnostic('LK1003', source, span, error.message, { hint });
}

/** A stand-in for a declaration that failed to parse, keeping its name when it can be read. */
function broken(chunk: IToken[]): A.BrokenDecl | undefined {
  let index = 0;
  let first = chunk[index] as IToken;
  if (!declarationKeywordTokens.has(first.tokenType) || first.tokenType === keywords.modul || first.tokenType === keywords.bruk) return undefined;
  if ((first.tokenType === keywords.erstatt || first.tokenType === keywords.utvid) && chunk[1]) first = chunk[++index] as IToken;
  const nameToken = chunk[index + 1];
  const name: A.Name | undefined =
    nameToken && nameToken.tokenType === Identifier ? { kind: 'Name', text: nameToken.image, span: tokenSpan(nameToken) } : undefined;
  return { kind: 'Broken', keyword: first.image, name, doc: undefined, span: chunkSpan(chunk) };
}

/**
 * Maps the start offset of each declaration to the text of the `##` doc comment lines
 * directly above it (no blank line between).
 */
function docCommentIndex(comments: readonly A.Comment[], text: string): Map<number, string> {
  const index = new Map<number, string>();
  let lines: string[] = [];
  let end = -1;
  for (const comment of comments) {
    if (!comment.doc || !isFirstOnLine(text, comment.span.start)) {
      lines = [];
      continue;
    }
    if (lines.length > 0 && !onlySpaceWithOneLineBreak(text, end, comment.span.start)) lines = [];
    lines.push(comment.text.trim());
    end = comment.span.end;
    const next = nextNonSpace(text, end);
    if (next !== undefined && text[next] !== '#' && onlySpaceWithOneLineBreak(text, end, next)) {
      index.set(next, lines.join('\n'));
      lines = [];
    }
  }
  return index;
}

/** A record's fields with the doc comment directly above each (its label); undefined when none has one. */
function fieldsWithDocs(declaration: A.RecordDecl, docs: ReadonlyMap<number, string>): A.FieldDecl[] | undefined {
  if (!declaration.fields.some((field) => docs.has(field.span.start))) return undefined;
  return declaration.fields.map((field) => {
    const doc = docs.get(field.span.start);
    return doc === undefined ? field : { ...field, doc };
  });
}

/** The doc comments directly above an enumeration's members, by member name; undefined when there are none. */
function docsOfMembers(declaration: A.EnumDecl | A.EnumExtensionDecl, docs: ReadonlyMap<number, string>): Record<string, string> | undefined {
  // Keyed by member names, which may be any name (`constructor`): no inherited keys.
  let found: Record<string, string> | undefined;
  for (const member of declaration.members) {
    const doc = docs.get(member.span.start);
    if (doc !== undefined) (found ??= Object.create(null) as Record<string, string>)[member.text] = doc;
  }
  return found;
}

function nextNonSpace(text: string, from: number): number | undefined {
  for (let i = from; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return i;
  return undefined;
}

/**
 * Is there only space, with exactly one line break, between `from` and `to`? A doc comment
 * documents what follows it only so (and the formatter keeps to the same rule, format/document.ts).
 * A line break is `\r\n`, `\r` or `\n`; space is what `\s` matches in a regular expression.
 */
export function onlySpaceWithOneLineBreak(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (++breaks > 1) return false;
      if (c === 13 && i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
    } else if (!isWhiteSpace(c)) {
      return false;
    }
  }
  return breaks === 1;
}

/** Whether a character is one that `\s` matches in a regular expression (space, line breaks, Unicode spaces). */
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function tokenSpan(token: IToken): A.Span {
  return { start: token.startOffset, end: tokenEnd(token) };
}

function chunkSpan(chunk: IToken[]): A.Span {
  return { start: (chunk[0] as IToken).startOffset, end: tokenEnd(chunk[chunk.length - 1] as IToken) };
}
