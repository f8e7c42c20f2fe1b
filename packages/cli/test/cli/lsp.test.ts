/**
 * `lovkode lsp` (issue 17, item 2): a client process speaks the Language Server Protocol to
 * the real command over stdio — initialize, open a broken file, receive its diagnostics with
 * the LK code; then hover, go to definition, rename, document symbols and formatting.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lovkode, root, tempDir } from './lovkode';

const timeout = 60_000;
const temp = tempDir();

/** A minimal LSP client: Content-Length framing, requests by id, notifications by method. */
class Client {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  private readonly notifications: Array<{ method: string; params: unknown }> = [];
  private readonly listeners = new Set<() => boolean>();

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && this.waiting.has(message.id)) {
        this.waiting.get(message.id)?.(message);
        this.waiting.delete(message.id);
      } else if (message.method) {
        this.notifications.push({ method: message.method, params: message.params });
        // A listener that took its notification stops listening, so it cannot take a later one.
        for (const listener of [...this.listeners]) if (listener()) this.listeners.delete(listener);
      }
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (message) => (message.error ? reject(new Error(message.error.message)) : resolve(message.result as T)));
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next notification of `method` for which `accept` holds (including one already received). */
  notification<T>(method: string, accept: (params: T) => boolean): Promise<T> {
    return new Promise((resolve) => {
      const look = () => {
        const found = this.notifications.find((n) => n.method === method && accept(n.params as T));
        if (!found) return false;
        this.notifications.splice(this.notifications.indexOf(found), 1);
        resolve(found.params as T);
        return true;
      };
      if (!look()) this.listeners.add(look);
    });
  }
}

interface PublishDiagnostics {
  readonly uri: string;
  readonly diagnostics: ReadonlyArray<{ code: string; message: string; range: { start: { line: number; character: number } }; codeDescription?: { href: string } }>;
}

const base = `modul lsp.grunn

kilde k "Kilde"

regel grunnbeløp: beløp  (kilde k)
  = 100 kr
`;
const broken = `modul lsp.bruker
bruk lsp.grunn

kilde k "Kilde"

regel dobbelt: beløp  (kilde k)
  = grunnbeløp * 2 + ukjent_navn
`;

let child: ChildProcessWithoutNullStreams;
let client: Client;
const folder = path.join(temp.dir, 'regler');
const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'grunn.lov'), base);
  writeFileSync(path.join(folder, 'bruker.lov'), broken);
  // The launcher bundles the CLI on first use; do it before the protocol starts.
  await lovkode(['--version']);
  child = spawn(process.execPath, [path.join(root, 'packages/cli/bin/lovkode.mjs'), 'lsp', '--stdio'], { cwd: temp.dir, stdio: ['pipe', 'pipe', 'pipe'] });
  client = new Client(child);
  const init = await client.request<{ capabilities: Record<string, unknown>; serverInfo: { name: string } }>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'regler' }],
  });
  expect(init.serverInfo.name).toBe('lovkode');
  expect(init.capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true, renameProvider: true, documentFormattingProvider: true });
  client.notify('initialized', {});
}, timeout);

afterAll(async () => {
  if (client) {
    await client.request('shutdown', null).catch(() => undefined);
    client.notify('exit', null);
  }
  child?.kill();
  temp.remove();
});

