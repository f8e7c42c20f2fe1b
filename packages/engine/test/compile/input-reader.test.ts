import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ruleFiles } from '../../../../test/support/rule-files';
import { household, defaultPeriod } from '../../../../rules/befolkning.mjs';
import { compile, type CompiledRules } from '../../src/index';
import { compileChecker } from '../../src/schema/validate';
import { valueSchema } from '../../src/schema/input-schema';
import { decimalsOf, money, moneyInOre } from '../../src/values/money';
import { oreOf } from '../../src/runtime/ore';
import type { Decimal } from '../../src/runtime/values';
import { EvalContext } from '../../src/runtime/context';
import type { InputSymbol, Type } from '@lovkode/dsl';

/**
 * The fast path's reader (compile/input-reader.ts) may refuse a case, never misread one: a
 * case it reads is valid by the input schema, and each value it reads is, in kroner, the value
 * the general path reads. And it refuses little that is valid, or it would be no fast path.
 */
const compiled = compile(ruleFiles('rules').filter((f) => !f.path.includes('/tester/')), { module: 'sosialtjenesteloven.vedtak' });
if (!compiled.ok) throw new Error('the shipped rules do not compile');
const rules: CompiledRules = compiled.rules;
const plan = rules.inputPlan();
/** Defaults of the shipped inputs are literals: they read nothing of the case. */
const noCase = new EvalContext(rules.slotCount, '2024-01-01', [], new Map(), undefined);

/** Each input's value read by the general path, and by the reader (in øre), as JSON. */
function bothReadings(input: Record<string, unknown>, fast: readonly unknown[]): { general: unknown[]; reader: unknown[] } {
  const general: unknown[] = [];
  const reader: unknown[] = [];
  plan.inputs.forEach((symbol: InputSymbol, i) => {
    const write = rules.json.writer(symbol.type, true);
    const given = Object.prototype.hasOwnProperty.call(input, symbol.name) ? input[symbol.name] : undefined;
    const read = given !== undefined ? plan.readers[i]!(given, (field) => rules.fieldDefault(field, noCase)) : rules.fieldDefault(symbol, noCase);
    general.push(write(read as never));
    reader.push(rules.json.oreWriter(symbol.type)(fast[plan.slots[i]!] as never));
  });
  return { general, reader };
}

const households = Array.from({ length: 2000 }, (_, i) => household(11, i, defaultPeriod) as unknown as Record<string, unknown>);

/** A change to one place of a case: what a careless client, or a hostile one, might send. */
const oddValues: readonly unknown[] = [
  undefined, null, true, 0, -0, -1, 1.5, 12.345, 0.1 + 0.2, 1e12, 999_999_999_999.99, -999_999_999_999.99, 1e-7, Number.NaN,
  '', '0', '-0', '-0.00', '007850.50', '0000000000000000001', '1.', '.5', '1.234', '12,50', '1e3', ' 12', '-5', '7850.5', '999999999999.99', '1000000000000',
  '2024-02-29', '2023-02-29', '2024-13-01', '0000-01-01', '2024-03', '2024-3', '2024-03-01T00:00', 'enslig', 'lønn', 'ukjent', 'toString',
  [], [{}], {}, { fødselsdato: '2010-01-01' }, { art: 'lønn', beløp: '100' }, { art: 'lønn', beløp: 100, ekstra: 1 },
];

