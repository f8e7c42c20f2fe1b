import type { EnumSymbol, FieldSymbol, InputSymbol, ModuleInfo, RecordSymbol, Type } from '@lovkode/dsl';
import { calendar, enumMembers } from '@lovkode/dsl';
import type { Value } from '../runtime/values.js';
import { defaultOf } from '../schema/input-schema.js';
import { MAX_INTEGER, MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../values/limits.js';
import { decimalOfJson } from '../values/decimal.js';
import { moneyInOre } from '../values/money.js';
import type { GeneratedCode } from './emitter.js';

/**
 * The fast path's reader of a case (docs/engine-design.md §2): one generated function that
 * checks a case against its input schema and reads it into the values of the fast path
 * (amounts in integer øre) in one pass, without ajv, the size scan or decimal.js.
 *
 * It answers only when it is certain. A case it reads is valid by the schema, and each value
 * is what the general path reads (the schema's validator, the JSON reader of the type, its
 * defaults) and converts into øre. Anything else gives `undefined` and the general path
 * takes the case, which judges it and reports what is wrong: a violation, an override, a
 * field left out whose default is computed rather than written, an amount written with more
 * than 16 characters, an object with properties it does not own.
 */
export type OreInputReader = (input: unknown) => Value[] | undefined;

/** One input of the reader: where its value goes. */
export interface ReaderInput {
  readonly symbol: InputSymbol;
  readonly slot: number;
}

/**
 * The reader of these inputs through `entry` (whose `utvid valg` members are allowed values);
 * its result has `slotCount` places, the inputs' values at their slots.
 */
export function oreInputReader(inputs: readonly ReaderInput[], slotCount: number, entry: ModuleInfo, code: GeneratedCode): OreInputReader {
  const source = readerSource(inputs, slotCount, entry);
  if (source === undefined) return never;
  return code.factory<OreInputReader>(source)(readerRuntime, noConstants);
}

/** The reader's source, or undefined when a value has no fast reading (the general path reads every case). */
function readerSource(inputs: readonly ReaderInput[], slotCount: number, entry: ModuleInfo): string | undefined {
  try {
    return new ReaderSource(entry).source(inputs, slotCount);
  } catch (error) {
    if (error instanceof NoFastReading) return undefined;
    throw error;
  }
}

/** A type or a name the reader does not read (`__proto__`, which an object literal would not make a field). */
class NoFastReading extends Error {}

/** What the reader's code calls, by name. */
const readerRuntime = {
  moneyInOre,
  isIsoDate: calendar.isIsoDate,
  isIsoMonth: calendar.isIsoMonth,
  decimalOfJson,
};

const noConstants: readonly unknown[] = [];

/**
 * The object has no other properties than the `given` fields read: it has as many own
 * enumerable keys (what `Object.keys` counts, and the schema's `additionalProperties`), and
 * no inherited enumerable one (an object whose prototype adds fields is left to the general
 * path). Counted by `for…in` without making an array of the keys: V8 answers
 * `hasOwnProperty` of a `for…in` key from the object's map.
 */
const noOtherKeys: readonly string[] = [
  'for (const key in json) {',
  '  if (!Object.prototype.hasOwnProperty.call(json, key)) return;',
  '  given--;',
  '}',
  'if (given !== 0) return;',
];
const never: OreInputReader = () => undefined;

/**
 * The generated source: a function per record and list type, and the reader of the case, which
 * reads each input into a local and puts it in its slot. A value that fails a check returns
 * `undefined` from the function reading it, and from every function up to the case's.
 */
class ReaderSource {
  private readonly functions: string[] = [];
  private readonly records = new Map<RecordSymbol, string>();
  private temps = 0;

  constructor(private readonly entry: ModuleInfo) {}

  source(inputs: readonly ReaderInput[], slotCount: number): string {
    const body: string[] = [
      `if (typeof json !== 'object' || json === null || Array.isArray(json)) return;`,
      `const slots = new Array(${slotCount});`,
      'let given = 0, value;',
    ];
    for (const { symbol, slot } of inputs) {
      const fallback = symbol.optional ? this.fallback(symbol.decl.defaultValue, symbol.type) : undefined;
      body.push(...this.field(`slots[${slot}]`, symbol.name, symbol.type, symbol.negativeAllowed, fallback));
    }
    body.push(...noOtherKeys, 'return slots;');
    return [
      `const { ${Object.keys(readerRuntime).join(', ')} } = rt;`,
      ...this.functions,
      `return ${fn('readCase', body)};`,
    ].join('\n');
  }

  /**
   * Reads the property `name` of `json` into `target`; a property left out takes `fallback`
   * (the literal default's code), or is refused (required, or a computed default).
   */
  private field(target: string, name: string, type: Type, negativeAllowed: boolean, fallback: string | undefined): string[] {
    if (name === '__proto__') throw new NoFastReading(name);
    const temp = `v${this.temps++}`;
    return [
      `value = json[${JSON.stringify(name)}];`,
      `if (value === undefined) {`,
      fallback === undefined ? '  return;' : `  ${target} = ${fallback};`,
      '} else {',
      '  given++;',
      ...this.value(temp, 'value', type, negativeAllowed).map((line) => `  ${line}`),
      `  ${target} = ${temp};`,
      '}',
    ];
  }

  /** `const target` = the value of `json` read as `type`, or return. */
  private value(target: string, json: string, type: Type, negativeAllowed: boolean): string[] {
    switch (type.kind) {
      case 'money':
        return [`const ${target} = moneyInOre(${json}, ${negativeAllowed});`, `if (${target} === undefined) return;`];
      case 'decimal':
        return [`const ${target} = decimalOfJson(${json});`, `if (${target} === undefined) return;`];
      case 'integer':
        return [`if (!Number.isInteger(${json}) || ${json} > ${MAX_INTEGER} || ${json} < -${MAX_INTEGER}) return;`, `const ${target} = ${json};`];
      case 'boolean':
        return [`if (${json} !== true && ${json} !== false) return;`, `const ${target} = ${json};`];
      case 'text':
        // Code points are at most the UTF-16 length: within it, the schema's `maxLength` holds.
        return [`if (typeof ${json} !== 'string' || ${json}.length > ${MAX_TEXT_LENGTH}) return;`, `const ${target} = ${json};`];
      case 'date':
        return [`if (typeof ${json} !== 'string' || !isIsoDate(${json})) return;`, `const ${target} = ${json};`];
      case 'month':
        return [`if (typeof ${json} !== 'string' || !isIsoMonth(${json})) return;`, `const ${target} = ${json};`];
      case 'enum': {
        const members = this.members(type.symbol);
        if (members.length === 0) return ['return;'];
        return [`switch (${json}) {`, `  case ${members.join(': case ')}: break;`, '  default: return;', '}', `const ${target} = ${json};`];
      }
      case 'list':
      case 'record':
        return [`const ${target} = ${this.reader(type, negativeAllowed)}(${json});`, `if (${target} === undefined) return;`];
      default:
        throw new NoFastReading(type.kind);
    }
  }

  private members(symbol: EnumSymbol): string[] {
    return [...enumMembers(symbol, this.entry).keys()].map((name) => JSON.stringify(name));
  }

  /**
   * The name of the function reading a list or record type. A record's is generated once (its
   * fields say themselves whether their amounts may be negative); a list's for each use (its
   * amounts may be negative as the input or field holding it says).
   */
  private reader(type: Type & { readonly kind: 'list' | 'record' }, negativeAllowed: boolean): string {
    if (type.kind === 'list') return this.function(this.listBody(type.element, negativeAllowed));
    let name = this.records.get(type.symbol);
    if (name === undefined) {
      name = `read${this.functions.length}`;
      this.records.set(type.symbol, name);
      // Named before its body is generated: a record may hold a list of itself.
      const index = this.functions.push('') - 1;
      this.functions[index] = fn(name, this.recordBody(type.symbol));
    }
    return name;
  }

  private function(body: readonly string[]): string {
    const name = `read${this.functions.length}`;
    this.functions.push(fn(name, body));
    return name;
  }

  private listBody(element: Type, negativeAllowed: boolean): string[] {
    return [
      `if (!Array.isArray(json) || json.length > ${MAX_LIST_ITEMS}) return;`,
      // Made at its length: a list grown by `push` has room for 17 (which the garbage collector then copies).
      'const list = new Array(json.length);',
      'for (let i = 0; i < json.length; i++) {',
      '  const element = json[i];',
      ...this.value('item', 'element', element, negativeAllowed).map((line) => `  ${line}`),
      '  list[i] = item;',
      '}',
      'return list;',
    ];
  }

  private recordBody(symbol: RecordSymbol): string[] {
    const fields = [...symbol.fields.values()];
    const body = [`if (typeof json !== 'object' || json === null || Array.isArray(json)) return;`, 'let given = 0, value;'];
    fields.forEach((field, i) => body.push(`let f${i};`, ...this.field(`f${i}`, field.name, field.type, field.negativeAllowed, this.fallback(field.decl.defaultValue, field.type))));
    body.push(...noOtherKeys, `return { ${fields.map((field, i) => `${JSON.stringify(field.name)}: f${i}`).join(', ')} };`);
    return body;
  }

  /**
   * The code of a default written as a literal (as the schema's `default` shows it), read as a
   * value of the fast path; undefined for none or a computed one.
   */
  private fallback(expr: FieldSymbol['decl']['defaultValue'], type: Type): string | undefined {
    const json = defaultOf(expr, type, this.entry);
    if (json === undefined) return undefined;
    switch (type.kind) {
      case 'money': {
        const øre = moneyInOre(json, true);
        return øre === undefined ? undefined : String(øre);
      }
      case 'list':
        return '[]';
      case 'integer':
      case 'boolean':
      case 'text':
      case 'date':
      case 'month':
      case 'enum':
        return JSON.stringify(json);
      default:
        return undefined;
    }
  }
}

function fn(name: string, body: readonly string[]): string {
  return [`function ${name}(json) {`, ...body.map((line) => `  ${line}`), '}'].join('\n');
}
