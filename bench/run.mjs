// Runs every bench/*.bench.ts in name order; each prints its own figures.
//
// Each benchmark is bundled with esbuild and run on plain Node. It is not run through tsx,
// because tsx always compiles with `keepNames`, which wraps every closure the parser and the
// evaluator create in a naming helper and would make the figures several times too slow.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
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
try {
  for (const name of files) {
    const outfile = join(out, name.replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [join(dir, name)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      plugins: [nativeModules],
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    console.log(`## ${name}`);
    const mod = await import(pathToFileURL(outfile).href);
    await mod.default();
  }
} finally {
  await rm(out, { recursive: true, force: true });
}
