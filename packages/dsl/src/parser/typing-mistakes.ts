import type { IToken } from 'chevrotain';
import { closestNames } from '../check/suggest.js';
import { tokenEnd } from '../lexer/lexer.js';
import { Dot, Identifier, keywordList, NumberLiteral } from '../lexer/tokens.js';

/** A number written with a point (`7.850`), where a syntax error stands: what was meant, and the span of the whole number. */
export interface NumberWithPoint {
  readonly message: string;
  readonly hint: string;
  readonly span: { readonly start: number; readonly end: number };
}

/**
 * A number with a point in it, when the syntax error is at its part after the point
 * (`chunk[at]`): Lovkode writes thousands with a space and decimals with a comma, so `7.850`
 * reads as `7` followed by `.850`, and the parser's own words («Forventet et navn, men fant
 * «850»») do not say why.
 */
export function numberWithPoint(chunk: readonly IToken[], at: number): NumberWithPoint | undefined {
  const [whole, point, rest] = [chunk[at - 2], chunk[at - 1], chunk[at]];
  if (whole?.tokenType !== NumberLiteral || point?.tokenType !== Dot || rest?.tokenType !== NumberLiteral) return undefined;
  if (tokenEnd(whole) !== point.startOffset || tokenEnd(point) !== rest.startOffset) return undefined;
  const written = `${whole.image}.${rest.image}`;
  const meant: string[] = [];
  // Three digits after the point are a thousands group (`7.850`), fewer or more the decimals (`7.85`).
  if (thousandsGroup(whole.image, rest.image.split(',')[0] as string)) meant.push(`«${whole.image} ${rest.image}»`);
  else if (/^\d+$/.test(rest.image)) meant.push(`«${whole.image},${rest.image}»`);
  const dated = /^\d{4}$/.test(whole.image) && /^\d{2}$/.test(rest.image) ? ` En måned skrives ${whole.image}-${rest.image}, en dato ${whole.image}-${rest.image}-01.` : '';
  return {
    message: `«${written}» er ikke et tall: punktum brukes ikke i tall`,
    hint: `Tusener skilles med mellomrom og desimaler med komma${meant.length > 0 ? `: mente du ${meant.join(' eller ')}?` : '.'}${dated}`,
    span: { start: whole.startOffset, end: tokenEnd(rest) },
  };
}

/**
 * Whether a number typed as `whole`, a separator and `group` reads as thousands (`7,850`,
 * `7.850`: up to three digits, then exactly three): what the user most likely meant is
 * `7 850`. One test for the check of an amount's decimals (LK1008) and for a number with a point.
 */
export function thousandsGroup(whole: string, group: string): boolean {
  return /^\d{1,3}$/.test(whole) && /^\d{3}$/.test(group);
}

/**
 * «Mente du «når»?» for a name where the parser expected a keyword it is one letter from
 * (`nar`, `unntk`): the keyword must be among those the parser's message names as expected.
 */
export function misspeltKeyword(found: IToken, expected: string): string | undefined {
  if (found.tokenType !== Identifier || found.image.length < 3) return undefined;
  const named = keywordList.filter((keyword) => keyword.length >= 3 && expected.includes(`«${keyword}`));
  const near = closestNames(found.image, named);
  return near.length > 0 ? `Mente du ${near.map((keyword) => `«${keyword}»`).join(' eller ')}?` : undefined;
}
