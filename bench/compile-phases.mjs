// Bundles bench/compile-phases.ts with esbuild (not tsx: see run.mjs) and runs it.
//
//   node bench/compile-phases.mjs [runs]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/compile-phases.mjs 200
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeBundle } from './node-bundle.mjs';

const out = await mkdtemp(join(tmpdir(), 'lovkode-compile-phases-'));
try {
  const outfile = join(out, 'compile-phases.mjs');
  await build({ ...nodeBundle, entryPoints: [join(import.meta.dirname, 'compile-phases.ts')], outfile });
  console.log(`load average (1, 5, 15 min) at start: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  const mod = await import(pathToFileURL(outfile).href);
  mod.default(Number(process.argv[2] ?? 30));
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
} finally {
  await rm(out, { recursive: true, force: true });
}
