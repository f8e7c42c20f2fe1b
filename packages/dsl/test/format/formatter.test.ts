import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/format/formatter';
import { commentTexts, expectSameTree } from './syntax-tree';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const example = readFileSync(new URL('../../../../docs/examples/livsopphold.lov', import.meta.url), 'utf8');

/** A file around some lines of declarations, for the tests of single constructs. */
const file = (...lines: string[]): string => ['modul m', '', ...lines].join('\n') + '\n';
/** The formatted value of a rule `= <expression>`. */
const formatExpression = (expression: string): string => {
  const lines = format(file('regel r: tall  (kilde k)', `  = ${expression}`)).split('\n');
  return (lines[3] as string).replace(/^ {2}= /, '');
};

describe('format: whole files', () => {
  const files: Record<string, string> = {
    'the example livsopphold.lov': example,
    'constructs.lov': fixture('constructs.lov'),
    'variant.lov': fixture('variant.lov'),
    'messy.lov': fixture('messy.lov'),
  };
  for (const [name, text] of Object.entries(files)) {
    describe(name, () => {
      const formatted = format(text);
      it('is idempotent', () => expect(format(formatted)).toBe(formatted));
      it('parses to the same tree, doc strings and comments', () => expectSameTree(formatted, text));
      it('keeps the multiset of comment texts', () => expect(commentTexts(formatted)).toEqual(commentTexts(text)));
      it('ends with exactly one newline and has no trailing spaces', () => {
        expect(formatted).toMatch(/[^\n]\n$/);
        expect(formatted).not.toMatch(/ \n/);
      });
    });
  }

  it('leaves already formatted files unchanged', () => {
    expect(format(fixture('constructs.lov'))).toBe(fixture('constructs.lov'));
    expect(format(fixture('variant.lov'))).toBe(fixture('variant.lov'));
  });

  it('formats a badly laid out file into the canonical layout', () => {
    expect(format(fixture('messy.lov'))).toBe(fixture('messy.expected.lov'));
  });

  it('leaves the shipped example unchanged: it is in the formatter\'s layout', () => {
    expect(format(example)).toBe(example);
  });
});

describe('format: files it does not touch', () => {
  it.each([
    ['an unknown character (LK1001)', file('regel r: tall  (kilde k)', '  = 1 @ 2')],
    ['an unterminated text (LK1002)', file('kilde k "uten slutt')],
    ['a syntax error (LK1003)', file('regel r: tall  (kilde k)', '  = 1 +')],
    ['nesting deeper than 100 (LK1004)', file('regel r: tall  (kilde k)', `  = ${'('.repeat(101)}1${')'.repeat(101)}`)],
    ['a missing module (LK1005)', 'kilde k   "x"\n'],
    ['a broken declaration among good ones', `${file('kilde  k "x"', 'regel r: (kilde k)', '  = 1')}\r\n`],
  ])('returns a file with %s unchanged', (_, text) => {
    expect(format(text)).toBe(text);
  });

  it('returns a file with an operator chain too long to print unchanged', () => {
    const text = file('regel r: tall  (kilde k)', `  = ${Array.from({ length: 50_000 }, () => '1').join(' + ')}`);
    expect(format(text)).toBe(text);
  });
});

describe('format: line endings and the end of the file', () => {
  it('turns \\r\\n and \\r into \\n and drops a byte-order mark', () => {
    expect(format('\ufeffmodul m\r\nbruk a\rbruk b\r\n')).toBe('modul m\nbruk a\nbruk b\n');
  });

  it('ends the file with exactly one newline', () => {
    expect(format('modul m')).toBe('modul m\n');
    expect(format('modul m\n\n\n# slutt\n\n\n')).toBe('modul m\n\n# slutt\n');
  });
});

