// Indonesian all the way (issue 11 items 2, 3, 7 and "Done when"): skj.yaml errors, YAML syntax errors
// and commander's texts come from the catalogue, located where the user must act.
import { describe, expect, it } from 'vitest';
import { BASE, both, edit, project } from './project.js';
import { ROOT, skj } from '../support/cli.js';

/** English library phrases that must never reach a user reading Indonesian. */
const ENGLISH = [/Invalid (input|option|string|key)/, /Too small/, /Expected /, /Unrecognized key/, /expected \w+, received/, /Missing closing/, /Nested mappings/, /unknown option/, /unknown command/, /\(default:/, /\[options\]/, /Usage:/, /Implicit map keys/, /must start at the same column/, /Map keys must be unique/, /outputHelp/];
/** Seed-line references (`000:512`, `001:992-1019`) are for maintainers only. */
const SEED_LINE = /\b00[0-3]:\d/;
const BARE = BASE.replace(/^#.*\n/gm, '').replace(/\s+#\s.*$/gm, '');

describe('skj.yaml errors', () => {
  it('an unknown key: catalogue message with "did you mean", located', async () => {
    const dir = project({ 'skj.yaml': 'instansi: Uji\nperaturann:\n  jenis: Peraturan Bupati\n', 'standar/a.yaml': BASE });
    const { id, en } = await both(dir, ['validate']);
    expect(id.code).toBe(2);
    expect(id.stderr).toBe('skj: skj.yaml:2:1: skj.yaml tidak sah: Kolom «peraturann» tidak dikenal; mungkin maksudnya «peraturan»?\n');
    expect(en.stderr).toBe('skj: skj.yaml:2:1: skj.yaml is invalid: Unknown field «peraturann»; did you mean «peraturan»?\n');
  });

  it('a wrong type is named in Indonesian', async () => {
    const dir = project({ 'skj.yaml': 'instansi: [1, 2]\n', 'standar/a.yaml': BASE });
    const { id } = await both(dir, ['validate']);
    expect(id.stderr).toMatch(/^skj: skj\.yaml:1:11: skj\.yaml tidak sah: «instansi» harus berupa teks, tetapi tertulis daftar\.\n$/);
  });

  it('a colon inside an unquoted value: quote it', async () => {
    const dir = project({ 'skj.yaml': 'instansi: Dinas: Kominfo\n', 'standar/a.yaml': BASE });
    const { id, en } = await both(dir, ['validate']);
    expect(id.stderr).toMatch(/^skj: skj\.yaml:1:\d+: skj\.yaml bukan YAML yang sah: Titik dua di dalam nilai tanpa tanda kutip/);
    expect(en.stderr).toMatch(/A colon inside an unquoted value makes YAML read a new key\. Quote the value/);
  });
});

describe('YAML syntax in standards', () => {
  it('a missing closing quote on line 1 is reported on line 1', async () => {
    const text = edit(BASE, 'nama: Sekretaris', 'nama: "Sekretaris');
    const r = await skj(['validate', '--format', 'json'], { cwd: project({ 'standar/a.yaml': text }) });
    const d = JSON.parse(r.stdout).diagnostics[0];
    expect(d.rule).toBe('yaml/syntax');
    expect([d.line, d.column]).toEqual([text.split('\n').findIndex((l) => l.startsWith('nama:')) + 1, 7]);
    expect(d.message).toBe('Tanda kutip yang dibuka di sini tidak pernah ditutup. Tambahkan tanda kutip penutup di akhir nilainya.');
  });

  it('a mis-indented key is marked at the key, not column 1', async () => {
    const text = edit(BASE, 'unit_kerja:', ' unit_kerja:');
    const r = await skj(['validate', '--format', 'json', '--lang', 'en'], { cwd: project({ 'standar/a.yaml': text }) });
    const d = JSON.parse(r.stdout).diagnostics[0];
    expect(d.column).toBe(2);
    expect(d.message).toMatch(/^Uneven indentation/);
  });
});

describe('commander texts', () => {
  it('bare skj prints help and exits 0', async () => {
    const r = await skj([]);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toContain('Pemakaian: skj [opsi] [perintah]');
  });

  it('a mistyped command: one line with "did you mean"', async () => {
    const { id, en } = await both(ROOT, ['valdate']);
    expect(id.code).toBe(2);
    expect(id.stderr).toBe('skj: Perintah «valdate» tidak dikenal; mungkin maksudnya «validate»?\n');
    expect(en.stderr).toBe('skj: Unknown command «valdate»; did you mean «validate»?\n');
  });

  it('an unknown option and help defaults are in Indonesian', async () => {
    const { id, en } = await both(ROOT, ['validate', '--bogus']);
    expect(id.stderr).toBe('skj: Opsi «--bogus» tidak dikenal (lihat skj --help).\n');
    expect(en.stderr).toBe('skj: Unknown option «--bogus» (see skj --help).\n');
    const help = await skj(['validate', '--help']);
    expect(help.stdout).toMatch(/\(bawaan:\s+"stylish"\)/);
    expect(help.stdout).toContain('Pemakaian: skj validate [opsi]');
  });
});

describe('done when: no English library phrase and no seed line reaches an Indonesian user', () => {
  // The fixture's own comments cite seed lines; only skj's words are scanned, so they are removed.
  const BASE = BARE;
  const BAD: Record<string, string>[] = [
    { 'skj.yaml': 'instansi: Uji\nperaturann: {}\n' },
    { 'skj.yaml': 'instansi: Dinas: X\n' },
    { 'skj.yaml': 'aturan:\n  kompetensi/levle: off\n' },
    { 'standar/a.yaml': edit(BASE, 'nama: Sekretaris', 'nama: "Sekretaris') },
    { 'standar/a.yaml': edit(BASE, 'unit_kerja:', ' unit_kerja:') },
    { 'standar/a.yaml': edit(BASE, 'unit_kerja:', 'unit_kerjaa:') },
    { 'standar/a.yaml': edit(BASE, 'nama: Sekretaris', 'nama: Kepala: Sekretaris') },
    { 'standar/a.yaml': edit(BASE, '    M.04: 3', '    M.04: 1') },
    { 'standar/a.yaml': edit(edit(BASE, 'tingkatan: administrator', 'tingkatan: jpt-utama'), /pangkat: .*\n/, 'pangkat: II/a\n') },
    { 'standar/a.yaml': edit(BASE, /kategori: mutlak/, 'kategori: penting') },
    { 'standar/a.yaml': edit(BASE, 'tingkatan: administrator', 'tingkatan: terampil') },
    { 'standar/a.yaml': BASE, 'kode.lock.yaml': 'version: 1\nkode:\n  "2041": { berkas: a.yaml, nama: A, status: aktif, tanggal: "2026-01-01" }\n' },
    { 'standar/a.yaml': BASE, 'kode.lock.yaml': 'version: 1\nkode:\n  "204160000001": { berkas: a.yaml, status: hidup, tanggal: "2026" }\n' },
  ];
  it.each(BAD.map((files, i) => [i, files] as const))('bad input %i', async (_i, files) => {
    const dir = project(files);
    for (const args of [['validate'], ['validate', '--format', 'json'], ['validate', '--format', 'sarif'], ['code', '--dry-run']]) {
      const r = await skj(args, { cwd: dir });
      const out = r.stdout + r.stderr;
      for (const phrase of ENGLISH) expect(out, `${args.join(' ')}: ${phrase}`).not.toMatch(phrase);
      expect(out, args.join(' ')).not.toMatch(SEED_LINE);
    }
  });

  it('commander errors and help', async () => {
    for (const args of [[], ['valdate'], ['validate', '--bogus'], ['validate', '--help'], ['--help'], ['--lang', 'fr', 'validate'], ['explain', 'nope']]) {
      const r = await skj(args);
      for (const phrase of ENGLISH) expect(r.stdout + r.stderr, `${args.join(' ')}: ${phrase}`).not.toMatch(phrase);
    }
  });
});
