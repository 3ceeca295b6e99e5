// Benchmark (prints figures, asserts nothing): `npm run bench [-- N]`.
// Generates N standards (copies of the Tasikmalaya example with distinct names) in a temporary
// project, then times `skj validate` on them and `skj --version` start-up. Uses the built CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const cli = join(root, 'bin/skj.js');
const n = Number(process.argv[2] ?? 20000);
const example = join(root, 'examples/kominfo-tasikmalaya');

const dir = mkdtempSync(join(tmpdir(), 'skj-bench-'));
cpSync(join(example, 'kamus'), join(dir, 'kamus'), { recursive: true });
cpSync(join(example, 'skj.yaml'), join(dir, 'skj.yaml'));
const templates = readdirSync(join(example, 'standar')).map((f) => readFileSync(join(example, 'standar', f), 'utf8'));
for (let i = 0; i < n; i++) {
  const sub = join(dir, 'standar', String(Math.floor(i / 1000)));
  if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
  // Distinct names, and no copied codes: a realistic repository before `skj code`.
  const text = templates[i % templates.length].replace(/^nama: (.*)$/m, `nama: $1 ${i}`).replace(/^kode: .*\n/m, '');
  writeFileSync(join(sub, `s${i}.yaml`), text);
}

function timed(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rssKb = Number(r.stderr.trim().split('\n').pop());
  return { ms, rssMb: rssKb / 1024, status: r.status, stdout: r.stdout };
}

const v = timed(['validate', '--format', 'json']);
const report = JSON.parse(v.stdout);
console.log(`validate: ${report.files} files, ${report.errors} errors, ${(v.ms / 1000).toFixed(2)} s wall, ${(v.ms / report.files).toFixed(3)} ms/file, peak RSS ${v.rssMb.toFixed(0)} MB, exit ${v.status}`);
console.log(`           projected for 165,000 standards on one process: ${((v.ms / report.files) * 165000 / 1000).toFixed(0)} s`);

const runs = Array.from({ length: 15 }, () => timed(['--version']).ms).sort((a, b) => a - b);
console.log(`--version: median ${runs[7].toFixed(0)} ms, min ${runs[0].toFixed(0)} ms over ${runs.length} runs`);
rmSync(dir, { recursive: true, force: true });
