import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOverrides } from '../../src/schema/overrides';
import { allTypes, discretionOf, example } from './rules';

/** The example's `skjønn`: `sats` and `boutgifter`, both `beløp`. */
const discretion = discretionOf(example);
/** `r: beløp`, `frist: dato`, `post: Post`, `arter: liste av Art`. */
const allDiscretion = discretionOf(allTypes);

const override = (navn: unknown, verdi: unknown, begrunnelse: unknown = 'Dokumentert husleie'): Record<string, unknown> => ({ navn, verdi, begrunnelse });

describe('checkOverrides: valid overrides', () => {
  it.each([
    ['no overrides', undefined],
    ['an empty list', []],
    ['an amount as a number', [override('boutgifter', 9000)]],
    ['an amount as a decimal string', [override('boutgifter', '9000.50')]],
    ['two different discretions', [override('boutgifter', 9000), override('sats', 0)]],
  ])('%s', (_name, overrides) => {
    expect(checkOverrides(overrides, discretion)).toEqual([]);
  });

  it('values of other types', () => {
    expect(
      checkOverrides(
        [override('frist', '2024-02-29'), override('post', { beløp: -10, antall: 2 }), override('arter', ['b', 'a']), override('r', '1.5')],
        allDiscretion,
      ),
    ).toEqual([]);
  });
});

