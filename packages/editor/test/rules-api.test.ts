import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PathLocks } from '../server/path-locks';
import { rulesMiddleware } from '../server/rules-api';
import { contentHash, listRuleFiles, saveRuleFile } from '../server/rule-files';
import { resolveRulePath } from '../server/rule-location';

const root = mkdtempSync(path.join(tmpdir(), 'lovkode-rules-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ifMatch = (hash: string) => ({ ifMatch: hash, ifNoneMatch: false });
const create = { ifMatch: undefined, ifNoneMatch: true };
/** `§ 18 Stønad til livsopphold` with `§` and `ø` in Latin-1 (one byte each): not UTF-8. */
const latin1 = Buffer.from('modul a\n# \xa7 18 St\xf8nad\n', 'latin1');

describe('rules API: files', () => {
  it('lists .lov files recursively, sorted, and an absent root as empty', async () => {
    mkdirSync(path.join(root, 'b'), { recursive: true });
    writeFileSync(path.join(root, 'b', 'x.lov'), 'modul b.x\n');
    writeFileSync(path.join(root, 'a.lov'), 'modul a\n');
    writeFileSync(path.join(root, 'README.md'), '# no');
    const listing = await listRuleFiles(root);
    expect(listing.files.map((f) => f.path)).toEqual(['a.lov', 'b/x.lov']);
    expect(listing.files[0]?.hash).toBe(contentHash('modul a\n'));
    expect(listing.unreadable).toEqual([]);
    expect(await listRuleFiles(path.join(root, 'missing'))).toEqual({ files: [], unreadable: [] });
  });

  it('refuses paths outside the root or not ending in .lov', () => {
    expect(resolveRulePath(root, '../x.lov')).toBeUndefined();
    expect(resolveRulePath(root, '/etc/x.lov')).toBeUndefined();
    expect(resolveRulePath(root, 'a/../../x.lov')).toBeUndefined();
    expect(resolveRulePath(root, 'a.txt')).toBeUndefined();
    expect(resolveRulePath(root, 'b/x.lov')).toBe(path.join(root, 'b', 'x.lov'));
  });

  it('saves only over the version that was loaded; a changed file is a conflict', async () => {
    const locks = new PathLocks();
    const loaded = contentHash('modul a\n');
    const saved = await saveRuleFile(root, 'a.lov', 'modul a\n# mine\n', ifMatch(loaded), locks);
    expect(saved.kind).toBe('saved');
    // Someone else changes the file on disk.
    writeFileSync(path.join(root, 'a.lov'), 'modul a\n# theirs\n');
    const second = await saveRuleFile(root, 'a.lov', 'modul a\n# mine again\n', ifMatch(saved.kind === 'saved' ? saved.hash : ''), locks);
    expect(second.kind).toBe('conflict');
    expect(second.kind === 'conflict' && second.current?.text).toBe('modul a\n# theirs\n');
    expect(readFileSync(path.join(root, 'a.lov'), 'utf8')).toBe('modul a\n# theirs\n');
    // A new file needs If-None-Match: *, and an existing one may not be created again.
    expect((await saveRuleFile(root, 'c/new.lov', 'modul c\n', create, locks)).kind).toBe('saved');
    expect((await saveRuleFile(root, 'c/new.lov', 'modul c\n', create, locks)).kind).toBe('conflict');
    expect((await saveRuleFile(root, 'a.lov', 'x', { ifMatch: undefined, ifNoneMatch: false }, locks)).kind).toBe('precondition-required');
    expect(locks.busy).toBe(0);
  });

  it('keeps the mode of a saved file and leaves no temporary file behind', async () => {
    const file = path.join(root, 'mode.lov');
    writeFileSync(file, 'modul mode\n');
    chmodSync(file, 0o640);
    const outcome = await saveRuleFile(root, 'mode.lov', 'modul mode\n# ny\n', ifMatch(contentHash('modul mode\n')), new PathLocks());
    expect(outcome.kind).toBe('saved');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(root).filter((name) => name.includes('.tmp'))).toEqual([]);
  });
});

// ─── Over HTTP, against a real server ────────────────────────────────────────

interface Reply {
  readonly status: number;
  readonly body: string;
  json(): Record<string, unknown>;
}

let server: Server;
let port: number;
let serverRoot: string;

beforeAll(async () => {
  serverRoot = mkdtempSync(path.join(tmpdir(), 'lovkode-http-'));
  const middleware = rulesMiddleware(() => serverRoot);
  // As connect runs a middleware: a thrown error becomes a 500.
  server = createServer((request, response) => {
    try {
      middleware(request, response, () => {
        response.statusCode = 404;
        response.end('ikke her');
      });
    } catch (error) {
      response.statusCode = 500;
      response.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(serverRoot, { recursive: true, force: true });
});

afterEach(() => vi.restoreAllMocks());

/** A raw HTTP request (the target is sent exactly as given, unlike fetch). */
function send(method: string, target: string, options: { headers?: Record<string, string>; body?: string | Uint8Array } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path: target, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, body, json: () => JSON.parse(body) as Record<string, unknown> });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const fileTarget = (relative: string) => `/api/rules/file?path=${encodeURIComponent(relative)}`;
const put = (relative: string, text: string | Uint8Array, headers: Record<string, string>) => send('PUT', fileTarget(relative), { body: text, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } });

describe('rules API over HTTP: saves', () => {
  it('of two simultaneous saves from the same version exactly one gets 200 and the other 409, and the disk holds the 200 text (50 trials)', async () => {
    const file = path.join(serverRoot, 'race.lov');
    for (let trial = 0; trial < 50; trial++) {
      const base = `modul race\n# versjon ${trial}\n`;
      writeFileSync(file, base);
      const headers = { 'If-Match': `"${contentHash(base)}"` };
      const texts = [`${base}# fra A\n`, `${base}# fra B\n`];
      const replies = await Promise.all(texts.map((text) => put('race.lov', text, headers)));
      expect(replies.map((r) => r.status).sort(), `forsøk ${trial}: ${replies.map((r) => r.body).join(' | ')}`).toEqual([200, 409]);
      const winner = replies.findIndex((r) => r.status === 200);
      expect(readFileSync(file, 'utf8'), `forsøk ${trial}`).toBe(texts[winner]);
      expect(replies[winner]?.json()['hash']).toBe(contentHash(texts[winner] as string));
      // The loser is told what is on disk now.
      expect(replies[1 - winner]?.json()['text']).toBe(texts[winner]);
    }
    expect(readdirSync(serverRoot).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('answers a failure with a generic 500 that names no path, and logs the detail', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A file where a folder must be created: the save cannot succeed.
    writeFileSync(path.join(serverRoot, 'blokk'), 'ikke en mappe');
    const reply = await put('blokk/ny.lov', 'modul ny\n', { 'If-None-Match': '*' });
    expect(reply.status).toBe(500);
    expect(reply.body).not.toContain(serverRoot);
    expect(reply.body).not.toMatch(/\/(tmp|work|home|root)\b/);
    expect(reply.json()['error']).toMatch(/intern feil/);
    expect(logged).toHaveBeenCalled();
    expect(logged.mock.calls.flat().map(String).join(' ')).toMatch(/blokk/);
  });
});

const postChangeSet = (files: ReadonlyArray<{ path: string; text: string; hash: string | null }>) =>
  send('POST', '/api/rules/change-set', { body: JSON.stringify({ files }), headers: { 'Content-Type': 'application/json' } });

describe('rules API over HTTP: a change set («Lagre alle»)', () => {
  const texts = (names: readonly string[]) => names.map((name) => readFileSync(path.join(serverRoot, 'sett', name), 'utf8'));

  it('saves every file of the set, a new one too, and answers each hash', async () => {
    mkdirSync(path.join(serverRoot, 'sett'), { recursive: true });
    writeFileSync(path.join(serverRoot, 'sett/a.lov'), 'modul sett.a\n');
    writeFileSync(path.join(serverRoot, 'sett/b.lov'), 'modul sett.b\n');
    const reply = await postChangeSet([
      { path: 'sett/a.lov', text: 'modul sett.a\n# ny\n', hash: contentHash('modul sett.a\n') },
      { path: 'sett/b.lov', text: 'modul sett.b\n# ny\n', hash: contentHash('modul sett.b\n') },
      { path: 'sett/c.lov', text: 'modul sett.c\n', hash: null },
    ]);
    expect(reply.status, reply.body).toBe(200);
    expect(reply.json()['files']).toEqual([
      { path: 'sett/a.lov', hash: contentHash('modul sett.a\n# ny\n') },
      { path: 'sett/b.lov', hash: contentHash('modul sett.b\n# ny\n') },
      { path: 'sett/c.lov', hash: contentHash('modul sett.c\n') },
    ]);
    expect(texts(['a.lov', 'b.lov', 'c.lov'])).toEqual(['modul sett.a\n# ny\n', 'modul sett.b\n# ny\n', 'modul sett.c\n']);
  });

  it('writes none of the files when one of them changed on disk, and names that one with its text', async () => {
    const before = texts(['a.lov', 'b.lov']);
    writeFileSync(path.join(serverRoot, 'sett/b.lov'), 'modul sett.b\n# endret av en annen\n');
    const reply = await postChangeSet([
      { path: 'sett/a.lov', text: 'modul sett.a\n# mitt\n', hash: contentHash(before[0] as string) },
      { path: 'sett/b.lov', text: 'modul sett.b\n# mitt\n', hash: contentHash(before[1] as string) },
    ]);
    expect(reply.status).toBe(409);
    expect(reply.json()['conflicts']).toEqual([{ path: 'sett/b.lov', text: 'modul sett.b\n# endret av en annen\n', hash: contentHash('modul sett.b\n# endret av en annen\n') }]);
    expect(texts(['a.lov', 'b.lov'])).toEqual([before[0], 'modul sett.b\n# endret av en annen\n']);
  });

  it('writes nothing when one path is bad, lacks its version, or is not a file the editor may save', async () => {
    const before = texts(['a.lov']);
    const a = { path: 'sett/a.lov', text: 'modul sett.a\n# x\n', hash: contentHash(before[0] as string) };
    expect((await postChangeSet([a, { path: '../ut.lov', text: 'x', hash: null }])).status).toBe(400);
    expect((await postChangeSet([a, { path: 'sett/ny.lov', text: 'x', hash: '' }])).status).toBe(428);
    expect((await postChangeSet([a, { path: 'sett/ny.lov', text: 'modul x\n\ud800', hash: null }])).status).toBe(400);
    expect((await postChangeSet([a, a])).status).toBe(400);
    writeFileSync(path.join(serverRoot, 'sett/latin1.lov'), latin1);
    const unreadable = await postChangeSet([a, { path: 'sett/latin1.lov', text: 'modul y\n', hash: contentHash('modul y\n') }]);
    expect(unreadable.status).toBe(422);
    expect(unreadable.json()['problem']).toMatchObject({ code: 'LK1009' });
    expect(texts(['a.lov'])).toEqual(before);
    expect(readFileSync(path.join(serverRoot, 'sett/latin1.lov')).equals(latin1)).toBe(true);
    expect(readdirSync(path.join(serverRoot, 'sett'))).not.toContain('ny.lov');
  });

  it('puts back the files already written when a later write fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = texts(['a.lov']);
    // A file where a folder must be created: the second write cannot succeed.
    writeFileSync(path.join(serverRoot, 'sett/blokk'), 'ikke en mappe');
    const reply = await postChangeSet([
      { path: 'sett/a.lov', text: 'modul sett.a\n# halvveis\n', hash: contentHash(before[0] as string) },
      { path: 'sett/blokk/ny.lov', text: 'modul ny\n', hash: null },
    ]);
    expect(reply.status).toBe(500);
    expect(texts(['a.lov'])).toEqual(before);
    expect(readdirSync(path.join(serverRoot, 'sett')).filter((name) => name.includes('.tmp'))).toEqual([]);
  });
});

describe('rules API over HTTP: strict UTF-8', () => {
  it('lists a Latin-1 file as unreadable with LK1009 and the byte offset, and without text', async () => {
    writeFileSync(path.join(serverRoot, 'latin1.lov'), latin1);
    const listing = (await send('GET', '/api/rules')).json() as { files: Array<{ path: string }>; unreadable: Array<{ path: string; problem: { code: string; message: string }; text?: unknown }> };
    expect(listing.files.map((f) => f.path)).not.toContain('latin1.lov');
    const unreadable = listing.unreadable.find((f) => f.path === 'latin1.lov');
    expect(unreadable?.problem.code).toBe('LK1009');
    expect(unreadable?.problem.message).toContain('byte 10');
    expect(unreadable && 'text' in unreadable).toBe(false);
    const read = await send('GET', fileTarget('latin1.lov'));
    expect(read.status).toBe(422);
    expect(read.json()['problem']).toMatchObject({ code: 'LK1009' });
    expect(read.body).not.toContain('\ufffd');
  });

  it('never saves over a file on disk that is not UTF-8', async () => {
    const file = path.join(serverRoot, 'latin1.lov');
    writeFileSync(file, latin1);
    // What an editor that had read it with replacement characters would send.
    const lossy = latin1.toString('utf8');
    const preconditions: Array<Record<string, string>> = [{ 'If-Match': `"${contentHash(lossy)}"` }, { 'If-None-Match': '*' }];
    for (const headers of preconditions) {
      const reply = await put('latin1.lov', `${lossy}# endret\n`, headers);
      expect(reply.status).toBe(422);
      expect(reply.json()['error']).toMatch(/blir ikke overskrevet/);
    }
    expect(readFileSync(file).equals(latin1)).toBe(true);
  });

  it('refuses a body that is not UTF-8 with 400 and writes nothing', async () => {
    const reply = await put('ny-latin1.lov', latin1, { 'If-None-Match': '*' });
    expect(reply.status).toBe(400);
    expect(reply.json()['problem']).toMatchObject({ code: 'LK1009' });
    expect(() => lstatSync(path.join(serverRoot, 'ny-latin1.lov'))).toThrow();
  });

  it('keeps § and ø exactly when a UTF-8 file is saved', async () => {
    const file = path.join(serverRoot, 'utf8.lov');
    const text = 'modul utf8\n# § 18 Stønad\n';
    writeFileSync(file, text);
    const reply = await put('utf8.lov', `${text}# Æøå\n`, { 'If-Match': `"${contentHash(text)}"` });
    expect(reply.status).toBe(200);
    expect(readFileSync(file, 'utf8')).toBe(`${text}# Æøå\n`);
  });
});

describe('rules API over HTTP: who may call it', () => {
  const own = () => `http://127.0.0.1:${port}`;

  it('refuses requests from another origin or site with 403', async () => {
    writeFileSync(path.join(serverRoot, 'origin.lov'), 'modul origin\n');
    const hash = contentHash('modul origin\n');
    const foreign: Array<Record<string, string>> = [
      { Origin: 'http://localhost:3000' },
      { Origin: 'http://127.0.0.1:1' },
      { Origin: 'null' },
      { Origin: 'https://example.com' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
      { Origin: own(), 'Sec-Fetch-Site': 'same-site' },
    ];
    for (const headers of foreign) {
      expect((await send('GET', '/api/rules', { headers })).status, JSON.stringify(headers)).toBe(403);
      expect((await send('GET', fileTarget('origin.lov'), { headers })).status, JSON.stringify(headers)).toBe(403);
      expect((await put('origin.lov', 'modul origin\n# overtatt\n', { ...headers, 'If-Match': `"${hash}"` })).status, JSON.stringify(headers)).toBe(403);
    }
    expect(readFileSync(path.join(serverRoot, 'origin.lov'), 'utf8')).toBe('modul origin\n');
  });

  it('allows the editor itself and clients without these headers', async () => {
    const allowed: Array<Record<string, string>> = [{}, { Origin: own() }, { 'Sec-Fetch-Site': 'same-origin' }, { 'Sec-Fetch-Site': 'none' }, { Origin: own(), 'Sec-Fetch-Site': 'same-origin' }];
    for (const headers of allowed) expect((await send('GET', '/api/rules', { headers })).status, JSON.stringify(headers)).toBe(200);
    const text = 'modul origin2\n';
    expect((await put('origin2.lov', text, { Origin: own(), 'Sec-Fetch-Site': 'same-origin', 'If-None-Match': '*' })).status).toBe(200);
  });
});

describe('rules API over HTTP: symbolic links', () => {
  let outside: string;
  beforeAll(() => {
    outside = mkdtempSync(path.join(tmpdir(), 'lovkode-outside-'));
    writeFileSync(path.join(outside, 'hemmelig.lov'), 'modul hemmelig\n');
    symlinkSync(path.join(outside, 'hemmelig.lov'), path.join(serverRoot, 'lenke.lov'));
    symlinkSync(outside, path.join(serverRoot, 'lenkemappe'));
    mkdirSync(path.join(serverRoot, 'inne'), { recursive: true });
    writeFileSync(path.join(serverRoot, 'inne', 'mål.lov'), 'modul mål\n');
    symlinkSync(path.join('inne', 'mål.lov'), path.join(serverRoot, 'snarvei.lov'));
  });
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('neither reads nor writes a file through a link out of the rules folder', async () => {
    const listing = (await send('GET', '/api/rules')).json() as { files: Array<{ path: string; text: string }>; unreadable: Array<{ path: string; problem: { message: string } }> };
    expect(listing.files.map((f) => f.path).filter((p) => p.startsWith('len'))).toEqual([]);
    expect(listing.unreadable.find((f) => f.path === 'lenke.lov')?.problem.message).toMatch(/peker ut av regelmappen/);
    expect(JSON.stringify(listing)).not.toContain('modul hemmelig');
    const read = await send('GET', fileTarget('lenke.lov'));
    expect(read.status).toBe(403);
    expect(read.body).not.toContain('modul hemmelig');
    const hash = contentHash('modul hemmelig\n');
    expect((await put('lenke.lov', 'modul hemmelig\n# endret\n', { 'If-Match': `"${hash}"` })).status).toBe(403);
    expect((await put('lenkemappe/hemmelig.lov', 'modul hemmelig\n# endret\n', { 'If-Match': `"${hash}"` })).status).toBe(403);
    expect((await put('lenkemappe/ny.lov', 'modul ny\n', { 'If-None-Match': '*' })).status).toBe(403);
    expect(readFileSync(path.join(outside, 'hemmelig.lov'), 'utf8')).toBe('modul hemmelig\n');
    expect(readdirSync(outside)).toEqual(['hemmelig.lov']);
  });

  it('lists a linked folder inside the rules folder under its link, and ends a loop of links', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lovkode-loop-'));
    try {
      mkdirSync(path.join(dir, 'a'));
      writeFileSync(path.join(dir, 'a', 'x.lov'), 'modul a.x\n');
      symlinkSync(dir, path.join(dir, 'a', 'tilbake'));
      symlinkSync(path.join(dir, 'a'), path.join(dir, 'b'));
      const listing = await listRuleFiles(dir);
      expect(listing.files.map((f) => f.path)).toEqual(['a/x.lov', 'b/x.lov']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows a link that stays inside the rules folder, and keeps the link', async () => {
    const listing = (await send('GET', '/api/rules')).json() as { files: Array<{ path: string; text: string }> };
    expect(listing.files.find((f) => f.path === 'snarvei.lov')?.text).toBe('modul mål\n');
    const reply = await put('snarvei.lov', 'modul mål\n# via lenken\n', { 'If-Match': `"${contentHash('modul mål\n')}"` });
    expect(reply.status).toBe(200);
    expect(readlinkSync(path.join(serverRoot, 'snarvei.lov'))).toBe(path.join('inne', 'mål.lov'));
    expect(readFileSync(path.join(serverRoot, 'inne', 'mål.lov'), 'utf8')).toBe('modul mål\n# via lenken\n');
  });
});

describe('rules API over HTTP: malformed and oversized requests', () => {
  it('answers an 11 MB save with 413, which the client receives, and writes nothing', async () => {
    const file = path.join(serverRoot, 'stor.lov');
    writeFileSync(file, 'modul stor\n');
    const huge = `modul stor\n${'# fyll\n'.repeat(Math.ceil((11 * 1024 * 1024) / 7))}`;
    const reply = await put('stor.lov', huge, { 'If-Match': `"${contentHash('modul stor\n')}"` });
    expect(reply.status).toBe(413);
    expect(reply.json()['problem']).toMatchObject({ code: 'LK1010' });
    expect(readFileSync(file, 'utf8')).toBe('modul stor\n');
    // The same with fetch, as the editor sends it.
    const fetched = await fetch(`http://127.0.0.1:${port}${fileTarget('stor.lov')}`, { method: 'PUT', body: huge, headers: { 'If-Match': `"${contentHash('modul stor\n')}"` } });
    expect(fetched.status).toBe(413);
  });

  it('never answers a malformed request target with 500', async () => {
    const targets = [
      '//%zz',
      '//',
      '/api/rules/file?path=%E0%A4%A',
      '/api/rules/file?path=%zz',
      '/api/rules/file?path=%C0%AF..%C0%AFx.lov',
      '/api/rules/file?path=a.lov%00',
      '/api/rules/file?path=..%2F..%2Fetc%2Fx.lov',
      '/api/rules/file?%zz=a.lov',
      '/api/rules/file?path',
      '/api/rules/file',
      '/api/rules?%',
      '/api/rules/file?path=%ED%A0%80.lov',
    ];
    for (const target of targets) {
      for (const method of ['GET', 'PUT']) {
        const reply = await send(method, target, { body: method === 'PUT' ? 'modul x\n' : undefined, headers: { 'If-None-Match': '*' } });
        expect(reply.status, `${method} ${target}: ${reply.body}`).toBeLessThan(500);
        expect(reply.body).not.toContain('\ufffd');
      }
    }
    expect(readdirSync(serverRoot).filter((name) => name.includes('\ufffd'))).toEqual([]);
  });
});
