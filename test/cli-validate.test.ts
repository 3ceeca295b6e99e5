// `skj validate` through its command line: formats, languages, exit codes, and bad input.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, skj, validateJson } from './support/cli.js';

const FIXTURE = 'test/fixtures/kominfo-tasikmalaya';
const SEKRETARIS = `${FIXTURE}/standar/sekretaris.yaml`;

function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'skj-cli-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('skj validate', () => {
  it('passes the bundled example with exit 0', async () => {
    const r = await skj(['validate', 'examples/kominfo-tasikmalaya']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('12 berkas diperiksa, tidak ada masalah');
  });

  it('finds the project from the working directory when no PATH is given', async () => {
    const r = await skj(['validate'], { cwd: join(ROOT, 'examples/purwakarta') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('5 ditekan');
  });

  it('stylish: file:line:col, severity, message, rule id, code frame and summary', async () => {
    const r = await skj(['validate', SEKRETARIS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${SEKRETARIS}:27:7  galat  Level untuk «Komunikasi» kosong. Isi level 1–5.  kompetensi/level`);
    expect(r.stdout).toMatch(/> 27 \|\s+level:/);
    expect(r.stdout).toMatch(/✖ \d+ masalah \(\d+ galat, \d+ peringatan\)/);
    expect(r.stdout).not.toMatch(/\u001b\[/); // no colour when not a terminal
  });

  it('a single file inside a project is checked against the project kamus', async () => {
    const { report } = await validateJson([`examples/kominfo-tasikmalaya/standar/sekretaris.yaml`]);
    expect(report.files).toBe(1);
    expect(report.diagnostics).toEqual([]);
  });

  it("a broad standar glob never reads skj.yaml or kode.lock.yaml as standards", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-glob-'));
    cpSync(join(ROOT, 'examples/kominfo-tasikmalaya'), dir, { recursive: true });
    const config = join(dir, 'skj.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('standar: standar/**/*.yaml', 'standar: "**/*.yaml"'));
    const { code, report } = await validateJson([], { cwd: dir });
    expect(report.diagnostics).toEqual([]);
    expect(report.files).toBe(12);
    expect(code).toBe(0);
  });

  it('json: exactly the documented shape', async () => {
    const { code, report } = await validateJson([SEKRETARIS]);
    expect(code).toBe(1);
    expect(Object.keys(report)).toEqual(['version', 'files', 'errors', 'warnings', 'suppressed', 'diagnostics']);
    expect(report.version).toBe(1);
    expect(report.files).toBe(1);
    expect(report.errors + report.warnings).toBe(report.diagnostics.length);
    const d = report.diagnostics.find((x) => x.rule === 'kompetensi/level')!;
    expect(d).toEqual({
      file: SEKRETARIS,
      line: 27,
      column: 7,
      endLine: 27,
      endColumn: 12,
      severity: 'error',
      rule: 'kompetensi/level',
      message: 'Level untuk «Komunikasi» kosong. Isi level 1–5.',
    });
  });

  it('English with --lang en or SKJ_LANG=en; rule ids unchanged', async () => {
    const a = await validateJson(['--lang', 'en', SEKRETARIS].slice(2), { env: { SKJ_LANG: 'en' } });
    const b = await skj(['--lang', 'en', 'validate', '--format', 'json', SEKRETARIS]);
    const level = a.report.diagnostics.find((x) => x.rule === 'kompetensi/level')!;
    expect(level.message).toBe('The level for «Komunikasi» is empty. Fill in a level 1–5.');
    expect(JSON.parse(b.stdout)).toEqual(a.report);
    expect((await skj(['--lang', 'en', 'validate', 'examples/purwakarta'])).stdout).toBe('✔ 5 files checked, no problems (5 suppressed).\n');
    expect((await skj(['validate', SEKRETARIS], { env: { SKJ_LANG: 'en' } })).stdout).toMatch(/✖ \d+ problems \(\d+ errors, 1 warning\)\n$/);
  });

  it('sarif: a SARIF 2.1.0 log with rules and located results', async () => {
    const r = await skj(['validate', '--format', 'sarif', SEKRETARIS]);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('skj');
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('kompetensi/level');
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'kompetensi/level');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: SEKRETARIS, uriBaseId: '%SRCROOT%' },
      region: { startLine: 27, startColumn: 7, endLine: 27, endColumn: 12 },
    });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('kompetensi/level');
  });

  it('github: one workflow annotation per diagnostic', async () => {
    const r = await skj(['validate', '--format', 'github', SEKRETARIS]);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines).toContain(`::error file=${SEKRETARIS},line=27,col=7,endLine=27,endColumn=12,title=kompetensi/level::Level untuk «Komunikasi» kosong. Isi level 1–5.`);
  });

  it('--max-warnings fails on too many warnings; --quiet drops them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-warn-'));
    cpSync(join(ROOT, 'examples/kominfo-tasikmalaya'), dir, { recursive: true });
    const file = join(dir, 'standar/sekretaris.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Minimal III/d, Penata Tk. I', 'II/a'));
    expect((await skj(['validate'], { cwd: dir })).code).toBe(0);
    expect((await skj(['validate', '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    expect((await skj(['validate', '--max-warnings', '1'], { cwd: dir })).code).toBe(0);
    expect((await skj(['validate', '--quiet'], { cwd: dir })).stdout).toContain('tidak ada galat; 1 peringatan tidak ditampilkan (--quiet)');
  });

  it.each([
    [['validate', '--format', 'xml', 'examples/purwakarta'], /Nilai «xml» untuk --format tidak dikenal; pilih salah satu: stylish, json, sarif, github/],
    [['validate', '--nope'], /Opsi «--nope» tidak dikenal/],
    [['validate', 'tidak/ada'], /Path «tidak\/ada» tidak ada/],
    [['validate', '--max-warnings', 'banyak', 'examples/purwakarta'], /harus bilangan bulat/],
    [['frobnicate'], /Perintah «frobnicate» tidak dikenal/],
  ])('usage error %j: one line, exit 2', async (args, pattern) => {
    const r = await skj(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('no skj.yaml and no PATH: exit 2 with a hint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-none-'));
    const r = await skj(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('skj validate PATH');
  });

  it.each([
    ['instansi: [a\n', /skj\.yaml:2:1: skj\.yaml bukan YAML yang sah/],
    ['instansii: a\n', /skj\.yaml:1:1: skj\.yaml tidak sah: Kolom «instansii» tidak dikenal; mungkin maksudnya «instansi»\?/],
    ['aturan:\n  kompetensi/levl: off\n', /skj\.yaml:2:3: aturan «kompetensi\/levl» tidak dikenal \(mungkin «kompetensi\/level»\?\)/],
    ['aturan:\n  kompetensi/level: mati\n', /skj\.yaml:2:21: skj\.yaml tidak sah: «aturan\.kompetensi\/level» bernilai «mati», padahal yang diizinkan: error, warning, off/],
    ['urusan:\n  - { kode: "9.99.01", nama: X }\n', /sub-urusan 9\.99\.01 tidak mempunyai urusan induk/],
  ])('invalid skj.yaml %j: located, exit 2', async (config, pattern) => {
    const dir = tempProject({ 'skj.yaml': config });
    const r = await skj(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
  });

  it('broken files get located diagnostics, never a crash', async () => {
    const dir = tempProject({
      'skj.yaml': 'instansi: uji\n',
      'standar/kosong.yaml': '',
      'standar/teks.yaml': 'hanya teks\n',
      'standar/daftar.yaml': '- a\n- b\n',
      'standar/rusak.yaml': 'nama: "tidak ditutup\n',
      'standar/alias.yaml': 'a: &x [*x]\n',
      'standar/biner.yaml': Buffer.from([0, 1, 2, 255, 254, 10, 58, 58]).toString('latin1'),
    });
    const { code, report } = await validateJson([], { cwd: dir });
    expect(code).toBe(1);
    expect(new Set(report.diagnostics.map((d) => d.file))).toEqual(
      new Set(['standar/kosong.yaml', 'standar/teks.yaml', 'standar/daftar.yaml', 'standar/rusak.yaml', 'standar/alias.yaml', 'standar/biner.yaml']),
    );
    expect(report.diagnostics.find((d) => d.file === 'standar/rusak.yaml')!.rule).toBe('yaml/syntax');
  });

  it('--version and --help exit 0', async () => {
    expect((await skj(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await skj(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate');
  });
});
