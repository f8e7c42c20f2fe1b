// Runs every bench/*.bench.ts in name order; each prints its own figures.
import { readdir } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const dir = import.meta.dirname;
const files = (await readdir(dir)).filter((name) => name.endsWith(".bench.ts")).sort();

if (files.length === 0) console.log("no benchmarks");

for (const name of files) {
  console.log(`## ${name}`);
  const mod = (await import(pathToFileURL(join(dir, name)).href)) as { default: () => Promise<void> };
  await mod.default();
}
