import type { Type } from '@lovkode/dsl';
import { boolean } from './boolean.js';
import type { ScalarCodec, SchemaNode } from './codec.js';
import { date } from './date.js';
import { decimal } from './decimal.js';
import { integer } from './integer.js';
import { money } from './money.js';
import { month } from './month.js';
import { text } from './text.js';

/** The scalar types and their codecs (docs/values.md). */

type ScalarKind = 'money' | 'decimal' | 'integer' | 'boolean' | 'text' | 'date' | 'month';

const byKind: Readonly<Record<ScalarKind, ScalarCodec>> = { money, decimal, integer, boolean, text, date, month };

const byName: ReadonlyMap<string, ScalarCodec> = new Map(Object.values(byKind).map((codec) => [codec.name, codec]));

/** In the order a schema node is recognised: amounts and dates before numbers and texts. */
const bySchema: readonly ScalarCodec[] = [money, decimal, integer, boolean, date, month, text];

/** The codec of a scalar type; `undefined` for lists, records, enumerations and the rest. */
export function scalarCodec(type: Type): ScalarCodec | undefined {
  return Object.prototype.hasOwnProperty.call(byKind, type.kind) ? byKind[type.kind as ScalarKind] : undefined;
}

/** The codec of a scalar type by its name (`beløp`), as the trace writes it. */
export function codecNamed(name: string): ScalarCodec | undefined {
  return byName.get(name);
}

/** The codec whose schema a generated schema node is. */
export function codecOfSchema(node: SchemaNode): ScalarCodec | undefined {
  return bySchema.find((codec) => codec.describes(node));
}

