import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputSchema, valueSchema, type JsonSchema } from '../../src/schema/input-schema';
import { compileChecker, createInputValidator, inputErrorCode, isSizeViolation, MAX_VIOLATIONS, validatorFunctions, validatorSource } from '../../src/schema/validate';
import { decimalsOf } from '../../src/values/money';
import { allTypes, checked, example } from './rules';

const validate = createInputValidator(inputSchema(example.inputs));
const validateAll = createInputValidator(inputSchema(allTypes.inputs));

/** A valid input to the example rule set, with one part replaced. */
const base = { beregningsmåned: '2024-03', sivilstand: 'enslig' };
const withInput = (extra: Record<string, unknown>): Record<string, unknown> => ({ ...base, ...extra });
/** A valid input to the all-types rule set. */
const allBase = { dag: '2024-03-01', andel: '0.5', antall: 2, navn: 'Kari', justering: -120.5 };

describe('createInputValidator: valid inputs', () => {
  it.each([
    ['the minimal input', base],
    [
      'every field, amounts as numbers and strings',
      {
        beregningsmåned: '2024-03',
        sivilstand: 'ektepar_samboere',
        barn: [{ fødselsdato: '2019-11-30' }, { fødselsdato: '2024-02-29' }],
        inntekter: [
          { art: 'barnetrygd', beløp: 1510 },
          { art: 'lønn', beløp: '5000.50' },
          { art: 'trygd', beløp: 0.1 },
          { art: 'annen', beløp: '0' },
        ],
        utgifter: [{ art: 'husleie', beløp: 8000.25 }],
        særlige_behov: true,
        overstyringer: [{ navn: 'boutgifter', verdi: 9000, begrunnelse: 'Dokumentert husleie' }],
      },
    ],
    ['empty lists', withInput({ barn: [], inntekter: [], utgifter: [], overstyringer: [] })],
    ['a list of exactly 1000 elements', withInput({ barn: Array.from({ length: 1000 }, () => ({ fødselsdato: '2019-11-30' })) })],
  ])('%s', (_name, input) => {
    expect(validate(input)).toEqual([]);
  });

  it('every type of the all-types rule set', () => {
    expect(validateAll(allBase)).toEqual([]);
    expect(
      validateAll({
        ...allBase,
        andel: -1.25,
        antall: -3,
        justering: '-0.50',
        sum: '12.5',
        poster: [{ beløp: -5, antall: 1, merknad: 'x' }, { beløp: '7' }],
        art: 'b',
        trær: [{ navn: 'rot', barn: [{ navn: 'gren', barn: [{ navn: 'blad' }] }] }],
        måned: '2024-12',
      }),
    ).toEqual([]);
  });
});

