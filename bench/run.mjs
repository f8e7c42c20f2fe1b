// Runs every bench/*.bench.ts in name order; each prints its own figures.
//
// Each benchmark is bundled with esbuild and run on plain Node. It is not run through tsx,
// because tsx always compiles with `keepNames`, which wraps every closure the parser and the
// evaluator create in a naming helper and would make the figures several times too slow.
import { build } from 'esbuild';
import { nodeBundle } from './node-bundle.mjs';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const only = process.argv[2];
const files = (await readdir(dir)).filter((name) => name.endsWith('.bench.ts') && (!only || name.includes(only))).sort();
if (files.length === 0) console.log('no benchmarks');

// DuckDB's native module is loaded from where @lovkode/sql installed it, not bundled.
const fromSql = createRequire(join(dir, '..', 'packages', 'sql', 'package.json'));
const nativeModules = {
  name: 'native-modules',
  setup(b) {
    b.onResolve({ filter: /^@duckdb\/node-api$/ }, (args) => ({ path: pathToFileURL(fromSql.resolve(args.path)).href, external: true }));
  },
};

const out = await mkdtemp(join(tmpdir(), 'lovkode-bench-'));

// The hand-written baseline (bench/hand-written.ts) gets its own copy of decimal.js, at another
// path, so that esbuild bundles it as a second module instance. Sharing the engine's instance
// would share its state (the prototype and the call sites V8 optimises): beside the engine the
// shared copy runs about 2× slower, and the ratio would flatter the engine (docs/engine.md §10).
// An embedder's own decimal.js is such a copy too.
const ownDecimal = join(out, 'hand-written-decimal.mjs');
await copyFile(createRequire(import.meta.url).resolve('decimal.js').replace(/decimal\.js$/, 'decimal.mjs'), ownDecimal);
const handWrittenDecimal = {
  name: 'hand-written-decimal',
  setup(build) {
    build.onResolve({ filter: /^decimal\.js$/ }, (args) => (args.importer.endsWith(join('bench', 'hand-written.ts')) ? { path: ownDecimal } : undefined));
  },
};

try {
  for (const name of files) {
    const outfile = join(out, name.replace(/\.ts$/, '.mjs'));
    await build({ ...nodeBundle, entryPoints: [join(dir, name)], outfile, plugins: [handWrittenDecimal, nativeModules] });
    console.log(`## ${name}`);
    const mod = await import(pathToFileURL(outfile).href);
    await mod.default();
  }
} finally {
  await rm(out, { recursive: true, force: true });
}
