import { enumMembers, type EnumSymbol, type ModuleInfo, type RecordSymbol, type Type } from '@lovkode/dsl';
import { type JsonSchema, type JsonValue, OVERRIDES_PROPERTY, scalarCodec, valueSchema } from '@lovkode/engine';
import { PROBLEM_BASE, problemKinds } from './problem.js';
import type { RulesetRegistry, RulesetVersion } from './rulesets.js';
import { TIMEOUT_CODE } from './evaluation.js';
import { byteCount, type ServiceLimits } from './limits.js';

/**
 * The OpenAPI 3.1 document of the service (`GET /openapi.json`), generated from the same
 * schemas the service uses: the rule set's input JSON Schema (the one the engine validates
 * with, `lovkode schema`), the output types of its `utdata`, and the limits the service was
 * started with. A Kotlin or .NET team generates its client from it.
 *
 * OpenAPI 3.1 schemas are JSON Schema 2020-12, so the input schema is used as it is, except
 * that its `$defs` become `components/schemas` (a `$ref` to `#/$defs/…` would resolve against
 * the OpenAPI document) under ASCII names (component names must match `[A-Za-z0-9._-]+`).
 */

export type OpenApiLimits = Pick<ServiceLimits, 'maxBatch' | 'maxExplainedBatch' | 'bodyLimit' | 'maxResponseBytes' | 'deadlineMs' | 'requestTimeoutMs'>;

type Schemas = Record<string, JsonSchema>;

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** An ASCII component name for a Norwegian one: `Søknad` → `Soknad`, `Særlig behov` → `Saerlig_behov`. */
export function asciiName(name: string): string {
  return name
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/å/g, 'a')
    .replace(/Å/g, 'A')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Names components uniquely. */
class Names {
  private readonly taken = new Set<string>();
  constructor(reserved: Iterable<string>) {
    for (const name of reserved) this.taken.add(name);
  }
  claim(wanted: string): string {
    let name = wanted;
    for (let i = 2; this.taken.has(name); i++) name = `${wanted}_${i}`;
    this.taken.add(name);
    return name;
  }
}

function mapJson(value: JsonValue, visit: (key: string, value: JsonValue) => JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map((item) => mapJson(item, visit));
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [key, inner] of Object.entries(value)) out[key] = visit(key, mapJson(inner, visit));
    return out;
  }
  return value;
}

/**
 * A standalone schema as components: each `$defs` entry becomes `<prefix>.<Name>` (its
 * `$ref`s rewritten), and the root is returned for the caller to place.
 */
function asComponents(schema: JsonSchema, prefix: string, names: Names, schemas: Schemas): JsonValue {
  const { $schema: _dialect, $defs, ...root } = schema;
  const renamed = new Map<string, string>();
  for (const name of Object.keys(($defs ?? {}) as object)) renamed.set(name, names.claim(`${prefix}.${asciiName(name)}`));
  const rewrite = (value: JsonValue): JsonValue =>
    mapJson(value, (key, inner) => {
      if (key !== '$ref' || typeof inner !== 'string' || !inner.startsWith('#/$defs/')) return inner;
      const target = renamed.get(decodeURIComponent(inner.slice('#/$defs/'.length)));
      return target ? `#/components/schemas/${target}` : inner;
    });
  for (const [name, definition] of Object.entries(($defs ?? {}) as { [name: string]: JsonValue })) {
    schemas[renamed.get(name) as string] = rewrite(definition) as JsonSchema;
  }
  return rewrite(root);
}

/**
 * Each `skjønn`'s override as `Overstyring.<navn>`, with `navn` fixed and `verdi` of the
 * `skjønn`'s type (as the engine checks it, LK7006); the items of `overstyringer` are one of
 * them, told apart by `navn` (an OpenAPI discriminator, so generated clients get a typed
 * `verdi`). A rule set without `skjønn` keeps the general item.
 */
