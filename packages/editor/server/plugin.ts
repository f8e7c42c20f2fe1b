/**
 * The Vite plugin that serves the rule files, and their changes on disk (`rule-changes.ts`),
 * to the editor in `vite` (dev) and `vite preview` (the built editor, `pnpm editor`). The file API itself (`rules-api.ts`) uses the dsl and the engine, whose
 * packages are TypeScript sources; Vite loads a config file with plain Node, so the API is
 * imported here through Vite's module runner when a server starts, not by the config file.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { Middleware } from './rules-api.js';
import { ruleChanges } from './rule-changes.js';

/** The rules root: `LOVKODE_RULES_DIR`, else `<repo>/rules`. */
export function rulesRoot(repoRoot: string): string {
  const fromEnv = process.env['LOVKODE_RULES_DIR'];
  return path.resolve(fromEnv && fromEnv.trim() !== '' ? fromEnv : path.join(repoRoot, 'rules'));
}

async function loadRulesMiddleware(root: () => string): Promise<Middleware> {
  const api = fileURLToPath(new URL('./rules-api.ts', import.meta.url));
  const { module } = await runnerImport<typeof import('./rules-api.js')>(api);
  return module.rulesMiddleware(root);
}

export function lovkodeRules(options: { readonly repoRoot: string }): Plugin {
  const root = () => rulesRoot(options.repoRoot);
  return {
    name: 'lovkode-rules',
    async configureServer(server) {
      // rules/ lies outside the editor's root: its changes on disk go to the editor as events.
      const changes = ruleChanges(root());
      server.httpServer?.on('close', () => changes.close());
      server.middlewares.use(changes.middleware);
      server.middlewares.use(await loadRulesMiddleware(root));
    },
    async configurePreviewServer(server) {
      const changes = ruleChanges(root());
      server.httpServer.on('close', () => changes.close());
      server.middlewares.use(changes.middleware);
      server.middlewares.use(await loadRulesMiddleware(root));
    },
  };
}
