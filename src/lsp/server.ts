// `skj lsp`: the Language Server Protocol server. It keeps only what the open files need (their last
// check, their projects' kamus, config and registry, the last project pass) and forgets a project
// when its last file closes.
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { Diagnostic } from '../core/diagnostic.js';
import { SourceDoc } from '../core/source.js';
import { buildStandarDoc, type StandarDoc } from '../core/standar-doc.js';
import { LANGS, type Lang } from '../i18n/messages.js';
import { bundledData } from '../reference/bundled.js';
import { buildReference, type Reference } from '../reference/reference.js';
import { VERSION } from '../version.js';
import { checkFile, mergeProjectPass, type FileCheck, type Notice } from './check.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { completions } from './completion.js';
import { noticeText, noticeToLsp, toLsp } from './convert.js';
import { hoverText } from './hover.js';
import { lineContext } from './line-context.js';
import type { Project } from './project.js';
import { Projects } from './project.js';
import { passDiagnostics, runProjectPass, type KnownFacts, type PassResult } from './project-pass.js';
import { pathAt } from './yaml-position.js';

export interface ServerOptions {
  /** Language chosen on the command line or by SKJ_LANG; otherwise the client's locale decides. */
  lang?: Lang;
}

interface DocState {
  /** Absolute path, undefined for documents that are not files (untitled buffers). */
  abs?: string;
  version: number;
  check?: FileCheck;
  /** Engine diagnostics as last published (with the project pass merged in). */
  published: Diagnostic[];
  parsed?: { version: number; source: SourceDoc; standar?: StandarDoc };
}

interface PassState {
  running: boolean;
  pending: boolean;
  /** The last pass's findings (by display path). */
  result?: PassResult;
  /** The standards' facts the next pass starts from. */
  known: Map<string, KnownFacts>;
}

/** Time to wait after the last keystroke before checking (ms); initializationOptions.debounce overrides it. */
const DEFAULT_DEBOUNCE = 100;

export function localeLang(locale: string | undefined): Lang | undefined {
  const l = locale?.toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(l ?? '') ? (l as Lang) : undefined;
}

