/**
 * The editor's file API, served by the Vite dev server and by `vite preview`
 * (docs/editor-files.md):
 *
 *   GET  /api/rules              → { root, exists, files: [{ path, text, hash }], unreadable: [{ path, problem }] }
 *   GET  /api/rules/file?path=P  → 200 { path, text, hash } | 404 | 422 { path, problem, error } (not UTF-8, too large)
 *                                  | 403 (a link out of the rules root)
 *   PUT  /api/rules/file?path=P  body = the new text (UTF-8), with
 *          If-Match: "<hash>"     the hash of the version the editor loaded, or
 *          If-None-Match: *       to create a new file
 *        → 200 { path, hash } | 409 { conflict: true, path, text, hash } (the version on disk)
 *          | 422 (the file on disk is unreadable; it is never overwritten) | 400 (body not UTF-8)
 *          | 413 (body too large) | 428 (no If-Match) | 403 (a link out of the root)
 *
 *   POST /api/rules/change-set   body = { files: [{ path, text, hash }] } (hash null: a new file)
 *        → 200 { files: [{ path, hash }] } | 409 { conflict: true, conflicts: [{ path, text, hash }] }
 *          | 422 | 400 | 413 | 428 | 403 as above, with the `path` concerned; all or nothing
 *
 * Of two saves from the same version exactly one succeeds; the other gets 409. Requests
 * from another origin are refused (403). A 500 says only that something failed; the detail
 * is logged on the server's console.
 */
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { decodeRuleFile, maxRuleFileBytes, ruleFileSizeProblem } from '@lovkode/dsl';
import { saveChangeSet, type ChangeSetOutcome, type FileChange } from './change-set.js';
import { PathLocks } from './path-locks.js';
import { readRequestBody } from './request-body.js';
import { foreignOriginReason } from './request-origin.js';
import { parseRequestTarget } from './request-target.js';
import { listRuleFiles, outsideProblem, problemOf, readRuleFile, saveRuleFile, type SaveOutcome } from './rule-files.js';

const LIST = '/api/rules';
const FILE = '/api/rules/file';
const CHANGE_SET = '/api/rules/change-set';
/** A change set carries at most this many files' worth of text. */
const maxChangeSetBytes = 16 * maxRuleFileBytes;

const internalError = 'Filtjenesten i editoren fikk en intern feil. Detaljene står i konsollen der utviklingsserveren kjører.';

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.end(JSON.stringify(body));
}

