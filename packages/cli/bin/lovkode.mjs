#!/usr/bin/env node
// The `lovkode` command (`pnpm lovkode …`). The TypeScript sources are bundled with esbuild
// into node_modules/.cache/lovkode/<stamp>/ — again whenever a source file, or the lockfile,
// is newer than the bundle — and the bundle runs on plain Node.
//
// Not through tsx: tsx always compiles with `keepNames`, which wraps every closure the
// evaluator creates in a naming helper and makes evaluation several times slower (a
// `lovkode diff` over 100 000 households takes about twice as long). The worker threads of
// `lovkode diff` load the same bundle.
//
// The bundle is split at the dynamic imports: what only some commands need (DuckDB's native
// binary, fastify, the language server) is in chunks loaded when such a command runs, so
// that `lovkode run` does not pay for them when it starts (0.75 → 0.37 s for one case).
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const entry = join(root, 'packages', 'cli', 'src', 'cli', 'main.ts');
const sources = ['cli', 'engine', 'dsl', 'sql'].map((name) => join(root, 'packages', name, 'src'));
const cache = join(root, 'node_modules', '.cache', 'lovkode');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
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
// One folder per state of the sources, named by the time of their newest change.
const stamp = `b${Math.floor(inputsChanged)}`;
const bundle = join(cache, stamp, 'lovkode.mjs');
if (!exists(bundle)) {
  mkdirSync(cache, { recursive: true });
  // Written beside and renamed as a whole, so that commands started at the same time never
  // load half a bundle; if another command renamed its build first, that one is used.
  const partial = join(cache, `tmp-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  // esbuild is loaded only to build.
  const { build } = await import('esbuild');
  await build({
    entryPoints: { lovkode: entry },
    outdir: partial,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    plugins: [nativeModules],
    // `lovkode build` runs esbuild (its own binary, found from its package): not bundled.
    external: ['esbuild'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  try {
    renameSync(partial, join(cache, stamp));
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
  removeOldBuilds();
}

const { runAsProcess } = await import(pathToFileURL(bundle).href);
runAsProcess(process.argv.slice(2));

function exists(path) {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds of earlier states of the sources, and builds left half-done, once they are an hour
 * old: a command still running from one may yet load a chunk of it.
 */
function removeOldBuilds() {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(cache)) {
    const path = join(cache, name);
    // Another command may be removing it at the same time.
    const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (name === stamp || modified === undefined || modified > hourAgo) continue;
    rmSync(path, { recursive: true, force: true });
  }
}
