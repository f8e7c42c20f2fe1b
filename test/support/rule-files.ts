import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest directory with pnpm-workspace.yaml above this file or the working directory. */
function findRoot(): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
      if (dirname(dir) === dir) break;
    }
  }
  return process.cwd();
}

const root = findRoot();

/**
 * The `.lov` files under a directory of the repository (or any absolute directory), with
 * paths relative to `base` (the repository root unless given).
 */
export function ruleFiles(directory = 'rules', base = root): Array<{ path: string; text: string }> {
  const found: Array<{ path: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.lov')) found.push({ path: relative(base, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(resolve(root, directory));
  return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}
