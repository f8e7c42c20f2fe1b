/**
 * One codec per type (docs/values.md; issue 13, item 2). Each scalar codec's parts must agree
 * with each other and with the rest of the engine:
 *
 * - `schema` and `violation`: the generated schema accepts a JSON value exactly when it can be
 *   read, and a refused value gets the codec's own message, never the generic one;
 * - `read` and `write`: a value read and written back is the same value;
 * - `literal`: the rule text the editor writes for a value (`forvent x = …`) is, when the
 *   rules compute it, that value again — the checker and the compiler are the oracle;
 * - `format`: as the justification shows it, and the same through every path that shows values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileChecker } from '../../src/schema/validate';
import { codecNamed, formatValue, literalOf, scalarCodec, type JsonValue, type ScalarCodec } from '../../src/values/index';
import { evaluate } from '../../src/index';
import { rules } from '../support';

const codec = (name: string): ScalarCodec => codecNamed(name) as ScalarCodec;

const isoDay = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) }).map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));
const amountText = fc.bigInt({ min: 0n, max: 10n ** 13n }).map((ore) => `${ore / 100n}.${String(ore % 100n).padStart(2, '0')}`);
const decimalText = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.nat({ max: 9999 })).map(([neg, whole, frac]) => `${neg ? '-' : ''}${whole}.${String(frac).padStart(4, '0')}`);

/** A value of each scalar type, as JSON. */
const values: Record<string, fc.Arbitrary<JsonValue>> = {
  beløp: amountText,
  tall: decimalText,
  heltall: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  sannhetsverdi: fc.boolean(),
  tekst: fc.string({ maxLength: 30 }),
  dato: isoDay,
  måned: isoDay.map((d) => d.slice(0, 7)),
};

