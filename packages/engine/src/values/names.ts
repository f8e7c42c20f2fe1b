import { typeName, type EnumMemberSymbol, type EnumSymbol, type RecordSymbol, type Type } from '@lovkode/dsl';
import { defaultOf } from '../schema/input-schema.js';
import type { TraceType } from '../trace/trace.js';
import type { JsonValue } from './codec.js';
import { scalarCodec } from './kinds.js';

/** An enumeration's members as an evaluation sees them (with a variant's `utvid valg`). */
export type MembersOf = (symbol: EnumSymbol) => ReadonlyMap<string, EnumMemberSymbol>;

/** The name of a type (none for no type) and the table of the lists, records and enumerations it names. */
export function namedType(type: Type | undefined, members?: MembersOf): { readonly name: string | undefined; readonly types: Record<string, TraceType> } {
  const names = new TypeNames(new TypeDescriptions(members));
  return { name: type === undefined ? undefined : names.nameOf(type), types: names.types };
}

type EnumDescription = Omit<Extract<TraceType, { kind: 'enum' }>, 'kind'>;
type RecordDescription = Omit<Extract<TraceType, { kind: 'record' }>, 'kind' | 'fields'>;

/**
 * What the trace says of each enumeration (its members and their labels) and record (its
 * fields' defaults and labels) as an evaluation sees them, built once per type: every trace
 * of a rule set describes them alike. The descriptions are frozen; a trace shares them.
 */
export class TypeDescriptions {
  private readonly enums = new Map<EnumSymbol, EnumDescription>();
  private readonly records = new Map<RecordSymbol, RecordDescription>();
  /** Each type object's stable type (`stable`), or null when its name depends on the trace. */
  private readonly stableTypes = new Map<Type, StableType | null>();
  /** The stable types by name: the type objects of one name share one. */
  private readonly stableByName = new Map<string, StableType>();

  /**
   * `members`: an enumeration's members as the evaluation sees them (a variant's `utvid valg` adds some).
   * `declared`: the records and enumerations of the rule set, for `stableName`.
   */
  constructor(
    private readonly members: MembersOf = (symbol) => symbol.members,
    private readonly declared?: ReadonlyMap<string, ReadonlySet<EnumSymbol | RecordSymbol>>,
  ) {}

  /**
   * The name a type has in every trace through these descriptions, whatever order a trace
   * meets the types in, or undefined: a record or enumeration is named with its module only
   * when another one of the same name was met first (`TypeNames`), which cannot happen to one
   * whose name no other record or enumeration of the rule set has.
   */
  stableName(type: Type): string | undefined {
    return this.stable(type)?.name;
  }

  /**
   * The type with its stable name (`stableName`) and what a trace that first meets it adds to
   * its `types`, settled once per rule set; undefined when its name depends on the trace.
   */
  stable(type: Type): StableType | undefined {
    let stable = this.stableTypes.get(type);
    if (stable === undefined) {
      const name = this.unambiguous(type) ? typeName(type) : undefined;
      stable = name === undefined ? null : this.stableNamed(type, name);
      this.stableTypes.set(type, stable);
    }
    return stable ?? undefined;
  }

  private stableNamed(type: Type, name: string): StableType {
    let stable = this.stableByName.get(name);
    if (!stable) {
      const meeting: StableMeeting[] = [];
      stable = { name, index: this.stableByName.size, meeting };
      this.stableByName.set(name, stable);
      // After it is kept: a record with a field of its own type meets itself once.
      this.addMeeting(type, stable, meeting, new Set());
    }
    return stable;
  }

  /**
   * The stable types a trace meets when it first meets `type`, in the order `TypeNames` meets
   * them: a list's element before the list, a record before its fields; a part whose
   * description depends on the trace is described by it (`StableMeeting.type`).
   */
  private addMeeting(type: Type, stable: StableType, meeting: StableMeeting[], seen: Set<StableType>): void {
    if (seen.has(stable)) return;
    seen.add(stable);
    const shared = this.sharedDescription(type, stable.name);
    const self: StableMeeting = { stable, type, shared };
    if (!shared) {
      meeting.push(self);
      return;
    }
    if (type.kind === 'list') this.addPart(type.element, meeting, seen);
    meeting.push(self);
    if (type.kind === 'record') for (const field of type.symbol.fields.values()) this.addPart(field.type, meeting, seen);
  }