describe('format: expressions', () => {
  it.each([
    ['a+b*c', 'a + b * c'],
    ['(a + b) + c', 'a + b + c'],
    ['a + (b + c)', 'a + (b + c)'],
    ['a - (b - c)', 'a - (b - c)'],
    ['(a * b) + c', 'a * b + c'],
    ['a * (b + c)', 'a * (b + c)'],
    ['a / (b * c)', 'a / (b * c)'],
    ['-(a + b)', '-(a + b)'],
    ['- a . b', '-a.b'],
    ['(-a).b', '(-a).b'],
    ['- - a', '--a'],
    ['ikke (a og b)', 'ikke (a og b)'],
    ['ikke a = b', 'ikke a = b'],
    ['(ikke a) = b', '(ikke a) = b'],
    ['(a = b) = c', '(a = b) = c'],
    ['a = (b = c)', 'a = (b = c)'],
    ['a = (b < c)', 'a = (b < c)'],
    ['a og (b eller c)', 'a og (b eller c)'],
    ['(a og b) eller c', 'a og b eller c'],
    ['a eller (b eller c)', 'a eller (b eller c)'],
    ['(hvis a så b ellers c) + 1', '(hvis a så b ellers c) + 1'],
    ['hvis (hvis a så b ellers c) så (d) ellers (e + 1)', 'hvis hvis a så b ellers c så d ellers e + 1'],
    ['f((hvis a så b ellers c), (d))', 'f(hvis a så b ellers c, d)'],
    ['(a + b) %', '(a + b) %'],
    ['3,8 %', '3,8 %'],
    ['x.y(1)(2) %', 'x.y(1)(2) %'],
    ['x  i  [ a,b ]', 'x i [a, b]'],
    ['a≠b', 'a ≠ b'],
    ['a != b', 'a ≠ b'],
    ['a ≤ b', 'a <= b'],
    ['a ≥ b', 'a >= b'],
    ['a × b', 'a * b'],
    ['a − b', 'a - b'],
    ['12 600 kr+0,50 kr', '12 600 kr + 0,50 kr'],
    ['007 + 1 234,750', '007 + 1 234,750'],
    ['2024-03 - 2024 - 3', '2024-03 - 2024 - 3'],
    ['"a \\"b\\" "   "c"', '"a \\"b\\" " "c"'],
    ['ubestemt', 'ubestemt'],
    ['ubestemt   "grunn"', 'ubestemt "grunn"'],
    ['T{a:1,b:[ ],}', 'T { a: 1, b: [] }'],
    ['{ }', '{}'],
    ['sum( b.x for b i barn der b.x>0 kr )', 'sum(b.x for b i barn der b.x > 0 kr)'],
    ['antall(x for x i a i b)', 'antall(x for x i a i b)'],
    ['liste( b for b i barn etter b.fødselsdato  synkende )', 'liste(b for b i barn etter b.fødselsdato synkende)'],
    ['sum(plass( b )for b i barn der b.x>0 etter hvis a så 1 ellers 2)', 'sum(plass(b) for b i barn der b.x > 0 etter hvis a så 1 ellers 2)'],
    ['distinkte(x.y for x i a etter x.y i b)', 'distinkte(x.y for x i a etter x.y i b)'],
  ])('prints %s as %s', (input, expected) => {
    expect(formatExpression(input)).toBe(expected);
  });

  it('keeps a hvis chain that fits on one line', () => {
    expect(format(file('regel r: tall  (kilde k)', '  = hvis a så 1', '      ellers 2'))).toBe(
      file('regel r: tall  (kilde k)', '  = hvis a så 1 ellers 2'),
    );
  });

  it('breaks a long hvis chain before each ellers, two spaces further in', () => {
    const chain = 'hvis alder(b.fødselsdato, dag) < 6 så barn_0_5 ellers hvis alder(b.fødselsdato, dag) < 11 så barn_6_10 ellers barn_11_17';
    expect(format(file('regel r: tall  (kilde k)', `  = ${chain}`, '  unntak u  (kilde k)', `    når x så ${chain}`))).toBe(
      file(
        'regel r: tall  (kilde k)',
        '  = hvis alder(b.fødselsdato, dag) < 6 så barn_0_5',
        '    ellers hvis alder(b.fødselsdato, dag) < 11 så barn_6_10',
        '    ellers barn_11_17',
        '  unntak u  (kilde k)',
        '    når x så hvis alder(b.fødselsdato, dag) < 6 så barn_0_5',
        '      ellers hvis alder(b.fødselsdato, dag) < 11 så barn_6_10',
        '      ellers barn_11_17',
      ),
    );
  });

  it('breaks a long chain of operators before each operator, two spaces further in', () => {
    const terms = ['sum(u.beløp for u i utgifter der u.art i boutgiftsarter)', 'maks(0 kr, behov - inntekt)', '(a - b)', 'c * d'];
    expect(format(file('skjønn s: beløp  (kilde k)', `  veiledende = ${terms.join(' + ')}`, 'regel r: sannhetsverdi  (kilde k)', `  når x så ${terms.join(' og ')}`))).toBe(
      file(
        'skjønn s: beløp  (kilde k)',
        `  veiledende = ${terms[0]}`,
        ...terms.slice(1).map((t) => `    + ${t}`),
        '',
        'regel r: sannhetsverdi  (kilde k)',
        `  når x så ${terms[0]}`,
        ...terms.slice(1).map((t) => `    og ${t.replace(/^\((.*)\)$/, '$1')}`),
      ),
    );
  });

  it('keeps a long comparison on one line', () => {
    const long = `f(${'x, '.repeat(40)}y)`;
    expect(format(file('regel r: sannhetsverdi  (kilde k)', `  = ${long} = ${long}`))).toBe(
      file('regel r: sannhetsverdi  (kilde k)', `  = ${long} = ${long}`),
    );
  });
});