describe('createInputValidator: each kind of violation, with its path and message', () => {
  it.each([
    ['missing field', { sivilstand: 'enslig' }, [{ path: '/beregningsmåned', message: 'Feltet «beregningsmåned» mangler' }]],
    [
      'missing field in a list element',
      withInput({ inntekter: [{ art: 'lønn' }] }),
      [{ path: '/inntekter/0/beløp', message: 'Feltet «beløp» mangler' }],
    ],
    ['unknown field', withInput({ alder: 40 }), [{ path: '/alder', message: 'Ukjent felt «alder»' }]],
    ['unknown field, close to a known one', withInput({ barnn: [] }), [{ path: '/barnn', message: 'Ukjent felt «barnn» (mente du «barn»?)' }]],
    [
      'unknown field in a record',
      withInput({ barn: [{ fødselsdato: '2019-11-30', navn: 'Ola' }] }),
      [{ path: '/barn/0/navn', message: 'Ukjent felt «navn»' }],
    ],
    [
      'wrong enumeration value, with the allowed ones',
      withInput({ sivilstand: 'gift' }),
      [{ path: '/sivilstand', message: 'Ugyldig verdi «gift»; tillatte verdier er enslig, ektepar_samboere, bofellesskap' }],
    ],
    [
      'wrong enumeration value in a record',
      withInput({ utgifter: [{ art: 'mat', beløp: 100 }] }),
      [{ path: '/utgifter/0/art', message: 'Ugyldig verdi «mat»; tillatte verdier er husleie, strøm, annen' }],
    ],
    [
      'an enumeration value that is not a text',
      withInput({ sivilstand: 1 }),
      [{ path: '/sivilstand', message: 'Forventet en av verdiene enslig, ektepar_samboere, bofellesskap, men fikk tallet 1' }],
    ],
    [
      'malformed date',
      withInput({ barn: [{ fødselsdato: '30.11.2019' }] }),
      [{ path: '/barn/0/fødselsdato', message: '«30.11.2019» er ikke en dato på formen ÅÅÅÅ-MM-DD' }],
    ],
    [
      'invalid calendar date',
      withInput({ barn: [{ fødselsdato: '2023-02-30' }] }),
      [{ path: '/barn/0/fødselsdato', message: 'Datoen «2023-02-30» finnes ikke' }],
    ],
    [
      'February 29th outside a leap year',
      withInput({ barn: [{ fødselsdato: '2023-02-29' }] }),
      [{ path: '/barn/0/fødselsdato', message: 'Datoen «2023-02-29» finnes ikke' }],
    ],
    ['malformed month', withInput({ beregningsmåned: '2024-3' }), [{ path: '/beregningsmåned', message: '«2024-3» er ikke en måned på formen ÅÅÅÅ-MM' }]],
    ['invalid month', withInput({ beregningsmåned: '2024-13' }), [{ path: '/beregningsmåned', message: 'Måneden «2024-13» finnes ikke' }]],
    [
      'a date where a month is expected',
      withInput({ beregningsmåned: '2024-03-01' }),
      [{ path: '/beregningsmåned', message: '«2024-03-01» er ikke en måned på formen ÅÅÅÅ-MM' }],
    ],
    [
      'negative amount',
      withInput({ inntekter: [{ art: 'lønn', beløp: -100 }] }),
      [{ path: '/inntekter/0/beløp', message: 'Beløpet kan ikke være negativt' }],
    ],
    [
      'negative amount as a string',
      withInput({ inntekter: [{ art: 'lønn', beløp: '-100.00' }] }),
      [{ path: '/inntekter/0/beløp', message: 'Beløpet kan ikke være negativt' }],
    ],
    [
      'too many decimals in a number',
      withInput({ utgifter: [{ art: 'husleie', beløp: 8000.125 }] }),
      [{ path: '/utgifter/0/beløp', message: 'Beløpet kan ha høyst to desimaler (øre)' }],
    ],
    [
      'too many decimals in a string',
      withInput({ utgifter: [{ art: 'husleie', beløp: '8000.125' }] }),
      [{ path: '/utgifter/0/beløp', message: 'Beløpet kan ha høyst to desimaler (øre)' }],
    ],
    [
      'a float that is not a whole number of øre',
      withInput({ utgifter: [{ art: 'husleie', beløp: 0.1 + 0.2 }] }),
      [{ path: '/utgifter/0/beløp', message: 'Beløpet kan ha høyst to desimaler (øre)' }],
    ],
    [
      'negative and too many decimals: one message',
      withInput({ utgifter: [{ art: 'husleie', beløp: -1.005 }] }),
      [{ path: '/utgifter/0/beløp', message: 'Beløpet kan ikke være negativt og kan ha høyst to desimaler (øre)' }],
    ],
    [
      'an amount written the Norwegian way',
      withInput({ utgifter: [{ art: 'husleie', beløp: '8 000,50' }] }),
      [{ path: '/utgifter/0/beløp', message: '«8 000,50» er ikke et gyldig beløp; bruk punktum som desimaltegn og ingen mellomrom, f.eks. "12.50"' }],
    ],
    [
      'an amount that is not a number',
      withInput({ utgifter: [{ art: 'husleie', beløp: 'mye' }] }),
      [{ path: '/utgifter/0/beløp', message: '«mye» er ikke et gyldig beløp; skriv f.eks. "12.50"' }],
    ],
    [
      'wrong type: an amount',
      withInput({ utgifter: [{ art: 'husleie', beløp: null }] }),
      [{ path: '/utgifter/0/beløp', message: 'Forventet et beløp, men fikk null' }],
    ],
    [
      'wrong type: a date',
      withInput({ barn: [{ fødselsdato: 20191130 }] }),
      [{ path: '/barn/0/fødselsdato', message: 'Forventet en dato (ÅÅÅÅ-MM-DD), men fikk tallet 20191130' }],
    ],
    [
      'wrong type: a boolean',
      withInput({ særlige_behov: 'ja' }),
      [{ path: '/særlige_behov', message: 'Forventet en sannhetsverdi (true eller false), men fikk teksten «ja»' }],
    ],
    ['wrong type: a list', withInput({ barn: { fødselsdato: '2019-11-30' } }), [{ path: '/barn', message: 'Forventet en liste, men fikk et objekt' }]],
    ['wrong type: a record', withInput({ barn: ['2019-11-30'] }), [{ path: '/barn/0', message: 'Forventet et objekt av typen Barn, men fikk teksten «2019-11-30»' }]],
    ['wrong type: the input', [base], [{ path: '', message: 'Forventet et objekt med inndata, men fikk en liste' }]],
    [
      'list too long',
      withInput({ barn: Array.from({ length: 1001 }, () => ({ fødselsdato: '2019-11-30' })) }),
      [{ path: '/barn', message: 'Listen har for mange elementer (1001); høyst 1000 er tillatt' }],
    ],
    [
      'too many overrides',
      withInput({ overstyringer: Array.from({ length: 101 }, () => ({ navn: 'sats', verdi: 1, begrunnelse: 'x' })) }),
      [{ path: '/overstyringer', message: 'Listen har for mange elementer (101); høyst 100 er tillatt' }],
    ],
    [
      'an override without a reason',
      withInput({ overstyringer: [{ navn: 'sats', verdi: 1 }] }),
      [{ path: '/overstyringer/0/begrunnelse', message: 'Feltet «begrunnelse» mangler' }],
    ],
    [
      'an override with an empty reason',
      withInput({ overstyringer: [{ navn: 'sats', verdi: 1, begrunnelse: '' }] }),
      [{ path: '/overstyringer/0/begrunnelse', message: 'Feltet «begrunnelse» kan ikke være tomt' }],
    ],
    [
      'an override that is not an object',
      withInput({ overstyringer: ['sats'] }),
      [{ path: '/overstyringer/0', message: 'Forventet en overstyring (et objekt med navn, verdi og begrunnelse), men fikk teksten «sats»' }],
    ],
  ])('%s', (_name, input, expected) => {
    expect(validate(input)).toEqual(expected);
  });

  it.each([
    ['tall as a malformed string', { andel: '0,5' }, [{ path: '/andel', message: '«0,5» er ikke et gyldig tall; bruk punktum som desimaltegn og ingen mellomrom, f.eks. "0.5"' }]],
    ['tall as a boolean', { andel: true }, [{ path: '/andel', message: 'Forventet et tall, men fikk sannhetsverdien true' }]],
    ['heltall with decimals', { antall: 1.5 }, [{ path: '/antall', message: 'Forventet et heltall, men fikk tallet 1.5' }]],
    ['heltall beyond a safe integer', { antall: 2 ** 60 }, [{ path: '/antall', message: 'Heltallet er for stort; det må ligge mellom -9007199254740991 og 9007199254740991' }]],
    ['text too long', { navn: 'x'.repeat(10_001) }, [{ path: '/navn', message: 'Teksten er for lang (10001 tegn); høyst 10000 er tillatt' }]],
    ['negativ_tillatt still wants øre', { justering: '-1.001' }, [{ path: '/justering', message: 'Beløpet kan ha høyst to desimaler (øre)' }]],
    [
      'deep in a recursive record',
      { trær: [{ navn: 'a', barn: [{ navn: 'b', barn: [{ barn: [] }] }] }] },
      [{ path: '/trær/0/barn/0/barn/0/navn', message: 'Feltet «navn» mangler' }],
    ],
    ['a field whose name needs escaping', { 'a/b~c': 1 }, [{ path: '/a~1b~0c', message: 'Ukjent felt «a/b~c»' }]],
  ])('all types: %s', (_name, extra, expected) => {
    expect(validateAll({ ...allBase, ...extra })).toEqual(expected);
  });

  it('reports all violations of one input at once, one per path', () => {
    const input = {
      sivilstand: 'gift',
      barn: [{ fødselsdato: '2023-02-30' }, { fødselsdato: '2019-13-01', navn: 'Ola' }, {}],
      inntekter: [
        { art: 'lønn', beløp: -5 },
        { art: 'lønn', beløp: 1.234 },
        { art: 'bonus', beløp: '12,50' },
      ],
      særlige_behov: 'ja',
      barnn: 2,
    };
    expect(validate(input)).toEqual([
      { path: '/beregningsmåned', message: 'Feltet «beregningsmåned» mangler' },
      { path: '/barnn', message: 'Ukjent felt «barnn» (mente du «barn»?)' },
      { path: '/sivilstand', message: 'Ugyldig verdi «gift»; tillatte verdier er enslig, ektepar_samboere, bofellesskap' },
      { path: '/barn/0/fødselsdato', message: 'Datoen «2023-02-30» finnes ikke' },
      { path: '/barn/1/navn', message: 'Ukjent felt «navn»' },
      { path: '/barn/1/fødselsdato', message: 'Datoen «2019-13-01» finnes ikke' },
      { path: '/barn/2/fødselsdato', message: 'Feltet «fødselsdato» mangler' },
      { path: '/inntekter/0/beløp', message: 'Beløpet kan ikke være negativt' },
      { path: '/inntekter/1/beløp', message: 'Beløpet kan ha høyst to desimaler (øre)' },
      { path: '/inntekter/2/art', message: 'Ugyldig verdi «bonus»; tillatte verdier er lønn, trygd, bostøtte, barnetrygd, barns_arbeidsinntekt, annen' },
      { path: '/inntekter/2/beløp', message: '«12,50» er ikke et gyldig beløp; bruk punktum som desimaltegn og ingen mellomrom, f.eks. "12.50"' },
      { path: '/særlige_behov', message: 'Forventet en sannhetsverdi (true eller false), men fikk teksten «ja»' },
    ]);
  });

  it('reports a list over the limit with its real length, and still checks the rest of the input', () => {
    const violations = validate({ sivilstand: 'enslig', barn: Array.from({ length: 50_000 }, () => ({ fødselsdato: '2019-11-30' })) });
    expect(violations).toEqual([
      { path: '/beregningsmåned', message: 'Feltet «beregningsmåned» mangler' },
      { path: '/barn', message: 'Listen har for mange elementer (50000); høyst 1000 er tillatt' },
    ]);
  });

  it('quotes long values shortened', () => {
    const [violation] = validate(withInput({ sivilstand: 'x'.repeat(100) }));
    expect(violation?.message).toBe(`Ugyldig verdi «${'x'.repeat(40)}…»; tillatte verdier er enslig, ektepar_samboere, bofellesskap`);
  });
});

