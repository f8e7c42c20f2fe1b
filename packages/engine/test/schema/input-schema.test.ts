import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { check, type InputSymbol } from '@lovkode/dsl';
import { describe, expect, it } from 'vitest';
import { inputSchema, MONEY_KEYWORD, SCHEMA_DIALECT, valueSchema, type JsonSchema } from '../../src/schema/input-schema';
import { allTypes, checked, example } from './rules';

const exampleSchema = inputSchema(example.inputs, { title: 'eksempel.livsopphold' });
const allTypesSchema = inputSchema(allTypes.inputs);

/** A plain 2020-12 validator, as another system would use the schema: no Lovkode keyword. */
function standardAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const property = (schema: JsonSchema, name: string): JsonSchema => (schema.properties as { [name: string]: JsonSchema })[name] as JsonSchema;
const definition = (schema: JsonSchema, name: string): JsonSchema => (schema.$defs as { [name: string]: JsonSchema })[name] as JsonSchema;

describe('inputSchema: the example rule set', () => {
  it('matches the reviewed snapshot', async () => {
    await expect(`${JSON.stringify(exampleSchema, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/livsopphold.schema.json');
  });

  it('is a valid JSON Schema 2020-12 document', () => {
    const ajv = new Ajv2020({ strict: false });
    expect(exampleSchema.$schema).toBe(SCHEMA_DIALECT);
    expect(ajv.validateSchema(exampleSchema)).toBe(true);
    expect(ajv.errors).toBeNull();
    expect(ajv.validateSchema(allTypesSchema)).toBe(true);
    expect(ajv.validateSchema(valueSchema(allTypes.inputs.find((i) => i.name === 'poster')!.type))).toBe(true);
  });

  it('works in a standard validator that does not know the vendor keyword', () => {
    const validate = standardAjv().compile(exampleSchema);
    const valid = {
      beregningsmåned: '2024-03',
      sivilstand: 'enslig',
      barn: [{ fødselsdato: '2019-11-30' }],
      inntekter: [{ art: 'lønn', beløp: '5000.50' }],
      utgifter: [{ art: 'husleie', beløp: 8000 }],
      overstyringer: [{ navn: 'boutgifter', verdi: 9000, begrunnelse: 'Dokumentert husleie' }],
    };
    expect(validate(valid)).toBe(true);
    // The standard parts reject what they can express: sign, string decimals, calendar, enum.
    expect(validate({ ...valid, inntekter: [{ art: 'lønn', beløp: -1 }] })).toBe(false);
    expect(validate({ ...valid, inntekter: [{ art: 'lønn', beløp: '1.005' }] })).toBe(false);
    expect(validate({ ...valid, barn: [{ fødselsdato: '2023-02-30' }] })).toBe(false);
    expect(validate({ ...valid, sivilstand: 'gift' })).toBe(false);
  });

  it('requires the inputs without a default, and never the overrides', () => {
    expect(exampleSchema.required).toEqual(['beregningsmåned', 'sivilstand']);
    expect(exampleSchema.additionalProperties).toBe(false);
    expect(Object.keys(exampleSchema.properties as object)).toEqual([
      'beregningsmåned',
      'sivilstand',
      'barn',
      'inntekter',
      'utgifter',
      'særlige_behov',
      'overstyringer',
    ]);
  });

  it('describes the overrides property', () => {
    expect(property(exampleSchema, 'overstyringer')).toMatchObject({
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        properties: { navn: { type: 'string' }, verdi: {}, begrunnelse: { type: 'string', minLength: 1 } },
        required: ['navn', 'verdi', 'begrunnelse'],
        additionalProperties: false,
      },
    });
  });
});

describe('inputSchema: types', () => {
  it('beløp: a non-negative number or decimal string with at most two decimals', () => {
    const sum = property(allTypesSchema, 'sum');
    expect(sum).toEqual({
      description: 'Beløp i kroner, ikke negativt, under 1 000 000 000 000 kr; et tall eller en desimaltekst med høyst to desimaler, f.eks. "12.50"',
      anyOf: [
        { type: 'number', minimum: 0, exclusiveMaximum: 1e12 },
        { type: 'string', pattern: '^0*\\d{1,12}(\\.\\d{1,2})?$', maxLength: 40 },
      ],
      [MONEY_KEYWORD]: { maxDecimals: 2, negativeAllowed: false },
      default: '0',
    });
  });

  it('beløp (negativ_tillatt): may be negative, on inputs and on record fields', () => {
    const expected = {
      anyOf: [
        { type: 'number', exclusiveMinimum: -1e12, exclusiveMaximum: 1e12 },
        { type: 'string', pattern: '^-?0*\\d{1,12}(\\.\\d{1,2})?$', maxLength: 40 },
      ],
      [MONEY_KEYWORD]: { maxDecimals: 2, negativeAllowed: true },
    };
    expect(property(allTypesSchema, 'justering')).toMatchObject(expected);
    expect(property(definition(allTypesSchema, 'Post'), 'beløp')).toMatchObject(expected);
  });

  it('the other scalar types', () => {
    expect(property(allTypesSchema, 'andel')).toMatchObject({
      anyOf: [{ type: 'number' }, { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$' }],
    });
    expect(property(allTypesSchema, 'antall')).toMatchObject({ type: 'integer' });
    expect(property(allTypesSchema, 'navn')).toMatchObject({ type: 'string', maxLength: 10000 });
    expect(property(allTypesSchema, 'dag')).toMatchObject({ type: 'string', format: 'date', pattern: expect.any(String) });
    expect(property(allTypesSchema, 'måned')).toMatchObject({ type: 'string', pattern: '^(?!0000)\\d{4}-(0[1-9]|1[0-2])$', default: '2024-01' });
    expect(property(exampleSchema, 'særlige_behov')).toMatchObject({ type: 'boolean', default: false });
  });

  it('the as-of input says so in its description', () => {
    expect(property(allTypesSchema, 'dag').description).toBe('Vurderingstidspunktet: beregningen gjøres per denne datoen. Dato på formen ÅÅÅÅ-MM-DD');
  });

  it('enumerations and records are $defs, with doc comments as descriptions', () => {
    expect(property(allTypesSchema, 'art')).toEqual({ description: 'Én av verdiene a, b', $ref: '#/$defs/Art', default: 'a' });
    expect(definition(allTypesSchema, 'Art')).toEqual({ title: 'Art', description: 'Arter av poster.', enum: ['a', 'b'] });
    expect(definition(allTypesSchema, 'Post')).toMatchObject({
      title: 'Post',
      description: 'En post i et regnskap.',
      type: 'object',
      required: ['beløp'],
      additionalProperties: false,
      properties: { antall: { type: 'integer', default: 1 }, merknad: { type: 'string', default: '' } },
    });
  });

  it('lists have at most 1000 elements; a recursive record refers to itself', () => {
    expect(property(allTypesSchema, 'trær')).toMatchObject({ type: 'array', maxItems: 1000, items: { $ref: '#/$defs/Node' } });
    expect(definition(allTypesSchema, 'Node')).toMatchObject({
      properties: { barn: { type: 'array', maxItems: 1000, items: { $ref: '#/$defs/Node' } } },
      required: ['navn'],
    });
  });

  it('uses the doc comment of an input when it has one', () => {
    const input = allTypes.inputs.find((i) => i.name === 'navn') as InputSymbol;
    const schema = inputSchema([{ ...input, doc: 'Søkerens navn' }]);
    expect(property(schema, 'navn').description).toBe('Søkerens navn');
  });

  it('two records of the same name in different modules get different $defs', () => {
    const program = checked([
      { path: 'a.lov', text: 'modul a\n\nvalg Status { ja, nei }\nvalg Størrelse { liten, stor }\n\ninndata {\n  x: Status\n  z: Størrelse\n}\n' },
      { path: 'b.lov', text: 'modul b\n\nbruk a\n\nvalg Status { på, ute }\n\ninndata {\n  y: Status\n}\n' },
    ]);
    const schema = inputSchema(program.inputs);
    expect(Object.keys(schema.$defs as object)).toEqual(['Status', 'Størrelse', 'b.Status']);
    expect(property(schema, 'y').$ref).toBe('#/$defs/b.Status');
    expect(property(schema, 'z').$ref).toBe('#/$defs/St%C3%B8rrelse');
    const validate = standardAjv().compile(schema);
    expect(validate({ x: 'ja', y: 'ute', z: 'stor' })).toBe(true);
    expect(validate({ x: 'ja', y: 'ja', z: 'stor' })).toBe(false);
  });

  it('never meets an input field with the reserved name «overstyringer»: the checker refuses it (LK2021)', () => {
    const { diagnostics, program } = check([{ path: 'a.lov', text: 'modul a\n\ninndata {\n  overstyringer: tekst\n}\n' }]);
    expect(diagnostics.map((d) => d.code)).toContain('LK2021');
    expect(() => inputSchema(program.inputs)).toThrow(/reservert/);
  });

  it('valueSchema: one value of a type, with the $defs it needs', () => {
    const poster = allTypes.inputs.find((i) => i.name === 'poster') as InputSymbol;
    const schema = valueSchema(poster.type);
    expect(schema).toMatchObject({ $schema: SCHEMA_DIALECT, type: 'array', items: { $ref: '#/$defs/Post' } });
    expect(Object.keys(schema.$defs as object)).toEqual(['Post']);
    const sum = allTypes.inputs.find((i) => i.name === 'sum') as InputSymbol;
    expect(valueSchema(sum.type, { negativeAllowed: true })[MONEY_KEYWORD]).toEqual({ maxDecimals: 2, negativeAllowed: true });
  });
});
