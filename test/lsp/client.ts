// A real LSP client over stdio: spawns the built `node bin/skj.js lsp` and talks JSON-RPC to it.
import { spawn, type ChildProcess } from 'node:child_process';
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
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const ROOT = resolve(import.meta.dirname, '../..');
export const uriOf = (abs: string) => pathToFileURL(abs).href;

export interface Client {
  connection: ProtocolConnection;
  process: ChildProcess;
  initialize: InitializeResult;
  messages: { type: number; message: string }[];
  stderr: () => string;
  open(abs: string, text?: string): Promise<Diagnostic[]>;
  change(abs: string, text: string): Promise<Diagnostic[]>;
  save(abs: string): Promise<void>;
  close(abs: string): Promise<Diagnostic[]>;
  /** The next diagnostics published for a file (after `after` resolves). */
  nextDiagnostics(abs: string, after?: () => unknown): Promise<Diagnostic[]>;
  /** Diagnostics published for a file that satisfy a condition (waits for them; after `ms`, the latest). */
  diagnosticsWhen(abs: string, ok: (d: Diagnostic[]) => boolean, ms?: number): Promise<Diagnostic[]>;
  shutdown(): Promise<number | null>;
}

export async function startClient(options: { env?: Record<string, string>; locale?: string; args?: string[]; initializationOptions?: unknown } = {}): Promise<Client> {
  const child = spawn(process.execPath, [resolve(ROOT, 'bin/skj.js'), ...(options.args ?? []), 'lsp', '--stdio'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (b) => (stderr += String(b)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, Diagnostic[]>();
  const waiters: { uri: string; ok: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  const messages: Client['messages'] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p.diagnostics);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.ok(p.diagnostics)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p.diagnostics);
      }
    }
  });
  connection.onNotification('window/showMessage', (m: { type: number; message: string }) => {
    messages.push(m);
  });
  connection.onNotification('window/logMessage', () => {});
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uriOf(ROOT),
    locale: options.locale,
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const versions = new Map<string, number>();

  const next = (abs: string, after?: () => unknown) =>
    new Promise<Diagnostic[]>((res) => {
      waiters.push({ uri: uriOf(abs), ok: () => true, resolve: res });
      void after?.();
    });
  const client: Client = {
    connection,
    process: child,
    initialize,
    messages,
    stderr: () => stderr,
    open: (abs, text) =>
      next(abs, () => {
        versions.set(abs, 1);
        return connection.sendNotification(DidOpenTextDocumentNotification.type, {
          textDocument: { uri: uriOf(abs), languageId: 'yaml', version: 1, text: text ?? readFileSync(abs, 'utf8') },
        });
      }),
    change: (abs, text) =>
      next(abs, () => {
        const version = (versions.get(abs) ?? 1) + 1;
        versions.set(abs, version);
        return connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uriOf(abs), version }, contentChanges: [{ text }] });
      }),
    save: async (abs) => {
      await connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: uriOf(abs) } });
    },
    close: (abs) => next(abs, () => connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriOf(abs) } })),
    nextDiagnostics: next,
    diagnosticsWhen: (abs, ok, ms = 10000) => {
      const have = latest.get(uriOf(abs));
      if (have && ok(have)) return Promise.resolve(have);
      return new Promise((res) => {
        const w = { uri: uriOf(abs), ok, resolve: res };
        waiters.push(w);
        setTimeout(() => {
          if (!waiters.includes(w)) return;
          waiters.splice(waiters.indexOf(w), 1);
          res(latest.get(uriOf(abs)) ?? []);
        }, ms);
      });
    },
    shutdown: async () => {
      const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
  return client;
}
