// Writing a kode changes one line of the file and nothing else: comments, blank lines, key order,
// quoting, CRLF endings and a byte-order mark survive byte for byte.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setKodeText, UnwritableError } from '../../src/code/write.js';
import { copyFixture, FIXTURES, skj } from './helpers.js';

/** The lines of `after` equal those of `before` with exactly one line inserted; returns it. */
function insertedLine(before: string, after: string, eol: string): string {
  const a = before.split(eol);
  const b = after.split(eol);
  expect(b).toHaveLength(a.length + 1);
  const i = b.findIndex((line, k) => line !== a[k]);
  expect([...b.slice(0, i), ...b.slice(i + 1)]).toEqual(a);
  return b[i]!;
}

describe('skj code writes', () => {
  it('keep a CRLF file with comments and blank lines byte for byte, apart from the added line', async () => {
    const dir = copyFixture('code-basic');
    const path = join(dir, 'standar/kepala-dinas.yaml');
    const lf = readFileSync(join(FIXTURES, 'code-basic/standar/kepala-dinas.yaml'), 'utf8');
    const crlf = lf.replace(/\n/g, '\r\n');
    writeFileSync(path, crlf);
    const r = await skj(dir, ['code']);
    expect(r.code).toBe(0);
    const after = readFileSync(path, 'utf8');
    expect(insertedLine(crlf, after, '\r\n')).toBe('kode: "103160000001"');
    // after unit_kerja, before the blank line and the comment that follow it
    expect(after).toContain('unit_kerja: Dinas Komunikasi dan Informatika\r\nkode: "103160000001"\r\n\r\n# a blank line');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    // no temporary file left behind
    expect(readdirSync(join(dir, 'standar')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('insert after unit_kerja, else urusan, else tingkatan, else nama, keeping the indentation of the mapping', () => {
    expect(setKodeText('nama: A\ntingkatan: pengawas\nurusan: "2.16"  # c\nikhtisar: x\n', '205160000001')).toBe(
      'nama: A\ntingkatan: pengawas\nurusan: "2.16"  # c\nkode: "205160000001"\nikhtisar: x\n',
    );
    expect(setKodeText('nama: A\ntingkatan: pengawas\nikhtisar: x\n', '205160000001')).toBe('nama: A\ntingkatan: pengawas\nkode: "205160000001"\nikhtisar: x\n');
    expect(setKodeText('---\n  nama: A\n  urusan: >-\n    2.16\n\n  x: 1', '205160000001')).toBe('---\n  nama: A\n  urusan: >-\n    2.16\n  kode: "205160000001"\n\n  x: 1');
    expect(setKodeText('nama: A', '205160000001')).toBe('nama: A\nkode: "205160000001"');
  });

  it('replace an existing value in place, keeping single quotes and the comment', () => {
    expect(setKodeText("nama: A\nkode: '1.04.4.....'  # placeholder\nx: 1\n", '204160000001')).toBe("nama: A\nkode: '204160000001'  # placeholder\nx: 1\n");
    expect(setKodeText('nama: A\nkode: 204160000009\n', '204160000001')).toBe('nama: A\nkode: "204160000001"\n');
    expect(setKodeText('nama: A\nkode:   # isi\nx: 1\n', '204160000001')).toBe('nama: A\nkode: "204160000001"   # isi\nx: 1\n');
    expect(setKodeText('nama: A\nkode: ""\n', '204160000001')).toBe('nama: A\nkode: "204160000001"\n');
  });

  it('write flow style and JSON in their own style', () => {
    expect(setKodeText('{ nama: A, urusan: "2.16" }\n', '204160000001')).toBe('{ nama: A, urusan: "2.16", kode: "204160000001" }\n');
    expect(setKodeText('{"nama": "A", "tingkatan": "pengawas"}', '205160000001')).toBe('{"nama": "A", "tingkatan": "pengawas", "kode": "205160000001"}');
    expect(setKodeText('{\r\n  "nama": "A",\r\n  "urusan": "2.16"\r\n}\r\n', '204160000001')).toBe('{\r\n  "nama": "A",\r\n  "urusan": "2.16",\r\n  "kode": "204160000001"\r\n}\r\n');
    expect(setKodeText('{ nama: A, kode: "" }', '204160000001')).toBe('{ nama: A, kode: "204160000001" }');
  });

  it('refuse what it cannot write without touching anything else', () => {
    expect(() => setKodeText('{ nama: A, catatan: &k "", kode: *k }\n', '204160000001')).toThrow(UnwritableError);
    expect(() => setKodeText('nama: A\nkode:\n  - 1\n', '204160000001')).toThrow(UnwritableError);
    expect(() => setKodeText('- nama: A\n', '204160000001')).toThrow(UnwritableError);
  });

  it('keep a byte-order mark', async () => {
    const dir = copyFixture('code-basic');
    const path = join(dir, 'standar/sekretaris.yaml');
    const text = '\uFEFF' + readFileSync(path, 'utf8');
    writeFileSync(path, text);
    await skj(dir, ['code']);
    const after = readFileSync(path, 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(insertedLine(text, after, '\n')).toBe('kode: "204160000001"');
  });
});
