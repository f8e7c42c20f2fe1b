import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile, type CompiledRules } from '@lovkode/engine';

const root = join(import.meta.dirname, '..', '..', '..', '..');

/** The shipped rules under `rules/<dirs>`, compiled for `module`, with paths as `lovkode` gives them from the repository root. */
export function shippedRules(dirs: readonly string[], module: string): CompiledRules {
  const files: Array<{ path: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.lov')) files.push({ path: relative(root, path), text: readFileSync(path, 'utf8') });
    }
  };
  for (const dir of dirs) walk(join(root, 'rules', dir));
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  const compiled = compile(files, { module });
  if (!compiled.ok) throw new Error(`the shipped rules do not compile: ${compiled.diagnostics.map((d) => d.message).join('; ')}`);
  return compiled.rules;
}
