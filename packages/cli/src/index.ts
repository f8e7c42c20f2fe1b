/**
 * @lovkode/cli — the `lovkode` command, and the HTTP service for programs that start it
 * themselves (docs/http.md). The review is `@lovkode/cli/review`, reading and writing rule
 * files `@lovkode/cli/files`.
 */
export { main, runAsProcess } from './cli/main.js';
export { createServer, type ServerOptions } from './server/index.js';
