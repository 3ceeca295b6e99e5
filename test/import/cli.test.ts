// `skj import` through the CLI: what a user sees and what lands on disk.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, skj } from '../support/cli.js';

const SEED_000 = join(ROOT, 'test/seeds/000_f75f37ca9f31e97e.txt');

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'skj-import-'));
}

describe('skj import (CLI)', { timeout: 60_000 }, () => {
  test('imports a document, prints the located report and the validate summary', async () => {
    const out = join(tmp(), 'proyek');
    const r = await skj(['import', SEED_000, '--out', out, '--report', join(out, '..', 'laporan.md')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/000_f75f37ca9f31e97e\.txt:581 {2}keputusan {2}Level «Komunikasi» kosong; ditulis 3/);
    expect(r.stdout).toMatch(/Hasil skj validate atas berkas yang ditulis: \d+ masalah/);
    expect(readdirSync(join(out, 'standar'))).toHaveLength(11);
    expect(readFileSync(join(out, 'standar/sekretaris.yaml'), 'utf8')).toMatch(/^# Standar Kompetensi Jabatan: Sekretaris\n# Diimpor oleh `skj import` dari .*000_f75f37ca9f31e97e\.txt, baris 556-632\./);
    const md = readFileSync(join(out, '..', 'laporan.md'), 'utf8');
    expect(md).toMatch(/^# Laporan impor skj/);
    expect(md).toContain('| ');
  });

  test('a document without a kamus (seed 001): skj.yaml names no kamus folder, and the written project validates', async () => {
    const out = join(tmp(), 'proyek');
    const r = await skj(['import', join(ROOT, 'test/seeds/001_b423e50410896758.txt'), '--out', out]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(existsSync(join(out, 'kamus'))).toBe(false);
    expect(readFileSync(join(out, 'skj.yaml'), 'utf8')).not.toMatch(/^kamus:/m);
    expect(r.stdout).toMatch(/Hasil skj validate atas berkas yang ditulis: \d+ masalah/);
    expect((await skj(['validate', out])).stderr).not.toContain('tidak cocok dengan berkas apa pun');
  });

  test('--format json and --lang en', async () => {
    const out = join(tmp(), 'p');
    const r = await skj(['import', SEED_000, '--out', out, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.totals.standar).toBe(11);
    const note = json.sections.flatMap((s: { notes: { line: number; id: string; message: string }[] }) => s.notes).find((n: { line: number }) => n.line === 581);
    expect(note).toMatchObject({ id: 'level-from-text', message: expect.stringMatching(/^Level of «Komunikasi» blank; written as 3/) });
    expect(json.validate.errors).toBeGreaterThan(0);
  });

  test('never overwrites without --force, and then writes nothing at all', async () => {
    const out = tmp();
    expect((await skj(['import', SEED_000, '--out', out])).code).toBe(0);
    writeFileSync(join(out, 'standar/sekretaris.yaml'), 'diubah tangan\n');
    const r = await skj(['import', SEED_000, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/sudah ada \(dan \d+ berkas lain\)\. Tidak ada yang ditulis/);
    expect(readFileSync(join(out, 'standar/sekretaris.yaml'), 'utf8')).toBe('diubah tangan\n');
    const forced = await skj(['import', SEED_000, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, 'standar/sekretaris.yaml'), 'utf8')).toMatch(/^# Standar Kompetensi Jabatan/);
  });

  test('--dry-run writes nothing', async () => {
    const out = join(tmp(), 'baru');
    const r = await skj(['import', SEED_000, '--out', out, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tidak ada yang ditulis (--dry-run).');
    expect(existsSync(out)).toBe(false);
  });

  const garbage: [string, string | Buffer, RegExp][] = [
    ['an image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /bukan dokumen teks/],
    ['an empty file', '', /dokumen kosong/],
    ['random text', 'Lorem ipsum dolor sit amet.\nConsectetur adipiscing elit.\n\n- 3 -\n', /:1: di sini pembacaan berhenti/],
  ];
  test.each(garbage)('%s fails in one line, exit 1, writes nothing', async (_, content, expected) => {
    const dir = tmp();
    const file = join(dir, 'dokumen.txt');
    writeFileSync(file, content);
    const out = join(dir, 'out');
    const r = await skj(['import', file, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(expected);
    expect(r.stderr).not.toMatch(/at .*\.ts|Error:/);
    expect(existsSync(out)).toBe(false);
  });

  test('a PDF is explained, not read', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'perbup.pdf'), '%PDF-1.4\n');
    const r = await skj(['import', 'perbup.pdf'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pdftotext -layout perbup.pdf');
  });
});
