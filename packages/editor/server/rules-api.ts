/**
 * The editor's file API, served by the Vite dev server and by `vite preview`:
 *
 *   GET  /api/rules                 → { root, files: [{ path, text, hash }] }  (every `**\/*.lov`)
 *   GET  /api/rules/file?path=P     → { path, text, hash }                     (404 when missing)
 *   PUT  /api/rules/file?path=P     body = the new text, with
 *          If-Match: "<hash>"        the hash of the version the editor loaded, or
 *          If-None-Match: *          to create a new file
 *        → 200 { path, hash }  |  409 { conflict: true, path, text, hash } (the version on disk)
 *
 * A save whose If-Match does not match the file on disk is refused with 409 and the
 * current content, so a file changed on disk since it was loaded is never overwritten.
 * Paths are relative to the rules root, use `/`, end in `.lov` and may not leave the root.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin } from 'vite';

export interface RuleFileData {
  readonly path: string;
  readonly text: string;
  readonly hash: string;
}

/** `sha256-<hex>` of the UTF-8 text: what `If-Match` carries. */
export function contentHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** The rules root: `LOVKODE_RULES_DIR`, else `<repo>/rules`. */
export function rulesRoot(repoRoot: string): string {
  const fromEnv = process.env['LOVKODE_RULES_DIR'];
  return path.resolve(fromEnv && fromEnv.trim() !== '' ? fromEnv : path.join(repoRoot, 'rules'));
}

/** The absolute path of a rule file, or undefined when `relative` is not a safe `.lov` path inside `root`. */
export function resolveRulePath(root: string, relative: string): string | undefined {
  if (!relative || relative.includes('\0') || relative.includes('\\') || !relative.endsWith('.lov')) return undefined;
  if (relative.startsWith('/') || relative.split('/').some((part) => part === '' || part === '.' || part === '..')) return undefined;
  const absolute = path.resolve(root, relative);
  const inside = path.relative(root, absolute);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  return absolute;
}

/** Every `.lov` file under `root` (sorted by path); an absent root is an empty rule set. */
export async function listRuleFiles(root: string): Promise<RuleFileData[]> {
  const found: string[] = [];
  async function walk(dir: string, prefix: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), relative);
      else if (entry.isFile() && entry.name.endsWith('.lov')) found.push(relative);
    }
  }
  await walk(root, '');
  found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(
    found.map(async (relative) => {
      const text = await readFile(path.join(root, relative), 'utf8');
      return { path: relative, text, hash: contentHash(text) };
    }),
  );
}

async function readRuleFile(root: string, relative: string): Promise<RuleFileData | undefined> {
  const absolute = resolveRulePath(root, relative);
  if (!absolute) return undefined;
  try {
    const text = await readFile(absolute, 'utf8');
    return { path: relative, text, hash: contentHash(text) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly hash: string }
  | { readonly kind: 'conflict'; readonly current: RuleFileData | undefined }
  | { readonly kind: 'invalid'; readonly message: string };

/** Saves `text` if the file on disk is still the version with hash `ifMatch` (or absent, for `ifNoneMatch`). */
export async function saveRuleFile(root: string, relative: string, text: string, ifMatch: string | undefined, ifNoneMatch: boolean): Promise<SaveOutcome> {
  const absolute = resolveRulePath(root, relative);
  if (!absolute) return { kind: 'invalid', message: `Ugyldig filsti: ${relative}` };
  if (!ifMatch && !ifNoneMatch) return { kind: 'invalid', message: 'Lagring krever If-Match (eller If-None-Match: * for en ny fil)' };
  const current = await readRuleFile(root, relative);
  if (ifNoneMatch ? current !== undefined : current === undefined || current.hash !== ifMatch) return { kind: 'conflict', current };
  await mkdir(path.dirname(absolute), { recursive: true });
  // Write beside the file and rename over it, so a reader never sees half a file.
  const temporary = `${absolute}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, absolute);
  return { kind: 'saved', hash: contentHash(text) };
}

const maxBody = 10 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(new Error('Filen er for stor'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify(body));
}

function unquote(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  const trimmed = value.trim().replace(/^W\//, '');
  return trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/** The connect middleware for `/api/rules`. `root()` is asked on every request. */
export function rulesMiddleware(root: () => string): Middleware {
  return (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/api/rules' && url.pathname !== '/api/rules/file') {
      next();
      return;
    }
    handle(root(), url, request, response).catch((error: unknown) => {
      send(response, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  };
}

async function handle(root: string, url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (url.pathname === '/api/rules') {
    if (request.method !== 'GET') return send(response, 405, { error: 'Bare GET' });
    const exists = await stat(root).then((s) => s.isDirectory()).catch(() => false);
    return send(response, 200, { root: path.basename(root), exists, files: await listRuleFiles(root) });
  }
  const relative = url.searchParams.get('path') ?? '';
  if (!resolveRulePath(root, relative)) return send(response, 400, { error: `Ugyldig filsti: ${relative}` });
  if (request.method === 'GET') {
    const file = await readRuleFile(root, relative);
    return file ? send(response, 200, file) : send(response, 404, { error: `Finner ikke ${relative}` });
  }
  if (request.method === 'PUT') {
    const text = await readBody(request);
    const outcome = await saveRuleFile(root, relative, text, unquote(request.headers['if-match']), unquote(request.headers['if-none-match']) === '*');
    switch (outcome.kind) {
      case 'saved':
        response.setHeader('ETag', `"${outcome.hash}"`);
        return send(response, 200, { path: relative, hash: outcome.hash });
      case 'conflict':
        return send(response, 409, {
          conflict: true,
          path: relative,
          text: outcome.current?.text ?? null,
          hash: outcome.current?.hash ?? null,
        });
      case 'invalid':
        return send(response, 428, { error: outcome.message });
    }
  }
  return send(response, 405, { error: 'Bare GET og PUT' });
}

/** Serves the rule files to the editor in `vite` (dev) and `vite preview`. */
export function lovkodeRules(options: { readonly repoRoot: string }): Plugin {
  const root = () => rulesRoot(options.repoRoot);
  return {
    name: 'lovkode-rules',
    configureServer(server) {
      // rules/ lies outside the editor's root; watch it and tell the editor when a rule file
      // changes on disk (it reloads files without unsaved edits, and warns about the others).
      server.watcher.add(root());
      const notify = (file: string) => {
        const relative = path.relative(root(), file).split(path.sep).join('/');
        if (!relative.endsWith('.lov') || relative.startsWith('..') || path.isAbsolute(relative)) return;
        server.ws.send({ type: 'custom', event: 'lovkode:rules-changed', data: { path: relative } });
      };
      server.watcher.on('change', notify);
      server.watcher.on('add', notify);
      server.watcher.on('unlink', notify);
      server.middlewares.use(rulesMiddleware(root));
    },
    configurePreviewServer(server) {
      server.middlewares.use(rulesMiddleware(root));
    },
  };
}