  /** A part of a type with a shared description: its name is stable (`describedOnce`). */
  private addPart(type: Type, meeting: StableMeeting[], seen: Set<StableType>): void {
    const stable = this.stable(type) as StableType;
    this.addMeeting(type, stable, meeting, seen);
  }

  /**
   * The description in `types` of a list, record or enumeration with a stable name whose
   * parts have stable names too, made once and frozen: every trace that names it says the same
   * of it. Undefined for a scalar (it has none), and for a type whose parts' names depend on
   * the trace.
   */
  sharedDescription(type: Type, name: string): TraceType | undefined {
    let description = this.shared.get(name);
    if (description === undefined) this.shared.set(name, (description = this.describedOnce(type) ?? null));
    return description ?? undefined;
  }

  /** The descriptions of `sharedDescription`, by name (null: none). */
  private readonly shared = new Map<string, TraceType | null>();

  private describedOnce(type: Type): TraceType | undefined {
    switch (type.kind) {
      case 'list': {
        const element = this.stableName(type.element);
        return element === undefined ? undefined : Object.freeze({ kind: 'list', element });
      }
      case 'enum':
        return Object.freeze(enumType(this.enumOf(type.symbol)));
      case 'record': {
        const fields: Record<string, string> = {};
        for (const [field, symbol] of type.symbol.fields) {
          const name = this.stableName(symbol.type);
          if (name === undefined) return undefined;
          fields[field] = name;
        }
        return Object.freeze(recordType(Object.freeze(fields), this.recordOf(type.symbol)));
      }
      default:
        return undefined;
    }
  }

  private unambiguous(type: Type): boolean {
    if (type.kind === 'list') return this.unambiguous(type.element);
    if (type.kind !== 'record' && type.kind !== 'enum') return true;
    const named = this.declared?.get(type.symbol.name);
    return named !== undefined && named.size === 1 && named.has(type.symbol);
  }

  enumOf(symbol: EnumSymbol): EnumDescription {
    let description = this.enums.get(symbol);
    if (!description) {
      const members = this.members(symbol);
      const labels = Object.fromEntries([...members.values()].flatMap((member) => (member.doc === undefined ? [] : [[member.name, member.doc.replace(/\s*\n\s*/g, ' ')]])));
      description = deepFreeze({ members: [...members.keys()], ...(Object.keys(labels).length > 0 ? { labels } : {}) });
      this.enums.set(symbol, description);
    }
    return description;
  }

  recordOf(symbol: RecordSymbol): RecordDescription {
    let description = this.records.get(symbol);
    if (!description) {
      const defaults: Record<string, JsonValue> = {};
      const labels: Record<string, string> = {};
      for (const [field, fieldSymbol] of symbol.fields) {
        const fallback = defaultOf(fieldSymbol.decl.defaultValue, fieldSymbol.type, undefined);
        // In the form values are written in (`0 kr` is "0.00"), so that a value at its default is recognised.
        const codec = scalarCodec(fieldSymbol.type);
        if (fallback !== undefined) defaults[field] = codec ? codec.write(codec.read(fallback), false) : fallback;
        if (fieldSymbol.doc !== undefined) labels[field] = fieldSymbol.doc.replace(/\s*\n\s*/g, ' ');
      }
      description = deepFreeze({ ...(Object.keys(defaults).length > 0 ? { defaults } : {}), ...(Object.keys(labels).length > 0 ? { labels } : {}) });
      this.records.set(symbol, description);
    }
    return description;
  }
}

function deepFreeze<T extends object>(value: T): T {
  for (const part of Object.values(value)) if (typeof part === 'object' && part !== null) deepFreeze(part as object);
  return Object.freeze(value);
}

/**
 * A type whose name is the same in every trace through its descriptions (`TypeDescriptions.stable`):
 * its name, its place among the rule set's stable types (a trace notes by it those it has met),
 * and the stable types a trace meets when it first meets this one, in order (itself among them).
 */
export interface StableType {
  readonly name: string;
  readonly index: number;
  readonly meeting: readonly StableMeeting[];
}

