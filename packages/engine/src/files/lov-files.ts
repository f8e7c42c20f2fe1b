import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * The `.lov` files below a directory, depth first in name order, skipping hidden folders and
 * `node_modules`. `unreadable` decides what a directory that cannot be read gives: the CLI
 * reports it, review treats it as empty.
 */
export async function lovFilesUnder(directory: string, unreadable: (directory: string, error: unknown) => string[]): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    return unreadable(directory, error);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      files.push(...(await lovFilesUnder(full, unreadable)));
    } else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.lov')) {
      files.push(full);
    }
  }
  return files;
}
