import type { Type } from '@lovkode/dsl';
import type { EvalContext } from '../runtime/context.js';
import type { Value } from '../runtime/values.js';
import { oreText } from '../runtime/ore.js';
import type { JsonValue } from '../values/codec.js';
import { determined, type JsonWriter } from '../values/json.js';
import type { CompiledDefinition } from './expressions.js';

/**
 * The fast path's writers of a result (docs/engine-design.md §2, docs/engine.md §6): for a
 * plan's list of outputs, one that computes the outputs in øre and builds the result object,
 * and one that writes the same result straight as its JSON text, without building the object
 * and stringifying it. Not generated code: its code would depend on the list of names, which
 * an evaluation chooses (`outputs`), and a module `lovkode build` wrote would then have to
 * make code for lists it did not print (generated per list, the writers were 2–5 % faster on
 * § 18's outputs, measured interleaved).
 */

/** An output as the writers compute and write it. */
export interface WrittenOutput {
  readonly name: string;
  readonly type: Type;
  readonly definition: CompiledDefinition;
  /** Writes its value as the decimal path's result does (an amount in øre as `oreText`). */
  readonly write: JsonWriter;
}

/** The result of an evaluation on the fast path, as `evaluate` gives it. */
export interface FastResult {
  readonly values: Record<string, JsonValue>;
  readonly complete: boolean;
  readonly warnings: string[];
  readonly ruleset: string;
}

export interface ResultWriters {
  /** The outputs computed in `ctx` and the result built, `values` in the outputs' order (each output's step marked in the trace `ctx` records, if any). */
  readonly result: (ctx: EvalContext) => FastResult;
  /**
   * The outputs computed in `ctx` and the result written as JSON text without `complete`:
   * the bytes of `JSON.stringify({ values, warnings, ruleset })` of `result`.
   */
  readonly json: (ctx: EvalContext) => string;
}

/**
 * The writers of these outputs, or undefined when a result of them is not an object with one
 * key per output (a name asked for twice, or `__proto__`, which JSON would not show): the
 * decimal path then writes them.
 */
export function resultWriters(outputs: readonly WrittenOutput[], ruleset: string): ResultWriters | undefined {
  const names = new Set(outputs.map((output) => output.name));
  if (names.size !== outputs.length || names.has('__proto__')) return undefined;
  const parts = outputs.map(
    (output, i): Part => ({
      name: output.name,
      key: `${i === 0 ? '' : ','}${JSON.stringify(output.name)}:`,
      definition: output.definition,
      write: output.write,
      held: heldAs(output.type),
    }),
  );
  const tail = `},"warnings":[],"ruleset":${JSON.stringify(ruleset)}}`;
  const texts = new TextJson();
  // The values are a copy of an object with the names in order: built key by key, each case's
  // object would go through V8's transitions from an empty object (a tenth of an evaluation of
  // § 18's outputs, measured).
  const template: Record<string, JsonValue> = {};
  for (const part of parts) template[part.name] = null;
  return {
    result(ctx) {
      const values: Record<string, JsonValue> = { ...template };
      let complete = true;
      for (const part of parts) {
        const value = part.definition.get(ctx);
        ctx.trace?.output(part.name);
        let json = directValue(part.held, value);
        if (json === undefined) {
          json = part.write(value);
          if (complete) complete = determined(json);
        }
        values[part.name] = json;
      }
      return { values, complete, warnings: [], ruleset };
    },
    json(ctx) {
      let text = '{"values":{';
      for (const part of parts) {
        const value = part.definition.get(ctx);
        text += part.key + (directText(part.held, value, texts) ?? JSON.stringify(part.write(value)));
      }
      return text + tail;
    },
  };
}

/** An output as the writers write it. */
interface Part {
  readonly name: string;
  /** Its key in the JSON text, after a comma if it is not the first. */
  readonly key: string;
  readonly definition: CompiledDefinition;
  readonly write: JsonWriter;
  readonly held: Held;
}

/**
 * What the fast path holds for a value of an output's type, which the writers write directly:
 * an amount as integer øre, an integer, a truth value, a text, a text that needs no memory of
 * texts (an enumeration member, a date, a month); `other` for types that only the output's
 * writer writes (lists, records, decimals). An undetermined outcome is written by the output's
 * writer whatever the type, and the result is then complete only if what it wrote says so.
 */
type Held = 'money' | 'integer' | 'boolean' | 'text' | 'name' | 'other';

function heldAs(type: Type): Held {
  switch (type.kind) {
    case 'money':
    case 'integer':
    case 'boolean':
    case 'text':
      return type.kind;
    case 'enum':
    case 'date':
    case 'month':
      return 'name';
    default:
      return 'other';
  }
}

/** A value the fast path holds for its type, as the result's JSON value; undefined for anything else. */
function directValue(held: Held, value: Value): JsonValue | undefined {
  switch (held) {
    case 'money':
      return typeof value === 'number' ? oreText(value) : undefined;
    case 'integer':
      return typeof value === 'number' ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'text':
    case 'name':
      return typeof value === 'string' ? value : undefined;
    case 'other':
      return undefined;
  }
}

/** The same, as JSON text. */
function directText(held: Held, value: Value, texts: TextJson): string | undefined {
  switch (held) {
    case 'money':
      // `oreText` writes digits, a sign and a point: nothing to escape.
      return typeof value === 'number' ? `"${oreText(value)}"` : undefined;
    case 'integer':
      return typeof value === 'number' ? JSON.stringify(value) : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : undefined;
    case 'text':
      return typeof value === 'string' ? texts.json(value) : undefined;
    case 'name':
      return typeof value === 'string' ? JSON.stringify(value) : undefined;
    case 'other':
      return undefined;
  }
}

/** How many texts `TextJson` keeps, and how long each may be (at most about a megabyte in all). */
const TEXTS_KEPT = 256;
const TEXT_KEPT_LENGTH = 2000;

/**
 * The JSON of the texts the outputs write, kept for those that come again: a rule's fixed
 * texts (a decision's `klageadgang`, 270 characters) are written once per plan, not escaped
 * again for every case. Texts that differ from case to case are written each time once the
 * first `TEXTS_KEPT` are kept, and long ones always. Owned by the writers of one plan.
 */
class TextJson {
  private readonly known = new Map<string, string>();

  json(text: string): string {
    let json = this.known.get(text);
    if (json === undefined) {
      json = JSON.stringify(text);
      if (this.known.size < TEXTS_KEPT && text.length <= TEXT_KEPT_LENGTH) this.known.set(text, json);
    }
    return json;
  }
}