/** A stable type met: its description in `types`, shared by every trace, or none (a scalar; a type whose parts' names depend on the trace, described by `type`). */
interface StableMeeting {
  readonly stable: StableType;
  readonly type: Type;
  readonly shared: TraceType | undefined;
}

/**
 * Names of checked types as the trace writes them (`beløp`, `liste av Barn`, `Satskategori`),
 * with a table describing each list, record and enumeration named (`TraceType`). A record or
 * enumeration whose name another one already has here is named with its module
 * (`barnetrygd.Barn`): two schemes may each declare `Barn`. One per trace: the names depend on
 * the order types are met; the descriptions come from `TypeDescriptions`.
 */
export class TypeNames {
  /** The lists, records and enumerations named so far. */
  readonly types: Record<string, TraceType> = {};
  /** The record or enumeration each name in `types` stands for. */
  private named: Map<string, unknown> | undefined;
  /** The name given to each type object so far (the checker makes a type object per use; a trace meets the same ones again and again). */
  private given: Map<Type, string> | undefined;

  constructor(private readonly descriptions: TypeDescriptions) {}

  /** The stable types met so far, by their index (`TypeDescriptions.stable`), described in `types` when they need it. */
  private readonly met: boolean[] = [];

  nameOf(type: Type): string {
    const stable = this.descriptions.stable(type);
    if (stable !== undefined) {
      if (this.met[stable.index] !== true) this.meet(stable);
      return stable.name;
    }
    // Made when a trace meets a type without a stable name (most meet none).
    this.given ??= new Map();
    let name = this.given.get(type);
    if (name === undefined) this.given.set(type, (name = this.name(type)));
    return name;
  }

  private name(type: Type): string {
    const name = this.plainName(type);
    if (this.types[name] === undefined) this.describe(type, name);
    return name;
  }

  /**
   * The first meeting of a type with a stable name in this trace: it and its parts not met yet
   * described as `describe` would, in the same order (`StableType.meeting`), with the
   * descriptions every trace shares where there are.
   */
  private meet(stable: StableType): void {
    const meeting = stable.meeting;
    for (let i = 0; i < meeting.length; i++) {
      const { stable: part, type, shared } = meeting[i] as StableMeeting;
      if (this.met[part.index] === true) continue;
      this.met[part.index] = true;
      if (shared) this.types[part.name] = shared;
      else this.describe(type, part.name);
    }
  }

  /** Adds the description of a list, record or enumeration named `name` to `types` (its parts named after it, a list's element before it). */
  private describe(type: Type, name: string): void {
    switch (type.kind) {
      case 'list':
        this.types[name] = { kind: 'list', element: this.nameOf(type.element) };
        break;
      case 'enum':
        this.types[name] = enumType(this.descriptions.enumOf(type.symbol));
        break;
      case 'record': {
        const fields: Record<string, string> = {};
        this.types[name] = recordType(fields, this.descriptions.recordOf(type.symbol));
        for (const [field, symbol] of type.symbol.fields) fields[field] = this.nameOf(symbol.type);
        break;
      }
      default:
        break;
    }
  }

  private plainName(type: Type): string {
    if (type.kind === 'list') return `liste av ${this.plainName(type.element)}`;
    if (type.kind !== 'record' && type.kind !== 'enum') return typeName(type);
    const plain = type.symbol.name;
    this.named ??= new Map();
    const owner = this.named.get(plain);
    if (owner === undefined) this.named.set(plain, type.symbol);
    if (owner === undefined || owner === type.symbol) return plain;
    return `${type.symbol.module?.name ?? '?'}.${plain}`;
  }
}

/** An enumeration as the trace describes it: `kind`, `members`, then `labels` when it has them (no spread: every trace names its types). */
function enumType(description: EnumDescription): TraceType {
  return description.labels ? { kind: 'enum', members: description.members, labels: description.labels } : { kind: 'enum', members: description.members };
}

/** A record as the trace describes it: `kind`, `fields`, then `defaults` and `labels` when it has them. */
function recordType(fields: Record<string, string>, description: RecordDescription): TraceType {
  const type: { kind: 'record'; fields: Record<string, string>; defaults?: RecordDescription['defaults']; labels?: RecordDescription['labels'] } = { kind: 'record', fields };
  if (description.defaults) type.defaults = description.defaults;
  if (description.labels) type.labels = description.labels;
  return type;
}