describe('format: declarations', () => {
  it('puts short enumerations and records on one line and long ones one member per line', () => {
    const members = Array.from({ length: 12 }, (_, i) => `medlem_nummer_${i}`);
    expect(format(file('valg Kort {a,b}', `valg Lang { ${members.join(', ')} }`, 'type R {x:dato, y : liste av R,}'))).toBe(
      file('valg Kort { a, b }', '', 'valg Lang {', ...members.map((m, i) => `  ${m}${i < 11 ? ',' : ''}`), '}', '', 'type R { x: dato, y: liste av R }'),
    );
  });

  it('aligns the types of input fields and puts options two spaces after the type', () => {
    expect(format(file('inndata S { måned: måned (vurderingstidspunkt) barn: liste av Barn = [], fradrag: beløp (negativ_tillatt) = 0 kr }'))).toBe(
      file('inndata S {', '  måned:   måned  (vurderingstidspunkt)', '  barn:    liste av Barn = []', '  fradrag: beløp  (negativ_tillatt) = 0 kr', '}'),
    );
  });

  it('aligns a group of kilde lines and keeps blank lines between groups', () => {
    expect(format(file('kilde a "A" <https://a.no>', 'kilde lang "L"', '', '', 'kilde b   "B"'))).toBe(
      file('kilde a     "A"  <https://a.no>', 'kilde lang  "L"', '', 'kilde b "B"'),
    );
  });

  it('puts an annotation that does not fit on its own line, except for an antakelse', () => {
    const params = 'a: Inntekt, b: liste av Barn, c: Sivilstand, d: heltall';
    const annotation = '(kilde stl18, stl18_3, gjelder fra 2024-01-01 til 2024-12-31)';
    const text = `"${'x'.repeat(90)}"`;
    expect(format(file(`regel r(${params}): sannhetsverdi ${annotation} = sann`, `antakelse a ${text}`, '  (kilde k)'))).toBe(
      file(`regel r(${params}): sannhetsverdi`, `  ${annotation}`, '  = sann', '', `antakelse a ${text}  (kilde k)`),
    );
  });

  it('lays out rules with exceptions, validity and explanation', () => {
    expect(
      format(file('regel r(a: A, b: liste av B): tall (kilde k) = 1 når a så 2 unntak x (kilde k, gjelder fra 2024-01-01) = 3 unntak y til x (gjelder fra 2024-01-01 til 2024-12-31) når b så 4 forklaring "f"')),
    ).toBe(
      file(
        'regel r(a: A, b: liste av B): tall  (kilde k)',
        '  = 1',
        '  når a så 2',
        '  unntak x  (kilde k, gjelder fra 2024-01-01)',
        '    = 3',
        '  unntak y til x  (gjelder fra 2024-01-01 til 2024-12-31)',
        '    når b så 4',
        '  forklaring "f"',
      ),
    );
  });

  it('keeps the line breaks of an explanation written in pieces and joins other texts', () => {
    expect(format(file('kilde k "a "', '  "b"', 'regel r(): tall  (kilde k)', '  = "x" "y"', '  forklaring "første "', '     "andre " "tredje"'))).toBe(
      file('kilde k "a " "b"', '', 'regel r(): tall  (kilde k)', '  = "x" "y"', '  forklaring "første "', '             "andre " "tredje"'),
    );
  });

  it('lays out skjønn and erstatt', () => {
    expect(format(file('erstatt skjønn s: beløp (kilde k) veiledende = 1 kr forklaring "f"'))).toBe(
      file('erstatt skjønn s: beløp  (kilde k)', '  veiledende = 1 kr', '  forklaring "f"'),
    );
  });

  it('lays out tests, keeping the author’s lines of gitt and aligning them', () => {
    expect(format(file('test "t" per 2024-03 gitt a = 1, b = 2', 'c = 3 overstyr s = 1 kr begrunnelse "b" overstyr u = 2 forvent x = 1 forvent feil "f"'))).toBe(
      file(
        'test "t" per 2024-03',
        '  gitt a = 1, b = 2',
        '       c = 3',
        '  overstyr s = 1 kr  begrunnelse "b"',
        '  overstyr u = 2',
        '  forvent x = 1',
        '  forvent feil "f"',
      ),
    );
  });

  it('moves gitt assignments that would not fit on their line to the next', () => {
    const value = `"${'v'.repeat(38)}"`;
    expect(format(file(`test "t" gitt a = ${value}, b = ${value}, c = 1`))).toBe(
      file('test "t"', `  gitt a = ${value}, b = ${value}`, '       c = 1'),
    );
  });
});