/** A full garbage collection without starting node with --expose-gc (for honest memory figures). */
function fullGc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const bundled = bundledData();
  const projects = new Projects(bundled);
  const states = new Map<string, DocState>();
  const timers = new Map<string, NodeJS.Timeout>();
  const passes = new Map<string, PassState>();
  const shown = new Set<string>();
  let lang: Lang = options.lang ?? 'id';
  let debounce = DEFAULT_DEBOUNCE;
  let watchFiles = false;
  let fallbackRef: Reference | undefined;
  let lastPass: { ms: number; files: number; read: number; reported: number } | undefined;
  let passesDone = 0;

  const pathOf = (uri: string): string | undefined => {
    try {
      return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    } catch {
      return undefined;
    }
  };
  const openText = (abs: string): string | undefined => {
    for (const [uri, s] of states) if (s.abs === abs) return documents.get(uri)?.getText();
    return undefined;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    lang = options.lang ?? localeLang(params.locale) ?? 'id';
    const init = params.initializationOptions as { debounce?: unknown } | undefined;
    if (typeof init?.debounce === 'number' && init.debounce >= 0) debounce = init.debounce;
    watchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['.', ':', ' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'skj', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] });
    }
  });

  // --- diagnostics ---------------------------------------------------------------------------------

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        check(uri);
      }, delay),
    );
  }

  function check(uri: string): void {
    const doc = documents.get(uri);
    const state = states.get(uri);
    if (!doc || !state) return;
    state.version = doc.version;
    const text = doc.getText();
    const file = state.abs ?? uri;
    try {
      if (text.includes('\u0000')) {
        state.check = { path: file, diagnostics: [], notices: [{ messageId: 'lsp.binary', params: { file }, severity: 'error' }], inProject: false };
      } else if (!state.abs) {
        state.check = undefined; // an unsaved, untitled buffer has no project: nothing to check yet
      } else {
        const first = !state.check;
        state.check = checkFile(state.abs, text, projects, openText, bundled);
        const project = state.check.project;
        if (first && project && state.check.inProject && !passes.has(project.root)) projectPass(project);
      }
    } catch (e) {
      state.check = { path: file, diagnostics: [], notices: [{ messageId: 'lsp.internal', params: { file, detail: (e as Error)?.message ?? String(e) }, severity: 'error', window: `internal:${file}` }], inProject: false };
      connection.console.error(`skj: ${(e as Error)?.stack ?? e}`);
    }
    publish(uri);
  }

  function publish(uri: string): void {
    const state = states.get(uri);
    if (!state) return;
    const c = state.check;
    const result = c?.project ? passes.get(c.project.root)?.result : undefined;
    const text = documents.get(uri)?.getText();
    const pass = result && c?.project && text !== undefined ? passDiagnostics(result, c.path, parsed(uri)?.source, text, c.project.config?.aturan ?? {}) : undefined;
    state.published = c ? mergeProjectPass(c.diagnostics, pass) : [];
    for (const n of c?.notices ?? []) announce(n);
    connection.sendDiagnostics({
      uri,
      version: state.version,
      diagnostics: [...(c?.notices ?? []).filter((n) => n.window !== 'log').map((n) => noticeToLsp(n, lang)), ...state.published.map((d) => toLsp(d, lang))],
    });
  }

  function announce(n: Notice): void {
    if (!n.window) return;
    const text = noticeText(n, lang);
    if (n.window === 'log') return connection.console.log(text);
    const key = `${n.window}\u0000${text}`;
    if (shown.has(key)) return;
    shown.add(key);
    void connection.sendNotification(ShowMessageNotification.type, { type: n.severity === 'error' ? MessageType.Error : MessageType.Warning, message: text });
  }

  function openInProject(project: Project): string[] {
    return [...states].filter(([, s]) => s.check?.project?.root === project.root).map(([uri]) => uri);
  }

  function projectPass(project: Project): void {
    const root = project.root;
    const state: PassState = passes.get(root) ?? { running: false, pending: false, known: new Map() };
    passes.set(root, state);
    if (state.running) {
      state.pending = true;
      return;
    }
    state.running = true;
    state.pending = false;
    const started = Date.now();
    const overlays: [string, string][] = [];
    for (const [uri, s] of states) {
      const text = documents.get(uri)?.getText();
      if (s.abs && text !== undefined && s.abs.startsWith(root)) overlays.push([s.abs, text]);
    }
    runProjectPass({ root, overlays, known: state.known })
      .then((result) => {
        state.result = result;
        state.known = result.known;
        let reported = result.kamus.length;
        for (const list of result.reports.values()) reported += list.length;
        lastPass = { ms: Date.now() - started, files: result.files, read: result.read, reported };
        passesDone++;
      })
      .catch((e: unknown) => connection.console.error(`skj: project pass failed: ${(e as Error)?.stack ?? e}`))
      .finally(() => {
        state.running = false;
        if (passes.get(root) !== state) return; // the project was closed meanwhile
        for (const uri of openInProject(project)) publish(uri);
        if (state.pending) projectPass(project);
      });
  }

  documents.onDidChangeContent(({ document }) => {
    let state = states.get(document.uri);
    if (!state) {
      state = { abs: pathOf(document.uri), version: document.version, published: [] };
      states.set(document.uri, state);
      check(document.uri);
    } else schedule(document.uri, debounce);
    // An edited kamus changes what the project's other open files are checked against.
    if (state.check?.kind === 'kamus' && state.check.project) {
      for (const uri of openInProject(state.check.project)) if (uri !== document.uri) schedule(uri, debounce * 2);
    }
  });

  documents.onDidSave(({ document }) => {
    const state = states.get(document.uri);
    if (!state?.abs) return;
    const project = projects.forFile(state.abs);
    if (!project) return check(document.uri);
    const kind = project.kindOf(state.abs);
    if (kind === 'config' || kind === 'registry') project.reload();
    else if (kind === 'other') project.relist();
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    check(document.uri);
    if (kind !== 'standar') for (const uri of openInProject(project)) if (uri !== document.uri) check(uri);
    if (!project.configProblem) projectPass(project);
  });

  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    states.delete(document.uri);
    connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    projects.retain([...states.values()].flatMap((s) => (s.abs ? [s.abs] : [])));
    const roots = new Set(projects.all().map((p) => p.root));
    for (const root of [...passes.keys()]) if (!roots.has(root)) passes.delete(root);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const touched = new Set<Project>();
    for (const c of changes) {
      const abs = pathOf(c.uri);
      if (!abs) continue;
      for (const p of projects.all()) if (abs.startsWith(p.root)) touched.add(p);
    }
    for (const p of touched) {
      p.reload();
      for (const uri of openInProject(p)) check(uri);
      if (!p.configProblem) projectPass(p);
    }
  });

  // --- hover, completion, code actions ----------------------------------------------------------------

  function parsed(uri: string): DocState['parsed'] {
    const state = states.get(uri);
    const doc = documents.get(uri);
    if (!state || !doc || !state.check?.ref || state.check.kind !== 'standar') return undefined;
    if (state.parsed?.version !== doc.version) {
      const source = new SourceDoc({ path: state.check.path, text: doc.getText() });
      state.parsed = { version: doc.version, source, standar: source.syntax.length ? undefined : buildStandarDoc(source, state.check.ref) };
    }
    return state.parsed;
  }

  connection.onHover(({ textDocument, position }) => {
    try {
      const doc = documents.get(textDocument.uri);
      const state = states.get(textDocument.uri);
      if (!doc || !state?.check?.ref) return null;
      const p = parsed(textDocument.uri);
      const line = position.line + 1;
      const column = position.character + 1;
      const covering = state.published.filter(
        (d) => (d.line < line || (d.line === line && d.column <= column)) && (d.endLine > line || (d.endLine === line && d.endColumn >= column)),
      );
      const registry = state.check.project?.registry?.registry ? { registry: state.check.project.registry.registry, file: state.check.project.registry.file } : undefined;
      const value = hoverText({
        lang,
        ref: state.check.ref,
        doc: p?.standar,
        at: p ? pathAt(p.source.doc, doc.offsetAt(position)) : undefined,
        registry,
        diagnostics: covering,
      });
      return value ? { contents: { kind: 'markdown', value } } : null;
    } catch (e) {
      connection.console.error(`skj: hover failed: ${(e as Error)?.stack ?? e}`);
      return null;
    }
  });

  connection.onCompletion(({ textDocument, position }) => {
    try {
      const doc = documents.get(textDocument.uri);
      const state = states.get(textDocument.uri);
      if (!doc || !state || (state.check && state.check.kind !== 'standar')) return [];
      const ref = state.check?.ref ?? (fallbackRef ??= buildReference(bundled, undefined, []));
      const text = doc.getText();
      const lines = text.split(/\r?\n/);
      return completions({ lang, ref, ctx: lineContext(lines, position.line, position.character), line: position.line, character: position.character, text });
    } catch (e) {
      connection.console.error(`skj: completion failed: ${(e as Error)?.stack ?? e}`);
      return [];
    }
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    try {
      const doc = documents.get(textDocument.uri);
      const state = states.get(textDocument.uri);
      if (!doc || !state) return [];
      return codeActions({
        uri: textDocument.uri,
        lang,
        lines: doc.getText().split(/\r?\n/),
        ref: state.check?.ref,
        doc: parsed(textDocument.uri)?.standar,
        diagnostics: context.diagnostics,
        text: doc.getText(),
        path: state.check?.path,
        config: state.check?.project?.config,
        range,
        only: context.only,
      });
    } catch (e) {
      connection.console.error(`skj: code actions failed: ${(e as Error)?.stack ?? e}`);
      return [];
    }
  });

  /** What the server holds, for the memory benchmark and tests; `gc: true` collects garbage first. */
  connection.onRequest('skj/stats', (params: { gc?: boolean } | undefined) => {
    if (params?.gc) fullGc();
    return {
    documents: states.size,
    timers: timers.size,
    projects: projects.size,
    passes: passes.size,
    passesRunning: [...passes.values()].filter((p) => p.running).length,
    lastPass,
    passesDone,
    heapUsed: process.memoryUsage().heapUsed,
    rss: process.memoryUsage().rss,
    };
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}
