import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** The `.lov` files under a directory of the repository, with paths relative to the repository root. */
export function ruleFiles(directory = 'rules'): Array<{ path: string; text: string }> {
  const found: Array<{ path: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.lov')) found.push({ path: relative(root, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, directory));
  return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}
