/**
 * Monaco, as the editor uses it: the editor core with only the contributions a rule author
 * needs (no bundled languages, no TypeScript/JSON/CSS/HTML workers), its own editor worker
 * through Vite's `?worker`, and the `lovkode` language with the generated Monarch tokenizer.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget';
import 'monaco-editor/editor/browser/widget/diffEditor/diffEditor.contribution';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/caretOperations/browser/caretOperations';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo';
import 'monaco-editor/editor/contrib/documentSymbols/browser/documentSymbols';
import 'monaco-editor/features/find/register';
import 'monaco-editor/editor/contrib/folding/browser/folding';
import 'monaco-editor/editor/contrib/format/browser/formatActions';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/gotoError/browser/markerSelectionStatus';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/link/goToDefinitionAtPosition';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/indentation/browser/indentation';
import 'monaco-editor/editor/contrib/inlineProgress/browser/inlineProgress';
import 'monaco-editor/editor/contrib/lineSelection/browser/lineSelection';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations';
import 'monaco-editor/editor/contrib/links/browser/links';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor';
import 'monaco-editor/editor/contrib/readOnlyMessage/browser/contribution';
import 'monaco-editor/editor/contrib/rename/browser/rename';
import 'monaco-editor/editor/contrib/smartSelect/browser/smartSelect';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/tokenization/browser/tokenization';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations';
import 'monaco-editor/editor/contrib/wordPartOperations/browser/wordPartOperations';
import 'monaco-editor/editor/standalone/browser/quickAccess/standaloneCommandsQuickAccess';
import 'monaco-editor/editor/standalone/browser/quickAccess/standaloneGotoLineQuickAccess';
import 'monaco-editor/editor/standalone/browser/quickAccess/standaloneGotoSymbolQuickAccess';
import 'monaco-editor/editor/standalone/browser/quickAccess/standaloneHelpQuickAccess';
import 'monaco-editor/editor/standalone/browser/referenceSearch/standaloneReferenceSearch';
import { monarch } from '../../generated/monarch';

export { monaco };

export const LANGUAGE_ID = 'lovkode';
export const THEME = 'lovkode-lys';

const letters = 'A-Za-z_æøåÆØÅéèüöäÉÈÜÖÄ';

let configured = false;

export function setupMonaco(): void {
  if (configured) return;
  configured = true;
  (self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: () => new EditorWorker(),
  };
  monaco.languages.register({ id: LANGUAGE_ID, extensions: ['.lov'], aliases: ['Lovkode', 'lovkode'] });
  monaco.languages.setMonarchTokensProvider(LANGUAGE_ID, monarch);
  monaco.languages.setLanguageConfiguration(LANGUAGE_ID, {
    comments: { lineComment: '#' },
    brackets: [
      ['(', ')'],
      ['[', ']'],
      ['{', '}'],
    ],
    autoClosingPairs: [
      { open: '(', close: ')' },
      { open: '[', close: ']' },
      { open: '{', close: '}' },
      { open: '"', close: '"', notIn: ['string', 'comment'] },
    ],
    surroundingPairs: [
      { open: '(', close: ')' },
      { open: '[', close: ']' },
      { open: '{', close: '}' },
      { open: '"', close: '"' },
    ],
    wordPattern: new RegExp(`[${letters}][${letters}0-9]*|-?\\d[\\d ]*(?:,\\d+)?`),
    indentationRules: {
      increaseIndentPattern: /^(regel|skjønn|tabell|test|antakelse|inndata|type)\b.*$/,
      decreaseIndentPattern: /^\S/,
    },
    onEnterRules: [
      { beforeText: /^(regel|skjønn|tabell|test|antakelse)\b.*$/, action: { indentAction: monaco.languages.IndentAction.Indent } },
    ],
  });
  monaco.editor.defineTheme(THEME, {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'keyword.declaration', foreground: '1d4e89', fontStyle: 'bold' },
      { token: 'keyword', foreground: '1d4e89' },
      { token: 'comment.doccomment', foreground: '5b6b4f', fontStyle: 'italic' },
      { token: 'comment', foreground: '7a7a7a', fontStyle: 'italic' },
      { token: 'string', foreground: '8a4b08' },
      { token: 'string.unterminatedtext', foreground: 'b3261e' },
      { token: 'number', foreground: '0b6e4f' },
      { token: 'date', foreground: '6b3fa0' },
      { token: 'link', foreground: '2c6fb7', fontStyle: 'underline' },
      { token: 'operator', foreground: '444444' },
      { token: 'delimiter', foreground: '888888' },
      { token: 'identifier', foreground: '1f2328' },
      { token: 'invalid', foreground: 'b3261e' },
    ],
    colors: {
      'editor.background': '#fdfcf9',
      'editorLineNumber.foreground': '#b0aca2',
      'editorLineNumber.activeForeground': '#5c5850',
      'editor.lineHighlightBackground': '#f4f1ea',
      'editorIndentGuide.background1': '#ece8de',
    },
  });
}

export function uriOf(path: string): monaco.Uri {
  return monaco.Uri.from({ scheme: 'lovkode', path: `/${path}` });
}

export function pathOf(uri: monaco.Uri): string | undefined {
  if (uri.scheme !== 'lovkode') return undefined;
  return uri.path.replace(/^\//, '');
}
