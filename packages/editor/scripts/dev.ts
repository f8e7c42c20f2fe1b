/**
 * `pnpm dev [--port N] [--host H]` (also `pnpm dev -- --port N`): the editor's Vite dev
 * server with the rule-file API, on 127.0.0.1:5173 unless told otherwise. A port in use is
 * an error, not a silent move to another port.
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { devOptions } from './dev-options';

const options = devOptions(process.argv.slice(2));
if ('error' in options) {
  console.error(options.error);
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const server = await createServer({
  root,
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  server: { host: options.host, port: options.port, strictPort: true },
});
await server.listen();
server.printUrls();
server.bindCLIShortcuts({ print: true });