describe('createInputValidator: amounts are below 10¹² kr', () => {
  const tooLarge = 'Beløpet er for stort; høyst 999 999 999 999.99 kr er tillatt';
  const signedTooLarge = 'Beløpet er for stort; det må ligge mellom -999 999 999 999.99 og 999 999 999 999.99 kr';
  const amount = (beløp: unknown) => validate(withInput({ utgifter: [{ art: 'husleie', beløp }] }));

  it.each([999_999_999_999.99, '999999999999.99', '000999999999999.99', 0, '0'])('accepts %s', (beløp) => {
    expect(amount(beløp)).toEqual([]);
  });

  it.each([1e12, 99_999_999_999_999.98, 1e300, '1000000000000', '1000000000000.00', '99999999999999.99', '0001000000000000'])('refuses %s', (beløp) => {
    expect(amount(beløp)).toEqual([{ path: '/utgifter/0/beløp', message: tooLarge }]);
  });

  it('the same bound below zero where amounts may be negative', () => {
    expect(validateAll({ ...allBase, justering: -999_999_999_999.99 })).toEqual([]);
    expect(validateAll({ ...allBase, justering: '-999999999999.99' })).toEqual([]);
    expect(validateAll({ ...allBase, justering: -1e12 })).toEqual([{ path: '/justering', message: signedTooLarge }]);
    expect(validateAll({ ...allBase, justering: '-1000000000000' })).toEqual([{ path: '/justering', message: signedTooLarge }]);
  });
});

