import { typeName, type EnumMemberSymbol, type EnumSymbol, type Type } from '@lovkode/dsl';
import { defaultOf } from '../schema/input-schema.js';
import type { TraceType } from '../trace/trace.js';
import type { JsonValue } from './codec.js';
import { scalarCodec } from './kinds.js';

/** An enumeration's members as an evaluation sees them (with a variant's `utvid valg`). */
export type MembersOf = (symbol: EnumSymbol) => ReadonlyMap<string, EnumMemberSymbol>;

/** The name of a type (none for no type) and the table of the lists, records and enumerations it names. */
export function namedType(type: Type | undefined, members?: MembersOf): { readonly name: string | undefined; readonly types: Record<string, TraceType> } {
  const names = new TypeNames(members);
  return { name: type === undefined ? undefined : names.nameOf(type), types: names.types };
}

/**
 * Names of checked types as the trace writes them (`beløp`, `liste av Barn`, `Satskategori`),
 * with a table describing each list, record and enumeration named (`TraceType`). A record or
 * enumeration whose name another one already has here is named with its module
 * (`barnetrygd.Barn`): two schemes may each declare `Barn`.
 */
export class TypeNames {
  /** The lists, records and enumerations named so far. */
  readonly types: Record<string, TraceType> = {};
  /** The record or enumeration each name in `types` stands for. */
  private readonly named = new Map<string, unknown>();

  /** `members`: an enumeration's members as the evaluation sees them (a variant's `utvid valg` adds some). */
  constructor(private readonly members: MembersOf = (symbol) => symbol.members) {}

  nameOf(type: Type): string {
    const name = this.plainName(type);
    if (this.types[name] !== undefined) return name;
    switch (type.kind) {
      case 'list':
        this.types[name] = { kind: 'list', element: this.nameOf(type.element) };
        break;
      case 'enum': {
        const members = this.members(type.symbol);
        const labels = Object.fromEntries([...members.values()].flatMap((member) => (member.doc === undefined ? [] : [[member.name, member.doc.replace(/\s*\n\s*/g, ' ')]])));
        this.types[name] = { kind: 'enum', members: [...members.keys()], ...(Object.keys(labels).length > 0 ? { labels } : {}) };
        break;
      }
      case 'record': {
        const fields: Record<string, string> = {};
        const defaults: Record<string, JsonValue> = {};
        const labels: Record<string, string> = {};
        for (const [field, symbol] of type.symbol.fields) {
          const fallback = defaultOf(symbol.decl.defaultValue, symbol.type, undefined);
          // In the form values are written in (`0 kr` is "0.00"), so that a value at its default is recognised.
          const codec = scalarCodec(symbol.type);
          if (fallback !== undefined) defaults[field] = codec ? codec.write(codec.read(fallback), false) : fallback;
          if (symbol.doc !== undefined) labels[field] = symbol.doc.replace(/\s*\n\s*/g, ' ');
        }
        this.types[name] = {
          kind: 'record',
          fields,
          ...(Object.keys(defaults).length > 0 ? { defaults } : {}),
          ...(Object.keys(labels).length > 0 ? { labels } : {}),
        };
        for (const [field, symbol] of type.symbol.fields) fields[field] = this.nameOf(symbol.type);
        break;
      }
      default:
        break;
    }
    return name;
  }

  private plainName(type: Type): string {
    if (type.kind === 'list') return `liste av ${this.plainName(type.element)}`;
    if (type.kind !== 'record' && type.kind !== 'enum') return typeName(type);
    const plain = type.symbol.name;
    const owner = this.named.get(plain);
    if (owner === undefined) this.named.set(plain, type.symbol);
    if (owner === undefined || owner === type.symbol) return plain;
    return `${type.symbol.module?.name ?? '?'}.${plain}`;
  }
}
