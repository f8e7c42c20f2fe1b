import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { Identifier, keywords } from '../lexer/tokens.js';

/** What each grammar rule is, in words, for "expected …" messages. */
const ruleDescriptions: Record<string, string> = {
  topLevel: 'en deklarasjon (modul, bruk, kilde, antakelse, valg, type, inndata, utdata, tabell, regel, skjønn, erstatt, utvid eller test)',
  expression: 'et uttrykk',
  postfix: 'et uttrykk (et tall, en dato, en tekst, et navn, en liste …)',
  typeRef: 'en type (for eksempel beløp, dato eller liste av Barn)',
  definition: '«=» eller «når … så …»',
  annotation: '«(kilde …)»',
  expectation: '«forvent navn = verdi» eller «forvent feil»',
  cell: 'en celle',
  declarationBody: 'en regel, et skjønn eller en tabell etter «erstatt»',
};

const keywordTokens = new Set<TokenType>(Object.values(keywords));

export function describeToken(token: IToken): string {
  if (token.tokenType === EOF) return 'slutten av deklarasjonen';
  const image = token.image.length > 24 ? `${token.image.slice(0, 24)}…` : token.image;
  if (token.tokenType === Identifier) return `navnet «${image}»`;
  if (keywordTokens.has(token.tokenType)) return `ordet «${image}»`;
  return `«${image}»`;
}

function label(tokenType: TokenType): string {
  return tokenType.LABEL ?? tokenType.name;
}

function firstTokens(paths: TokenType[][][]): string {
  const labels = new Set<string>();
  for (const alternative of paths) for (const path of alternative) if (path[0]) labels.add(label(path[0]));
  const list = [...labels];
  if (list.length === 0) return 'noe annet';
  if (list.length > 6) return `${list.slice(0, 6).join(', ')} …`;
  return list.length === 1 ? (list[0] as string) : `${list.slice(0, -1).join(', ')} eller ${list[list.length - 1]}`;
}

export const norwegianErrorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    return `Forventet ${label(expected)}, men fant ${describeToken(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `Uventet ${describeToken(firstRedundant)}: deklarasjonen skulle ha sluttet før dette`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }) {
    const expected = ruleDescriptions[ruleName] ?? firstTokens(expectedPathsPerAlt);
    return `Forventet ${expected}, men fant ${describeToken(actual[0] as IToken)}`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }) {
    const expected = ruleDescriptions[ruleName] ?? firstTokens([expectedIterationPaths]);
    return `Forventet ${expected}, men fant ${describeToken(actual[0] as IToken)}`;
  },
};
