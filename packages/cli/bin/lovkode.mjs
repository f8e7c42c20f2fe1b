#!/usr/bin/env node
// The `lovkode` command (`pnpm lovkode …`). The TypeScript sources are bundled with esbuild
// into node_modules/.cache/lovkode/ — again whenever a source file, or the lockfile, is newer
// than the bundle — and the bundle runs on plain Node.
//
// Not through tsx: tsx always compiles with `keepNames`, which wraps every closure the
// evaluator creates in a naming helper and makes evaluation several times slower (a
// `lovkode diff` over 100 000 households takes about twice as long). The worker threads of
// `lovkode diff` load the same bundle.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const entry = join(root, 'packages', 'cli', 'src', 'cli', 'main.ts');
const sources = ['cli', 'engine', 'dsl', 'sql'].map((name) => join(root, 'packages', name, 'src'));
const bundle = join(root, 'node_modules', '.cache', 'lovkode', 'lovkode.mjs');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

function builtAt() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -Infinity;
  }
}

// Native modules (DuckDB's binary) are not bundled: they are loaded from where @lovkode/sql
// installed them, by absolute path, since the bundle lies outside that package.
const fromSql = createRequire(join(root, 'packages', 'sql', 'package.json'));
const nativeModules = {
  name: 'native-modules',
  setup(b) {
    b.onResolve({ filter: /^@duckdb\/node-api$/ }, (args) => ({ path: pathToFileURL(fromSql.resolve(args.path)).href, external: true }));
  },
};

const inputsChanged = Math.max(...sources.map(newest), statSync(join(root, 'pnpm-lock.yaml')).mtimeMs);
if (builtAt() < inputsChanged) {
  mkdirSync(dirname(bundle), { recursive: true });
  // Written beside and renamed, so that commands started at the same time never load half a bundle.
  const partial = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [entry],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    plugins: [nativeModules],
    // `lovkode build` runs esbuild (its own binary, found from its package): not bundled.
    external: ['esbuild'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  renameSync(partial, bundle);
}

const { runAsProcess } = await import(pathToFileURL(bundle).href);
runAsProcess(process.argv.slice(2));
