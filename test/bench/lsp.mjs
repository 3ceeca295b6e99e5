// Benchmark of `skj lsp` (prints figures, asserts nothing): `npm run bench:lsp [-- N]`.
// Generates a project of N standards (default 10,000; copies of the Tasikmalaya example) plus one
// standard of 300 lines, starts the built server over stdio with a real LSP client (the tests' one,
// test/lsp/client.mjs), and measures: the first diagnostics of the open file, the first project pass
// (every standard read), the project pass on save (a duplicate nama shown and withdrawn), the time
// from a change of the 300-line standard to its republished diagnostics (with the default 100 ms
// typing delay, and without it), and the server's memory as 1,000 files are opened and closed.
// The copies keep their template's atasan while their nama is numbered, so every standard has an
// atasan that nearly matches 10,000 names: a worst case for the organisation-chart rule.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startClient } from '../lsp/client.mjs';

const n = Number(process.argv[2] ?? 10000);
const example = join(ROOT, 'examples/kominfo-tasikmalaya');

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
// The same file named as standar/0/s0.yaml is (same unit kerja): a duplicate nama once saved.
const duplicate = big.replace(/^nama: (.*) \(bench\)$/m, 'nama: $1 0');
console.log(`project: ${n + 1} standards; edited file ${big.split('\n').length} lines`);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const server = (debounce) => startClient({ cwd: dir, capabilities: {}, initializationOptions: { debounce }, stderr: 'inherit' });

const client = await server(100);
let t = performance.now();
await client.open(bigFile, big);
console.log(`open: first diagnostics in ${(performance.now() - t).toFixed(0)} ms (project found, kamus and registry read)`);
let s = await client.passSettled();
console.log(
  `first project pass (worker thread, facts of all ${s.lastPass.files} standards, ${s.lastPass.read} read from disk, cross-file rules): ${(s.lastPass.ms / 1000).toFixed(1)} s; ${s.lastPass.reported} findings kept unlocated`,
);

// Save: the edited file takes the nama of another standard, then its own again; each save waits for
// the duplicate to be shown (or withdrawn) in the open file.
const saves = [];
const passes = [];
for (let i = 0; i < 6; i++) {
  const dup = i % 2 === 0;
  await client.change(bigFile, dup ? duplicate : big);
  const done = s.passesDone;
  t = performance.now();
  await client.save(bigFile);
  await client.diagnosticsWhen(bigFile, (d) => d.some((x) => x.code === 'standar/duplicate-nama') === dup, 600_000);
  saves.push(performance.now() - t);
  s = await client.passSettled(done);
  passes.push(s.lastPass.ms);
}
console.log(
  `save → duplicate nama shown or withdrawn (project pass on ${s.lastPass.files} standards, ${s.lastPass.read} read from disk): median ${(median(saves) / 1000).toFixed(2)} s, max ${(Math.max(...saves) / 1000).toFixed(2)} s over ${saves.length} saves (pass alone: median ${(median(passes) / 1000).toFixed(2)} s)`,
);

// Changes: alternately lower and restore one level (the analyst typing), each waited for.
async function changes(c, count, label) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const text = i % 2 ? big : big.replace(/^    M\.03: 3/m, '    M.03: 2');
    t = performance.now();
    await c.change(bigFile, text);
    times.push(performance.now() - t);
  }
  console.log(`${label}: median ${median(times).toFixed(0)} ms, p95 ${p95(times).toFixed(0)} ms over ${count} changes`);
}
await changes(client, 30, 'change → diagnostics republished, typing delay 100 ms (default)');

// Memory: open and close 1,000 other standards, twice.
const others = readdirSync(join(dir, 'standar', '0')).slice(0, 1000).map((f) => join(dir, 'standar', '0', f));
const mb = (b) => (b / 1048576).toFixed(0);
const before = await client.stats(true);
for (let round = 0; round < 2; round++) {
  for (const f of others) await client.open(f);
  const open = await client.stats(true);
  for (const f of others) await client.close(f);
  while ((await client.stats()).passesRunning > 0) await sleep(200);
  const closed = await client.stats(true);
  console.log(
    `memory, round ${round + 1}: ${open.documents} files open → heap ${mb(open.heapUsed)} MB; all but one closed → ${closed.documents} open, heap ${mb(closed.heapUsed)} MB, RSS ${mb(closed.rss)} MB (before: heap ${mb(before.heapUsed)} MB; heap measured after a full GC)`,
  );
}
await client.shutdown();

// The engine alone: a second server with no typing delay.
const c2 = await server(0);
await c2.open(bigFile, big);
await c2.passSettled();
await changes(c2, 30, 'change → diagnostics republished, no typing delay (the check itself)');
await c2.shutdown();
rmSync(dir, { recursive: true, force: true });