describe('lovkode lsp', () => {
  it('publishes the diagnostics of a broken file with its LK code and a link to its documentation', { timeout }, async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: uri('bruker.lov'), languageId: 'lovkode', version: 1, text: broken } });
    const published = await client.notification<PublishDiagnostics>('textDocument/publishDiagnostics', (p) => p.uri === uri('bruker.lov') && p.diagnostics.length > 0);
    expect(published.diagnostics).toEqual([
      expect.objectContaining({
        code: 'LK2001',
        message: expect.stringContaining('Ukjent navn «ukjent_navn»'),
        range: { start: { line: 6, character: 21 }, end: { line: 6, character: 32 } },
        codeDescription: { href: 'https://lovkode.no/docs/diagnostics.md#lk2001--ukjent-navn' },
      }),
    ]);
  });

  it('clears the diagnostics when the open document is fixed', { timeout }, async () => {
    client.notify('textDocument/didChange', { textDocument: { uri: uri('bruker.lov'), version: 2 }, contentChanges: [{ text: broken.replace(' + ukjent_navn', '') }] });
    const cleared = await client.notification<PublishDiagnostics>('textDocument/publishDiagnostics', (p) => p.uri === uri('bruker.lov') && p.diagnostics.length === 0);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('hovers, goes to the definition in the other file, and renames across files', { timeout }, async () => {
    const at = { textDocument: { uri: uri('bruker.lov') }, position: { line: 6, character: 5 } };
    const found = await client.request<{ contents: { value: string } }>('textDocument/hover', at);
    expect(found.contents.value).toContain('grunnbeløp');
    const definition = await client.request<{ uri: string; range: { start: { line: number } } }>('textDocument/definition', at);
    expect(definition).toMatchObject({ uri: uri('grunn.lov'), range: { start: { line: 4 } } });
    const edit = await client.request<{ changes: Record<string, unknown[]> }>('textDocument/rename', { ...at, newName: 'grunnsats' });
    expect(Object.keys(edit.changes).sort()).toEqual([uri('bruker.lov'), uri('grunn.lov')].sort());
  });

  it('applies ranged (incremental) edits, and formats the edited text, not the old one', { timeout }, async () => {
    // The document is `broken` without «+ ukjent_navn» now; replace «2» on line 7 by «zz».
    client.notify('textDocument/didChange', {
      textDocument: { uri: uri('bruker.lov'), version: 10 },
      contentChanges: [{ range: { start: { line: 6, character: 17 }, end: { line: 6, character: 18 } }, text: 'zz' }],
    });
    const published = await client.notification<PublishDiagnostics>('textDocument/publishDiagnostics', (p) => p.uri === uri('bruker.lov') && p.diagnostics.length > 0);
    expect(published.diagnostics[0]).toMatchObject({ code: 'LK2001', message: expect.stringContaining('«zz»') });
    const edits = await client.request<Array<{ newText: string }>>('textDocument/formatting', { textDocument: { uri: uri('bruker.lov') }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits.map((e) => e.newText).join('')).not.toContain('grunnbeløp * 2\n');
    // Back to a clean text for the next test.
    client.notify('textDocument/didChange', { textDocument: { uri: uri('bruker.lov'), version: 11 }, contentChanges: [{ text: broken.replace(' + ukjent_navn', '') }] });
    await client.notification<PublishDiagnostics>('textDocument/publishDiagnostics', (p) => p.uri === uri('bruker.lov') && p.diagnostics.length === 0);
  });

  it('keeps documents that are not files of the workspace folder out of the rule set', { timeout }, async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'lovkode', version: 1, text: 'modul lsp.grunn\n' } });
    const outside = pathToFileURL(path.join(temp.dir, 'annet', 'x.lov')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri: outside, languageId: 'lovkode', version: 1, text: 'modul lsp.grunn\n' } });
    expect(await client.request('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 0, character: 1 } })).toBeNull();
    // No «module declared twice» in the workspace: the outside documents are not part of it.
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: outside } });
    expect(symbols).toEqual([]);
    const definition = await client.request<{ uri: string }>('textDocument/definition', { textDocument: { uri: uri('bruker.lov') }, position: { line: 6, character: 5 } });
    expect(definition.uri).toBe(uri('grunn.lov'));
  });

  it('lists the document symbols and formats the document', { timeout }, async () => {
    const symbols = await client.request<Array<{ name: string; children?: Array<{ name: string }> }>>('textDocument/documentSymbol', { textDocument: { uri: uri('bruker.lov') } });
    expect(symbols.map((s) => s.name)).toEqual(['lsp.bruker']);
    expect(symbols[0]?.children?.map((s) => s.name)).toEqual(expect.arrayContaining(['k', 'dobbelt']));
    client.notify('textDocument/didChange', { textDocument: { uri: uri('bruker.lov'), version: 3 }, contentChanges: [{ text: broken.replace('  = grunnbeløp * 2 + ukjent_navn', '  =   grunnbeløp*2') }] });
    const edits = await client.request<Array<{ newText: string }>>('textDocument/formatting', { textDocument: { uri: uri('bruker.lov') }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits).toHaveLength(1);
    expect(edits[0]?.newText).toContain('  = grunnbeløp * 2\n');
  });
});
