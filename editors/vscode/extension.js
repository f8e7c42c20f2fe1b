// The VS Code client of `lovkode lsp`: starts the language server for the workspace folder
// and lets VS Code show its diagnostics, hovers, completions, definitions, references,
// renames, outline and formatting. The server does all the work (packages/cli/src/lsp).
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.cwd();
  const [command, ...args] = vscode.workspace.getConfiguration('lovkode').get('server.command');
  const executable = { command, args, options: { cwd: folder }, transport: TransportKind.stdio };
  client = new LanguageClient('lovkode', 'Lovkode', { run: executable, debug: executable }, { documentSelector: [{ language: 'lovkode' }] });
  context.subscriptions.push({ dispose: () => client?.stop() });
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
