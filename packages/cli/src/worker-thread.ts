/**
 * Starting a worker thread on one of the CLI's modules (node:worker_threads). Bundled (the
 * `lovkode` launcher, bench/), the module's URL is the chunk of the bundle it is in, and the
 * worker loads that chunk; run from TypeScript source (tsx, vitest), the worker registers
 * tsx's loader before it imports the module.
 */
// Renamed: bench/run.mjs bundles with a banner that declares `createRequire`.
import { createRequire as requireFrom } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A worker running the module at `url` (its `import.meta.url`), with `workerData`. */
export function startWorkerThread(url: string, workerData: unknown): Worker {
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
