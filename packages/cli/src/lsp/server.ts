/**
 * `lovkode lsp`: the rule language over the Language Server Protocol (stdio), for editors
 * such as VS Code. It serves what the browser editor's worker serves, from the same
 * DOM-free services of `@lovkode/dsl`: diagnostics with their LK codes, hover, completion,
 * go to definition, references, rename, document symbols and formatting.
 *
 * The rule set is every `.lov` file under the workspace folder (read from disk when the
 * client starts the server), with the documents the client has open in place of their
 * files on disk. Paths are relative to the workspace folder, as the CLI shows them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  complete,
  decodeRuleFile,
  definition,
  documentSymbols,
  format,
  hover,
  references,
  rename,
  ServiceSession,
  Workspace,
  type CompletionKind,
  type Diagnostic,
  type DocumentSymbol,
  type DocumentSymbolKind,
  type Range,
} from '@lovkode/dsl';
import {
  CompletionItemKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  SymbolKind,
  TextDocumentSyncKind,
  type Connection,
  type DocumentSymbol as LspDocumentSymbol,
  type InitializeParams,
  type InitializeResult,
  type Position as LspPosition,
  type Range as LspRange,
} from 'vscode-languageserver/node.js';
import { lovFilesUnder } from '../files/rule-files.js';
import { diagnosticHelpUri } from '../cli/report-formats.js';
import { version } from '../version.js';

/** Starts the server on standard input and output; resolves when the client says `exit`. */
export function startLanguageServer(): Promise<void> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const server = new RuleLanguageServer(connection);
  server.listen();
  return new Promise((resolve) => connection.onExit(() => resolve()));
}

/** Waits this long after the last edit before checking the rule set again. */
const checkDelayMs = 100;

class RuleLanguageServer {
  private readonly workspace = new Workspace();
  private root = process.cwd();
  /** Paths of the documents the client has open: their text is the client's, not the disk's. */
  private readonly open = new Set<string>();
  /** Paths that were last published with diagnostics (so a fixed file gets an empty list). */
  private published = new Set<string>();
  private pending: NodeJS.Timeout | undefined;
  /** The current check of the workspace and what the services derive from it; dropped at every change. */
  private current: ServiceSession | undefined;

  constructor(private readonly connection: Connection) {}

  listen(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => void this.loadFolder());
    c.onDidOpenTextDocument(({ textDocument }) => {
      const path = this.inFolder(textDocument.uri);
      if (path === undefined) return;
      this.open.add(path);
      this.edit(path, textDocument.text);
    });
    c.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const path = this.inFolder(textDocument.uri);
      if (path === undefined) return;
      // Whole texts, or ranged edits applied in order (clients may send either).
      let text = this.workspace.text(path) ?? '';
      for (const change of contentChanges) text = 'range' in change ? applyEdit(text, change.range, change.text) : change.text;
      this.edit(path, text);
    });
    // A closed document is its file on disk again.
    c.onDidCloseTextDocument(({ textDocument }) => {
      const path = this.inFolder(textDocument.uri);
      if (path === undefined) return;
      this.open.delete(path);
      void this.reload(path);
    });
    c.onHover(({ textDocument, position }) => {
      const path = this.inFolder(textDocument.uri);
      const found = path === undefined ? undefined : hover(this.session(), path, positionIn(position));
      return found ? { contents: { kind: 'markdown', value: found.contents }, range: lspRange(found.range) } : null;
    });
    c.onCompletion(({ textDocument, position }) =>
      this.at(textDocument.uri, (path) => complete(this.session(), path, positionIn(position))).map((item) => ({
        label: item.label,
        kind: completionKinds[item.kind],
        ...(item.detail ? { detail: item.detail } : {}),
        ...(item.documentation ? { documentation: { kind: 'markdown' as const, value: item.documentation } } : {}),
        ...(item.insertText ? { insertText: item.insertText } : {}),
      })),
    );
    c.onDefinition(({ textDocument, position }) => {
      const path = this.inFolder(textDocument.uri);
      const found = path === undefined ? undefined : definition(this.session(), path, positionIn(position));
      return found ? { uri: this.uriOf(found.path), range: lspRange(found) } : null;
    });
    c.onReferences(({ textDocument, position }) =>
      this.at(textDocument.uri, (path) => references(this.session(), path, positionIn(position))).map((found) => ({ uri: this.uriOf(found.path), range: lspRange(found) })),
    );
    c.onRenameRequest(({ textDocument, position, newName }) => {
      const path = this.inFolder(textDocument.uri);
      if (path === undefined) throw new Error('Filen hører ikke til regelsettet i arbeidsmappen');
      const result = rename(this.session(), path, positionIn(position), newName);
      if ('error' in result) throw new Error(result.error);
      const changes: Record<string, Array<{ range: LspRange; newText: string }>> = {};
      for (const edit of result.edits) (changes[this.uriOf(edit.path)] ??= []).push({ range: lspRange(edit.range), newText: edit.newText });
      return { changes };
    });
    c.onDocumentSymbol(({ textDocument }) => this.at(textDocument.uri, (path) => documentSymbols(this.session(), path)).map(lspSymbol));
    c.onDocumentFormatting(({ textDocument }) => {
      const path = this.inFolder(textDocument.uri);
      const text = path === undefined ? undefined : this.workspace.text(path);
      if (text === undefined) return [];
      const formatted = format(text, path as string);
      return formatted === text ? [] : [{ range: { start: { line: 0, character: 0 }, end: endOf(text) }, newText: formatted }];
    });
    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder) this.root = fileURLToPath(folder);
    return {
      serverInfo: { name: 'lovkode', version },
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['.', '(', '{', ' '] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: true,
        documentSymbolProvider: true,
        documentFormattingProvider: true,
      },
    };
  }

  /** Reads every `.lov` file under the workspace folder that the client has not opened. */
  private async loadFolder(): Promise<void> {
    // The same files `lovkode check` reads in the folder; one that cannot be read is left out.
    for (const file of await lovFilesUnder(this.root, () => [])) {
      const relative = this.relative(file);
      const bytes = await readFile(file);
      // Checked after the read: a document opened meanwhile is the client's text, not the disk's.
      if (this.open.has(relative)) continue;
      const decoded = decodeRuleFile(bytes, relative);
      // A file that is not UTF-8 is left out; an open document of it shows the problem.
      if (decoded.ok) this.workspace.set(relative, decoded.text);
    }
    this.schedule();
  }

  private async reload(relative: string): Promise<void> {
    try {
      const bytes = await readFile(path.resolve(this.root, relative));
      if (this.open.has(relative)) return;
      const decoded = decodeRuleFile(bytes, relative);
      if (decoded.ok) this.workspace.set(relative, decoded.text);
      else this.workspace.delete(relative);
    } catch {
      if (!this.open.has(relative)) this.workspace.delete(relative);
    }
    this.schedule();
  }

  private edit(relative: string, text: string): void {
    this.workspace.set(relative, text);
    this.current = undefined;
    this.schedule();
  }

  private schedule(): void {
    this.current = undefined;
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      void this.publish();
    }, checkDelayMs);
  }

  private session(): ServiceSession {
    this.current ??= new ServiceSession(this.workspace.check());
    return this.current;
  }

  /** Publishes every file's diagnostics, and an empty list for a file that had some and has none now. */
  private async publish(): Promise<void> {
    const byPath = new Map<string, Diagnostic[]>();
    for (const d of this.session().result.diagnostics) {
      if (d.file === '') continue;
      const list = byPath.get(d.file) ?? [];
      list.push(d);
      byPath.set(d.file, list);
    }
    for (const path of this.published) if (!byPath.has(path)) byPath.set(path, []);
    this.published = new Set([...byPath].filter(([, list]) => list.length > 0).map(([path]) => path));
    for (const [path, list] of byPath) await this.connection.sendDiagnostics({ uri: this.uriOf(path), diagnostics: list.map(lspDiagnostic) });
  }

  /**
   * The path of a document in the rule set, or undefined for one that is not part of it: not
   * a file (an unsaved `untitled:` buffer), or a file outside the workspace folder.
   */
  private inFolder(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const relative = this.relative(fileURLToPath(uri));
    return relative.startsWith('../') || path.isAbsolute(relative) ? undefined : relative;
  }

  /** A request's answer for a document in the rule set; nothing for one outside it. */
  private at<T>(uri: string, answer: (path: string) => T[]): T[] {
    const path = this.inFolder(uri);
    return path === undefined ? [] : answer(path);
  }

  private relative(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/');
  }

  private uriOf(relative: string): string {
    return pathToFileURL(path.resolve(this.root, relative)).href;
  }
}

