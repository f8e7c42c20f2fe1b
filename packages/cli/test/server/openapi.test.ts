import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRules } from '@lovkode/engine';
import { asciiName } from '../../src/server/openapi';
import { call, compileFiles, e1, e3, shippedFiles, start, unknownPeriod, type Answer, type Running } from './support';

// GET /openapi.json: a valid OpenAPI 3.1 document (checked offline with a validator of the
// OpenAPI schemas), every $ref resolves, and the service's real answers match its schemas.
let rules: CompiledRules;
let server: Running;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let document: any;
const BASE = 'https://lovkode.test/openapi.json';
let ajv: Ajv2020;

beforeAll(async () => {
  rules = compileFiles(shippedFiles());
  server = await start({ rulesets: [{ name: 'default', rules }], maxBatch: 50 });
  document = (await call(server.url, '/openapi.json')).json;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, BASE);
});
afterAll(() => server.close());

function conforms(component: string, value: unknown): string[] {
  const validate = ajv.getSchema(`${BASE}#/components/schemas/${component}`) ?? ajv.compile({ $ref: `${BASE}#/components/schemas/${component}` });
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refs(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refs(inner, found);
    }
  }
  return found;
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('the validator does catch a broken document', async () => {
    const broken = structuredClone(document);
    delete broken.info;
    broken.paths['/v1/evaluate'].post.responses = 'none';
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it('every $ref points into the document, and component names are ASCII', () => {
    const all = refs(document);
    expect(all.length).toBeGreaterThan(10);
    for (const ref of all) {
      expect(ref).toMatch(/^#\/components\/(schemas|parameters)\/[A-Za-z0-9._-]+$/);
      const [, , kind, name] = ref.split('/');
      expect(document.components[kind as string][name as string], ref).toBeDefined();
    }
    for (const name of Object.keys(document.components.schemas)) expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(asciiName('Søknad')).toBe('Soknad');
    expect(asciiName('Særlig behov/år')).toBe('Saerlig_behov_ar');
  });

  it('documents every route with an operationId, the pin parameters, and problem+json errors', () => {
    expect(Object.keys(document.paths).sort()).toEqual(['/metrics', '/openapi.json', '/v1/evaluate', '/v1/evaluate/batch', '/v1/health', '/v1/ready', '/v1/rules', '/v1/schema']);
    const operations = Object.values(document.paths).flatMap((p) => Object.values(p as object)) as Array<{ operationId: string; responses: Record<string, { content: object }> }>;
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(8);
    for (const operation of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400) expect(Object.keys(response.content)).toEqual(['application/problem+json']);
      }
    }
    expect(document.paths['/v1/evaluate'].post.parameters.map((p: { $ref: string }) => p.$ref)).toContain('#/components/parameters/RegelsettHeader');
    expect(document.components.schemas['Bunke'].properties.cases.maxItems).toBe(50);
  });

  it('the input schema is the one the engine validates with, under components', async () => {
    const schema = (await call(server.url, '/v1/schema')).json;
    const input = document.components.schemas['Inndata'];
    expect(Object.keys(input.properties)).toEqual(Object.keys(schema.properties));
    expect(input.required).toEqual(schema.required);
    expect(conforms('Inndata', e1)).toEqual([]);
    expect(conforms('Inndata', e3)).toEqual([]);
    expect(conforms('Inndata', { ...e1, sivilstand: 'gift' }).length).toBeGreaterThan(0);
    expect(conforms('Inndata', { ...e1, voksne: [{}] }).length).toBeGreaterThan(0);
  });

  it('an override\'s verdi has the type of its skjønn, told apart by navn, as the engine checks it', async () => {
    const items = document.components.schemas['Inndata'].properties.overstyringer.items;
    expect(items.discriminator.propertyName).toBe('navn');
    expect(Object.keys(items.discriminator.mapping)).toEqual([...rules.discretion.keys()]);
    expect(document.components.schemas['Overstyring.boutgifter'].properties.navn).toEqual({ const: 'boutgifter' });
    const begrunnelse = 'Dokumentert';
    const voksen = { fødselsdato: '1980-01-15' };
    const examples = [
      { navn: 'boutgifter', verdi: '9000', begrunnelse },
      { navn: 'boutgifter', verdi: 9000.5, begrunnelse },
      { navn: 'boutgifter', verdi: true, begrunnelse },
      { navn: 'boutgifter', verdi: '-5', begrunnelse },
      { navn: 'boutgifter', verdi: '12.345', begrunnelse },
      { navn: 'tungtveiende_grunner_mot_vilkår', for: [voksen], verdi: true, begrunnelse },
      { navn: 'tungtveiende_grunner_mot_vilkår', for: [voksen], verdi: 'ja', begrunnelse },
      { navn: 'finnes_ikke', verdi: '1', begrunnelse },
      { navn: 'boutgifter', verdi: '9000' },
    ];
    // The engine is the oracle: what it accepts, the document accepts, and what it refuses, the document refuses.
    for (const override of examples) {
      const input = { ...e1, overstyringer: [override] };
      const answer = await call(server.url, '/v1/evaluate', { body: input });
      expect([200, 422], answer.text).toContain(answer.status);
      expect(conforms('Inndata', input).length === 0, `${JSON.stringify(override)} → ${answer.status}`).toBe(answer.status === 200);
    }
  });

  it('the answers of the service match the documented schemas', async () => {
    const check = (component: string, answer: Answer) => expect(conforms(component, answer.json), `${component}: ${answer.text.slice(0, 300)}`).toEqual([]);
    check('Resultat', await call(server.url, '/v1/evaluate', { body: e3 }));
    check('Resultat', await call(server.url, '/v1/evaluate?explain=true&begrunnelse=true', { body: e3 }));
    check('Bunkeresultat', await call(server.url, '/v1/evaluate/batch', { body: { cases: [e1, {}, unknownPeriod] } }));
    check('Regler', await call(server.url, '/v1/rules'));
    check('Helse', await call(server.url, '/v1/health'));
    check('JsonSchema', await call(server.url, '/v1/schema'));
    check('Problem', await call(server.url, '/v1/evaluate', { body: { ...e1, sivilstand: 'gift' } }));
    check('Problem', await call(server.url, '/v1/evaluate', { body: unknownPeriod }));
    check('Problem', await call(server.url, '/v1/evaluate', { body: '{', headers: { 'content-type': 'application/json' } }));
    check('Problem', await call(server.url, '/v1/evaluate?ruleset=ukjent', { body: e1 }));
    // The output schema is typed: an amount is a string with two decimals, a list a list.
    expect(conforms('Resultat', { values: { ...(await call(server.url, '/v1/evaluate', { body: e1 })).json.values, stønad: 16550 }, warnings: [], ruleset: rules.ruleset }).length).toBeGreaterThan(0);
  });
});