describe('createInputValidator: error codes', () => {
  it('LK7007 when a list or text is over its limit, LK7005 otherwise', () => {
    const tooLong = validate(withInput({ barn: Array.from({ length: 1001 }, () => ({ fødselsdato: '2019-11-30' })), sivilstand: 'gift' }));
    expect(tooLong.map(isSizeViolation)).toEqual([false, true]);
    expect(inputErrorCode(tooLong)).toBe('LK7007');
    expect(inputErrorCode(validateAll({ ...allBase, navn: 'x'.repeat(10_001) }))).toBe('LK7007');
    expect(inputErrorCode(validate(withInput({ sivilstand: 'gift' })))).toBe('LK7005');
  });
});

describe('createInputValidator: never throws, and stays bounded', () => {
  const fallbacks = ['Ugyldig verdi', 'Ugyldig tekst', 'Ugyldig beløp', 'Inndataene kan ikke leses som JSON'];
  const nested = (depth: number, leaf: unknown): unknown => {
    let value = leaf;
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };
  const nestedTree = (depth: number): unknown => {
    let node: unknown = { navn: 'blad' };
    for (let i = 0; i < depth; i++) node = { navn: 'n', barn: [node] };
    return node;
  };

  it.each([
    ['null', null, 'Forventet et objekt med inndata, men fikk null'],
    ['undefined', undefined, 'Forventet et objekt med inndata, men fikk ingen verdi'],
    ['a string', 'hei', 'Forventet et objekt med inndata, men fikk teksten «hei»'],
    ['a number', 42, 'Forventet et objekt med inndata, men fikk tallet 42'],
    ['NaN', Number.NaN, 'Forventet et objekt med inndata, men fikk et ugyldig tall (NaN)'],
    ['an array', [], 'Forventet et objekt med inndata, men fikk en liste'],
    ['a function', () => 1, 'Forventet et objekt med inndata, men fikk en verdi som ikke finnes i JSON'],
  ])('%s as the input', (_name, input, message) => {
    expect(validate(input)).toEqual([{ path: '', message }]);
  });

  it('non-JSON values inside the input', () => {
    expect(validate(withInput({ særlige_behov: undefined, utgifter: [{ art: 'husleie', beløp: 10n }], barn: [{ fødselsdato: Symbol('x') }] }))).toEqual([
      { path: '/barn/0/fødselsdato', message: 'Forventet en dato (ÅÅÅÅ-MM-DD), men fikk en verdi som ikke finnes i JSON' },
      { path: '/utgifter/0/beløp', message: 'Forventet et beløp, men fikk en verdi som ikke finnes i JSON' },
    ]);
    expect(validate(withInput({ utgifter: [{ art: 'husleie', beløp: Number.POSITIVE_INFINITY }] }))).toEqual([
      { path: '/utgifter/0/beløp', message: 'Forventet et beløp, men fikk et ugyldig tall (Infinity)' },
    ]);
  });

  it('deep nesting inside an unknown field', () => {
    expect(validate(withInput({ x: nested(100_000, 1) }))).toEqual([{ path: '/x', message: 'Ukjent felt «x»' }]);
  });

  it('deep nesting that the schema follows (a recursive record type)', () => {
    const violations = validateAll({ ...allBase, trær: [nestedTree(100_000)] });
    expect(violations).toEqual([{ path: '', message: 'Inndataene er for dypt nestet' }]);
    expect(inputErrorCode(violations)).toBe('LK7007');
    expect(validateAll({ ...allBase, trær: [nestedTree(50)] })).toEqual([]);
  });

  it('a cyclic object', () => {
    const cyclic: Record<string, unknown> = { ...allBase };
    cyclic.selv = cyclic;
    expect(validateAll(cyclic)).toEqual([{ path: '/selv', message: 'Ukjent felt «selv»' }]);
    // Where the schema follows the cycle (a recursive record), it is as if nested forever.
    const tree: { navn: string; barn: unknown[] } = { navn: 'rot', barn: [] };
    tree.barn.push(tree);
    expect(validateAll({ ...allBase, trær: [tree] })).toEqual([{ path: '', message: 'Inndataene er for dypt nestet' }]);
  });

  it('an object whose fields cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('nei');
        },
      },
    );
    expect(validate(hostile)).toEqual([{ path: '', message: 'Inndataene kan ikke leses som JSON' }]);
  });

  it('a huge list, a huge object and a huge text, in bounded time', { timeout: 30_000 }, () => {
    const hugeList = new Array<string>(1_000_000).fill('x');
    const hugeInput: Record<string, unknown> = { ...base, barn: hugeList, utgifter: [{ art: 'husleie', beløp: '1'.repeat(5_000_000) }] };
    for (let i = 0; i < 100_000; i++) hugeInput[`felt${i}`] = i;

    const start = performance.now();
    const violations = validate(hugeInput);
    expect(performance.now() - start).toBeLessThan(5_000);
    // 1000 violations, then the size violations (always reported), then how many were left out.
    expect(violations.length).toBe(MAX_VIOLATIONS + 2);
    expect(violations.at(-2)).toEqual({ path: '', message: 'Objektet har for mange felt (100004); høyst 1000 er tillatt' });
    expect(violations.at(-1)?.message).toMatch(/^… og \d+ feil til; bare de første 1000 er vist$/);
    expect(inputErrorCode(violations)).toBe('LK7007');

    const list = validate(withInput({ barn: hugeList }));
    expect(list[0]).toEqual({ path: '/barn', message: 'Listen har for mange elementer (1000000); høyst 1000 er tillatt' });
    // The limit, then the first 1001 elements (not records), cut at MAX_VIOLATIONS.
    expect(list).toHaveLength(MAX_VIOLATIONS + 1);
    expect(list.at(-1)).toEqual({ path: '', message: '… og 2 feil til; bare de første 1000 er vist' });

    expect(validate(withInput({ utgifter: [{ art: 'husleie', beløp: '1'.repeat(5_000_000) }] }))).toEqual([
      { path: '/utgifter/0/beløp', message: 'Beløpet er for stort; høyst 999 999 999 999.99 kr er tillatt' },
    ]);
    expect(validate(withInput({ utgifter: [{ art: 'husleie', beløp: `0.${'1'.repeat(5_000_000)}` }] }))).toEqual([
      { path: '/utgifter/0/beløp', message: 'Beløpet har for mange sifre' },
    ]);
  });

  it('an oversized list or object inside an unknown field or a wrong type is reported as such', () => {
    const big = new Array(2000).fill(0);
    expect(validate(withInput({ x: { y: big } }))).toEqual([{ path: '/x', message: 'Ukjent felt «x»' }]);
    expect(validate(withInput({ særlige_behov: big }))).toEqual([{ path: '/særlige_behov', message: 'Forventet en sannhetsverdi (true eller false), men fikk en liste' }]);
    expect(inputErrorCode(validate(withInput({ særlige_behov: big })))).toBe('LK7005');
  });

  it('an oversized list where any value is allowed is still reported', () => {
    expect(validate(withInput({ overstyringer: [{ navn: 'sats', verdi: new Array(2000).fill(0), begrunnelse: 'x' }] }))).toEqual([
      { path: '/overstyringer/0/verdi', message: 'Listen har for mange elementer (2000); høyst 1000 er tillatt' },
    ]);
  });

  it('never throws on any value (property)', { timeout: 60_000 }, () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    // Well-formed, and never one of the fallbacks that would mean a gap in the mapping of
    // ajv's errors (or an exception caught inside the validator).
    const wellFormed = (violations: unknown): boolean =>
      Array.isArray(violations) &&
      violations.every((v) => typeof v.path === 'string' && typeof v.message === 'string' && !fallbacks.includes(v.message));
    fc.assert(
      fc.property(anything, (input) => {
        expect(wellFormed(validate(input))).toBe(true);
        expect(wellFormed(validateAll(input))).toBe(true);
        // The same value in every place of the input.
        expect(wellFormed(validate(withInput({ barn: [input], inntekter: [{ art: 'lønn', beløp: input }], overstyringer: [input] })))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any JSON text (property)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const input: unknown = JSON.parse(text);
        for (const violations of [validate(input), validateAll(input), validateAll({ ...allBase, trær: [input], poster: [input], art: input, andel: input })]) {
          expect(violations.every((v) => typeof v.path === 'string' && v.message.length > 0 && !fallbacks.includes(v.message))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('createInputValidator: generated inputs (property)', () => {
  const month = fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const øre = fc.integer({ min: 0, max: 10_000_000_00 });
  const amount = fc.oneof(
    øre.map((n) => n / 100),
    øre.map((n) => (n / 100).toFixed(2)),
    øre.map((n) => String(Math.floor(n / 100))),
  );
  const validInput = fc.record(
    {
      beregningsmåned: month,
      sivilstand: fc.constantFrom('enslig', 'ektepar_samboere', 'bofellesskap'),
      barn: fc.array(fc.record({ fødselsdato: day }), { maxLength: 5 }),
      inntekter: fc.array(fc.record({ art: fc.constantFrom('lønn', 'trygd', 'barnetrygd'), beløp: amount }), { maxLength: 5 }),
      utgifter: fc.array(fc.record({ art: fc.constantFrom('husleie', 'strøm', 'annen'), beløp: amount }), { maxLength: 5 }),
      særlige_behov: fc.boolean(),
    },
    { requiredKeys: ['beregningsmåned', 'sivilstand'] },
  );

  it('valid inputs have no violations', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        expect(validate(input)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('an amount with a third decimal is reported at its path', () => {
    fc.assert(
      fc.property(validInput, øre, fc.integer({ min: 1, max: 9 }), (input, n, digit) => {
        const beløp = `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}${digit}`;
        const violations = validate({ ...input, utgifter: [{ art: 'husleie', beløp }] });
        expect(violations).toEqual([{ path: '/utgifter/0/beløp', message: 'Beløpet kan ha høyst to desimaler (øre)' }]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('validatorSource: ajv\'s standalone code finds what the compiled validator finds', () => {
  /**
   * The validate function of the standalone code, linked as a bundler links it in a module
   * `lovkode build` writes: ajv's runtime helpers from ajv, `lovkodeValidation` from the engine.
   */
  const standalone = (schema: JsonSchema): ValidateFunction => {
    const source = validatorSource(schema);
    const exported = /export const validate = (\w+);export default \1;/.exec(source);
    if (!exported) throw new Error('ajv wrote no default export');
    const body = `${source.replace(exported[0], '')}\nreturn ${exported[1]};`;
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test links the printed code itself
    return new Function('require', 'lovkodeValidation', body)(createRequire(import.meta.url), validatorFunctions) as ValidateFunction;
  };
  /** A value that is valid where it stands, or any JSON value. */
  const orAnything = (valid: unknown) => fc.oneof(fc.constant(valid), fc.jsonValue(), fc.double(), fc.string());
  const schemas: ReadonlyArray<readonly [string, JsonSchema, Record<string, unknown>]> = [
    ['the example rule set', inputSchema(example.inputs), { ...base, barn: [{ fødselsdato: '2020-02-29' }], utgifter: [{ art: 'husleie', beløp: '8000.50' }], særlige_behov: true }],
    ['every type', inputSchema(allTypes.inputs), allBase],
  ];

  it.each(schemas)('%s: the same violations for inputs with any value in any field', (_, schema, valid) => {
    const compiled = compileChecker(schema);
    const printed = compileChecker(schema, standalone(schema));
    const field = (value: unknown): fc.Arbitrary<unknown> =>
      Array.isArray(value) ? fc.array(fc.oneof(...value.map((item) => field(item)), fc.jsonValue()), { maxLength: 3 }) : value !== null && typeof value === 'object' ? record(value as Record<string, unknown>) : orAnything(value);
    const record = (value: Record<string, unknown>): fc.Arbitrary<unknown> =>
      fc.oneof(fc.record(Object.fromEntries(Object.entries(value).map(([key, v]) => [key, field(v)])), { requiredKeys: [] }), fc.jsonValue());
    let invalid = 0;
    fc.assert(
      fc.property(record(valid), (input) => {
        const violations = compiled(input, '');
        if (violations.length > 0) invalid++;
        expect(printed(input, '')).toEqual(violations);
      }),
      { numRuns: 400 },
    );
    // Most of them violate the schema somewhere: the comparison is of the violations' words and paths.
    expect(invalid).toBeGreaterThan(300);
  });

  it('the value of an override: an amount of either sign', () => {
    const schema = valueSchema({ kind: 'money' }, { negativeAllowed: true });
    const compiled = compileChecker(schema);
    const printed = compileChecker(schema, standalone(schema));
    for (const value of ['-12.50', -12.5, '12.345', 12.345, 1e12, 'tolv', null, [1]]) expect(printed(value, '/verdi')).toEqual(compiled(value, '/verdi'));
    expect(printed(12.345, '/verdi')).toEqual([{ path: '/verdi', message: 'Beløpet kan ha høyst to desimaler (øre)' }]);
  });
});

describe('decimalsOf', () => {
  it.each([
    [0, 0],
    [12, 0],
    [12.5, 1],
    [0.01, 2],
    [-8000.25, 2],
    [0.1 + 0.2, 17],
    [1e-7, 7],
    [1.5e-7, 8],
    [1e21, 0],
    [1.25e21, 0],
  ])('%d has %d decimals', (n, decimals) => {
    expect(decimalsOf(n)).toBe(decimals);
  });
});

it('validates the schema of a rule set whose types share names across modules', () => {
  const program = checked([
    { path: 'a.lov', text: 'modul a\n\nvalg Status { ja, nei }\n\ninndata {\n  x: Status\n}\n' },
    { path: 'b.lov', text: 'modul b\n\nbruk a\n\nvalg Status { på, ute }\n\ninndata {\n  y: Status\n}\n' },
  ]);
  const check = createInputValidator(inputSchema(program.inputs));
  expect(check({ x: 'ja', y: 'på' })).toEqual([]);
  expect(check({ x: 'på', y: 'ja' })).toEqual([
    { path: '/x', message: 'Ugyldig verdi «på»; tillatte verdier er ja, nei' },
    { path: '/y', message: 'Ugyldig verdi «ja»; tillatte verdier er på, ute' },
  ]);
});
