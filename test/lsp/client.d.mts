// Types of client.mjs (plain JavaScript, shared with the benchmark).
import type { ChildProcess } from 'node:child_process';
import type { ClientCapabilities, Diagnostic, InitializeResult, ProtocolConnection } from 'vscode-languageserver-protocol';

export declare const ROOT: string;
export declare function uriOf(abs: string): string;

/** What `skj/stats` answers (src/lsp/server.ts). */
export interface ServerStats {
  documents: number;
  timers: number;
  projects: number;
  passes: number;
  passesRunning: number;
  passesDone: number;
  lastPass?: { ms: number; files: number; read: number; reported: number };
  heapUsed: number;
  rss: number;
}

export interface ClientOptions {
  /** Working directory of the server (default: the repository). */
  cwd?: string;
  /** The workspace folder announced in initialize (default: cwd). */
  root?: string;
  /** Environment besides PATH (nothing else of the caller's is passed). */
  env?: Record<string, string>;
  locale?: string;
  /** skj options before `lsp`. */
  args?: string[];
  initializationOptions?: unknown;
  capabilities?: ClientCapabilities;
  /** The server's stderr: kept for `stderr()` (default) or passed through. */
  stderr?: 'pipe' | 'inherit';
}

export interface Client {
  connection: ProtocolConnection;
  process: ChildProcess;
  initialize: InitializeResult;
  messages: { type: number; message: string }[];
  stderr: () => string;
  /** didOpen at version 1; resolves with the file's first diagnostics. */
  open(abs: string, text?: string): Promise<Diagnostic[]>;
  /** didChange with the whole text at the next version; resolves with that version's diagnostics. */
  change(abs: string, text: string): Promise<Diagnostic[]>;
  save(abs: string): Promise<void>;
  close(abs: string): Promise<Diagnostic[]>;
  /** The next diagnostics published for a file (after `after` is called). */
  nextDiagnostics(abs: string, after?: () => unknown): Promise<Diagnostic[]>;
  /** Diagnostics published for a file that satisfy a condition (waits for them; after `ms`, the latest). */
  diagnosticsWhen(abs: string, ok: (d: Diagnostic[]) => boolean, ms?: number): Promise<Diagnostic[]>;
  /** What the server holds; `gc` collects its garbage first. */
  stats(gc?: boolean): Promise<ServerStats>;
  /** Resolves when no project pass runs and more than `after` passes have finished. */
  passSettled(after?: number): Promise<ServerStats>;
  shutdown(): Promise<number | null>;
}

export declare function startClient(options?: ClientOptions): Promise<Client>;
