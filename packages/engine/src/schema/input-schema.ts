import type { Ast, EnumSymbol, FieldSymbol, InputSymbol, ModuleInfo, RecordSymbol, Type } from '@lovkode/dsl';
import { enumMembers, reservedInputName } from '@lovkode/dsl';

/**
 * The JSON Schema (draft 2020-12) of a rule set's input, generated from its `inndata`
 * declarations (docs/engine.md §2 and §8). The schema is a plain JSON document: it can be
 * printed (`lovkode schema`), handed to other validators and read back.
 *
 * Everything a standard 2020-12 validator needs is expressed with standard keywords. The
 * one rule they cannot express exactly — a JSON *number* amount has at most two decimals —
 * is under the vendor keyword `x-lovkode-money`, which our validator (validate.ts) checks.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonSchema = { [keyword: string]: JsonValue };

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The input property that carries overrides of `skjønn` (docs/engine.md §5). */
export const OVERRIDES_PROPERTY = reservedInputName;
/** Vendor keyword on every `beløp` schema: `{ "maxDecimals": 2, "negativeAllowed": false }`. */
export const MONEY_KEYWORD = 'x-lovkode-money';

/** Limits (docs/engine.md §8). */
export const MAX_LIST_ITEMS = 1000;
export const MAX_TEXT_LENGTH = 10_000;
export const MAX_OVERRIDES = 100;
/** Decimal strings are read into 40-digit decimals; longer ones cannot be exact. */
export const MAX_DECIMAL_STRING_LENGTH = 40;
/** `heltall` is a JavaScript number at run time, so it must be a safe integer. */
export const MAX_INTEGER = Number.MAX_SAFE_INTEGER;

export const MONEY_DECIMALS = 2;
/**
 * Amounts are below 10¹² kr in absolute value: at most 12 digits before the point. With two
 * decimals that is at most 14 significant digits, so an amount sent as a JSON number is read
 * exactly (a double holds 15); a larger one is a mistake, not a case.
 */
export const MAX_AMOUNT_DIGITS = 12;
export const AMOUNT_LIMIT = 10 ** MAX_AMOUNT_DIGITS;
export const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
export const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
export const MONEY_PATTERN = `^0*\\d{1,${MAX_AMOUNT_DIGITS}}(\\.\\d{1,2})?$`;
export const SIGNED_MONEY_PATTERN = `^-?0*\\d{1,${MAX_AMOUNT_DIGITS}}(\\.\\d{1,2})?$`;
export const DECIMAL_PATTERN = '^-?\\d+(\\.\\d+)?$';

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
    switch (type.kind) {
      case 'money':
        return moneySchema(negativeAllowed || this.options.negativeAllowed === true);
      case 'decimal':
        return {
          anyOf: [
            { type: 'number' },
            { type: 'string', pattern: DECIMAL_PATTERN, maxLength: MAX_DECIMAL_STRING_LENGTH },
          ],
        };
      case 'integer':
        return { type: 'integer', minimum: -MAX_INTEGER, maximum: MAX_INTEGER };
      case 'boolean':
        return { type: 'boolean' };
      case 'text':
        return { type: 'string', maxLength: MAX_TEXT_LENGTH };
      case 'date':
        return { type: 'string', format: 'date', pattern: DATE_PATTERN };
      case 'month':
        return { type: 'string', pattern: MONTH_PATTERN };
      case 'list':
        return { type: 'array', maxItems: MAX_LIST_ITEMS, items: this.schemaOf(type.element, negativeAllowed) };
      case 'enum':
        return { $ref: this.reference(type.symbol) };
      case 'record':
        return { $ref: this.reference(type.symbol) };
      case 'undetermined':
      case 'error':
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

function moneySchema(negativeAllowed: boolean): JsonSchema {
  return {
    anyOf: [
      negativeAllowed
        ? { type: 'number', exclusiveMinimum: -AMOUNT_LIMIT, exclusiveMaximum: AMOUNT_LIMIT }
        : { type: 'number', minimum: 0, exclusiveMaximum: AMOUNT_LIMIT },
      { type: 'string', pattern: negativeAllowed ? SIGNED_MONEY_PATTERN : MONEY_PATTERN, maxLength: MAX_DECIMAL_STRING_LENGTH },
    ],
    [MONEY_KEYWORD]: { maxDecimals: MONEY_DECIMALS, negativeAllowed },
  };
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
  switch (type.kind) {
    case 'money':
      return negativeAllowed
        ? 'Beløp i kroner, kan være negativt, under 1 000 000 000 000 kr i absoluttverdi; et tall eller en desimaltekst med høyst to desimaler, f.eks. "12.50"'
        : 'Beløp i kroner, ikke negativt, under 1 000 000 000 000 kr; et tall eller en desimaltekst med høyst to desimaler, f.eks. "12.50"';
    case 'decimal':
      return 'Tall; et tall eller en desimaltekst, f.eks. "0.5"';
    case 'integer':
      return 'Heltall';
    case 'boolean':
      return 'Sannhetsverdi (true eller false)';
    case 'text':
      return `Tekst (høyst ${MAX_TEXT_LENGTH} tegn)`;
    case 'date':
      return 'Dato på formen ÅÅÅÅ-MM-DD';
    case 'month':
      return 'Måned på formen ÅÅÅÅ-MM';
    case 'list':
      return `Liste (høyst ${MAX_LIST_ITEMS} elementer); hvert element: ${lowerFirst(describeType(type.element, negativeAllowed, entry))}`;
    case 'enum':
      return `Én av verdiene ${[...enumMembers(type.symbol, entry).keys()].join(', ')}`;
    case 'record':
      return `Et objekt av typen ${type.symbol.name}`;
    case 'undetermined':
    case 'error':
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
function defaultOf(expr: Ast.Expr | undefined, type: Type, entry: ModuleInfo | undefined): JsonValue | undefined {
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
