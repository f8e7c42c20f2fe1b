import type { IToken } from 'chevrotain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLexer, tokenize } from '../../src/lexer/lexer';
import { keywordList } from '../../src/lexer/tokens';
import { SourceText } from '../../src/source/source-text';

/** `Name:image` for every token, e.g. `NumberLiteral:12 600`. */
function lex(text: string): string[] {
  return tokenize(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`);
}

function kinds(text: string): string[] {
  return tokenize(text).tokens.map((t) => t.tokenType.name);
}

function only(text: string): IToken {
  const { tokens, problems } = tokenize(text);
  expect(problems).toEqual([]);
  expect(tokens).toHaveLength(1);
  return tokens[0] as IToken;
}

describe('lexer: numbers', () => {
  it('reads digits grouped in threes with one space as one number', () => {
    expect(lex('12 600')).toEqual(['NumberLiteral:12 600']);
    expect(lex('1 234 567')).toEqual(['NumberLiteral:1 234 567']);
    expect(lex('1 234,75')).toEqual(['NumberLiteral:1 234,75']);
    expect(lex('999')).toEqual(['NumberLiteral:999']);
  });

  it('reads two numbers when the grouping is not one space and three digits', () => {
    expect(lex('12  600')).toEqual(['NumberLiteral:12', 'NumberLiteral:600']);
    expect(lex('1 2345')).toEqual(['NumberLiteral:1', 'NumberLiteral:2345']);
    expect(lex('12 60')).toEqual(['NumberLiteral:12', 'NumberLiteral:60']);
    expect(lex('1234 567')).toEqual(['NumberLiteral:1234', 'NumberLiteral:567']);
    expect(lex('12\t600')).toEqual(['NumberLiteral:12', 'NumberLiteral:600']);
  });

  it('reads a decimal comma without spaces as part of the number', () => {
    expect(lex('0,5')).toEqual(['NumberLiteral:0,5']);
    expect(lex('1,5 %')).toEqual(['NumberLiteral:1,5', 'Percent:%']);
  });

  it('reads a comma followed by a space as a separator', () => {
    expect(lex('1, 5')).toEqual(['NumberLiteral:1', 'Comma:,', 'NumberLiteral:5']);
    expect(lex('maks(0 kr, 12 600 kr)')).toEqual([
      'Identifier:maks',
      'LParen:(',
      'NumberLiteral:0',
      'Kw_kr:kr',
      'Comma:,',
      'NumberLiteral:12 600',
      'Kw_kr:kr',
      'RParen:)',
    ]);
  });
});

describe('lexer: dates and months', () => {
  it('reads YYYY-MM-DD as a date and YYYY-MM as a month', () => {
    expect(lex('2024-03-01')).toEqual(['DateLiteral:2024-03-01']);
    expect(lex('2024-03')).toEqual(['MonthLiteral:2024-03']);
  });

  it('reads a subtraction when there are spaces or too few digits', () => {
    expect(lex('2024 - 3')).toEqual(['NumberLiteral:2024', 'Minus:-', 'NumberLiteral:3']);
    expect(lex('2024 -03')).toEqual(['NumberLiteral:2024', 'Minus:-', 'NumberLiteral:03']);
    expect(lex('2024-3')).toEqual(['NumberLiteral:2024', 'Minus:-', 'NumberLiteral:3']);
  });

  it('leaves the validity of the calendar day to later stages', () => {
    // 2023-02-30 is one date token; LK1006 is reported by the checker.
    expect(lex('2023-02-30')).toEqual(['DateLiteral:2023-02-30']);
    expect(lex('2024-13')).toEqual(['MonthLiteral:2024-13']);
  });
});

describe('lexer: keywords and names', () => {
  it('tells keywords from names that begin with them', () => {
    expect(lex('ikke ikkje')).toEqual(['Kw_ikke:ikke', 'Identifier:ikkje']);
    expect(lex('i inntekt')).toEqual(['Kw_i:i', 'Identifier:inntekt']);
    expect(lex('ellers eller')).toEqual(['Kw_ellers:ellers', 'Kw_eller:eller']);
    expect(lex('forvent for forventning')).toEqual(['Kw_forvent:forvent', 'Kw_for:for', 'Identifier:forventning']);
    expect(lex('fra fravær til tilskudd')).toEqual(['Kw_fra:fra', 'Identifier:fravær', 'Kw_til:til', 'Identifier:tilskudd']);
    expect(lex('kr krone')).toEqual(['Kw_kr:kr', 'Identifier:krone']);
    expect(lex('så således')).toEqual(['Kw_så:så', 'Identifier:således']);
  });

  it('is case sensitive: capitalised keywords are names', () => {
    expect(lex('Regel regel')).toEqual(['Identifier:Regel', 'Kw_regel:regel']);
  });

  it('accepts æ ø å (and é ü ö ä) in names', () => {
    for (const name of ['særlige_behov', 'Østlandet', 'Århus', 'café', 'Über', 'Öl', 'Äpfel', '_privat', 'x2', 'ÆØÅæøå']) {
      const token = only(name);
      expect(token.tokenType.name).toBe('Identifier');
      expect(token.image).toBe(name);
    }
  });

  // docs/language.md §1: «Reserved words (cannot be used as names)»: a keyword is never read as a name, and no other word is a keyword.
  it('reads every keyword as its keyword and every other word as a name', () => {
    for (const spelling of keywordList) expect(lex(spelling)).toEqual([`Kw_${spelling}:${spelling}`]);
    const word = fc.stringMatching(/^[a-zæøåA-Z_][a-zæøå0-9_]{0,12}$/);
    fc.assert(
      fc.property(word, (w) => {
        expect(lex(w)).toEqual([(keywordList as readonly string[]).includes(w) ? `Kw_${w}:${w}` : `Identifier:${w}`]);
      }),
      { numRuns: 3000 },
    );
  });

  it('does not start a name with a digit', () => {
    expect(lex('2x')).toEqual(['NumberLiteral:2', 'Identifier:x']);
  });
});

describe('lexer: operators', () => {
  it('reads the ASCII and Unicode spellings', () => {
    expect(kinds('≠ != ≤ <= ≥ >= < > = + - − * × / %')).toEqual([
      'NotEqual',
      'NotEqual',
      'LessEqual',
      'LessEqual',
      'GreaterEqual',
      'GreaterEqual',
      'Less',
      'Greater',
      'Equals',
      'Plus',
      'Minus',
      'Minus',
      'Star',
      'Star',
      'Slash',
      'Percent',
    ]);
  });
});

describe('lexer: text, links and comments', () => {
  it('reads a text with escapes as one token', () => {
    const token = only('"Tittel med \\"sitat\\" og \\\\"');
    expect(token.tokenType.name).toBe('TextLiteral');
  });

  it('reports an unterminated text, also at the end of the file', () => {
    const { problems } = tokenize('kilde k "uten slutt\nkilde m "ok"');
    expect(problems).toEqual([{ kind: 'unterminated-text', start: 8, end: 19, text: '"uten slutt' }]);
    const atEnd = tokenize('= "abc');
    expect(atEnd.problems).toEqual([{ kind: 'unterminated-text', start: 2, end: 6, text: '"abc' }]);
    expect(tokenize('"slutter med \\"').problems.map((p) => p.kind)).toEqual(['unterminated-text']);
  });

  it('reads the same texts as the plain pattern "(any character but " \\ or a line break, or \\ and a character)*", of which it is the unrolled form', () => {
    const plain = /^"(?:[^"\\\r\n]|\\.)*("?)/;
    const characters = ['"', '\\', '\n', '\r', 'a', 'ø', ' ', '{', '\u2028'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { maxLength: 12 }), (rest) => {
        const text = `"${rest.join('')}`;
        const expected = plain.exec(text) as RegExpExecArray;
        const token = tokenize(text).tokens[0] as IToken;
        expect(token.image).toBe(expected[0]);
        expect(token.tokenType.name).toBe(expected[1] ? 'TextLiteral' : 'UnterminatedText');
      }),
    );
  });

  it('reads a link in angle brackets', () => {
    expect(lex('<https://lovdata.no/lov/2009-12-18-131/§18>')).toEqual(['Url:<https://lovdata.no/lov/2009-12-18-131/§18>']);
  });

  it('keeps comments apart and marks doc comments', () => {
    const { tokens, comments } = tokenize('## doc\nregel # vanlig\n#\n##');
    expect(tokens.map((t) => t.image)).toEqual(['regel']);
    expect(comments.map((c) => [c.doc, c.text])).toEqual([
      [true, ' doc'],
      [false, ' vanlig'],
      [false, ''],
      [true, ''],
    ]);
    expect(comments[1]?.span).toEqual({ start: 13, end: 21 });
  });

  it('does not read # inside a text as a comment', () => {
    const { tokens, comments } = tokenize('"# ikke kommentar"');
    expect(tokens.map((t) => t.tokenType.name)).toEqual(['TextLiteral']);
    expect(comments).toEqual([]);
  });
});

