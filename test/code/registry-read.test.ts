// kode.lock.yaml is read by the fast path (it grows to one entry per code ever issued); an invalid
// registry still gets a located message from the slow path.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, read, skj } from './helpers.js';

describe('kode.lock.yaml reading', () => {
  it('reads a registry past the 10 MB bound of other files (a national registry is about 25 MB)', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    // 80,000 retired codes of standards long gone: about 12 MB.
    const entries = Array.from({ length: 80_000 }, (_, i) =>
      `  "${String(209990000000 + i)}":\n    berkas: standar/lama-${i}.yaml\n    nama: Jabatan Lama Nomor ${i}\n    status: pensiun\n    tanggal: "2020-01-01"\n`).join('');
    writeFileSync(join(dir, 'kode.lock.yaml'), read(dir, 'kode.lock.yaml') + entries);
    const check = await skj(dir, ['code', '--check']);
    expect(check.stderr).not.toContain('MB');
    expect(check.code).toBe(0);
    const v = await skj(dir, ['validate', '--format', 'json']);
    expect(v.stdout + v.stderr).not.toContain('kode.lock.yaml');
  }, 120_000);

  it('reports a code recorded twice at the second entry, with its line', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    const text = read(dir, 'kode.lock.yaml');
    const first = /^ {2}"(\d{12})":\n(?: {4}.*\n)+/m.exec(text)!;
    writeFileSync(join(dir, 'kode.lock.yaml'), text + first[0]);
    const line = (text + first[0]).split('\n').length - first[0].split('\n').length + 1;
    const r = await skj(dir, ['code', '--check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`kode.lock.yaml:${line}:3`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads a registry written in styles the fast path leaves to the full parser', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    const text = read(dir, 'kode.lock.yaml');
    // An anchor, a tag and a quoted name that spans two lines: the same registry.
    const styled = text
      .replace(/^version: 1$/m, 'version: !!int 1')
      .replace(/^( {4}nama: )(.*)$/m, (_, k: string, v: string) => `${k}"${v.replace(/^"|"$/g, '').replace(' ', '\n      ')}"`)
      .replace(/^( {4}status: aktif)$/m, '$1 # &a');
    writeFileSync(join(dir, 'kode.lock.yaml'), styled);
    const r = await skj(dir, ['code', '--check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('kode.lock.yaml schema errors speak the catalogue (issue 11)', () => {
  async function broken(edit: (text: string) => string) {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    writeFileSync(join(dir, 'kode.lock.yaml'), edit(read(dir, 'kode.lock.yaml')));
    return { id: await skj(dir, ['code', '--check']), en: await skj(dir, ['--lang', 'en', 'code', '--check']) };
  }

  it('a wrong status: located, Indonesian and English, no library English', async () => {
    const { id, en } = await broken((t) => t.replace('status: aktif', 'status: hidup'));
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/^skj: kode\.lock\.yaml:\d+:13: registri kode tidak sah: «kode\.\d{12}\.status» bernilai «hidup», padahal yang diizinkan: aktif, pensiun\.\n$/);
    expect(en.stderr).toMatch(/^skj: kode\.lock\.yaml:\d+:13: the code registry is invalid: «kode\.\d{12}\.status» is «hidup», but the allowed values are: aktif, pensiun\.\n$/);
    expect(id.stderr + en.stderr).not.toMatch(/Invalid (input|option)|expected/);
  });

  it('a key that is not a 12-digit code, and a missing field', async () => {
    const key = await broken((t) => t.replace(/^ {2}"(\d{11})\d":/m, '  "$1":'));
    expect(key.id.stderr).toMatch(/registri kode tidak sah: «\d{11}» bukan kode jabatan 12 digit tanpa titik/);
    expect(key.en.stderr).toMatch(/the code registry is invalid: «\d{11}» is not a 12-digit job code without dots/);
    const missing = await broken((t) => t.replace(/^ {4}berkas: .*\n/m, ''));
    expect(missing.id.stderr).toMatch(/Kolom wajib «kode\.\d{12}\.berkas» tidak ada/);
    expect(missing.en.stderr).toMatch(/Required field «kode\.\d{12}\.berkas» is missing/);
  });
});