describe('format: tables', () => {
  it('aligns columns, numbers to the right, and lets an ukjent row span', () => {
    expect(
      format(
        file(
          'tabell t(k: K, n: heltall): beløp (kilde k)',
          '| fra | til | k | n | verdi | kilde |',
          '|2024-01-01| 2024-06-30 |a|1| 7 550 | k |  # første',
          '|2024-07-01||bb|22|100 kr|',
          '| 2025-01-01 | ukjent "ikke registrert" | k |',
        ),
      ),
    ).toBe(
      file(
        'tabell t(k: K, n: heltall): beløp  (kilde k)',
        '  | fra        | til        | k  | n  | verdi  | kilde |',
        '  | 2024-01-01 | 2024-06-30 | a  |  1 |  7 550 | k     |  # første',
        '  | 2024-07-01 |            | bb | 22 | 100 kr |',
        '  | 2025-01-01 | ukjent "ikke registrert" | k |',
      ),
    );
  });
});

describe('format: blank lines between declarations', () => {
  it('keeps the author’s grouping of one-line declarations, collapsing blank lines', () => {
    expect(format(file('valg A { a }', 'valg B { b }', '', '', '', 'type C { c: dato }', 'utdata x'))).toBe(
      file('valg A { a }', 'valg B { b }', '', 'type C { c: dato }', 'utdata x'),
    );
  });

  it('separates declarations of several lines by one blank line, above their comments', () => {
    expect(format(file('regel a: tall  (kilde k)', '  = 1', '## Om b.', 'regel b: tall  (kilde k)', '  = 2'))).toBe(
      file('regel a: tall  (kilde k)', '  = 1', '', '## Om b.', 'regel b: tall  (kilde k)', '  = 2'),
    );
  });
});