describe('checkOverrides: violations, with their paths and messages', () => {
  it.each([
    [
      'unknown name',
      [override('husleie', 9000)],
      [{ path: '/overstyringer/0/navn', message: 'Ukjent skjønn «husleie»; skjønn som kan overstyres: sats, boutgifter' }],
    ],
    [
      'a rule, not a skjønn',
      [override('stønad', 9000)],
      [{ path: '/overstyringer/0/navn', message: 'Ukjent skjønn «stønad»; skjønn som kan overstyres: sats, boutgifter' }],
    ],
    ['empty reason', [override('boutgifter', 9000, '')], [{ path: '/overstyringer/0/begrunnelse', message: 'Feltet «begrunnelse» kan ikke være tomt' }]],
    ['blank reason', [override('boutgifter', 9000, ' \t\n ')], [{ path: '/overstyringer/0/begrunnelse', message: 'Feltet «begrunnelse» kan ikke være tomt' }]],
    ['missing reason', [{ navn: 'boutgifter', verdi: 9000 }], [{ path: '/overstyringer/0/begrunnelse', message: 'Feltet «begrunnelse» mangler' }]],
    ['reason not a text', [override('boutgifter', 9000, 42)], [{ path: '/overstyringer/0/begrunnelse', message: 'Forventet en tekst, men fikk tallet 42' }]],
    [
      'wrong value type: text for an amount',
      [override('boutgifter', 'ni tusen')],
      [{ path: '/overstyringer/0/verdi', message: '«ni tusen» er ikke et gyldig beløp; skriv f.eks. "12.50"' }],
    ],
    [
      'wrong value type: boolean for an amount',
      [override('boutgifter', true)],
      [{ path: '/overstyringer/0/verdi', message: 'Forventet et beløp, men fikk sannhetsverdien true' }],
    ],
    [
      'an amount with too many decimals',
      [override('boutgifter', 9000.005)],
      [{ path: '/overstyringer/0/verdi', message: 'Beløpet kan ha høyst to desimaler (øre)' }],
    ],
    ['a negative amount', [override('boutgifter', '-1')], [{ path: '/overstyringer/0/verdi', message: 'Beløpet kan ikke være negativt' }]],
    ['missing value', [{ navn: 'boutgifter', begrunnelse: 'x' }], [{ path: '/overstyringer/0/verdi', message: 'Feltet «verdi» mangler' }]],
    ['missing name', [{ verdi: 1, begrunnelse: 'x' }], [{ path: '/overstyringer/0/navn', message: 'Feltet «navn» mangler' }]],
    ['name not a text', [override(7, 1)], [{ path: '/overstyringer/0/navn', message: 'Forventet navnet på et skjønn, men fikk tallet 7' }]],
    ['empty name', [override('', 1)], [{ path: '/overstyringer/0/navn', message: 'Feltet «navn» kan ikke være tomt' }]],
    [
      'the same skjønn twice',
      [override('boutgifter', 9000), override('sats', 1), override('boutgifter', 8000)],
      [{ path: '/overstyringer/2/navn', message: 'Skjønnet «boutgifter» er allerede overstyrt i /overstyringer/0' }],
    ],
    [
      'an entry that is not an object',
      [override('boutgifter', 1), 'boutgifter'],
      [{ path: '/overstyringer/1', message: 'Forventet en overstyring (et objekt med navn, verdi og begrunnelse), men fikk teksten «boutgifter»' }],
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(checkOverrides(overrides, discretion)).toEqual(expected);
  });

  it.each([
    ['a malformed date', [override('frist', '1.3.2024')], [{ path: '/overstyringer/0/verdi', message: '«1.3.2024» er ikke en dato på formen ÅÅÅÅ-MM-DD' }]],
    ['an invalid date', [override('frist', '2023-02-29')], [{ path: '/overstyringer/0/verdi', message: 'Datoen «2023-02-29» finnes ikke' }]],
    [
      'a record with a missing and an unknown field',
      [override('post', { antall: 1.5, farge: 'rød' })],
      [
        { path: '/overstyringer/0/verdi/beløp', message: 'Feltet «beløp» mangler' },
        { path: '/overstyringer/0/verdi/farge', message: 'Ukjent felt «farge»' },
        { path: '/overstyringer/0/verdi/antall', message: 'Forventet et heltall, men fikk tallet 1.5' },
      ],
    ],
    [
      'a list with a wrong member',
      [override('arter', ['a', 'c'])],
      [{ path: '/overstyringer/0/verdi/1', message: 'Ugyldig verdi «c»; tillatte verdier er a, b' }],
    ],
  ])('other types: %s', (_name, overrides, expected) => {
    expect(checkOverrides(overrides, allDiscretion)).toEqual(expected);
  });

  it('reports every problem of every override at once', () => {
    expect(checkOverrides([override('boutgifter', 'x', ''), override('husleie', 1, ' '), override('boutgifter', 1.001)], discretion)).toEqual([
      { path: '/overstyringer/0/verdi', message: '«x» er ikke et gyldig beløp; skriv f.eks. "12.50"' },
      { path: '/overstyringer/0/begrunnelse', message: 'Feltet «begrunnelse» kan ikke være tomt' },
      { path: '/overstyringer/1/navn', message: 'Ukjent skjønn «husleie»; skjønn som kan overstyres: sats, boutgifter' },
      { path: '/overstyringer/1/begrunnelse', message: 'Feltet «begrunnelse» kan ikke være tomt' },
      { path: '/overstyringer/2/navn', message: 'Skjønnet «boutgifter» er allerede overstyrt i /overstyringer/0' },
      { path: '/overstyringer/2/verdi', message: 'Beløpet kan ha høyst to desimaler (øre)' },
    ]);
  });

  it('a skjønn assessed per element is overridden for the element «for» names, once each; one for the whole case has no «for»', () => {
    const money = discretion.get('boutgifter')!.type;
    const perChild = new Map([
      // `skjønn barnets_behov(fødselsdato: dato): beløp`
      ['barnets_behov', { type: money, params: [{ type: allDiscretion.get('frist')!.type }] }],
      ['sats', { type: money }],
    ]);
    expect(checkOverrides([{ navn: 'barnets_behov', for: ['2015-01-01'], verdi: 500, begrunnelse: 'Fotball' }, { navn: 'barnets_behov', for: ['2020-01-01'], verdi: 300, begrunnelse: 'Barnehage' }], perChild)).toEqual([]);
    expect(checkOverrides([{ navn: 'barnets_behov', verdi: 500, begrunnelse: 'Hvem?' }, { navn: 'sats', for: [], verdi: 1, begrunnelse: 'For hvem?' }, { navn: 'barnets_behov', for: ['2015-02-30'], verdi: 1, begrunnelse: 'Feil dato' }], perChild)).toEqual([
      { path: '/overstyringer/0/for', message: 'Skjønnet vurderes for hvert element; «for» må gi elementet overstyringen gjelder' },
      { path: '/overstyringer/1/for', message: 'Skjønnet vurderes for hele saken; en overstyring av det har ingen «for»' },
      { path: '/overstyringer/2/for/0', message: expect.stringContaining('2015-02-30') },
    ]);
    // The same element twice is found by evaluate, which reads the elements as the rules do (packages/engine/test/runtime/discretion-per-element.test.ts).
    expect(checkOverrides([{ navn: 'barnets_behov', for: ['2015-01-01'], verdi: 500, begrunnelse: 'a' }, { navn: 'barnets_behov', for: ['2015-01-01'], verdi: 600, begrunnelse: 'b' }], perChild)).toEqual([]);
  });

  it('a negative amount is allowed where the skjønn says so', () => {
    const signed = new Map([['justering', { type: allDiscretion.get('r')!.type, negativeAllowed: true }]]);
    expect(checkOverrides([override('justering', -120.5)], signed)).toEqual([]);
  });

  it('a rule set without skjønn', () => {
    expect(checkOverrides([override('sats', 1)], new Map())).toEqual([
      { path: '/overstyringer/0/navn', message: 'Ukjent skjønn «sats»; regelsettet har ingen skjønn som kan overstyres' },
    ]);
  });

  it('more than 100 overrides', () => {
    const many = Array.from({ length: 150 }, () => override('sats', 1));
    const violations = checkOverrides(many, discretion);
    expect(violations[0]).toEqual({ path: '/overstyringer', message: 'Listen har for mange elementer (150); høyst 100 er tillatt' });
    expect(violations).toHaveLength(100); // the limit, and «sats» twice or more in the first 100
  });
});

describe('checkOverrides: never throws', () => {
  it('on values that are not lists', () => {
    expect(checkOverrides('x' as unknown as unknown[], discretion)).toEqual([
      { path: '/overstyringer', message: 'Forventet en liste med overstyringer, men fikk teksten «x»' },
    ]);
  });

  it('on entries that cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('nei');
        },
      },
    );
    expect(checkOverrides([hostile], discretion)).toEqual([{ path: '/overstyringer', message: 'Overstyringene kan ikke leses som JSON' }]);
  });

  it('on any entries (property)', { timeout: 60_000 }, () => {
    const entry = fc.oneof(
      fc.anything(),
      fc.record(
        {
          navn: fc.oneof(fc.constantFrom('sats', 'boutgifter', 'r', 'frist', 'post', 'arter', 'ukjent'), fc.anything()),
          verdi: fc.anything(),
          begrunnelse: fc.oneof(fc.string(), fc.anything()),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), (overrides) => {
        for (const map of [discretion, allDiscretion]) {
          const violations = checkOverrides(overrides, map);
          expect(violations.every((v) => v.path.startsWith('/overstyringer') && v.message.length > 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