function overrideComponents(version: RulesetVersion, names: Names, schemas: Schemas): void {
  type Item = { readonly properties?: { readonly [name: string]: JsonValue } };
  const input = schemas['Inndata'] as { properties?: { [name: string]: { items?: JsonValue } } };
  const list = input.properties?.[OVERRIDES_PROPERTY];
  const item = list?.items as Item | undefined;
  if (!list || !item?.properties || version.rules.discretion.size === 0) return;
  const mapping: { [navn: string]: string } = {};
  for (const [navn, info] of version.rules.discretion) {
    const component = names.claim(`Overstyring.${asciiName(navn)}`);
    const verdi = asComponents(valueSchema(info.type, { entry: version.rules.entry }), `Verdi.${asciiName(navn)}`, names, schemas) as { [key: string]: JsonValue };
    schemas[component] = {
      ...(item as object),
      title: `Overstyring av ${navn}`,
      properties: { ...item.properties, navn: { const: navn }, verdi: { ...(item.properties['verdi'] as object), ...verdi } },
    } as JsonSchema;
    mapping[navn] = `#/components/schemas/${component}`;
  }
  list.items = { oneOf: Object.values(mapping).map((target) => ({ $ref: target })), discriminator: { propertyName: 'navn', mapping } };
}

/** JSON Schemas of output values as the engine prints them (docs/engine.md §2). */
class OutputSchemas {
  private readonly named = new Map<RecordSymbol | EnumSymbol, string>();

  constructor(
    private readonly names: Names,
    private readonly schemas: Schemas,
    /** The module evaluated through: a variant's `utvid valg` members are values too. */
    private readonly entry: ModuleInfo,
  ) {}

  /** Any value may be undetermined: `{ "ubestemt": [reasons] }`. */
  value(type: Type): JsonSchema {
    if (type.kind === 'undetermined' || type.kind === 'error') return ref('Ubestemt');
    return { anyOf: [this.plain(type), ref('Ubestemt')] };
  }

  private plain(type: Type): JsonSchema {
    const codec = scalarCodec(type);
    if (codec) return codec.resultSchema();
    switch (type.kind) {
      case 'list':
        return { type: 'array', items: this.value(type.element) };
      case 'enum':
      case 'record':
        return ref(this.component(type.symbol));
      default:
        return {};
    }
  }

  private component(symbol: RecordSymbol | EnumSymbol): string {
    const existing = this.named.get(symbol);
    if (existing) return existing;
    const name = this.names.claim(`Utdata.${asciiName(symbol.name)}`);
    this.named.set(symbol, name);
    this.schemas[name] = {}; // reserved first: a record may refer to itself
    if (symbol.kind === 'enum') {
      this.schemas[name] = { title: symbol.name, type: 'string', enum: [...enumMembers(symbol, this.entry).keys()] };
    } else {
      const properties: { [field: string]: JsonValue } = {};
      for (const field of symbol.fields.values()) properties[field.name] = this.value(field.type);
      this.schemas[name] = { title: symbol.name, type: 'object', properties, additionalProperties: false };
    }
    return name;
  }
}

const location: JsonSchema = {
  type: 'object',
  description: 'Et sted i regelfilene',
  properties: { file: { type: 'string' }, line: { type: 'integer' }, column: { type: 'integer' } },
  required: ['file', 'line', 'column'],
};

const violation: JsonSchema = {
  type: 'object',
  properties: {
    path: { type: 'string', description: 'JSON-peker i innholdet (f.eks. /barn/0/fødselsdato; tom for hele innholdet), ?navn for en parameter, header:navn for en header' },
    message: { type: 'string' },
  },
  required: ['path', 'message'],
};

