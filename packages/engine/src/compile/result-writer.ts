import type { Type } from '@lovkode/dsl';
import type { EvalContext } from '../runtime/context.js';
import { oreText } from '../runtime/ore.js';
import type { JsonValue } from '../values/codec.js';
import { determined, type JsonWriter } from '../values/json.js';
import type { GeneratedCode } from './emitter.js';
import type { CompiledDefinition } from './expressions.js';

/**
 * The fast path's writers of a result (docs/engine-design.md §2, docs/engine.md §6): for a
 * plan's list of outputs, one generated function that computes the outputs in øre and builds
 * the result object, and one that writes the same result straight as its JSON text, without
 * building the object and stringifying it.
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
  /** The outputs computed in `ctx` and the result built, `values` in the outputs' order. */
  readonly result: (ctx: EvalContext) => FastResult;
  /**
   * The outputs computed in `ctx` and the result written as JSON text without `complete`:
   * the bytes of `JSON.stringify({ values, warnings, ruleset })` of `result`.
   */
  readonly json: (ctx: EvalContext) => string;
}

/**
 * The writers of these outputs, or undefined when a result of them is not one object literal
 * of the names (a name asked for twice, or `__proto__`, which a literal would make the prototype):
 * the decimal path then writes them.
 */
export function resultWriters(outputs: readonly WrittenOutput[], ruleset: string, code: GeneratedCode): ResultWriters | undefined {
  const names = new Set(outputs.map((output) => output.name));
  if (names.size !== outputs.length || names.has('__proto__')) return undefined;
  const constants = outputs.flatMap((output) => [output.definition, output.write]);
  const texts = new TextJson();
  return {
    result: code.factory<ResultWriters['result']>(resultSource(outputs))(runtime, [...constants, ruleset]),
    json: code.factory<ResultWriters['json']>(jsonSource(outputs))(runtime, [...constants, `},"warnings":[],"ruleset":${JSON.stringify(ruleset)}}`, texts]),
  };
}

/** What the writers' code calls, by name. */
const runtime = { oreText, determined };

/** The constants of output `i` in the writers' code: its definition and its writer. */
function definitionOf(i: number): string {
  return `K[${2 * i}]`;
}

function writerOf(i: number): string {
  return `K[${2 * i + 1}]`;
}

/**
 * How a value of a type is written when it is what the fast path holds for the type (`test`):
 * as the result's value (`value`) and as JSON text (`json`); anything else (an undetermined
 * outcome, a list, a record) is written by the output's writer, and the result is then
 * complete only if that says so.
 */
function directWriting(type: Type, v: string): { readonly test: string; readonly value: string; readonly json: string } | undefined {
  switch (type.kind) {
    case 'money':
      // `oreText` writes digits, a sign and a point: nothing to escape.
      return { test: `typeof ${v} === 'number'`, value: `oreText(${v})`, json: `'"' + oreText(${v}) + '"'` };
    case 'integer':
      return { test: `typeof ${v} === 'number'`, value: v, json: `JSON.stringify(${v})` };
    case 'boolean':
      return { test: `typeof ${v} === 'boolean'`, value: v, json: `(${v} ? 'true' : 'false')` };
    case 'text':
      return { test: `typeof ${v} === 'string'`, value: v, json: `texts.json(${v})` };
    case 'enum':
    case 'date':
    case 'month':
      return { test: `typeof ${v} === 'string'`, value: v, json: `JSON.stringify(${v})` };
    default:
      return undefined;
  }
}

function resultSource(outputs: readonly WrittenOutput[]): string {
  const body = ['let complete = true, v;'];
  outputs.forEach((output, i) => {
    body.push(`v = ${definitionOf(i)}.get(ctx);`);
    const direct = directWriting(output.type, 'v');
    const general = [`w${i} = ${writerOf(i)}(v);`, `if (complete) complete = determined(w${i});`];
    if (direct) body.push(`if (${direct.test}) {`, `  w${i} = ${direct.value};`, '} else {', ...general.map((line) => `  ${line}`), '}');
    else body.push(...general);
  });
  const values = outputs.map((output, i) => `${JSON.stringify(output.name)}: w${i}`).join(', ');
  body.push(`return { values: { ${values} }, complete, warnings: [], ruleset: K[${2 * outputs.length}] };`);
  return source('writeResult', outputs, body);
}

function jsonSource(outputs: readonly WrittenOutput[]): string {
  const body = [`const texts = K[${2 * outputs.length + 1}];`, 'let v;'];
  outputs.forEach((output, i) => {
    // The key as JSON, in a JavaScript string literal (which `JSON.stringify` of the JSON text is).
    const key = JSON.stringify(`${i === 0 ? '' : ','}${JSON.stringify(output.name)}:`);
    const direct = directWriting(output.type, 'v');
    const general = `JSON.stringify(${writerOf(i)}(v))`;
    body.push(`v = ${definitionOf(i)}.get(ctx);`, `w${i} = ${key} + (${direct ? `${direct.test} ? ${direct.json} : ${general}` : general});`);
  });
  body.push(`return ${[JSON.stringify('{"values":{'), ...outputs.map((_, i) => `w${i}`), `K[${2 * outputs.length}]`].join(' + ')};`);
  return source('writeResultJson', outputs, body);
}

function source(name: string, outputs: readonly WrittenOutput[], body: readonly string[]): string {
  const locals = outputs.length > 0 ? [`  let ${outputs.map((_, i) => `w${i}`).join(', ')};`] : [];
  return [
    `const { ${Object.keys(runtime).join(', ')} } = rt;`,
    `return function ${name}(ctx) {`,
    ...locals,
    ...body.map((line) => `  ${line}`),
    '};',
  ].join('\n');
}

/** How many texts `TextJson` keeps. */
const TEXTS_KEPT = 256;

/**
 * The JSON of the texts the outputs write, kept for those that come again: a rule's fixed
 * texts (a decision's `klageadgang`, 270 characters) are written once per plan, not escaped
 * again for every case. Texts that differ from case to case are written each time once the
 * first `TEXTS_KEPT` are kept. Owned by the writers of one plan.
 */
class TextJson {
  private readonly known = new Map<string, string>();

  json(text: string): string {
    let json = this.known.get(text);
    if (json === undefined) {
      json = JSON.stringify(text);
      if (this.known.size < TEXTS_KEPT) this.known.set(text, json);
    }
    return json;
  }
}
