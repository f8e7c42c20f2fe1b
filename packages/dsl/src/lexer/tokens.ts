import { createToken, Lexer, type TokenType } from 'chevrotain';

/**
 * Token definitions of the rule language. This file is the single source of the lexical
 * grammar: the lexer is built from it and the editor's syntax highlighting is generated
 * from `tokenClasses` below.
 */

const letter = 'A-Za-z_æøåÆØÅéèüöäÉÈÜÖÄ';
export const Identifier = createToken({
  name: 'Identifier',
  pattern: new RegExp(`[${letter}][${letter}0-9]*`),
});
const word = new RegExp(`[${letter}][${letter}0-9]*`, 'y');

/** Where the word (what the lexer reads as an `Identifier` or a keyword) that begins at `offset` ends; `offset` if none does. */
export function wordEnd(text: string, offset: number): number {
  word.lastIndex = offset;
  return word.test(text) ? word.lastIndex : offset;
}

/**
 * The characters that separate tokens on a line: space, tab, form feed, vertical tab, the
 * no-break space (common in text pasted from Word) and the byte-order mark. One definition
 * for the lexer and for every scan of what stands first on a line.
 */
const inlineSpaceCharacters = [' ', '\t', '\f', '\v', '\u00a0', '\ufeff'] as const;
const inlineSpaceCodes = new Set<number>(inlineSpaceCharacters.map((c) => c.charCodeAt(0)));

