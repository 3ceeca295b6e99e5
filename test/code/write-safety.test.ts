// Issue 7, items 4 (writing side), 6, 7 and 8: skj code never damages a file it cannot write properly —
// it reports that one file, goes on with the others and records in the registry what it did.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, read, skj } from './helpers.js';

const kodeOf = (dir: string, path: string) => (parse(read(dir, path)) as { kode?: string }).kode;
const registryOf = (dir: string) => parse(read(dir, 'kode.lock.yaml')) as { kode: Record<string, { berkas: string; status: string }> };
const outside: string[] = [];
afterAll(() => outside.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('skj code on standards written in flow style or JSON', () => {
  it('inserts the code in the same style and validates afterwards', async () => {
    const dir = copyFixture('hostile/code-flow');
    const r = await skj(dir, ['code']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(dir, 'standar/a-flow.yaml')).toBe('# A standard written in YAML flow style.\n{ nama: Sekretaris Flow, tingkatan: administrator, urusan: "2.16", kode: "204160000001", ikhtisar: Mengoordinasikan. }\n');
    expect(read(dir, 'standar/b-json.json.yaml')).toBe('{\n  "nama": "Kepala Seksi JSON",\n  "tingkatan": "pengawas",\n  "urusan": "2.16",\n  "kode": "205160000001",\n  "ikhtisar": "Memimpin seksi."\n}\n');
    expect(JSON.parse(read(dir, 'standar/b-json.json.yaml')).kode).toBe('205160000001');
    expect(kodeOf(dir, 'standar/c-blok.yaml')).toBe('205160000002');
    expect(Object.keys(registryOf(dir).kode)).toHaveLength(3);
    expect((await skj(dir, ['code', '--check'])).code).toBe(0);
  });

  it('reports a file it cannot write, goes on with the others and writes the registry', async () => {
    const dir = copyFixture('hostile/code-flow');
    // an empty kode given through an alias: no single value to replace
    writeFileSync(join(dir, 'standar/a-flow.yaml'), '{ nama: Sekretaris Flow, tingkatan: administrator, urusan: "2.16", catatan: &k "", kode: *k }\n');
    const before = read(dir, 'standar/a-flow.yaml');
    const r = await skj(dir, ['code', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('standar/a-flow.yaml');
    expect(read(dir, 'standar/a-flow.yaml')).toBe(before);
    expect(kodeOf(dir, 'standar/c-blok.yaml')).toBe('205160000002');
    const reg = registryOf(dir);
    expect(Object.values(reg.kode).map((e) => e.berkas).sort()).toEqual(['standar/b-json.json.yaml', 'standar/c-blok.yaml']);
  });
});

describe('skj code on a file that is not valid UTF-8', () => {
  it('reports it and never writes it (no U+FFFD replacement)', async () => {
    const dir = copyFixture('hostile/code-encoding');
    const before = readFileSync(join(dir, 'standar/a-cp1252.yaml'));
    const r = await skj(dir, ['code', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/standar\/a-cp1252\.yaml: .*UTF-8/);
    expect(readFileSync(join(dir, 'standar/a-cp1252.yaml'))).toEqual(before);
    expect(kodeOf(dir, 'standar/b-utf8.yaml')).toBe('204160000001'); // the unreadable file is never planned, so it takes no number
    expect(Object.values(registryOf(dir).kode).map((e) => e.berkas)).toEqual(['standar/b-utf8.yaml']);
  });
});

describe('symlinked standards', () => {
  it('are validated and written through to their target inside the project; the link stays a link', async () => {
    const dir = copyFixture('code-basic');
    mkdirSync(join(dir, 'bersama'));
    writeFileSync(join(dir, 'bersama/analis.yaml'), 'nama: Analis Bersama\ntingkatan: pengawas\nurusan: "2.16"\n');
    symlinkSync('../bersama/analis.yaml', join(dir, 'standar/analis.yaml'));
    const v = await skj(dir, ['validate', '--format', 'json']);
    expect(JSON.parse(v.stdout).diagnostics.map((d: { file: string }) => d.file)).toContain('standar/analis.yaml');
    const r = await skj(dir, ['code', 'standar/analis.yaml']);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'standar/analis.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'standar/analis.yaml'))).toBe('../bersama/analis.yaml');
    expect(kodeOf(dir, 'bersama/analis.yaml')).toBe('205160000001');
    expect(registryOf(dir).kode['205160000001']!.berkas).toBe('standar/analis.yaml');
  });

  it('pointing outside the project are reported and left alone', async () => {
    const dir = copyFixture('code-basic');
    const ext = mkdtempSync(join(tmpdir(), 'skj-outside-'));
    outside.push(ext);
    const target = join(ext, 'luar.yaml');
    writeFileSync(target, 'nama: Analis Luar\ntingkatan: pengawas\nurusan: "2.16"\n');
    symlinkSync(target, join(dir, 'standar/luar.yaml'));
    const r = await skj(dir, ['code', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/standar\/luar\.yaml: .*link/);
    expect(read(ext, 'luar.yaml')).not.toContain('kode');
    expect(lstatSync(join(dir, 'standar/luar.yaml')).isSymbolicLink()).toBe(true);
    expect(kodeOf(dir, 'standar/sekretaris.yaml')).toBe('204160000001');
  });
});

describe('read-only files and folders (checked by permission bits, so also when run as root)', () => {
  it('a read-only standard and a read-only folder are reported and skipped; the rest and the registry are written', async () => {
    const dir = copyFixture('code-basic');
    chmodSync(join(dir, 'standar/sekretaris.yaml'), 0o444);
    const before = read(dir, 'standar/sekretaris.yaml');
    chmodSync(join(dir, 'standar/bidang'), 0o555);
    try {
      const r = await skj(dir, ['code', '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/standar\/sekretaris\.yaml: .*read-only/);
      expect(r.stdout).toMatch(/standar\/bidang\/kepala-seksi-a\.yaml: .*read-only/);
      expect(read(dir, 'standar/sekretaris.yaml')).toBe(before);
      expect(statSync(join(dir, 'standar/sekretaris.yaml')).mode & 0o777).toBe(0o444);
      expect(kodeOf(dir, 'standar/bidang/kepala-seksi-a.yaml')).toBeUndefined();
      expect(kodeOf(dir, 'standar/kepala-dinas.yaml')).toBe('103160000001');
      const reg = registryOf(dir);
      expect(reg.kode['103160000001']!.berkas).toBe('standar/kepala-dinas.yaml');
      expect(Object.values(reg.kode).map((e) => e.berkas)).not.toContain('standar/sekretaris.yaml');
    } finally {
      chmodSync(join(dir, 'standar/bidang'), 0o755);
    }
  });

  it('a read-only render output is reported, not overwritten', async () => {
    const dir = copyFixture('code-basic');
    writeFileSync(join(dir, 'lampiran.md'), 'dokumen lama\n');
    chmodSync(join(dir, 'lampiran.md'), 0o444);
    const r = await skj(dir, ['render', '--format', 'md', '--out', 'lampiran.md', '--force', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lampiran\.md.*read-only/);
    expect(read(dir, 'lampiran.md')).toBe('dokumen lama\n');
  });
});