describe('format: comments', () => {
  it('keeps a comment at the end of a line that still exists', () => {
    expect(format(file('kilde k "K"   # slutt', 'test "t"  # om testen', '  forvent x = 1 # forventet'))).toBe(
      file('kilde k "K"   # slutt', '', 'test "t"  # om testen', '  forvent x = 1 # forventet'),
    );
  });

  it('puts a comment whose line was joined on its own line above the joined line', () => {
    expect(format(file('regel r: tall  (kilde k)', '  = 1 +  # en', '    # to', '    2'))).toBe(
      file('regel r: tall  (kilde k)', '  # en', '  # to', '  = 1 + 2'),
    );
  });

  it('keeps a comment after the closing brace of «utvid valg» out of the block', () => {
    expect(format(file('utvid valg Art {', '  a,', '  b', '}  # etter blokken', '  (kilde k)'))).toBe(file('utvid valg Art { a, b }  (kilde k)', '# etter blokken'));
    expect(format(file('utvid valg Art {', '  a,  # om a', '  b', '}  # etter blokken', '  (kilde k)'))).toBe(
      file('utvid valg Art {', '  a,  # om a', '  b', '}  (kilde k)', '# etter blokken'),
    );
  });

  it('keeps doc comments directly above their declaration', () => {
    const text = file('## Dok for a.', '## Andre linje.', 'valg A { a }', '## Ikke dok (blank linje under).', '', 'valg B { b }');
    expect(format(text)).toBe(text);
  });

  it('puts a comment from inside a declaration’s first line below that line', () => {
    expect(format(file('## Dok.', 'regel r(a: A, # om a', '  b: B): tall  (kilde k)', '  = 1'))).toBe(
      file('## Dok.', 'regel r(a: A, b: B): tall  (kilde k)', '  # om a', '  = 1'),
    );
  });

  it('moves a comment out of a one-line declaration, followed by a blank line', () => {
    expect(format(file('kilde a ## ikke dok', '  "A"', 'kilde b "B"'))).toBe(file('kilde a "A"', '## ikke dok', '', 'kilde b "B"'));
  });

  it('lays out an enumeration or record with a comment inside one member per line', () => {
    expect(format(file('type T { a: dato, # om b', '  b: dato }'))).toBe(file('type T {', '  a: dato # om b', '  b: dato', '}'));
  });

  it('indents a comment above a closing brace like the members', () => {
    expect(format(file('inndata {', 'a: dato', '# siste', '}'))).toBe(file('inndata {', '  a: dato', '  # siste', '}'));
  });
});

describe('format: labels (doc comments of valg members and type fields) are never made or moved', () => {
  it('keeps a label directly above its field and member', () => {
    const text = 'modul m\n\ntype Barn {\n  ## født\n  fødselsdato: dato\n}\n\nvalg Art {\n  ## SFO\n  sfo,\n  husleie\n}\n';
    expect(format(text)).toBe(text);
  });

  it('puts a comment from inside a field below the field, not above it where it would be the label', () => {
    const formatted = format('modul m\n\ntype T {\n  a:  ## inne i feltet\n    dato\n  b: dato\n}\n');
    expect(formatted).toBe('modul m\n\ntype T {\n  a: dato\n  ## inne i feltet\n\n  b: dato\n}\n');
    expectSameTree(formatted, 'modul m\n\ntype T {\n  a:  ## inne i feltet\n    dato\n  b: dato\n}\n');
  });

  it('keeps a comment from the head of a valg before its brace', () => {
    expect(format('modul m\nvalg Art  ## ikke en etikett\n  { sfo, husleie }\n')).toBe('modul m\n\nvalg Art  ## ikke en etikett\n{\n  sfo,\n  husleie\n}\n');
  });
});
