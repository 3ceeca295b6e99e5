// Issue 7, case 10 for skj import: control characters printed in a document (an ESC sequence, a bell)
// appear in the terminal report, the Markdown report and error lines as visible escapes, never raw;
// the JSON report keeps the exact value, escaped as JSON.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, skj } from '../support/cli.js';

const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const hostileSeed = () => {
  const dir = mkdtempSync(join(tmpdir(), 'skj-import-control-'));
  const text = readFileSync(join(ROOT, 'test/seeds/000_f75f37ca9f31e97e.txt'), 'utf8').replace('**Kode Jabatan** : 1.04.4.....', '**Kode Jabatan** : 1.04.4\u001b[31m.....\u0007');
  expect(text).toContain('\u001b[31m');
  writeFileSync(join(dir, 'dokumen.txt'), text);
  return dir;
};

describe('skj import reports with control characters in the document', { timeout: 60_000 }, () => {
  test('terminal and Markdown reports show them as escapes', async () => {
    const dir = hostileSeed();
    const r = await skj(['import', 'dokumen.txt', '--out', 'p', '--report', 'laporan.md', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toMatch(/:561  dropped  .*«1\.04\.4\\x1B\[31m\.{5}\\x07»/);
    const md = readFileSync(join(dir, 'laporan.md'), 'utf8');
    expect(md).not.toMatch(RAW);
    expect(md).toContain('1.04.4\\x1B[31m.....\\x07');
  });

  test('the JSON report carries the exact value, escaped as JSON', async () => {
    const dir = hostileSeed();
    const r = await skj(['import', 'dokumen.txt', '--out', 'p', '--format', 'json', '--dry-run', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    const notes = JSON.parse(r.stdout).sections.flatMap((s: { notes: { message: string }[] }) => s.notes.map((n) => n.message));
    expect(notes).toContainEqual(expect.stringContaining('«1.04.4\u001b[31m.....\u0007»'));
  });

  test('an error line names the document with escapes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-import-control-'));
    const name = 'dokumen\u001b[2J\u0007.txt';
    writeFileSync(join(dir, name), 'Lorem ipsum dolor sit amet.\n');
    const r = await skj(['import', name, '--out', 'p'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain('dokumen\\x1B[2J\\x07.txt');
  });
});