/** Anything JSON, for the schema-versus-reader property. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.constantFrom('2024-02-30', '2024-13', '2024-1-01', '12,50', '1 234,50', '-5', '0.001', '12.5', 1e-7, -0, 2 ** 53, '9999999999999.00', ''),
);

describe('each scalar codec', () => {
  for (const name of Object.keys(values)) {
    const c = codec(name);
    const arbitrary = values[name] as fc.Arbitrary<JsonValue>;

    it(`${name}: the type's name maps to its codec and back`, () => {
      expect(c.name).toBe(name);
      const kind = { beløp: 'money', tall: 'decimal', heltall: 'integer', sannhetsverdi: 'boolean', tekst: 'text', dato: 'date', måned: 'month' }[name];
      expect(scalarCodec({ kind } as never)).toBe(c);
    });

    it(`${name}: what the schema accepts is read and written back unchanged; what it refuses has the codec's own message`, () => {
      const check = compileChecker({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...c.schema(name === 'beløp') });
      fc.assert(
        fc.property(fc.oneof(arbitrary, anyJson), (json) => {
          const violations = check(json, '');
          if (violations.length === 0) {
            const written = c.write(c.read(json), false);
            expect(c.write(c.read(written), false)).toEqual(written);
          } else {
            expect(violations).toEqual([{ path: '', message: c.violation(json, c.schema(name === 'beløp'), undefined).message }]);
            expect(violations[0]?.message).not.toBe('Ugyldig verdi');
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('literals: the rule text written for a value computes that value', () => {
  // One rule set per type with a rule whose body is the literal; evaluate() is the oracle.
  const typeOfRule: Record<string, string> = { beløp: 'beløp', tall: 'tall', heltall: 'heltall', sannhetsverdi: 'sannhetsverdi', dato: 'dato', måned: 'måned', tekst: 'tekst' };
  for (const [name, declared] of Object.entries(typeOfRule)) {
    it(name, () => {
      const samples = fc.sample(values[name] as fc.Arbitrary<JsonValue>, { numRuns: 25, seed: 13 });
      for (const json of samples) {
        const c = codec(name);
        const expected = c.write(c.read(json), false);
        const literal = c.literal(expected);
        const compiled = rules(`kilde k "Kilde"\ninndata Sak { måned: måned (vurderingstidspunkt) }\nregel x: ${declared}  (kilde k)\n  = ${literal}\nutdata x`);
        const value = evaluate(compiled, { måned: '2024-03' }).values['x'];
        expect(value, literal).toEqual(name === 'beløp' ? expected : c.write(c.read(value), false));
        expect(c.write(c.read(value), false), literal).toEqual(expected);
      }
    });
  }

  it('lists, records and undetermined outcomes', () => {
    const types = { 'liste av Barn': { kind: 'list', element: 'Barn' }, Barn: { kind: 'record', fields: { fødselsdato: 'dato', navn: 'tekst' } } } as const;
    expect(literalOf([{ fødselsdato: '2015-05-01', navn: 'Å "x"' }], 'liste av Barn', types)).toBe('[{ fødselsdato: 2015-05-01, navn: "Å \\"x\\"" }]');
    expect(literalOf({ ubestemt: ['Må vurderes'] }, 'beløp', {})).toBe('ubestemt "Må vurderes"');
    expect(() => literalOf([1], 'beløp', {})).not.toThrow();
    expect(() => literalOf({ a: 1 }, 'Ukjent', {})).toThrow(/kan ikke skrives/);
  });
});

describe('formatting by type, never by shape', () => {
  it.each([
    ['0.25', 'tall', '0,25'],
    ['0.25', 'beløp', '0,25 kr'],
    ['2024-05-01', 'dato', '1. mai 2024'],
    ['2024-05', 'måned', 'mai 2024'],
    ['2024-05-01', 'tekst', '2024-05-01'],
    [true, 'sannhetsverdi', 'ja'],
    ['7850.00', undefined, '7850.00'],
  ] as const)('%j as %s is %s', (value, type, shown) => {
    expect(formatValue(value, type, {})).toBe(shown);
  });
});

describe('records and enumerations read with their labels (doc comments)', () => {
  const types = {
    Utgift: { kind: 'record', fields: { art: 'Utgiftsart', beløp: 'beløp', gjelder_barn: 'liste av Barn' }, labels: { art: '', beløp: 'på', gjelder_barn: 'for barnet' } },
    Utgiftsart: { kind: 'enum', members: ['husleie', 'sfo'], labels: { sfo: 'SFO' } },
    'liste av Barn': { kind: 'list', element: 'Barn' },
    Barn: { kind: 'record', fields: { fødselsdato: 'dato' }, labels: { fødselsdato: 'født' } },
    Voksen: { kind: 'record', fields: { fødselsdato: 'dato', utdanning: 'tekst' }, defaults: { utdanning: 'ingen' } },
  } as const;

  it('a labelled field reads «label value»; after a value alone, no comma', () => {
    expect(formatValue({ art: 'sfo', beløp: '1200.00', gjelder_barn: [{ fødselsdato: '2016-05-01' }] }, 'Utgift', types)).toBe('SFO på 1 200,00 kr, for barnet født 1. mai 2016');
    expect(formatValue({ art: 'husleie', beløp: '8000.00', gjelder_barn: [] }, 'Utgift', types)).toBe('husleie på 8 000,00 kr');
  });

  it('a field without a label reads «name: value», and a field at its declared default is left out', () => {
    expect(formatValue({ fødselsdato: '1980-01-15', utdanning: 'ingen' }, 'Voksen', types)).toBe('fødselsdato: 15. januar 1980');
    expect(formatValue({ fødselsdato: '1980-01-15', utdanning: 'student' }, 'Voksen', types)).toBe('fødselsdato: 15. januar 1980, utdanning: student');
  });
});

describe('labels and defaults by name, for any name', () => {
  it('a member or field named like a JavaScript built-in (`constructor`, `toString`) is shown by its name, absent when the case leaves it out, and a money field at its default (`0 kr`) is left out', async () => {
    const { renderBegrunnelse } = await import('../../src/trace/begrunnelse');
    const compiled = rules(`kilde k "Kilde"
valg Art {
  ## husleie
  husleie,
  constructor
}
type Post {
  ##
  art: Art
  ## på
  beløp: beløp
  fradrag: beløp = 0 kr
  toString: tekst = ""
}
inndata Sak { måned: måned (vurderingstidspunkt), poster: liste av Post, constructor: tekst = "" }
regel sum_poster: beløp  (kilde k)
  = sum(p.beløp for p i poster)
  forklaring "Poster: {poster}."
utdata sum_poster`);
    const result = evaluate(compiled, { måned: '2024-03', poster: [{ art: 'constructor', beløp: 100 }, { art: 'husleie', beløp: 50, fradrag: 0 }] }, { trace: true });
    const text = renderBegrunnelse(result);
    expect(text).toContain('Poster: constructor på 100,00 kr; husleie på 50,00 kr.');
    expect(text).not.toMatch(/native code|fradrag/);
  });
});