/** Is the UTF-16 code unit `c` one the lexer skips between tokens on a line? */
export function isInlineSpace(c: number): boolean {
  return inlineSpaceCodes.has(c);
}

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: new RegExp(`[${inlineSpaceCharacters.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]+`),
  group: Lexer.SKIPPED,
});
export const LineBreak = createToken({
  name: 'LineBreak',
  pattern: /\r\n|\r|\n/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
export const DocComment = createToken({ name: 'DocComment', pattern: /##[^\r\n]*/, group: 'comments' });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\r\n]*/, group: 'comments' });

/** Keyword spelling → token. Sorted longest first when registered (see `allTokens`). */
const keywordSpellings = [
  'modul', 'variant', 'av', 'bruk', 'kilde', 'antakelse', 'valg', 'type', 'inndata', 'utdata',
  'tabell', 'regel', 'skjønn', 'erstatt', 'utvid', 'unntak', 'til', 'fra', 'gjelder', 'når', 'så',
  'hvis', 'ellers', 'forklaring', 'veiledende', 'test', 'per', 'gitt', 'overstyr',
  'begrunnelse', 'forvent', 'feil', 'og', 'eller', 'ikke', 'for', 'i', 'der', 'etter', 'synkende',
  'sann', 'usann', 'ukjent', 'ubestemt', 'kr', 'kontrollert', 'ledd', 'punktum',
] as const;
export type KeywordSpelling = (typeof keywordSpellings)[number];

/** The category of all keywords: parts of a dotted module name may be keywords (`sosialhjelp.test`). */
export const AnyKeyword = createToken({ name: 'AnyKeyword', label: 'et navn', pattern: Lexer.NA });

/** The category of every infix operator, so the parser reads an operator chain with one match. */
export const BinaryOperator = createToken({ name: 'BinaryOperator', label: 'en operator', pattern: Lexer.NA });
const operatorKeywords: readonly string[] = ['og', 'eller', 'i'];

function keyword(spelling: KeywordSpelling): TokenType {
  return createToken({
    name: `Kw_${spelling}`,
    label: `«${spelling}»`,
    pattern: new RegExp(spelling),
    longer_alt: Identifier,
    categories: operatorKeywords.includes(spelling) ? [AnyKeyword, BinaryOperator] : [AnyKeyword],
  });
}
export const keywords: Record<KeywordSpelling, TokenType> = Object.fromEntries(
  keywordSpellings.map((s) => [s, keyword(s)]),
) as Record<KeywordSpelling, TokenType>;
export const keywordList: readonly KeywordSpelling[] = keywordSpellings;

/** Keywords that may only begin a declaration; the parser splits a file at them. */
export const declarationKeywords: readonly KeywordSpelling[] = [
  'modul', 'bruk', 'kilde', 'antakelse', 'valg', 'type', 'inndata', 'utdata', 'tabell', 'regel',
  'skjønn', 'erstatt', 'utvid', 'test',
];
/** The token types of `declarationKeywords`. */
export const declarationKeywordTokens: ReadonlySet<TokenType> = new Set(declarationKeywords.map((k) => keywords[k]));

export const DateLiteral = createToken({ name: 'DateLiteral', label: 'en dato', pattern: /\d{4}-\d{2}-\d{2}(?![\d-])/ });
export const MonthLiteral = createToken({ name: 'MonthLiteral', label: 'en måned', pattern: /\d{4}-\d{2}(?![\d-])/ });
export const NumberLiteral = createToken({
  name: 'NumberLiteral',
  label: 'et tall',
  pattern: /\d{1,3}(?: \d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?/,
});

/** Text literals: a terminated and an unterminated form share the category `Text`. */
export const Text = createToken({ name: 'Text', label: 'en tekst', pattern: Lexer.NA });
export const TextLiteral = createToken({
  name: 'TextLiteral',
  label: 'en tekst',
  // The loop unrolled (runs of plain characters between escapes): the same texts as
  // /"(?:[^"\\\r\n]|\\.)*"/, without an alternation tried per character of a long law text.
  pattern: /"[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*"/,
  categories: [Text],
});
export const UnterminatedText = createToken({
  name: 'UnterminatedText',
  label: 'en tekst',
  pattern: /"[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*/,
  categories: [Text],
});
export const Url = createToken({ name: 'Url', label: 'en lenke', pattern: /<https?:\/\/[^\s<>]*>/ });

/** A `|` that is the first thing on its line starts a table row. */
export const RowStart = createToken({
  name: 'RowStart',
  label: 'en tabellrad («|» først på linjen)',
  pattern: {
    exec(text: string, offset: number): RegExpExecArray | null {
      if (text.charCodeAt(offset) !== 124 /* | */ || !isFirstOnLine(text, offset)) return null;
      const match = ['|'] as unknown as RegExpExecArray;
      match.index = offset;
      return match;
    },
  },
  start_chars_hint: ['|'],
  line_breaks: false,
});
export const Pipe = createToken({ name: 'Pipe', label: '«|»', pattern: /\|/ });

export const LessEqual = createToken({ name: 'LessEqual', label: '«<=»', pattern: /<=|≤/, categories: [BinaryOperator] });
export const GreaterEqual = createToken({ name: 'GreaterEqual', label: '«>=»', pattern: />=|≥/, categories: [BinaryOperator] });
export const NotEqual = createToken({ name: 'NotEqual', label: '«≠»', pattern: /!=|≠/, categories: [BinaryOperator] });
export const Less = createToken({ name: 'Less', label: '«<»', pattern: /</, categories: [BinaryOperator] });
export const Greater = createToken({ name: 'Greater', label: '«>»', pattern: />/, categories: [BinaryOperator] });
/**
 * `=` in a definition, default, assignment or expectation. A `=` that begins a line always
 * starts a definition (`LineEquals`), never continues a comparison on the line above.
 */
export const AnyEquals = createToken({ name: 'AnyEquals', label: '«=»', pattern: Lexer.NA });
/** A `=` that is (LineEquals) or is not (Equals) the first thing on its line. */
function equalsSign(firstOnLine: boolean) {
  return {
    exec(text: string, offset: number): RegExpExecArray | null {
      if (text.charCodeAt(offset) !== 61 /* = */ || isFirstOnLine(text, offset) !== firstOnLine) return null;
      const match = ['='] as unknown as RegExpExecArray;
      match.index = offset;
      return match;
    },
  };
}
export const LineEquals = createToken({
  name: 'LineEquals',
  label: '«=»',
  pattern: equalsSign(true),
  start_chars_hint: ['='],
  line_breaks: false,
  categories: [AnyEquals],
});
export const Equals = createToken({
  name: 'Equals',
  label: '«=»',
  pattern: equalsSign(false),
  start_chars_hint: ['='],
  line_breaks: false,
  categories: [BinaryOperator, AnyEquals],
});
export const Plus = createToken({ name: 'Plus', label: '«+»', pattern: /\+/, categories: [BinaryOperator] });
export const Minus = createToken({ name: 'Minus', label: '«-»', pattern: /-|−/, categories: [BinaryOperator] });
export const Star = createToken({ name: 'Star', label: '«*»', pattern: /\*|×/, categories: [BinaryOperator] });
export const Slash = createToken({ name: 'Slash', label: '«/»', pattern: /\//, categories: [BinaryOperator] });
export const Percent = createToken({ name: 'Percent', label: '«%»', pattern: /%/ });
export const LParen = createToken({ name: 'LParen', label: '«(»', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', label: '«)»', pattern: /\)/ });
export const LBracket = createToken({ name: 'LBracket', label: '«[»', pattern: /\[/ });
export const RBracket = createToken({ name: 'RBracket', label: '«]»', pattern: /\]/ });
export const LBrace = createToken({ name: 'LBrace', label: '«{»', pattern: /\{/ });
export const RBrace = createToken({ name: 'RBrace', label: '«}»', pattern: /\}/ });
export const Comma = createToken({ name: 'Comma', label: '«,»', pattern: /,/ });
export const Colon = createToken({ name: 'Colon', label: '«:»', pattern: /:/ });
export const Dot = createToken({ name: 'Dot', label: '«.»', pattern: /\./ });

Identifier.LABEL = 'et navn';

const keywordTokens = [...keywordSpellings]
  .sort((a, b) => b.length - a.length)
  .map((s) => keywords[s]);

/**
 * The tokens the lexer matches. Keywords are not among them: a word is read as an
 * `Identifier` and then, if it is a keyword, given the keyword's type (`keywordOf`). That
 * is what `longer_alt` would decide, without trying every keyword at every word.
 */
export const lexerTokens: TokenType[] = [
  WhiteSpace,
  LineBreak,
  DocComment,
  Comment,
  DateLiteral,
  MonthLiteral,
  NumberLiteral,
  Text,
  TextLiteral,
  UnterminatedText,
  Url,
  AnyKeyword,
  BinaryOperator,
  AnyEquals,
  LessEqual,
  GreaterEqual,
  NotEqual,
  Less,
  Greater,
  LineEquals,
  Equals,
  Plus,
  Minus,
  Star,
  Slash,
  Percent,
  LParen,
  RParen,
  LBracket,
  RBracket,
  LBrace,
  RBrace,
  Comma,
  Colon,
  Dot,
  RowStart,
  Pipe,
  Identifier,
];

/** Every token type, the parser's vocabulary. */
export const allTokens: TokenType[] = [...lexerTokens.slice(0, -1), ...keywordTokens, Identifier];

/** The keywords by the length of their spelling: a word is compared with the few of its length. */
const keywordsByLength: Array<Array<{ readonly spelling: string; readonly token: TokenType }> | undefined> = [];
for (const spelling of keywordSpellings) (keywordsByLength[spelling.length] ??= []).push({ spelling, token: keywords[spelling] });

/**
 * The keyword token a word is, if it is one. The lexer asks this of every word: comparing it
 * with the keywords of its length is cheaper than hashing it for a map (a word is a new string
 * each time), and most words are names longer than any keyword.
 */
export function keywordOf(word: string): TokenType | undefined {
  const candidates = keywordsByLength[word.length];
  if (candidates === undefined) return undefined;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i] as { readonly spelling: string; readonly token: TokenType };
    if (candidate.spelling === word) return candidate.token;
  }
  return undefined;
}

/** True when only inline space (`isInlineSpace`) stands between the start of the line and `offset`. */
export function isFirstOnLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (!isInlineSpace(c)) return false;
  }
  return true;
}

/**
 * Highlighting classes for editors, derived from the token definitions above. The editor
 * package generates its Monaco tokenizer from this (never a hand-kept second grammar).
 */
export type TokenClass = 'keyword' | 'comment' | 'string' | 'number' | 'date' | 'link' | 'operator' | 'delimiter' | 'identifier';
export const tokenClasses: ReadonlyArray<{ token: TokenType; class: TokenClass }> = [
  ...allTokens.filter((t) => t !== WhiteSpace && t !== LineBreak && t !== Text && t !== AnyKeyword && t !== BinaryOperator && t !== AnyEquals).map((token) => ({
    token,
    class: classify(token),
  })),
];

function classify(token: TokenType): TokenClass {
  if (keywordTokens.includes(token)) return 'keyword';
  switch (token) {
    case DocComment:
    case Comment:
      return 'comment';
    case TextLiteral:
    case UnterminatedText:
      return 'string';
    case NumberLiteral:
      return 'number';
    case DateLiteral:
    case MonthLiteral:
      return 'date';
    case Url:
      return 'link';
    case Identifier:
      return 'identifier';
    case LParen:
    case RParen:
    case LBracket:
    case RBracket:
    case LBrace:
    case RBrace:
    case Comma:
    case Colon:
    case Dot:
    case RowStart:
    case Pipe:
      return 'delimiter';
    default:
      return 'operator';
  }
}