function fixedComponents(limits: OpenApiLimits): Schemas {
  const anyJson: JsonSchema = {};
  return {
    Ubestemt: {
      type: 'object',
      description: 'Et resultat som ikke er bestemt av reglene og krever en individuell vurdering',
      properties: { ubestemt: { type: 'array', items: { type: 'string' }, description: 'Grunnene' } },
      required: ['ubestemt'],
      additionalProperties: false,
    },
    Regelsett: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$', description: 'Regelsett-id: SHA-256 av regelfilene (docs/engine.md §6)' },
    RuleLocation: location,
    Violation: violation,
    TraceCitation: {
      type: 'object',
      properties: { id: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' }, assumption: { type: 'boolean' } },
      required: ['id', 'title'],
    },
    TraceStep: {
      type: 'object',
      description: 'Ett steg i sporingen (docs/engine.md §7)',
      properties: {
        id: { type: 'integer' },
        kind: { type: 'string', enum: ['input', 'rule', 'discretion', 'table'] },
        name: { type: 'string' },
        type: { type: 'string', description: 'Typen til value, slik reglene skriver den (beløp, tall, dato, liste av Barn …); se Trace.types' },
        args: { type: 'array', items: anyJson },
        argTypes: { type: 'array', items: { type: 'string' } },
        value: anyJson,
        location: ref('RuleLocation'),
        definition: { type: 'object' },
        override: { type: 'object' },
        row: { type: 'object' },
        citations: { type: 'array', items: ref('TraceCitation') },
        explanation: { type: 'string' },
        aggregations: { type: 'array', items: { type: 'object' } },
        uses: { type: 'array', items: { type: 'integer' } },
      },
      required: ['id', 'kind', 'name', 'value', 'citations', 'uses'],
    },
    Trace: {
      type: 'object',
      description: 'Sporingen av en beregning, format versjon 1 (docs/engine.md §7)',
      properties: {
        version: { const: 1 },
        asOf: { type: 'string', format: 'date' },
        asOfType: { type: 'string', enum: ['dato', 'måned'], description: 'Om vurderingstidspunktet ble gitt som en dag eller en måned (asOf er da den første dagen)' },
        types: {
          type: 'object',
          description: 'Listene, postene og valgene verdiene har, etter navn: { kind: list, element } | { kind: record, fields, defaults? } | { kind: enum, members, labels? } (labels: medlemmenes dokumentasjonskommentarer; defaults: feltenes standardverdier)',
          additionalProperties: { type: 'object', properties: { kind: { type: 'string', enum: ['list', 'record', 'enum'] } }, required: ['kind'] },
        },
        ruleset: ref('Regelsett'),
        outputs: { type: 'object', additionalProperties: { type: 'integer' } },
        steps: { type: 'array', items: ref('TraceStep') },
      },
      required: ['version', 'asOf', 'ruleset', 'outputs', 'steps'],
    },
    Resultat: {
      type: 'object',
      description: 'Resultatet av én sak',
      properties: {
        values: ref('Utdata'),
        warnings: { type: 'array', items: { type: 'string' }, description: 'Blant annet hvert overstyrt skjønn' },
        ruleset: ref('Regelsett'),
        trace: ref('Trace'),
        begrunnelse: { type: 'string', description: 'Begrunnelsen som tekst (med ?begrunnelse=true)' },
      },
      required: ['values', 'warnings', 'ruleset'],
      additionalProperties: false,
    },
    Saksfeil: {
      type: 'object',
      description: `En sak i en bunke som ikke ga resultat. code er motorens kode (LK7001 …), eller «${TIMEOUT_CODE}» for en sak som ikke ble beregnet før fristen på ${limits.deadlineMs} ms`,
      properties: {
        error: {
          type: 'object',
          properties: {
            code: { type: 'string' },
            message: { type: 'string' },
            violations: { type: 'array', items: ref('Violation') },
            locations: { type: 'array', items: ref('RuleLocation') },
          },
          required: ['code', 'message'],
        },
      },
      required: ['error'],
      additionalProperties: false,
    },
    Bunke: {
      type: 'object',
      description: `Opptil ${limits.maxBatch} saker, eller ${limits.maxExplainedBatch} med explain eller begrunnelse`,
      properties: { cases: { type: 'array', maxItems: limits.maxBatch, items: ref('Inndata') } },
      required: ['cases'],
      additionalProperties: false,
    },
    Bunkeresultat: {
      type: 'object',
      properties: {
        ruleset: ref('Regelsett'),
        results: { type: 'array', description: 'Ett resultat per sak, i samme rekkefølge', items: { oneOf: [ref('Resultat'), ref('Saksfeil')] } },
        summary: {
          type: 'object',
          properties: { cases: { type: 'integer' }, ok: { type: 'integer' }, failed: { type: 'integer' }, timedOut: { type: 'integer' } },
          required: ['cases', 'ok', 'failed', 'timedOut'],
        },
      },
      required: ['ruleset', 'results', 'summary'],
    },
    Problem: {
      type: 'object',
      description: 'Problemdetaljer (RFC 9457)',
      properties: {
        type: { type: 'string', format: 'uri', enum: Object.keys(problemKinds).map((k) => `${PROBLEM_BASE}${k}`) },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        instance: { type: 'string' },
        code: { type: 'string', pattern: '^LK\\d{4}$', description: 'Motorens kode, når problemet gjelder saken' },
        violations: { type: 'array', items: ref('Violation') },
        locations: { type: 'array', items: ref('RuleLocation') },
        ruleset: ref('Regelsett'),
        known: { type: 'array', items: ref('RegelsettNavn') },
        requestId: { type: 'string' },
      },
      required: ['type', 'title', 'status', 'detail', 'violations'],
    },
    RegelsettNavn: {
      type: 'object',
      properties: { name: { type: 'string' }, ruleset: ref('Regelsett') },
      required: ['name', 'ruleset'],
    },
    Helse: {
      type: 'object',
      properties: {
        status: { const: 'ok' },
        default: ref('Regelsett'),
        rulesets: { type: 'array', items: ref('RegelsettNavn') },
        uptimeSeconds: { type: 'number' },
      },
      required: ['status', 'default', 'rulesets', 'uptimeSeconds'],
    },
    Klar: {
      type: 'object',
      properties: { status: { const: 'ready' }, rulesets: { type: 'integer', minimum: 1 } },
      required: ['status', 'rulesets'],
    },
    Regler: {
      type: 'object',
      description: 'Regelsettet: moduler, utdata, inndata, kilder og satstabeller med periodene sine',
      properties: {
        ruleset: ref('Regelsett'),
        default: { type: 'boolean', description: 'Om dette er regelsettet som brukes når forespørselen ikke velger et' },
        names: { type: 'array', items: { type: 'string' } },
        sources: { type: 'array', items: { type: 'string' } },
        entry: { type: 'string' },
        available: { type: 'array', items: ref('RegelsettNavn') },
        modules: {
          type: 'array',
          items: {
            type: 'object',
            properties: { name: { type: 'string' }, file: { type: 'string' }, variantOf: { type: 'string' }, imports: { type: 'array', items: { type: 'string' } }, doc: { type: 'string' } },
            required: ['name', 'file', 'imports'],
          },
        },
        outputs: { type: 'array', items: ref('NavnOgType') },
        inputs: {
          type: 'array',
          items: {
            type: 'object',
            properties: { name: { type: 'string' }, type: { type: 'string' }, optional: { type: 'boolean' }, asOf: { type: 'boolean' } },
            required: ['name', 'type', 'optional', 'asOf'],
          },
        },
        citations: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              kind: { type: 'string', enum: ['source', 'assumption'] },
              title: { type: 'string' },
              url: { type: 'string' },
              module: { type: 'string' },
              cites: { type: 'array', items: { type: 'string' } },
            },
            required: ['id', 'kind', 'title', 'module'],
          },
        },
        tables: { type: 'array', items: ref('Tabell') },
      },
      required: ['ruleset', 'default', 'names', 'entry', 'available', 'modules', 'outputs', 'inputs', 'citations', 'tables'],
    },
    NavnOgType: { type: 'object', properties: { name: { type: 'string' }, type: { type: 'string' } }, required: ['name', 'type'] },
    Tabell: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        module: { type: 'string' },
        replaces: { type: 'string', description: 'I en variant: tabellen denne erstatter (modul.navn)' },
        parameters: { type: 'array', items: ref('NavnOgType') },
        type: { type: 'string' },
        dated: { type: 'boolean' },
        periods: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              from: { type: 'string', format: 'date' },
              to: { type: 'string', format: 'date' },
              unknown: { type: 'string', description: 'Perioden er ukjent: et oppslag i den feiler med denne meldingen' },
              rows: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    keys: { type: 'array', items: { type: ['string', 'null'] } },
                    value: { type: 'string' },
                    unknown: { type: 'string' },
                    citations: { type: 'array', items: { type: 'string' } },
                  },
                  required: ['keys', 'citations'],
                },
              },
            },
            required: ['rows'],
          },
        },
      },
      required: ['name', 'module', 'parameters', 'type', 'dated', 'periods'],
    },
    JsonSchema: { type: 'object', description: 'Et JSON Schema (draft 2020-12)' },
  };
}