function unquote(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  const trimmed = value.trim().replace(/^W\//, '');
  return trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

export type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/** The connect middleware for `/api/rules`, with its own save locks. `root()` is asked on every request. */
export function rulesMiddleware(root: () => string): Middleware {
  const locks = new PathLocks();
  return (request, response, next) => {
    const target = parseRequestTarget(request.url);
    if (target.pathname !== LIST && target.pathname !== FILE && target.pathname !== CHANGE_SET) {
      next();
      return;
    }
    const foreign = foreignOriginReason(request);
    if (foreign) {
      send(response, 403, { error: `Regelfilene kan bare leses og lagres fra editoren selv (${foreign})` });
      return;
    }
    if (target.kind === 'malformed') {
      send(response, 400, { error: 'Ugyldig adresse: parameterne er ikke gyldig prosentkodet UTF-8' });
      return;
    }
    handle(root(), target.pathname, target.params.get('path') ?? '', request, response, locks).catch((error: unknown) => {
      console.error(`[lovkode] ${request.method ?? '?'} ${request.url ?? ''} feilet:`, error);
      if (response.headersSent) response.destroy();
      else send(response, 500, { error: internalError });
    });
  };
}

async function handle(root: string, pathname: string, relative: string, request: IncomingMessage, response: ServerResponse, locks: PathLocks): Promise<void> {
  if (pathname === LIST) {
    if (request.method !== 'GET') return send(response, 405, { error: 'Bare GET' });
    const listing = await listRuleFiles(root);
    return send(response, 200, { root: path.basename(root), exists: await isDirectory(root), ...listing });
  }
  if (pathname === CHANGE_SET) {
    if (request.method !== 'POST') return send(response, 405, { error: 'Bare POST' });
    return postChangeSet(root, request, response, locks);
  }
  if (request.method === 'GET') return getFile(root, relative, response);
  if (request.method === 'PUT') return putFile(root, relative, request, response, locks);
  return send(response, 405, { error: 'Bare GET og PUT' });
}

async function isDirectory(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isDirectory()).catch(() => false);
}

async function getFile(root: string, relative: string, response: ServerResponse): Promise<void> {
  const read = await readRuleFile(root, relative);
  switch (read.kind) {
    case 'readable':
      return send(response, 200, read.file);
    case 'unreadable':
      return send(response, 422, { error: `${relative} kan ikke leses: ${read.file.problem.message}`, ...read.file });
    case 'outside':
      return send(response, 403, { error: `${relative}: ${outsideProblem.message}`, path: relative, problem: outsideProblem });
    case 'missing':
      return send(response, 404, { error: `Finner ikke ${relative}` });
    case 'invalid':
      return send(response, 400, { error: `Ugyldig filsti: ${relative}` });
  }
}

async function putFile(root: string, relative: string, request: IncomingMessage, response: ServerResponse, locks: PathLocks): Promise<void> {
  const body = await readRequestBody(request, maxRuleFileBytes);
  if (body.kind === 'too-large') {
    const diagnostic = ruleFileSizeProblem(body.size, relative);
    const problem = diagnostic ? problemOf(diagnostic) : { code: 'LK1010', message: 'Filen er for stor', hint: undefined };
    return send(response, 413, { error: `Kan ikke lagre ${relative}: ${problem.message}`, problem }, { Connection: 'close' });
  }
  const decoded = decodeRuleFile(body.bytes, relative);
  if (!decoded.ok) {
    const problem = problemOf(decoded.diagnostic);
    return send(response, 400, { error: `Kan ikke lagre ${relative}: teksten som ble sendt, er ikke gyldig UTF-8 (${problem.message})`, problem });
  }
  const precondition = { ifMatch: unquote(request.headers['if-match']), ifNoneMatch: unquote(request.headers['if-none-match']) === '*' };
  return sendSaveOutcome(response, relative, await saveRuleFile(root, relative, decoded.text, precondition, locks));
}

function sendSaveOutcome(response: ServerResponse, relative: string, outcome: SaveOutcome): void {
  switch (outcome.kind) {
    case 'saved':
      return send(response, 200, { path: relative, hash: outcome.hash }, { ETag: `"${outcome.hash}"` });
    case 'conflict':
      return send(response, 409, { conflict: true, path: relative, text: outcome.current?.text ?? null, hash: outcome.current?.hash ?? null });
    case 'unreadable':
      return send(response, 422, {
        error: `${relative} på disken kan ikke leses (${outcome.problem.message}); den blir ikke overskrevet`,
        path: relative,
        problem: outcome.problem,
      });
    case 'outside':
      return send(response, 403, { error: `${relative}: ${outsideProblem.message}`, path: relative, problem: outsideProblem });
    case 'invalid':
      return send(response, 400, { error: outcome.message });
    case 'precondition-required':
      return send(response, 428, { error: outcome.message });
  }
}

async function postChangeSet(root: string, request: IncomingMessage, response: ServerResponse, locks: PathLocks): Promise<void> {
  const body = await readRequestBody(request, maxChangeSetBytes);
  if (body.kind === 'too-large') return send(response, 413, { error: 'Endringene er for store til å lagres på én gang' }, { Connection: 'close' });
  const changes = parseChangeSet(body.bytes);
  if (typeof changes === 'string') return send(response, 400, { error: changes });
  for (const change of changes) {
    const problem = textProblem(change);
    if (problem) return send(response, problem.status, { error: `Kan ikke lagre ${change.path}: ${problem.message}`, path: change.path });
  }
  return sendChangeSetOutcome(response, await saveChangeSet(root, changes, locks));
}

/** The changes of a change-set body, or why it is not one. */
function parseChangeSet(bytes: Uint8Array): FileChange[] | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return 'Endringene er ikke gyldig JSON i UTF-8';
  }
  const files = (parsed as { files?: unknown } | null)?.files;
  if (!Array.isArray(files) || files.length === 0) return 'Endringene mangler «files»';
  const changes: FileChange[] = [];
  for (const file of files as unknown[]) {
    const { path: relative, text, hash } = (file ?? {}) as { path?: unknown; text?: unknown; hash?: unknown };
    if (typeof relative !== 'string' || typeof text !== 'string' || (hash !== null && typeof hash !== 'string')) return 'Hver fil trenger «path», «text» og «hash» (null for en ny fil)';
    changes.push({ path: relative, text, precondition: { ifMatch: hash ?? undefined, ifNoneMatch: hash === null } });
  }
  return changes;
}

/** A text that a rule file may not hold: not UTF-8 (a lone surrogate in the JSON), or too large. */
function textProblem(change: FileChange): { status: number; message: string } | undefined {
  const bytes = Buffer.from(change.text, 'utf8');
  if (bytes.toString('utf8') !== change.text) return { status: 400, message: 'teksten er ikke gyldig UTF-8' };
  const tooLarge = ruleFileSizeProblem(bytes.length, change.path);
  return tooLarge ? { status: 413, message: tooLarge.message } : undefined;
}

function sendChangeSetOutcome(response: ServerResponse, outcome: ChangeSetOutcome): void {
  switch (outcome.kind) {
    case 'saved':
      return send(response, 200, { files: outcome.files });
    case 'conflict':
      return send(response, 409, { conflict: true, conflicts: outcome.conflicts.map((c) => ({ path: c.path, text: c.current?.text ?? null, hash: c.current?.hash ?? null })) });
    case 'unreadable':
      return send(response, 422, { error: `${outcome.path} på disken kan ikke leses (${outcome.problem.message}); ingen filer er lagret`, path: outcome.path, problem: outcome.problem });
    case 'outside':
      return send(response, 403, { error: `${outcome.path}: ${outsideProblem.message}`, path: outcome.path, problem: outsideProblem });
    case 'invalid':
      return send(response, 400, { error: outcome.message, path: outcome.path });
    case 'precondition-required':
      return send(response, 428, { error: outcome.message, path: outcome.path });
  }
}
