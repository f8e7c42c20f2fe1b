import DecimalBase from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, readJson } from '../../src/input/json-reader';
import { InputError } from '../../src/runtime/errors';

/** The error `readJson` throws for a text, as code and violations. */
function refusal(text: string): { code: string; violations: readonly { path: string; message: string }[] } {
  try {
    readJson(text);
  } catch (error) {
    if (error instanceof InputError) return { code: error.code, violations: error.violations };
    throw error;
  }
  throw new Error(`read without an error: ${text}`);
}

const paths = (text: string): string[] => refusal(text).violations.map((v) => v.path);

describe('readJson: what JSON.parse reads, it reads the same', () => {
  it.each([
    ['an ordinary case', '{"beregningsmåned":"2024-03","utgifter":[{"art":"husleie","beløp":8000.5}],"barn":[]}'],
    ['15 significant digits', '[999999999999999, 0.123456789012345, -12345678901234.5, 1e15, 1.5e-300]'],
    ['numbers a double holds exactly with more digits', '[9007199254740992, 0.30000000000000004, 100000000000000000000, 1e+22, -0, 0e-9999, 0.000]'],
    ['strings with quotes, backslashes, digits and braces', '{"a":"\\\\\\"","b":"1e-400 {\\"b\\":1}","c\\\\":"\\\\"}'],
    ['the same name in different objects', '{"a":{"a":1},"b":[{"a":1},{"a":2}]}'],
    ['whitespace and line breaks', '{\n  "a" : [ 1 , 2 ] ,\r\n\t"b" : null\n}'],
  ])('%s', (_name, text) => {
    expect(readJson(text)).toEqual(JSON.parse(text));
  });

  it('ignores a byte-order mark', () => {
    expect(readJson('\ufeff{"a":1}')).toEqual({ a: 1 });
  });

  it('anything JSON.stringify writes (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(readJson(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('readJson: text that is not JSON', () => {
  it('is LK7005 with the parser’s reason', () => {
    expect(() => readJson('{"a":1,}')).toThrow(JsonSyntaxError);
    const { code, violations } = refusal('{"a":1} x');
    expect(code).toBe('LK7005');
    expect(violations).toEqual([{ path: '', message: expect.stringMatching(/^Ikke gyldig JSON \(.+\)$/) }]);
  });

  it('says what is wrong in Norwegian, and where as a line and column (not the parser’s English and offset)', () => {
    const message = (text: string) => refusal(text).violations[0]?.message;
    expect(message('{"a":1,}')).toBe('Ikke gyldig JSON (forventet et feltnavn i anførselstegn; linje 1, kolonne 8)');
    expect(message('{\n  "husleie": 8000\n  "strøm": 700\n}')).toBe('Ikke gyldig JSON (forventet «,» eller «}» etter en verdi; linje 3, kolonne 3)');
    expect(message('{"a":"x')).toBe('Ikke gyldig JSON (en tekst mangler det avsluttende anførselstegnet; linje 1, kolonne 8)');
    expect(message('{"a":1}\n x')).toBe('Ikke gyldig JSON (mer tekst etter JSON-verdien; linje 2, kolonne 2)');
    expect(message('')).toBe('Ikke gyldig JSON (teksten slutter før JSON-verdien er ferdig)');
    // This message of the parser has no position, and quotes the whole text: neither is shown.
    expect(message('[1,]')).toBe('Ikke gyldig JSON (uventet tegn «]»)');
  });
});

describe('readJson: a field given twice in one object (LK7009)', () => {
  it('is refused at its path, with line and column', () => {
    expect(refusal('{"husleie":1,"husleie":2}')).toEqual({
      code: 'LK7009',
      violations: [{ path: '/husleie', message: 'Feltet «husleie» er gitt flere ganger i samme objekt; bare én verdi kan gjelde (linje 1, kolonne 14)' }],
    });
    expect(refusal('{\n  "a": 1,\n  "a": 1\n}').violations[0]?.message).toMatch(/\(linje 3, kolonne 3\)$/);
  });

  it('deep inside lists and objects, also when the values are equal', () => {
    expect(paths('{"x":[0,{"y":{"a":1,"b":2,"a":1}}]}')).toEqual(['/x/1/y/a']);
    expect(paths('[{},[],{"a":[1,2],"a":[1,2]}]')).toEqual(['/2/a']);
  });

  it('names written differently that are the same name', () => {
    expect(paths('{"ab":1,"a\\u0062":2}')).toEqual(['/ab']);
    expect(paths('{"__proto__":1,"__proto__":2}')).toEqual(['/__proto__']);
  });

  it('paths are JSON pointers', () => {
    expect(paths('{"a/b":{"c~d":1,"c~d":2}}')).toEqual(['/a~1b/c~0d']);
  });

  it('in a large object, every repeat', () => {
    const names = Array.from({ length: 40 }, (_, i) => `"f${i}":${i}`);
    expect(paths(`{${[...names, '"f3":0', '"f39":0'].join(',')}}`)).toEqual(['/f3', '/f39']);
  });
});

describe('readJson: a number that would not be read exactly (LK7009)', () => {
  it('more than 15 significant digits: the message shows what it would become and what to send', () => {
    expect(refusal('{"utgifter":[{"beløp":99999999999999.99}]}')).toEqual({
      code: 'LK7009',
      violations: [
        {
          path: '/utgifter/0/beløp',
          message:
            'Tallet 99999999999999.99 har flere sifre enn et JSON-tall holder nøyaktig (høyst 15) og ville blitt lest som 99999999999999.98; ' +
            'send tallet som en desimaltekst i stedet: "99999999999999.99" (linje 1, kolonne 23)',
        },
      ],
    });
  });

  it('a decimal string is read as it is written', () => {
    expect(readJson('{"beløp":"99999999999999.99"}')).toEqual({ beløp: '99999999999999.99' });
  });

  it.each([
    ['9007199254740993', 'ville blitt lest som 9007199254740992; send tallet som en desimaltekst i stedet: "9007199254740993"'],
    ['0.10000000000000001', 'ville blitt lest som 0.1; send tallet som en desimaltekst i stedet: "0.10000000000000001"'],
    ['1.00000000000000001e3', 'ville blitt lest som 1000; send tallet som en desimaltekst i stedet: "1000.00000000000001"'],
  ])('%s', (literal, end) => {
    const message = refusal(`[${literal}]`).violations[0]?.message ?? '';
    expect(message.startsWith(`Tallet ${literal} har flere sifre`)).toBe(true);
    expect(message).toContain(end);
  });

  it('out of range: too large, or so near zero that it would become 0', () => {
    expect(refusal('{"a":1e400,"b":-1e309,"c":1e-400,"d":-2.5e-324,"e":2.2250738585072014e-308}').violations).toEqual([
      { path: '/a', message: 'Tallet 1e400 er for stort til å leses som et JSON-tall (linje 1, kolonne 6)' },
      { path: '/b', message: 'Tallet -1e309 er for stort til å leses som et JSON-tall (linje 1, kolonne 16)' },
      { path: '/c', message: 'Tallet 1e-400 er for nær null til å leses nøyaktig som et JSON-tall (det ville blitt lest som 0) (linje 1, kolonne 27)' },
      { path: '/d', message: 'Tallet -2.5e-324 er for nær null til å leses nøyaktig som et JSON-tall (det ville blitt lest som -5e-324) (linje 1, kolonne 38)' },
    ]);
  });

  it('a long literal is quoted shortened', () => {
    const message = refusal(`[1.${'3'.repeat(1000)}]`).violations[0]?.message ?? '';
    expect(message.startsWith(`Tallet 1.${'3'.repeat(38)}… har flere sifre`)).toBe(true);
    expect(message).toContain('send tallet som en desimaltekst i stedet (linje');
  });

  it('every problem in one answer, duplicates and numbers together, at most 1000', () => {
    expect(paths('{"a":[1e999,2],"b":1,"b":0.12345678901234567}')).toEqual(['/a/0', '/b', '/b']);
    const many = refusal(`[${Array.from({ length: 1500 }, () => '1e999').join(',')}]`).violations;
    expect(many).toHaveLength(1001);
    expect(many.at(-1)).toEqual({ path: '', message: '… og 500 feil til; bare de første 1000 er vist' });
  });

  it('is refused exactly when the decimal value JSON.parse gives differs from the literal’s (decimal.js is the reference)', () => {
    const digits = fc.stringMatching(/^[0-9]{1,25}$/);
    const literal = fc
      .tuple(fc.boolean(), digits, fc.option(digits), fc.option(fc.integer({ min: -400, max: 400 })))
      .map(([negative, whole, fraction, exponent]) => {
        const integer = whole.replace(/^0+(?=\d)/, '');
        return `${negative ? '-' : ''}${integer}${fraction === null ? '' : `.${fraction}`}${exponent === null ? '' : `e${exponent}`}`;
      });
    fc.assert(
      fc.property(literal, (text) => {
        const read = Number(text);
        const exact = Number.isFinite(read) && new DecimalBase(text).eq(new DecimalBase(String(read)));
        let refused = false;
        try {
          readJson(`[${text}]`);
        } catch (error) {
          refused = error instanceof InputError && error.code === 'LK7009';
        }
        expect(refused).toBe(!exact);
      }),
      { numRuns: 2000 },
    );
  });
});
