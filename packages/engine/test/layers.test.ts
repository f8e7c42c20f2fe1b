import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers of the engine (docs/engine-design.md §1): imports go only downward, from a layer
 * to itself or to one below it; the justification and the trace renderer read a result type
 * (`evaluate/result.ts`, type-only) and never import the evaluator; and nothing in the engine
 * imports a Node built-in, because the same code runs in the editor's web worker.
 */
const layers: ReadonlyArray<{ readonly name: string; readonly paths: readonly string[] }> = [
  // Values and their codecs, the runtime helpers compiled code calls (operations, calendar,
  // errors, the evaluation context), the input schema, and the formats of a result.
  { name: 'values', paths: ['values/', 'runtime/', 'schema/', 'input/', 'ruleset/', 'trace/trace.ts'] },
  { name: 'compile', paths: ['compile/'] },
  { name: 'evaluate', paths: ['evaluate/'] },
  { name: 'explain', paths: ['trace/'] },
  // What an embedder calls: the package's exports and the rule-test runner.
  { name: 'api', paths: ['index.ts', 'testing/'] },
];

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');

export interface Import {
  readonly specifier: string;
  readonly typeOnly: boolean;
}

/** The static and dynamic imports and re-exports of a TypeScript file. */
export function importsOf(text: string): Import[] {
  const found: Import[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    found.push({ specifier: match[3] as string, typeOnly: match[2] !== undefined });
  }
  for (const match of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: match[1] as string, typeOnly: false });
  return found;
}

function layerOf(path: string): number {
  // The longest matching path decides (`trace/trace.ts` before `trace/`).
  let best = -1;
  let length = -1;
  layers.forEach((layer, i) => {
    for (const prefix of layer.paths) {
      if ((path === prefix || path.startsWith(prefix)) && prefix.length > length) {
        best = i;
        length = prefix.length;
      }
    }
  });
  return best;
}

/** What is wrong with one import of the file at `from` (a path relative to src/), if anything. */
export function violation(from: string, imported: Import): string | undefined {
  const { specifier } = imported;
  const bare = specifier.replace(/^node:/, '').split('/')[0] as string;
  if (specifier.startsWith('node:') || builtinModules.includes(bare)) return `${from} imports the Node built-in ${specifier}`;
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(src, resolve(src, dirname(from), specifier)).replace(/\\/g, '/').replace(/\.js$/, '');
  // The package's own package.json (its version) is outside src/ and outside the layers.
  if (target.startsWith('../')) return undefined;
  const path = /\.(ts|json)$/.test(target) ? target : `${target}.ts`;
  const own = layerOf(from);
  const other = layerOf(path);
  if (own < 0) return `${from} is in no layer`;
  if (other < 0) return `${from} imports ${path}, which is in no layer`;
  if (other > own) return `${from} (${layers[own]?.name}) imports ${path} (${layers[other]?.name}), a layer above it`;
  if (layers[own]?.name === 'explain' && layers[other]?.name === 'evaluate' && !(path === 'evaluate/result.ts' && imported.typeOnly)) {
    return `${from} imports ${path}: the trace and the justification read a result (import type from evaluate/result), never the evaluator`;
  }
  return undefined;
}

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = join(directory, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [relative(src, full).replace(/\\/g, '/')] : [];
  });
}

describe('the layers of the engine', () => {
  it('every import goes to the same layer or one below, and none to a Node built-in', () => {
    const files = sources(src);
    expect(files.length).toBeGreaterThan(30);
    const problems = files.flatMap((path) => importsOf(readFileSync(join(src, path), 'utf8')).flatMap((imported) => violation(path, imported) ?? []));
    expect(problems).toEqual([]);
  });

  it('finds an import against the arrows', () => {
    const value = (specifier: string): Import => ({ specifier, typeOnly: false });
    expect(violation('compile/compiler.ts', value('../evaluate/evaluate'))).toContain('a layer above it');
    expect(violation('runtime/context.ts', value('../compile/expressions'))).toContain('a layer above it');
    expect(violation('trace/begrunnelse.ts', value('../evaluate/evaluate'))).toContain('never the evaluator');
    expect(violation('trace/begrunnelse.ts', value('../evaluate/result'))).toContain('never the evaluator');
    expect(violation('trace/begrunnelse.ts', { specifier: '../evaluate/result', typeOnly: true })).toBeUndefined();
    expect(violation('evaluate/evaluate.ts', value('../compile/compiler'))).toBeUndefined();
    expect(violation('values/json.ts', value('node:fs'))).toContain('Node built-in');
    expect(violation('values/json.ts', value('path'))).toContain('Node built-in');
    expect(violation('compile/compiler.ts', value('../files/lov-files'))).toContain('in no layer');
    expect(importsOf("import type { A } from './a';\nexport { b } from '../b';\nconst c = await import('node:fs');")).toEqual([
      { specifier: './a', typeOnly: true },
      { specifier: '../b', typeOnly: false },
      { specifier: 'node:fs', typeOnly: false },
    ]);
  });
});
