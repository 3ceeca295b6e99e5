// Benchmark of `skj lsp` (prints figures, asserts nothing): `npm run bench:lsp [-- N]`.
// Generates a project of N standards (default 10,000; copies of the Tasikmalaya example) plus one
// standard of 300 lines, starts the built server over stdio with a real LSP client, and measures:
// the first diagnostics of the open file, the project pass, the time from a change of the 300-line
// standard to its republished diagnostics (with the default 100 ms typing delay, and without it),
// and the server's memory as 1,000 files are opened and closed.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const root = new URL('../..', import.meta.url).pathname;
const n = Number(process.argv[2] ?? 10000);
const example = join(root, 'examples/kominfo-tasikmalaya');

const dir = mkdtempSync(join(tmpdir(), 'skj-bench-lsp-'));
cpSync(join(example, 'kamus'), join(dir, 'kamus'), { recursive: true });
cpSync(join(example, 'skj.yaml'), join(dir, 'skj.yaml'));
const templates = readdirSync(join(example, 'standar')).map((f) => readFileSync(join(example, 'standar', f), 'utf8'));
for (let i = 0; i < n; i++) {
  const sub = join(dir, 'standar', String(Math.floor(i / 1000)));
  if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
  const text = templates[i % templates.length].replace(/^nama: (.*)$/m, `nama: $1 ${i}`).replace(/^kode: .*\n/m, '');
  writeFileSync(join(sub, `s${i}.yaml`), text);
}
// The standard being edited: a real one grown to 300 lines with indikator kinerja.
let big = templates[0].replace(/^nama: (.*)$/m, 'nama: $1 (bench)').replace(/^kode: .*\n/m, '');
const extra = 300 - big.split('\n').length;
big = big.replace(/^  indikator_kinerja:.*\n/m, (line) => `${line}${Array.from({ length: extra }, (_, i) => `    - "Indikator kinerja tambahan ${i + 1}"\n`).join('')}`);
const bigFile = join(dir, 'standar', 'bench.yaml');
writeFileSync(bigFile, big);
console.log(`project: ${n + 1} standards; edited file ${big.split('\n').length} lines`);

const child = spawn(process.execPath, [join(root, 'bin/skj.js'), 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
  const w = waiting.get(p.uri);
  if (w && (p.version === undefined || p.version >= w.version)) {
    waiting.delete(p.uri);
    w.resolve(p.diagnostics);
  }
});
connection.onNotification('window/showMessage', () => {});
connection.onNotification('window/logMessage', () => {});
connection.onRequest('client/registerCapability', () => null);
connection.listen();
const uri = (f) => pathToFileURL(f).href;
const published = (f, version) => new Promise((resolve) => waiting.set(uri(f), { version, resolve }));
const stats = (gc = false) => connection.sendRequest('skj/stats', { gc });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

async function session(debounce) {
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uri(dir), capabilities: {}, initializationOptions: { debounce } });
  await connection.sendNotification(InitializedNotification.type, {});
}

await session(100);
let t = performance.now();
let done = published(bigFile, 1);
await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(bigFile), languageId: 'yaml', version: 1, text: big } });
await done;
console.log(`open: first diagnostics in ${(performance.now() - t).toFixed(0)} ms (project found, kamus and registry read)`);
while ((await stats()).passesRunning > 0) await sleep(200);
const s0 = await stats();
console.log(`project pass (worker thread, all ${n + 1} standards, cross-file rules): ${(s0.lastPassMs / 1000).toFixed(1)} s`);

// Changes: alternately lower and restore one level (the analyst typing), each waited for.
async function changes(count, label) {
  const times = [];
  let version = (changes.version ??= 1);
  for (let i = 0; i < count; i++) {
    version++;
    const text = i % 2 ? big : big.replace(/^    M\.03: 3/m, '    M.03: 2');
    t = performance.now();
    done = published(bigFile, version);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(bigFile), version }, contentChanges: [{ text }] });
    await done;
    times.push(performance.now() - t);
  }
  changes.version = version;
  console.log(`${label}: median ${median(times).toFixed(0)} ms, p95 ${p95(times).toFixed(0)} ms over ${count} changes`);
}
await changes(30, 'change → diagnostics republished, typing delay 100 ms (default)');

// Memory: open and close 1,000 other standards, twice.
const others = readdirSync(join(dir, 'standar', '0')).slice(0, 1000).map((f) => join(dir, 'standar', '0', f));
const mb = (b) => (b / 1048576).toFixed(0);
const before = await stats(true);
for (let round = 0; round < 2; round++) {
  for (const f of others) {
    done = published(f, 1);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(f), languageId: 'yaml', version: 1, text: readFileSync(f, 'utf8') } });
    await done;
  }
  const open = await stats(true);
  for (const f of others) await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uri(f) } });
  while ((await stats()).passesRunning > 0) await sleep(200);
  const closed = await stats(true);
  console.log(
    `memory, round ${round + 1}: ${open.documents} files open → heap ${mb(open.heapUsed)} MB; all but one closed → ${closed.documents} open, heap ${mb(closed.heapUsed)} MB, RSS ${mb(closed.rss)} MB (before: heap ${mb(before.heapUsed)} MB; heap measured after a full GC)`,
  );
}

await connection.sendRequest(ShutdownRequest.type);
await connection.sendNotification(ExitNotification.type);
await new Promise((r) => child.once('exit', r));

// The engine alone: a second server with no typing delay.
const child2 = spawn(process.execPath, [join(root, 'bin/skj.js'), 'lsp'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
const c2 = createProtocolConnection(new StreamMessageReader(child2.stdout), new StreamMessageWriter(child2.stdin));
c2.onNotification(PublishDiagnosticsNotification.type, (p) => {
  const w = waiting.get(p.uri);
  if (w && (p.version === undefined || p.version >= w.version)) {
    waiting.delete(p.uri);
    w.resolve(p.diagnostics);
  }
});
c2.onRequest('client/registerCapability', () => null);
c2.listen();
await c2.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uri(dir), capabilities: {}, initializationOptions: { debounce: 0 } });
await c2.sendNotification(InitializedNotification.type, {});
done = published(bigFile, 1);
await c2.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(bigFile), languageId: 'yaml', version: 1, text: big } });
await done;
while ((await c2.sendRequest('skj/stats')).passesRunning > 0) await sleep(200);
const times = [];
for (let i = 0, version = 1; i < 30; i++) {
  version++;
  const text = i % 2 ? big : big.replace(/^    M\.03: 3/m, '    M.03: 2');
  t = performance.now();
  done = published(bigFile, version);
  await c2.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(bigFile), version }, contentChanges: [{ text }] });
  await done;
  times.push(performance.now() - t);
}
console.log(`change → diagnostics republished, no typing delay (the check itself): median ${median(times).toFixed(0)} ms, p95 ${p95(times).toFixed(0)} ms over 30 changes`);
await c2.sendRequest(ShutdownRequest.type);
await c2.sendNotification(ExitNotification.type);
await new Promise((r) => child2.once('exit', r));
rmSync(dir, { recursive: true, force: true });