const problemContent = { 'application/problem+json': { schema: ref('Problem') } };

function problems(statuses: readonly number[]): Record<string, JsonValue> {
  const describe: Record<number, string> = {
    400: 'Ugyldig JSON eller ugyldige parametre',
    404: 'Ukjent regelsett',
    405: 'Metoden er ikke tillatt',
    408: 'Forespørselen ble ikke sendt ferdig i tide',
    413: 'Innholdet er for stort, eller bunken har for mange saker',
    415: 'Feil innholdstype, eller innholdet er ikke UTF-8',
    422: 'Ugyldig inndata, reglene gir ikke noe resultat for saken, eller svaret blir for stort',
    500: 'Intern feil',
    503: 'Tjenesten stenger',
  };
  return Object.fromEntries(statuses.map((s) => [String(s), { description: describe[s] ?? 'Feil', content: problemContent }]));
}

const rulesetHeader = { description: 'Regelsettet som ble brukt', schema: ref('Regelsett') };
const requestIdHeader = { description: 'Forespørselens id, som i loggen', schema: { type: 'string' } };
const etagHeader = { description: 'Dokumentets tag (sammendrag av teksten); send den som If-None-Match', schema: { type: 'string' } };

/** A document route's answers: 200 with its entity tag, or 304 when If-None-Match names it. */
function tagged(response: JsonValue): Record<string, JsonValue> {
  const withTag = response as { headers: Record<string, JsonValue> };
  return {
    '200': { ...withTag, headers: { ...withTag.headers, ETag: etagHeader, 'Cache-Control': { description: 'no-cache: kan lagres, men spør igjen', schema: { type: 'string' } } } },
    '304': { description: 'Uendret siden taggen i If-None-Match', headers: { ETag: etagHeader } },
  };
}

