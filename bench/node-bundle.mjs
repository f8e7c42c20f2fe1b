// The esbuild options of a bundle that runs on plain Node: the benchmarks (run.mjs) and the
// cross-check (cross-check.mjs). Not tsx: see run.mjs.
export const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
};
