/**
 * `GET /api/rules/changes`: rule files changed on disk by someone else, as Server-Sent Events
 * (one `{ "path": "<relative path>" }` per `.lov` file written, added or removed under the
 * rules root), for the editor to reload the files that have no unsaved edits. Served by the
 * dev server and by the built editor's server alike, so the editor needs no dev-server
 * channel for it. Requests from another origin are refused (403), as for the file API.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { isInside } from './rule-location.js';
import { foreignOriginReason } from './request-origin.js';
import { parseRequestTarget } from './request-target.js';
import type { Middleware } from './rules-api.js';

const CHANGES = '/api/rules/changes';

/** Events for one path closer together than this are sent once (an editor writes a file in several steps). */
const settleMs = 50;

export interface RuleChanges {
  readonly middleware: Middleware;
  /** Stops watching and ends the streams (when the server closes). */
  close(): void;
}

/** Watches the rules root `root` (as it is when called) and streams its changes to every editor that asks. */
export function ruleChanges(root: string): RuleChanges {
  const clients = new Set<ServerResponse>();
  const pending = new Map<string, NodeJS.Timeout>();
  const send = (relative: string) => {
    pending.delete(relative);
    for (const client of clients) client.write(`data: ${JSON.stringify({ path: relative })}\n\n`);
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(root, { recursive: true }, (_event, name) => {
      if (!name) return;
      const file = path.join(root, name.toString());
      const relative = path.relative(root, file).split(path.sep).join('/');
      if (!relative.endsWith('.lov') || !isInside(root, file)) return;
      clearTimeout(pending.get(relative));
      pending.set(relative, setTimeout(() => send(relative), settleMs));
    });
  } catch (error) {
    // No rules folder (yet): the editor says so when it lists the files; there is nothing to watch.
    console.warn(`[lovkode] følger ikke med på endringer i ${root}:`, error instanceof Error ? error.message : error);
  }
  const middleware: Middleware = (request, response, next) => {
    if (parseRequestTarget(request.url).pathname !== CHANGES) {
      next();
      return;
    }
    const foreign = foreignOriginReason(request);
    if (foreign || request.method !== 'GET') {
      response.writeHead(foreign ? 403 : 405, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(foreign ? `Endringene kan bare følges fra editoren selv (${foreign})` : 'Bare GET');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(': lovkode\n\n');
    clients.add(response);
    request.on('close', () => clients.delete(response));
  };
  return {
    middleware,
    close() {
      watcher?.close();
      for (const timer of pending.values()) clearTimeout(timer);
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
