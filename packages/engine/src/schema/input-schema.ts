import type { Ast, EnumSymbol, FieldSymbol, InputSymbol, ModuleInfo, RecordSymbol, Type } from '@lovkode/dsl';
import { enumMembers, reservedInputName } from '@lovkode/dsl';
import { scalarCodec } from '../values/kinds.js';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../values/limits.js';

/**
 * The JSON Schema (draft 2020-12) of a rule set's input, generated from its `inndata`
 * declarations (docs/engine.md §2 and §8). The schema is a plain JSON document: it can be
 * printed (`lovkode schema`), handed to other validators and read back.
 *
 * Everything a standard 2020-12 validator needs is expressed with standard keywords. The
 * one rule they cannot express exactly — a JSON *number* amount has at most two decimals —
 * is under the vendor keyword `x-lovkode-money`, which our validator (validate.ts) checks.
 */

export type { JsonSchema, JsonValue } from '../values/codec.js';
import type { JsonSchema, JsonValue } from '../values/codec.js';

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The input property that carries overrides of `skjønn` (docs/engine.md §5). */
export const OVERRIDES_PROPERTY = reservedInputName;
export { MONEY_KEYWORD, MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../values/limits.js';
export const MAX_OVERRIDES = 100;

export interface InputSchemaOptions {
  /** The schema's `title`, e.g. the entry module's name. */
  readonly title?: string;
  /** The module evaluated through: a variant's `utvid valg` members are allowed values. */
  readonly entry?: ModuleInfo;
}

/** How amounts may be signed in the schema of a value. */
export interface ValueSchemaOptions {
  /** Allow negative `beløp` everywhere (default: only where `negativ_tillatt` says so). */
  readonly negativeAllowed?: boolean;
  /** The module evaluated through: a variant's `utvid valg` members are allowed values. */
  readonly entry?: ModuleInfo;
}

/**
 * The input schema of a rule set: one property per input field (required unless it has a
 * default), the reserved, always optional property `overstyringer`, and no other properties.
 * Records and enumerations are `$defs` entries named after their declarations.
 */
export function inputSchema(inputs: readonly InputSymbol[], options: InputSchemaOptions = {}): JsonSchema {
  const defs = new Definitions({ ...(options.entry ? { entry: options.entry } : {}) });
  const properties: { [name: string]: JsonValue } = {};
  const required: string[] = [];
  for (const input of inputs) {
    if (input.name === OVERRIDES_PROPERTY) {
      throw new Error(`Inndatafeltet «${OVERRIDES_PROPERTY}» er reservert for overstyringer av skjønn; gi feltet et annet navn`);
    }
    if (Object.prototype.hasOwnProperty.call(properties, input.name)) continue; // declared twice: LK2018
    const schema = defs.schemaOf(input.type, input.negativeAllowed);
    const description = input.doc ?? (input.asOf ? `Vurderingstidspunktet: ${asOfDescription(input.type)}. ` : '') + describeType(input.type, input.negativeAllowed, options.entry);
    const fallback = input.optional ? defaultOf(input.decl.defaultValue, input.type, options.entry) : undefined;
    properties[input.name] = { description, ...schema, ...(fallback === undefined ? {} : { default: fallback }) };
    if (!input.optional) required.push(input.name);
  }
  properties[OVERRIDES_PROPERTY] = overridesSchema();
  return {
    $schema: SCHEMA_DIALECT,
    ...(options.title === undefined ? {} : { title: options.title }),
    description: 'Inndata til en beregning etter regelsettet',
    type: 'object',
    properties,
    required,
    additionalProperties: false,
    ...(defs.isEmpty() ? {} : { $defs: defs.entries }),
  };
}

/**
 * A standalone schema for one value of a type (used for the `verdi` of an override):
 * the type's schema at the root, with the `$defs` it refers to.
 */
export function valueSchema(type: Type, options: ValueSchemaOptions = {}): JsonSchema {
  const defs = new Definitions(options);
  const schema = defs.schemaOf(type, false);
  return { $schema: SCHEMA_DIALECT, ...schema, ...(defs.isEmpty() ? {} : { $defs: defs.entries }) };
}

function overridesSchema(): JsonSchema {
  return {
    description: 'Overstyringer av skjønn: saksbehandlerens verdi og begrunnelse i stedet for den veiledende verdien',
    type: 'array',
    maxItems: MAX_OVERRIDES,
    items: {
      title: 'Overstyring',
      type: 'object',
      properties: {
        navn: { description: 'Navnet på skjønnet som overstyres', type: 'string', minLength: 1 },
        for: {
          description: 'Det skjønnet vurderes for, når det vurderes per person eller element (skjønn med parametre): argumentene i parameterrekkefølge, for eksempel [{ "fødselsdato": "2015-05-01" }]',
          type: 'array',
          maxItems: 10,
        },
        verdi: { description: 'Verdien som skal brukes i stedet for den veiledende; typen er skjønnets type' },
        begrunnelse: { description: 'Hvorfor verdien er satt slik', type: 'string', minLength: 1, maxLength: MAX_TEXT_LENGTH },
      },
      required: ['navn', 'verdi', 'begrunnelse'],
      additionalProperties: false,
    },
  };
}

/** The `$defs` of a schema: one entry per record and enumeration, named after it. */
class Definitions {
  readonly entries: { [name: string]: JsonValue } = {};
  private readonly names = new Map<RecordSymbol | EnumSymbol, string>();

  constructor(private readonly options: ValueSchemaOptions) {}

  isEmpty(): boolean {
    return this.names.size === 0;
  }

  schemaOf(type: Type, negativeAllowed: boolean): JsonSchema {
    const codec = scalarCodec(type);
    if (codec) return codec.schema(negativeAllowed || this.options.negativeAllowed === true);
    switch (type.kind) {
      case 'list':
        return { type: 'array', maxItems: MAX_LIST_ITEMS, items: this.schemaOf(type.element, negativeAllowed) };
      case 'enum':
      case 'record':
        return { $ref: this.reference(type.symbol) };
      default:
        return {};
    }
  }

  private reference(symbol: RecordSymbol | EnumSymbol): string {
    let name = this.names.get(symbol);
    if (name === undefined) {
      name = this.uniqueName(symbol);
      this.names.set(symbol, name);
      this.entries[name] = {}; // reserved before the fields, so recursive records terminate
      this.entries[name] = symbol.kind === 'enum' ? enumDefinition(symbol, this.options.entry) : this.recordDefinition(symbol);
    }
    return `#/$defs/${encodeURIComponent(name)}`;
  }

  /** The declared name; a second declaration of the same name gets its module's name in front. */
  private uniqueName(symbol: RecordSymbol | EnumSymbol): string {
    const taken = (n: string): boolean => Object.prototype.hasOwnProperty.call(this.entries, n);
    if (!taken(symbol.name)) return symbol.name;
    const qualified = symbol.module ? `${symbol.module.name}.${symbol.name}` : symbol.name;
    let name = qualified;
    for (let i = 2; taken(name); i++) name = `${qualified}_${i}`;
    return name;
  }

  private recordDefinition(symbol: RecordSymbol): JsonSchema {
    const properties: { [name: string]: JsonValue } = {};
    const required: string[] = [];
    for (const field of symbol.fields.values()) {
      const fallback = defaultOf(field.decl.defaultValue, field.type, this.options.entry);
      properties[field.name] = {
        description: field.doc ?? describeType(field.type, field.negativeAllowed, this.options.entry),
        ...this.schemaOf(field.type, field.negativeAllowed),
        ...(fallback === undefined ? {} : { default: fallback }),
      };
      if (!hasDefault(field)) required.push(field.name);
    }
    return {
      title: symbol.name,
      description: symbol.doc ?? `Et objekt av typen ${symbol.name}`,
      type: 'object',
      properties,
      required,
      additionalProperties: false,
    };
  }
}

function hasDefault(field: FieldSymbol): boolean {
  return field.decl.defaultValue !== undefined;
}

function enumDefinition(symbol: EnumSymbol, entry: ModuleInfo | undefined): JsonSchema {
  const members = [...enumMembers(symbol, entry).keys()];
  return {
    title: symbol.name,
    description: symbol.doc ?? `Én av verdiene ${members.join(', ')}`,
    enum: members,
  };
}

function asOfDescription(type: Type): string {
  return type.kind === 'month' ? 'beregningen gjøres per den første dagen i denne måneden' : 'beregningen gjøres per denne datoen';
}

/** A short Norwegian description of a type, for the schema's `description`. */
export function describeType(type: Type, negativeAllowed = false, entry?: ModuleInfo): string {
  const codec = scalarCodec(type);
  if (codec) return codec.describe(negativeAllowed);
  switch (type.kind) {
    case 'list':
      return `Liste (høyst ${MAX_LIST_ITEMS} elementer); hvert element: ${lowerFirst(describeType(type.element, negativeAllowed, entry))}`;
    case 'enum':
      return `Én av verdiene ${[...enumMembers(type.symbol, entry).keys()].join(', ')}`;
    case 'record':
      return `Et objekt av typen ${type.symbol.name}`;
    default:
      return 'Verdi';
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The JSON form of a field's default (`= verdi`), for the schema's `default` annotation,
 * when the default is a plain literal; undefined otherwise (the evaluator supplies it).
 */
export function defaultOf(expr: Ast.Expr | undefined, type: Type, entry: ModuleInfo | undefined): JsonValue | undefined {
  if (!expr) return undefined;
  switch (expr.kind) {
    case 'Money':
      return type.kind === 'money' ? expr.value : undefined;
    case 'Number':
      if (type.kind === 'integer' && expr.integer) return Number(expr.value);
      return type.kind === 'decimal' ? expr.value : undefined;
    case 'Date':
      return type.kind === 'date' ? expr.value : undefined;
    case 'Month':
      return type.kind === 'month' ? expr.value : undefined;
    case 'Boolean':
      return type.kind === 'boolean' ? expr.value : undefined;
    case 'Text':
      return type.kind === 'text' ? expr.value : undefined;
    case 'List':
      return type.kind === 'list' && expr.items.length === 0 ? [] : undefined;
    case 'Reference':
      return type.kind === 'enum' && enumMembers(type.symbol, entry).has(expr.name.text) ? expr.name.text : undefined;
    default:
      return undefined;
  }
}
