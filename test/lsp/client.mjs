// A real LSP client over stdio: spawns the built `node bin/skj.js lsp` and talks JSON-RPC to it.
// Shared by the tests (test/lsp/*.test.ts) and the benchmark (test/bench/lsp.mjs), so it is plain
// JavaScript (the benchmark runs on node without a TypeScript loader); its types are in client.d.mts.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export const ROOT = resolve(import.meta.dirname, '../..');
export const uriOf = (abs) => pathToFileURL(abs).href;

export async function startClient(options = {}) {
  const cwd = options.cwd ?? ROOT;
  const child = spawn(process.execPath, [resolve(ROOT, 'bin/skj.js'), ...(options.args ?? []), 'lsp', '--stdio'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['pipe', 'pipe', options.stderr ?? 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (b) => (stderr += String(b)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const latest = new Map();
  const waiters = [];
  const messages = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    latest.set(p.uri, p.diagnostics);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && (w.version === undefined || p.version === undefined || p.version >= w.version) && w.ok(p.diagnostics)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p.diagnostics);
      }
    }
  });
  connection.onNotification('window/showMessage', (m) => messages.push(m));
  connection.onNotification('window/logMessage', () => {});
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uriOf(options.root ?? cwd),
    locale: options.locale,
    capabilities: options.capabilities ?? { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const versions = new Map();

  // The next diagnostics published for a file (at `version` or later), waited for before `send`.
  const next = (abs, send, version) =>
    new Promise((res) => {
      waiters.push({ uri: uriOf(abs), version, ok: () => true, resolve: res });
      void send?.();
    });
  const client = {
    connection,
    process: child,
    initialize,
    messages,
    stderr: () => stderr,
    open: (abs, text) => {
      versions.set(abs, 1);
      return next(
        abs,
        () =>
          connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uriOf(abs), languageId: 'yaml', version: 1, text: text ?? readFileSync(abs, 'utf8') },
          }),
        1,
      );
    },
    change: (abs, text) => {
      const version = (versions.get(abs) ?? 1) + 1;
      versions.set(abs, version);
      return next(abs, () => connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uriOf(abs), version }, contentChanges: [{ text }] }), version);
    },
    save: async (abs) => {
      await connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: uriOf(abs) } });
    },
    close: (abs) => {
      versions.delete(abs);
      return next(abs, () => connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriOf(abs) } }));
    },
    nextDiagnostics: (abs, after) => next(abs, after),
    diagnosticsWhen: (abs, ok, ms = 10000) => {
      const have = latest.get(uriOf(abs));
      if (have && ok(have)) return Promise.resolve(have);
      return new Promise((res) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          res(latest.get(uriOf(abs)) ?? []);
        }, ms);
        const w = {
          uri: uriOf(abs),
          ok,
          resolve: (d) => {
            clearTimeout(timer); // a pending timer would keep the benchmark's process alive
            res(d);
          },
        };
        waiters.push(w);
      });
    },
    stats: (gc = false) => connection.sendRequest('skj/stats', { gc }),
    passSettled: async (after = -1) => {
      for (;;) {
        const s = await client.stats();
        if (s.passesRunning === 0 && s.passesDone > after) return s;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    shutdown: async () => {
      const exited = new Promise((res) => child.once('exit', (code) => res(code)));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
  return client;
}
