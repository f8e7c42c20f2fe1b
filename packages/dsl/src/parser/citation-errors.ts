import type { IToken } from 'chevrotain';
import { Comma, DateLiteral, Identifier, keywords, LParen, RParen, Text, Url } from '../lexer/tokens.js';

/** A syntax error in a citation, said in words: what is wrong and how to write it. */
export interface CitationMistake {
  readonly message: string;
  readonly hint: string;
}

const example = '(kilde stl18, r35)';

/**
 * Recognises the usual ways of writing sources wrong around the token a syntax error is at
 * (`chunk[at]`): a second citation after the first (`(kilde a), b`, `(kilde a) (kilde b)`), a
 * comma missing or left over in the list, `gjelder` before a source, a citation without its
 * parentheses, and two sources declared at once or a second link or title in a `kilde`. Undefined for anything
 * else: the parser's own message stands.
 */
export function citationMistake(chunk: readonly IToken[], at: number): CitationMistake | undefined {
  const token = chunk[at];
  const previous = chunk[at - 1];
  if (!token || !previous) return undefined;
  const is = (t: IToken | undefined, type: unknown) => t !== undefined && t.tokenType === type;
  const isText = (t: IToken | undefined) => t?.tokenType.CATEGORIES?.some((c) => c === Text) === true;
  const declaration = chunk[0]?.tokenType;

  if (is(token, Comma) && is(previous, Identifier) && at === 2 && (declaration === keywords.kilde || declaration === keywords.antakelse)) {
    return {
      message: `Hver ${declaration === keywords.kilde ? 'kilde' : 'antakelse'} deklareres for seg`,
      hint: `Skriv én linje for hver: ${chunk[0]?.image} ${previous.image} "…" og ${chunk[0]?.image} ${chunk[at + 1]?.image ?? 'b'} "…".`,
    };
  }
  if (is(token, Comma) && is(previous, Url) && declaration === keywords.kilde) {
    return {
      message: 'En kilde har én lenke',
      hint: 'Deklarer hver lenke som en egen kilde («kilde a …», «kilde b …»), og vis til begge der de brukes: (kilde a, b).',
    };
  }
  if (is(token, Comma) && isText(previous) && (declaration === keywords.kilde || declaration === keywords.antakelse)) {
    return {
      message: 'Tittelen er én tekst; komma skiller ikke to tekster her',
      hint: 'Skriv én tekst, eller to tekster etter hverandre uten komma ("…" "…"): de blir til én.',
    };
  }
  if ((is(token, Comma) || is(token, LParen) || is(token, Identifier)) && is(previous, RParen) && annotationStart(chunk, at - 1) !== undefined) {
    return {
      message: 'Alle kildene står i én parentes',
      hint: `Skriv kildene etter hverandre i samme parentes, skilt med komma: ${example}.`,
    };
  }
  // `… kilde a, b` (a citation), not `… kilde m "Tittel"` (a declaration on the same line) or `erstatt kilde`.
  const cited = chunk[at + 2];
  if (is(token, keywords.kilde) && !is(previous, LParen) && !is(previous, keywords.erstatt) && is(chunk[at + 1], Identifier) && !isText(cited)) {
    return { message: 'Kildene står i parentes', hint: `Skriv for eksempel ${example}.` };
  }
  const open = annotationStart(chunk, at);
  if (open === undefined) return undefined;
  if (is(token, Identifier) && is(previous, Identifier)) {
    return { message: `Det mangler et komma mellom kildene «${previous.image}» og «${token.image}»`, hint: `Kildene skilles med komma: ${example}.` };
  }
  if (is(token, RParen) && is(previous, Comma)) {
    return { message: 'Det står et komma uten noen kilde etter', hint: `Fjern kommaet, eller skriv kilden som mangler: ${example}.` };
  }
  if (is(token, Comma) && is(previous, DateLiteral)) {
    return {
      message: '«gjelder fra …» står sist i parentesen, etter kildene',
      hint: 'Skriv for eksempel (kilde stl18, r35, gjelder fra 2022-09-01).',
    };
  }
  return undefined;
}

/**
 * The index of the `(` of the citation `chunk[at]` stands in or closes (`(kilde …` or
 * `(gjelder …`), or undefined when it is not in one.
 */
function annotationStart(chunk: readonly IToken[], at: number): number | undefined {
  let depth = 0;
  for (let i = at; i >= 0; i--) {
    const type = (chunk[i] as IToken).tokenType;
    if (type === RParen && i !== at) depth++;
    else if (type === LParen) {
      if (depth === 0) {
        const next = chunk[i + 1]?.tokenType;
        return next === keywords.kilde || next === keywords.gjelder ? i : undefined;
      }
      depth--;
    }
  }
  return undefined;
}
