// Minimal VS Code client for `skj lsp`: starts the server of the workspace's skj for YAML files.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function serverCommand() {
  const configured = vscode.workspace.getConfiguration('skj').get('command') ?? [];
  if (configured.length) return { command: configured[0], args: configured.slice(1) };
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'skj.cmd' : 'skj');
    if (existsSync(local)) return { command: local, args: ['lsp'] };
  }
  return { command: 'skj', args: ['lsp'] };
}

exports.activate = function activate() {
  const { command, args } = serverCommand();
  const server = { command, args, transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
  client = new LanguageClient('skj', 'skj', { run: server, debug: server }, {
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    initializationOptions: { debounce: vscode.workspace.getConfiguration('skj').get('debounce') },
  });
  return client.start();
};

exports.deactivate = function deactivate() {
  return client?.stop();
};