describe('lexer: table rows', () => {
  it('reads | first on a line as a row start and later | as a separator', () => {
    expect(kinds('  | fra | x |\n\t| a |')).toEqual(['RowStart', 'Kw_fra', 'Pipe', 'Identifier', 'Pipe', 'RowStart', 'Identifier', 'Pipe']);
    expect(kinds('x | y')).toEqual(['Identifier', 'Pipe', 'Identifier']);
  });

  it('reads a row start after CRLF and CR line ends', () => {
    expect(kinds('a\r\n| b\r| c')).toEqual(['Identifier', 'RowStart', 'Identifier', 'RowStart', 'Identifier']);
  });
});

describe('lexer: characters and line ends', () => {
  it('reports unknown characters with their offsets and goes on', () => {
    const { tokens, problems } = tokenize('a @ b € c');
    expect(tokens.map((t) => t.image)).toEqual(['a', 'b', 'c']);
    expect(problems).toEqual([
      { kind: 'unknown-character', start: 2, end: 3, text: '@' },
      { kind: 'unknown-character', start: 6, end: 7, text: '€' },
    ]);
  });

  it('skips a byte-order mark and non-breaking spaces', () => {
    expect(lex('\ufeffmodul a')).toEqual(['Kw_modul:modul', 'Identifier:a']);
    expect(lex('a\u00a0b')).toEqual(['Identifier:a', 'Identifier:b']);
  });

  it('counts lines the same for LF, CRLF and CR', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['a', 'b', '', '  c'].join(eol);
      const source = new SourceText('x.lov', text);
      const { tokens } = tokenize(text);
      expect(tokens.map((t) => source.positionAt(t.startOffset))).toEqual([
        { line: 1, column: 1 },
        { line: 2, column: 1 },
        { line: 4, column: 3 },
      ]);
    }
  });

  it('never throws on control characters and lone surrogates', () => {
    const { problems } = tokenize('\u0000\u0001\ud800\udfff\u2028x');
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('lexer: definition', () => {
  it('passes chevrotain\'s validations of the token definitions (the lexer in use is built without them)', () => {
    expect(() => buildLexer(true)).not.toThrow();
    expect(buildLexer(true).lexerDefinitionErrors).toEqual([]);
  });
});