// ─── Positions: the services count from 1, the protocol from 0 (both in UTF-16 code units) ───

function positionIn(position: LspPosition): { line: number; column: number } {
  return { line: position.line + 1, column: position.character + 1 };
}

function lspRange(range: Range): LspRange {
  return { start: { line: range.line - 1, character: range.column - 1 }, end: { line: range.endLine - 1, character: range.endColumn - 1 } };
}

/** The text with `range` (lines and UTF-16 characters from 0) replaced by `newText`. */
function applyEdit(text: string, range: LspRange, newText: string): string {
  return text.slice(0, offsetOf(text, range.start)) + newText + text.slice(offsetOf(text, range.end));
}

function offsetOf(text: string, position: LspPosition): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  return Math.min(offset + position.character, lineEnd < 0 ? text.length : lineEnd);
}

function endOf(text: string): LspPosition {
  const lines = text.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: (lines[lines.length - 1] as string).length };
}

function lspDiagnostic(d: Diagnostic) {
  return {
    range: lspRange(d),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    codeDescription: { href: diagnosticHelpUri(d.code) },
    source: 'lovkode',
    message: `${d.message}${d.hint ? ` (${d.hint})` : ''}`,
  };
}

const completionKinds: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  rule: CompletionItemKind.Function,
  table: CompletionItemKind.Struct,
  discretion: CompletionItemKind.Variable,
  input: CompletionItemKind.Field,
  enum: CompletionItemKind.Enum,
  'enum-member': CompletionItemKind.EnumMember,
  record: CompletionItemKind.Class,
  field: CompletionItemKind.Field,
  source: CompletionItemKind.Reference,
  function: CompletionItemKind.Function,
  type: CompletionItemKind.TypeParameter,
  variable: CompletionItemKind.Variable,
  module: CompletionItemKind.Module,
};

const symbolKinds: Record<DocumentSymbolKind, SymbolKind> = {
  module: SymbolKind.Module,
  source: SymbolKind.Constant,
  assumption: SymbolKind.Constant,
  enum: SymbolKind.Enum,
  'enum-member': SymbolKind.EnumMember,
  record: SymbolKind.Struct,
  field: SymbolKind.Field,
  input: SymbolKind.Field,
  output: SymbolKind.Property,
  table: SymbolKind.Array,
  rule: SymbolKind.Function,
  exception: SymbolKind.Event,
  discretion: SymbolKind.Variable,
  test: SymbolKind.Method,
  broken: SymbolKind.Null,
};

function lspSymbol(symbol: DocumentSymbol): LspDocumentSymbol {
  return {
    name: symbol.name,
    kind: symbolKinds[symbol.kind],
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    range: lspRange(symbol.range),
    selectionRange: lspRange(symbol.selectionRange),
    children: symbol.children.map(lspSymbol),
  };
}
