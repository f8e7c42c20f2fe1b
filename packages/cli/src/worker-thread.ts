/**
 * Starting a worker thread on a module of this package (`lovkode diff`'s review workers,
 * `lovkode run --batch`'s evaluation workers). Run from TypeScript source (tsx, vitest), the
 * worker registers tsx's loader before it imports the module; bundled (bin/lovkode.mjs,
 * bench/), the module is the bundle, and the worker loads it.
 */
// Renamed: bench/run.mjs bundles with a banner that declares `createRequire`.
import { createRequire as requireFrom } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A worker on the module at `url` (its `import.meta.url`), given `workerData`. */
export function newWorker(url: string, workerData: unknown): Worker {
  return url.endsWith('.ts')
    ? new Worker(`import(${JSON.stringify(tsxApi())}).then((api) => { (api.register ?? api.default.register)(); return import(${JSON.stringify(url)}); });`, {
        eval: true,
        workerData,
      })
    : new Worker(new URL(url), { workerData });
}

function tsxApi(): string {
  const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve;
  try {
    if (resolve) return resolve('tsx/esm/api');
  } catch {
    // fall through to require.resolve
  }
  return pathToFileURL(requireFrom(import.meta.url).resolve('tsx/esm/api')).href;
}
