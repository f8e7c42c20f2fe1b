import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { lovkodeRules } from './server/plugin.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  // Relative asset URLs: the built editor works wherever it is served from.
  base: './',
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    fs: { allow: [repoRoot] },
  },
  preview: {
    host: '127.0.0.1',
  },
  worker: {
    format: 'es',
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
  },
  plugins: [lovkodeRules({ repoRoot })],
});
