import { EOF, type IRecognitionException, type IToken } from 'chevrotain';
import type * as A from '../ast/ast';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { tokenEnd, tokenize, type LexProblem } from '../lexer/lexer';
import { declarationKeywords, Identifier, isFirstOnLine, keywords, LBrace, LBracket, LParen, RBrace, RBracket, RParen } from '../lexer/tokens';
import { SourceText } from '../source/source-text';
import { ruleParser, type TopLevel } from './parser';

export interface ParseResult {
  readonly file: A.RuleFile;
  readonly source: SourceText;
  readonly diagnostics: Diagnostic[];
}

/** Parentheses, brackets and braces may nest this deep. */
export const maxNesting = 100;
/** Lexical problems reported per file before the rest are summarised in one LK1007. */
const maxLexProblems = 100;

const declarationStarts = new Set(declarationKeywords.map((k) => keywords[k]));

/** What the one pass over the tokens looks for, by `tokenTypeIdx`. */
const enum Role {
  Declaration = 1,
  Opening = 2,
  Closing = 3,
}
const roles: Role[] = [];
for (const token of declarationStarts) roles[token.tokenTypeIdx as number] = Role.Declaration;
for (const token of [LParen, LBracket, LBrace]) roles[token.tokenTypeIdx as number] = Role.Opening;
for (const token of [RParen, RBracket, RBrace]) roles[token.tokenTypeIdx as number] = Role.Closing;

/** The tokens of one declaration, and the first bracket that nests deeper than `maxNesting`. */
interface Chunk {
  readonly tokens: IToken[];
  readonly tooDeep: IToken | undefined;
}

/**
 * Parses one rule file. Never throws: every problem, however malformed the input, becomes a
 * diagnostic. Each declaration is parsed on its own, so a broken declaration is reported and
 * the declarations after it are still parsed.
 */
