/**
 * TypeScript types of a scheme's input and output (`lovkode types`, docs/engine.md §9):
 * the input as its JSON Schema allows it (money as a number or a string, fields with
 * defaults optional, records and enumerations as named types), the output as the engine
 * writes it (amounts as strings), and `Scheme` for `evaluate<Scheme>(…)`. Written from the
 * schema and the codecs' result schemas, so that the types say what validation and output do.
 */
import { enumMembers, type ModuleInfo, type Type } from '@lovkode/dsl';
import { inputSchema, scalarCodec, type CompiledRules, type JsonSchema } from '@lovkode/engine';

/** The names the module declares besides the input's records and enumerations. */
const reserved = new Set(['Input', 'Output', 'Scheme']);

export function typeScriptTypes(rules: CompiledRules): string {
  const schema = inputSchema(rules.inputs, { title: rules.entry.name, entry: rules.entry });
  const defs = (schema['$defs'] ?? {}) as Record<string, JsonSchema>;
  const clash = Object.keys(defs).find((name) => reserved.has(name) || !isIdentifier(name));
  if (clash !== undefined) throw new Error(`typen «${clash}» kan ikke bli et TypeScript-navn i modulen`);
  const outputs = rules.outputs.map((o) => `  ${property(o.name)}: ${outputType(o.type, rules.entry, new Set())};`);
  return [
    `// Written by \`lovkode types\` for ${rules.entry.name} (${rules.ruleset}); do not edit by hand.`,
    '',
    docComment(schema, ''),
    `export type Input = ${schemaType(schema, '')};`,
    '',
    '/** The outputs when the result is complete (`result.complete`); amounts are strings such as "16550.00". */',
    `export type Output = {\n${outputs.join('\n')}\n};`,
    '',
    '/** For `evaluate<Scheme>(rules, input)`. */',
    'export type Scheme = { readonly input: Input; readonly output: Output };',
    ...Object.entries(defs).flatMap(([name, def]) => ['', docComment(def, ''), `export type ${name} = ${schemaType(def, '')};`]),
    '',
  ]
    .filter((line): line is string => line !== undefined)
    .join('\n');
}

/** The TypeScript type of what a JSON Schema (as the engine writes them) accepts. */
function schemaType(schema: JsonSchema, indent: string): string {
  const ref = schema['$ref'];
  if (typeof ref === 'string') return ref.slice(ref.lastIndexOf('/') + 1);
  const choices = (schema['anyOf'] ?? schema['oneOf']) as JsonSchema[] | undefined;
  if (choices) return union(choices.map((c) => schemaType(c, indent)));
  if (Array.isArray(schema['enum'])) return union(schema['enum'].map((v) => JSON.stringify(v)));
  if ('const' in schema) return JSON.stringify(schema['const']);
  switch (schema['type']) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array': {
      const items = schema['items'] as JsonSchema | undefined;
      return `ReadonlyArray<${items ? schemaType(items, indent) : 'unknown'}>`;
    }
    case 'object':
      return objectType(schema, indent);
    default:
      return 'unknown';
  }
}

function objectType(schema: JsonSchema, indent: string): string {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema['required'] ?? []) as string[]);
  const inner = `${indent}  `;
  const lines = Object.entries(properties).flatMap(([name, field]) => [
    ...[docComment(field, inner)].filter((line) => line !== undefined),
    `${inner}${property(name)}${required.has(name) ? '' : '?'}: ${schemaType(field, inner)};`,
  ]);
  return lines.length === 0 ? 'Record<string, never>' : `{\n${lines.join('\n')}\n${indent}}`;
}

/** The type of an output value as the engine writes it, complete (no `ubestemt` inside). */
function outputType(type: Type, entry: ModuleInfo, seen: ReadonlySet<object>): string {
  const codec = scalarCodec(type);
  if (codec) return schemaType(codec.resultSchema(), '');
  switch (type.kind) {
    case 'list':
      return `${wrapped(outputType(type.element, entry, seen))}[]`;
    case 'enum':
      return union([...enumMembers(type.symbol, entry).keys()].map((m) => JSON.stringify(m)));
    case 'record': {
      if (seen.has(type.symbol)) return 'unknown'; // a record inside itself: written once
      const inner = new Set([...seen, type.symbol]);
      const fields = [...type.symbol.fields.values()].map((f) => `${property(f.name)}: ${outputType(f.type, entry, inner)}`);
      return `{ ${fields.join('; ')} }`;
    }
    default:
      return 'never';
  }
}

function union(members: readonly string[]): string {
  return [...new Set(members)].join(' | ') || 'never';
}

function wrapped(type: string): string {
  return type.includes(' | ') ? `(${type})` : type;
}

function isIdentifier(name: string): boolean {
  return /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(name);
}

function property(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/** The schema's title and description as a doc comment; undefined when it has neither. */
function docComment(schema: JsonSchema, indent: string): string | undefined {
  const text = [schema['title'], schema['description']].filter((t): t is string => typeof t === 'string' && t !== '').join(': ');
  if (!text) return undefined;
  const lines = text.replace(/\*\//g, '*\\/').split('\n');
  return lines.length === 1 ? `${indent}/** ${text} */` : [`${indent}/**`, ...lines.map((line) => `${indent} * ${line}`.trimEnd()), `${indent} */`].join('\n');
}