function ok(description: string, schema: JsonSchema, withRuleset = true): JsonValue {
  return {
    description,
    headers: { ...(withRuleset ? { 'Lovkode-Ruleset': rulesetHeader } : {}), 'X-Request-Id': requestIdHeader },
    content: { 'application/json': { schema } },
  };
}

const pinParameters = [{ $ref: '#/components/parameters/RegelsettHeader' }, { $ref: '#/components/parameters/RegelsettQuery' }];
const documentParameters = [...pinParameters, { $ref: '#/components/parameters/IfNoneMatch' }];
const resultParameters = [{ $ref: '#/components/parameters/Explain' }, { $ref: '#/components/parameters/Begrunnelse' }, ...pinParameters];

export function openApiDocument(version: RulesetVersion, registry: RulesetRegistry, limits: OpenApiLimits): JsonSchema {
  const schemas = fixedComponents(limits);
  const names = new Names([...Object.keys(schemas), 'Inndata', 'Utdata']);
  schemas['Inndata'] = asComponents(version.inputSchema(), 'Inndata', names, schemas) as JsonSchema;
  overrideComponents(version, names, schemas);
  const outputs = new OutputSchemas(names, schemas, version.rules.entry);
  const values: { [name: string]: JsonValue } = {};
  for (const output of version.rules.outputs) values[output.name] = outputs.value(output.type);
  schemas['Utdata'] = { type: 'object', description: 'Utdataene til regelsettet', properties: values, required: Object.keys(values), additionalProperties: false };

  return {
    openapi: '3.1.0',
    // Relative to where the document is served from: generated clients call the same service.
    servers: [{ url: '/', description: 'Denne tjenesten' }],
    info: {
      title: 'Lovkode',
      version: `1.0.0+${version.hash.slice('sha256:'.length, 'sha256:'.length + 12)}`,
      summary: 'Regler for økonomisk stønad etter sosialtjenesteloven som kode',
      description: [
        `Beregner saker etter regelsettet ${version.name} (${version.hash}, inngangsmodul ${version.rules.entry.name}).`,
        `Regelsett tjenesten har: ${registry.known().map((k) => `${k.name} = ${k.ruleset}`).join(', ')}.`,
        'Velg et regelsett med headeren Lovkode-Ruleset eller parameteren ruleset (id eller navn); uten valg brukes standard. Hvert resultat sier hvilket regelsett det ble beregnet med.',
        `Grenser: høyst ${limits.maxBatch} saker per bunke (${limits.maxExplainedBatch} med explain eller begrunnelse), høyst ${byteCount(limits.bodyLimit)} per forespørsel og ${byteCount(limits.maxResponseBytes)} per svar, frist ${limits.deadlineMs} ms for å beregne og skrive svaret, ${limits.requestTimeoutMs} ms for å sende forespørselen; innholdet må være UTF-8.`,
        'Feil svares med application/problem+json (RFC 9457); se docs/http.md.',
      ].join('\n\n'),
    },
    paths: {
      '/v1/evaluate': {
        post: {
          operationId: 'evaluate',
          summary: 'Beregner én sak',
          parameters: resultParameters,
          requestBody: { required: true, content: { 'application/json': { schema: ref('Inndata') } } },
          responses: { '200': ok('Resultatet', ref('Resultat')), ...problems([400, 404, 408, 413, 415, 422, 500, 503]) },
        },
      },
      '/v1/evaluate/batch': {
        post: {
          operationId: 'evaluateBatch',
          summary: `Beregner opptil ${limits.maxBatch} saker (${limits.maxExplainedBatch} med explain eller begrunnelse); ett resultat eller én feil per sak, i samme rekkefølge`,
          parameters: resultParameters,
          requestBody: { required: true, content: { 'application/json': { schema: ref('Bunke') } } },
          responses: { '200': ok('Resultatene', ref('Bunkeresultat')), ...problems([400, 404, 408, 413, 415, 422, 500, 503]) },
        },
      },
      '/v1/schema': {
        get: {
          operationId: 'getInputSchema',
          summary: 'JSON Schema for inndataene (som «lovkode schema»)',
          parameters: documentParameters,
          responses: { ...tagged(ok('JSON Schema (draft 2020-12)', ref('JsonSchema'))), ...problems([400, 404, 503]) },
        },
      },
      '/v1/rules': {
        get: {
          operationId: 'getRules',
          summary: 'Moduler, utdata, kilder og satstabeller med periodene sine, og regelsett-id',
          parameters: documentParameters,
          responses: { ...tagged(ok('Regelsettet', ref('Regler'))), ...problems([400, 404, 503]) },
        },
      },
      '/v1/health': {
        get: {
          operationId: 'getHealth',
          summary: 'Om tjenesten lever, og hvilke regelsett den har (liveness; svarer også mens tjenesten stopper)',
          responses: { '200': ok('Tjenesten svarer', ref('Helse'), false), ...problems([400]) },
        },
      },
      '/v1/ready': {
        get: {
          operationId: 'getReady',
          summary: 'Om tjenesten tar imot arbeid (readiness): 503 fra den begynner å stoppe',
          responses: { '200': ok('Tjenesten tar imot arbeid', ref('Klar'), false), ...problems([400, 503]) },
        },
      },
      '/metrics': {
        get: {
          operationId: 'getMetrics',
          summary: 'Forespørsler og svartider etter rute og status, i Prometheus tekstformat 0.0.4',
          responses: {
            '200': { description: 'Målingene', headers: { 'X-Request-Id': requestIdHeader }, content: { 'text/plain': { schema: { type: 'string' } } } },
            ...problems([400]),
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'Dette dokumentet (OpenAPI 3.1)',
          parameters: documentParameters,
          responses: { ...tagged(ok('OpenAPI-dokumentet', { type: 'object' })), ...problems([400, 404, 503]) },
        },
      },
    },
    components: {
      schemas,
      parameters: {
        Explain: { name: 'explain', in: 'query', required: false, description: 'Ta med sporingen (trace)', schema: { type: 'boolean', default: false } },
        Begrunnelse: { name: 'begrunnelse', in: 'query', required: false, description: 'Ta med begrunnelsen som tekst', schema: { type: 'boolean', default: false } },
        RegelsettQuery: { name: 'ruleset', in: 'query', required: false, description: 'Regelsett-id (sha256:…) eller navn', schema: { type: 'string' } },
        IfNoneMatch: { name: 'If-None-Match', in: 'header', required: false, description: 'ETag fra et tidligere svar; 304 hvis dokumentet er uendret', schema: { type: 'string' } },
        RegelsettHeader: { name: 'Lovkode-Ruleset', in: 'header', required: false, description: 'Regelsett-id (sha256:…) eller navn', schema: { type: 'string' } },
      },
    },
  };
}