export function parse(text: string, path = 'uten-navn.lov'): ParseResult {
  const source = new SourceText(path, text);
  const diagnostics: Diagnostic[] = [];
  const { chunks, firstToken, comments, problems } = tokenizeDeclarations(text);

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

  let module: A.ModuleDecl | undefined;
  const uses: A.UseDecl[] = [];
  const declarations: A.Declaration[] = [];
  const docs = docCommentIndex(comments, text);

  let moduleKeywordSeen = false;
  for (let i = 0; i < chunks.length; i++) {
    // Each declaration's tokens are dropped once it is parsed, so that the garbage collector
    // does not keep copying the tokens of the whole file while the rest is parsed.
    const chunk = chunks[i] as Chunk;
    chunks[i] = undefined;
    if ((chunk.tokens[0] as IToken).tokenType === keywords.modul) moduleKeywordSeen = true;
    const item = parseChunk(chunk, source, diagnostics);
    if (!item) continue;
    switch (item.kind) {
      case 'Module':
        if (module || uses.length > 0 || declarations.length > 0) {
          diagnostics.push(
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
          diagnostics.push(
            createDiagnostic('LK1003', source, item.span, '«bruk» må stå før deklarasjonene, rett etter «modul»', {
              hint: 'Flytt linjen opp, under «modul …».',
            }),
          );
        }
        uses.push(item);
        break;
      default: {
        const doc = docs.get(item.span.start);
        declarations.push(doc === undefined ? item : { ...item, doc });
      }
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

/** Control characters shown as `\u0000` so a message stays one readable line. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The file's tokens split into declarations; the whole token list is not kept. */
function tokenizeDeclarations(text: string): {
  chunks: Array<Chunk | undefined>;
  firstToken: IToken | undefined;
  comments: A.Comment[];
  problems: LexProblem[];
} {
  const { tokens, comments, problems } = tokenize(text);
  return { chunks: splitDeclarations(tokens, text), firstToken: tokens[0], comments, problems };
}

/**
 * Splits the token stream at declaration keywords that begin a line, and finds in each
 * declaration the first bracket nested too deep, in one pass.
 */
function splitDeclarations(tokens: IToken[], text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let depth = 0;
  let tooDeep: IToken | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as IToken;
    const role = roles[token.tokenTypeIdx];
    if (role === Role.Declaration) {
      if (i > start && isFirstOnLine(text, token.startOffset)) {
        chunks.push({ tokens: tokens.slice(start, i), tooDeep });
        start = i;
        depth = 0;
        tooDeep = undefined;
      }
    } else if (role === Role.Opening) {
      if (++depth > maxNesting) tooDeep ??= token;
    } else if (role === Role.Closing && depth > 0) {
      depth--;
    }
  }
  if (start < tokens.length) chunks.push({ tokens: tokens.slice(start), tooDeep });
  return chunks;
}

function parseChunk({ tokens: chunk, tooDeep }: Chunk, source: SourceText, diagnostics: Diagnostic[]): TopLevel | undefined {
  if (tooDeep) {
    diagnostics.push(
      createDiagnostic('LK1004', source, tokenSpan(tooDeep), `Parenteser og klammer er nestet dypere enn ${maxNesting} nivåer`, {
        hint: 'Del uttrykket opp i flere regler.',
      }),
    );
    return broken(chunk);
  }
  const parser = ruleParser();
  parser.input = chunk;
  let item: TopLevel | undefined;
  try {
    item = parser.topLevel();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    diagnostics.push(
      createDiagnostic('LK1004', source, chunkSpan(chunk), 'Uttrykket er for dypt nestet til å leses', {
        hint: 'Del uttrykket opp i flere regler.',
      }),
    );
    return broken(chunk);
  }
  const error = parser.errors[0];
  if (error) {
    diagnostics.push(syntaxDiagnostic(error, chunk, source));
    return broken(chunk);
  }
  return item;
}

function syntaxDiagnostic(error: IRecognitionException, chunk: IToken[], source: SourceText): Diagnostic {
  const atEnd = error.token.tokenType === EOF || Number.isNaN(error.token.startOffset);
  const last = chunk[chunk.length - 1] as IToken;
  const span = atEnd ? { start: tokenEnd(last), end: tokenEnd(last) } : tokenSpan(error.token);
  const first = chunk[0] as IToken;
  const hint = !declarationStarts.has(first.tokenType)
    ? 'En deklarasjon begynner på en ny linje med et av ordene modul, bruk, kilde, antakelse, valg, type, inndata, utdata, tabell, regel, skjønn, erstatt eller test.'
    : atEnd
      ? 'Deklarasjonen slutter for tidlig. Mangler det noe på slutten, eller står neste deklarasjon for tett?'
      : undefined;
  return createDiagnostic('LK1003', source, span, error.message, { hint });
}

/** A stand-in for a declaration that failed to parse, keeping its name when it can be read. */
function broken(chunk: IToken[]): A.BrokenDecl | undefined {
  let index = 0;
  let first = chunk[index] as IToken;
  if (!declarationStarts.has(first.tokenType) || first.tokenType === keywords.modul || first.tokenType === keywords.bruk) return undefined;
  if (first.tokenType === keywords.erstatt && chunk[1]) first = chunk[++index] as IToken;
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

function nextNonSpace(text: string, from: number): number | undefined {
  for (let i = from; i < text.length; i++) if (!/\s/.test(text[i] as string)) return i;
  return undefined;
}

function onlySpaceWithOneLineBreak(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  return /^\s*$/.test(between) && (between.match(/\r\n|\r|\n/g) ?? []).length === 1;
}

function tokenSpan(token: IToken): A.Span {
  return { start: token.startOffset, end: tokenEnd(token) };
}

function chunkSpan(chunk: IToken[]): A.Span {
  return { start: (chunk[0] as IToken).startOffset, end: tokenEnd(chunk[chunk.length - 1] as IToken) };
}
