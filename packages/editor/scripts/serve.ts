/**
 * `pnpm editor [--port N] [--host H]` (from the repository root; `pnpm start` here): builds the
 * editor (`vite build` into dist/) and serves the build with the rule-file API and the
 * changes on disk (server/plugin.ts), on 127.0.0.1:5173 unless told otherwise. A built
 * editor loads in a second or two where the dev server (`pnpm dev`, for working on the
 * editor itself) transforms every module on the first load. A port in use is an error.
 */
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { devOptions } from './dev-options';

// Vite's note about its future config loader is for the editor's developers, not for this command's users.
process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] ??= 'true';
const options = devOptions(process.argv.slice(2));
if ('error' in options) {
  console.error(options.error);
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const outDir = fileURLToPath(new URL('../dist', import.meta.url));
console.log('Bygger editoren …');
await build({ root, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({ root, configFile, build: { outDir }, preview: { host: options.host, port: options.port, strictPort: true, open: false } });
server.printUrls();
