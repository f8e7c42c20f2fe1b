/** Monaco's language features for `lovkode`, each answered by the language worker. */
import type { RangeData, SymbolData } from '../shared/protocol';
import type { App } from './app';
import { LANGUAGE_ID, monaco, pathOf, uriOf } from './monaco';

function toRange(r: RangeData): monaco.IRange {
  return { startLineNumber: r.line, startColumn: r.column, endLineNumber: r.endLine, endColumn: r.endColumn };
}

const completionKinds: Record<string, monaco.languages.CompletionItemKind> = {
  keyword: monaco.languages.CompletionItemKind.Keyword,
  rule: monaco.languages.CompletionItemKind.Function,
  table: monaco.languages.CompletionItemKind.Struct,
  discretion: monaco.languages.CompletionItemKind.Value,
  input: monaco.languages.CompletionItemKind.Field,
  enum: monaco.languages.CompletionItemKind.Enum,
  'enum-member': monaco.languages.CompletionItemKind.EnumMember,
  record: monaco.languages.CompletionItemKind.Class,
  field: monaco.languages.CompletionItemKind.Field,
  source: monaco.languages.CompletionItemKind.Reference,
  function: monaco.languages.CompletionItemKind.Function,
  type: monaco.languages.CompletionItemKind.TypeParameter,
  variable: monaco.languages.CompletionItemKind.Variable,
  module: monaco.languages.CompletionItemKind.Module,
};

const symbolKinds: Record<string, monaco.languages.SymbolKind> = {
  module: monaco.languages.SymbolKind.Module,
  source: monaco.languages.SymbolKind.String,
  assumption: monaco.languages.SymbolKind.Key,
  enum: monaco.languages.SymbolKind.Enum,
  'enum-member': monaco.languages.SymbolKind.EnumMember,
  record: monaco.languages.SymbolKind.Struct,
  field: monaco.languages.SymbolKind.Field,
  input: monaco.languages.SymbolKind.Field,
  output: monaco.languages.SymbolKind.Interface,
  table: monaco.languages.SymbolKind.Array,
  rule: monaco.languages.SymbolKind.Function,
  exception: monaco.languages.SymbolKind.Event,
  discretion: monaco.languages.SymbolKind.Variable,
  test: monaco.languages.SymbolKind.Method,
  broken: monaco.languages.SymbolKind.Null,
};

function toSymbol(s: SymbolData): monaco.languages.DocumentSymbol {
  return {
    name: s.name,
    detail: s.detail,
    kind: symbolKinds[s.kind] ?? monaco.languages.SymbolKind.Object,
    tags: [],
    range: toRange(s.range),
    selectionRange: toRange(s.selectionRange),
    children: s.children.map(toSymbol),
  };
}

export function registerProviders(app: App): void {
  const client = app.client;
  const pathFor = (model: monaco.editor.ITextModel) => pathOf(model.uri);
  const pos = (p: monaco.Position) => ({ line: p.lineNumber, column: p.column });

  monaco.languages.registerCompletionItemProvider(LANGUAGE_ID, {
    triggerCharacters: ['.'],
    async provideCompletionItems(model, position) {
      const path = pathFor(model);
      if (!path) return { suggestions: [] };
      const items = await client.call('complete', path, pos(position));
      const word = model.getWordUntilPosition(position);
      const range = { startLineNumber: position.lineNumber, startColumn: word.startColumn, endLineNumber: position.lineNumber, endColumn: word.endColumn };
      return {
        suggestions: items.map((item, i) => ({
          label: { label: item.label, ...(item.detail ? { description: item.detail } : {}) },
          kind: completionKinds[item.kind] ?? monaco.languages.CompletionItemKind.Text,
          insertText: item.insertText ?? item.label,
          ...(item.documentation ? { documentation: { value: item.documentation } } : {}),
          ...(item.detail ? { detail: item.detail } : {}),
          sortText: String(i).padStart(4, '0'),
          range,
        })),
      };
    },
  });

  monaco.languages.registerHoverProvider(LANGUAGE_ID, {
    async provideHover(model, position) {
      const path = pathFor(model);
      if (!path) return null;
      const result = await client.call('hover', path, pos(position));
      if (!result) return null;
      return { contents: [{ value: result.contents, isTrusted: false, supportThemeIcons: false }], range: toRange(result.range) };
    },
  });

  monaco.languages.registerDefinitionProvider(LANGUAGE_ID, {
    async provideDefinition(model, position) {
      const path = pathFor(model);
      if (!path) return null;
      const location = await client.call('definition', path, pos(position));
      return location ? { uri: uriOf(location.path), range: toRange(location) } : null;
    },
  });

  monaco.languages.registerReferenceProvider(LANGUAGE_ID, {
    async provideReferences(model, position) {
      const path = pathFor(model);
      if (!path) return [];
      const locations = await client.call('references', path, pos(position));
      return locations.map((l) => ({ uri: uriOf(l.path), range: toRange(l) }));
    },
  });

  monaco.languages.registerDocumentSymbolProvider(LANGUAGE_ID, {
    displayName: 'Lovkode',
    async provideDocumentSymbols(model) {
      const path = pathFor(model);
      if (!path) return [];
      return (await client.call('symbols', path)).map(toSymbol);
    },
  });

  monaco.languages.registerDocumentFormattingEditProvider(LANGUAGE_ID, {
    displayName: 'Lovkode',
    async provideDocumentFormattingEdits(model) {
      const path = pathFor(model);
      if (!path) return [];
      const formatted = await client.call('format', path);
      if (formatted === undefined) {
        const hasSyntaxErrors = app.diagnosticsOf(path).some((d) => d.code.startsWith('LK1'));
        if (hasSyntaxErrors) app.notice('Filen har syntaksfeil og formateres ikke før de er rettet.', 'warning');
        return [];
      }
      return [{ range: model.getFullModelRange(), text: formatted }];
    },
  });

  monaco.languages.registerRenameProvider(LANGUAGE_ID, {
    async resolveRenameLocation(model, position) {
      const path = pathFor(model);
      if (!path) return { range: new monaco.Range(1, 1, 1, 1), text: '', rejectReason: 'Ukjent fil' };
      const target = await client.call('renameTarget', path, pos(position));
      if ('error' in target) return { range: new monaco.Range(position.lineNumber, position.column, position.lineNumber, position.column), text: '', rejectReason: target.error };
      return { range: toRange(target.range), text: target.text };
    },
    async provideRenameEdits(model, position, newName) {
      const path = pathFor(model);
      if (!path) return { edits: [], rejectReason: 'Ukjent fil' };
      // The versions the edits were computed from: Monaco applies none of them when a file changed
      // meanwhile (the same rule as `App.textsAt`) and says the rename failed.
      const result = await client.call('rename', path, pos(position), newName);
      if ('error' in result) return { edits: [], rejectReason: result.error };
      const before = new Map<string, string>();
      for (const e of result.edits) if (!before.has(e.path)) before.set(e.path, app.docs.get(e.path)?.model.getValue() ?? '');
      const word = model.getWordAtPosition(position)?.word ?? '';
      app.renamed(word, newName, before);
      return {
        edits: result.edits.map((e) => ({ resource: uriOf(e.path), textEdit: { range: toRange(e.range), text: e.newText }, versionId: result.versions[e.path] })),
      };
    },
  });
}