/** Every path to a value in a JSON tree (objects and arrays), with the root's own keys. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) out.push(...paths((value as Record<string, unknown>)[key], [...prefix, key]));
  return out;
}

/** The case with one place set to `value` (undefined: the property deleted), or a new property added beside it. */
function mutate(input: unknown, path: ReadonlyArray<string | number>, value: unknown, addBeside: boolean): unknown {
  const copy = structuredClone(input) as Record<string | number, unknown>;
  if (path.length === 0) return addBeside ? { ...copy, ukjent_felt: value } : value;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (addBeside && !Array.isArray(parent)) parent['ukjent_felt'] = value;
  else if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe('the fast path reader of the shipped decision', () => {
  it('reads every generated household, to the values the general path reads', () => {
    for (const input of households) {
      expect(plan.validate(input)).toEqual([]);
      const fast = plan.fast().read(input);
      expect(fast).toBeDefined();
      const { general, reader } = bothReadings(input, fast as unknown[]);
      expect(reader).toEqual(general);
    }
  });

  it('never reads a case the schema refuses, and reads what it reads as the general path does', { timeout: 120_000 }, () => {
    let valid = 0;
    let read = 0;
    fc.assert(
      fc.property(fc.nat(households.length - 1), fc.nat(10_000), fc.constantFrom(...oddValues), fc.boolean(), (which, where, value, addBeside) => {
        const original = households[which] as Record<string, unknown>;
        const all = paths(original);
        const input = mutate(original, all[where % all.length] as Array<string | number>, value, addBeside);
        const violations = plan.validate(input);
        const fast = plan.fast().read(input);
        if (violations.length > 0) {
          expect(fast, JSON.stringify(input)).toBeUndefined();
          return;
        }
        valid++;
        if (fast === undefined) return;
        read++;
        const { general, reader } = bothReadings(input as Record<string, unknown>, fast);
        expect(reader).toEqual(general);
      }),
      { numRuns: 20_000, seed: 15 },
    );
    // What it refuses of the valid cases are the unusual ones (long amount texts): few.
    expect(read).toBeGreaterThan(valid * 0.9);
  });

  it('refuses an object whose prototype adds a field, and reads one without a prototype as the general path does', () => {
    const input = households[0] as Record<string, unknown>;
    // The general path reads own properties only: an inherited field is not given.
    expect(plan.fast().read(Object.assign(Object.create({ samboere: true }), input))).toBeUndefined();
    const adult = (input['voksne'] as object[])[0] as object;
    expect(plan.fast().read({ ...input, voksne: [Object.assign(Object.create({ utdanning: 'ingen' }), adult)] })).toBeUndefined();
    // A field the case has as its own but not enumerable is not one the schema counts either.
    expect(plan.fast().read(Object.defineProperty({ ...input }, 'samboere', { value: false, enumerable: false }))).toBeUndefined();
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, input);
    const fast = plan.fast().read(bare);
    expect(fast).toBeDefined();
    const { general, reader } = bothReadings(bare, fast as unknown[]);
    expect(reader).toEqual(general);
  });
});

describe('amounts read into øre', () => {
  const moneyType = { kind: 'money' } as Type;
  const accepts = (negativeAllowed: boolean) => {
    const check = compileChecker(valueSchema(moneyType, { negativeAllowed }));
    return (json: unknown) => check(json, '').length === 0;
  };
  const valid = { plain: accepts(false), signed: accepts(true) };

  const amountNumbers = fc.oneof(
    fc.double({ min: -1.1e12, max: 1.1e12, noNaN: true }),
    fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 }).map((øre) => øre / 100),
    fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 }).map((øre) => øre / 1000),
    fc.constantFrom(0, -0, 0.1, 0.01, 0.005, 1e-7, 1e12, 1e12 - 0.01, -1e12 + 0.01, 123.456, 0.1 + 0.2),
  );
  const amountTexts = fc.oneof(
    fc.stringMatching(/^-?0{0,3}\d{1,13}(\.\d{0,3})?$/),
    fc.constantFrom('', '-', '.', '1.', '.5', '-0', '-0.00', '00', '1,5', '1e3', '+1', ' 1', '١٢'),
  );

  for (const [name, negativeAllowed] of [['not negative', false], ['negative allowed', true]] as const) {
    const schema = negativeAllowed ? valid.signed : valid.plain;
    it(`reads an amount only when the schema accepts it, as decimal.js reads it (${name})`, () => {
      fc.assert(
        fc.property(fc.oneof(amountNumbers, amountTexts), (json) => {
          const øre = moneyInOre(json, negativeAllowed);
          if (øre === undefined) {
            // Refused: invalid, or a text longer than any amount needs.
            if (schema(json)) expect(typeof json === 'string' && json.length > 16, String(json)).toBe(true);
            return;
          }
          expect(schema(json), String(json)).toBe(true);
          expect(øre).toBe(oreOf(money.read(json) as Decimal));
          expect(Object.is(øre, -0)).toBe(false);
        }),
        { numRuns: 20_000, seed: 3 },
      );
    });
  }

  it('counts two decimals of a number as the schema does', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        expect(moneyInOre(n, true) !== undefined).toBe(decimalsOf(n) <= 2 && Math.abs(n) < 1e12);
      }),
      { numRuns: 20_000, seed: 4 },
    );
  });
});
