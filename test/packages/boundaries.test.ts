/**
 * The package boundaries of docs/engine-design.md §1: a package reaches another only through
 * its `exports` (never a file under its `src/`), and the language and the engine stay
 * browser-safe — no Node built-ins, no fastify, no language server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packagesDir = path.join(root, 'packages');
const packageNames = readdirSync(packagesDir).filter((name) => !name.startsWith('.'));
const browserSafe = ['dsl', 'engine'];
/** Built to dist/ with `"module": "nodenext"` (tsconfig.build.json), where a relative import names its file. */
const published = ['dsl', 'engine', 'cli'];
const nodeOnly = new Set([...builtinModules, 'fastify', 'vscode-languageserver']);

/** The module specifiers of a source file: static imports and exports, and `import('…')`. */
export function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|[;\s])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[;\s])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
    found.push((m[1] ?? m[2] ?? m[3]) as string);
  }
  return found;
}

/** What is wrong with `specifier` in a file of package `owner` at `file`; undefined if nothing. */
export function violation(owner: string, file: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) {
    if (published.includes(owner) && file.includes(`${path.sep}src${path.sep}`) && !/\.(js|json)$/.test(specifier)) return `imports ${specifier} without its .js extension`;
    const target = path.relative(packagesDir, path.resolve(path.dirname(file), specifier));
    const [name] = target.split(path.sep);
    if (!target.startsWith('..') && name !== owner) return `reaches into packages/${target} (import @lovkode/${name} instead)`;
    return undefined;
  }
  if (/^@lovkode\/[^/]+\/src(\/|$)/.test(specifier)) return `imports another package's sources (${specifier})`;
  if (browserSafe.includes(owner) && file.includes(`${path.sep}src${path.sep}`)) {
    const bare = specifier.replace(/^node:/, '').split('/')[0] as string;
    if (specifier.startsWith('node:') || nodeOnly.has(bare)) return `is browser-safe but imports ${specifier}`;
  }
  return undefined;
}

function sourceFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (/\.(ts|mts|js|mjs)$/.test(entry.name)) files.push(full);
  }
  return files;
}

describe('package boundaries', () => {
  it('finds the violations it is meant to find', () => {
    const editorFile = path.join(packagesDir, 'editor', 'src', 'worker', 'lib.ts');
    const engineFile = path.join(packagesDir, 'engine', 'src', 'index.ts');
    expect(specifiers(`import { a } from '../../../engine/src/values/numbers';\nexport { b } from "x";\nconst c = await import('y');`)).toEqual(['../../../engine/src/values/numbers', 'x', 'y']);
    expect(violation('editor', editorFile, '../../../engine/src/values/numbers')).toMatch(/reaches into packages\/engine/);
    expect(violation('editor', editorFile, '@lovkode/engine/src/index')).toMatch(/another package's sources/);
    expect(violation('engine', engineFile, 'node:fs')).toMatch(/browser-safe/);
    expect(violation('engine', engineFile, 'fastify')).toMatch(/browser-safe/);
    expect(violation('engine', engineFile, 'path')).toMatch(/browser-safe/);
    expect(violation('engine', engineFile, './values/index')).toMatch(/without its .js extension/);
    expect(violation('engine', engineFile, './values/index.js')).toBeUndefined();
    expect(violation('editor', editorFile, '@lovkode/cli/review')).toBeUndefined();
  });

  it('holds in every package', () => {
    const problems: string[] = [];
    for (const owner of packageNames) {
      for (const file of sourceFiles(path.join(packagesDir, owner))) {
        for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
          const problem = violation(owner, file, specifier);
          if (problem) problems.push(`${path.relative(root, file)} ${problem}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives the browser-safe packages no Node-only dependencies', () => {
    for (const name of browserSafe) {
      const manifest = JSON.parse(readFileSync(path.join(packagesDir, name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      expect(Object.keys(manifest.dependencies ?? {}).filter((d) => nodeOnly.has(d) || d.startsWith('@types/'))).toEqual([]);
    }
  });
});
