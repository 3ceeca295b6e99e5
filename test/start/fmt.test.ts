// skj fmt through the CLI on copies of the fixtures, the seed-derived ones and the examples: canonical
// text, meaning kept, comments kept, idempotent, --check and --diff write nothing, bad input untouched.
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync, lstatSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, skj } from '../support/cli.js';
import { tempDir } from './helpers.js';

/** A fresh copy of a folder of this repository. */
function copy(rel: string): string {
  const dir = tempDir('fmt');
  cpSync(join(ROOT, rel), dir, { recursive: true });
  return dir;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (/\.ya?ml$/.test(name) && !['skj.yaml', 'kode.lock.yaml', 'expected.yaml'].includes(name)) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  visit(dir);
  return out.sort();
}

const read = (dir: string) => new Map(yamlFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

/** Data equal, except that a code YAML read as a number (urusan: 2.10) is now the string written ("2.10"). */
function sameMeaning(before: unknown, after: unknown, key = ''): void {
  if ((key === 'kode' || key === 'urusan') && typeof before === 'number') {
    expect(typeof after).toBe('string');
    expect(Number(after)).toBe(before);
    return;
  }
  if (before && typeof before === 'object') {
    expect(after && typeof after === 'object' && Array.isArray(after) === Array.isArray(before)).toBe(true);
    expect(Object.keys(after as object).sort()).toEqual(Object.keys(before).sort());
    for (const [k, v] of Object.entries(before)) sameMeaning(v, (after as Record<string, unknown>)[k], Array.isArray(before) ? key : k);
    return;
  }
  expect(after).toEqual(before);
}

const TREES = ['examples/kominfo-tasikmalaya', 'examples/purwakarta', 'test/fixtures/kominfo-tasikmalaya', 'test/fixtures/purwakarta', 'test/fixtures/render-long', 'test/fixtures/code-basic'];

describe.each(TREES)('skj fmt on %s', (tree) => {
  it('keeps what every file means, and a second run changes nothing', async () => {
    const dir = copy(tree);
    const before = read(dir);
    const first = await skj(['fmt'], { cwd: dir });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const after = read(dir);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [file, text] of before) sameMeaning(parse(text), parse(after.get(file)!));
    // Comments are kept, every one of them.
    const comments = (t: string) => t.split('\n').filter((l) => /(^|\s)#/.test(l)).length;
    for (const [file, text] of before) expect(comments(after.get(file)!), file).toBe(comments(text));
    const second = await skj(['fmt'], { cwd: dir });
    expect(second.stdout).toMatch(/^0 berkas dirapikan, \d+ sudah rapi\.\n$/);
    expect(read(dir)).toEqual(after);
    expect((await skj(['fmt', '--check'], { cwd: dir })).code).toBe(0);
  });
});

it('the examples are already formatted (CI runs skj fmt --check on them)', async () => {
  for (const ex of ['examples/kominfo-tasikmalaya', 'examples/purwakarta']) {
    const r = await skj(['fmt', '--check', ex]);
    expect(r.stdout).toMatch(/^Semua berkas sudah rapi \(\d+\)\.\n$/);
    expect(r.code).toBe(0);
  }
});

const MESSY = [
  '# Kepala Seksi Contoh: header of the file',
  'tingkatan: pengawas   # tier',
  'nama: Kepala Seksi Contoh',
  "kode: 205160000001",
  "urusan: 2.10",
  "sumber: 'Perbup Contoh 1/2020'",
  'catatan_sendiri: unknown key stays',
  'ikhtisar: "Melaksanakan tugas."',
  'persyaratan:',
  '    pangkat: III/b',
  '    # the education block',
  '    pendidikan:',
  '        bidang_ilmu:  # printed list',
  '            - Manajemen',
  '        jenjang: S-1/D-IV',
  '    indikator_kinerja: []',
  '    pelatihan:',
  '        manajerial:',
  '            - kategori: mutlak',
  '              nama: Pelatihan Kepemimpinan Pengawas',
  '',
  '',
  '# kompetensi section',
  'kompetensi:',
  '    sosial_kultural: {SK.01: 2}',
  '    manajerial:',
  '        M.02: 2',
  '        M.01: {indikator: [a], level: 2}',
  '',
  '',
].join('\r\n');

const TIDY = `# Kepala Seksi Contoh: header of the file
nama: Kepala Seksi Contoh
tingkatan: pengawas  # tier
urusan: "2.10"
kode: "205160000001"
sumber: "Perbup Contoh 1/2020"
ikhtisar: "Melaksanakan tugas."

# kompetensi section
kompetensi:
  manajerial:
    M.02: 2
    M.01: { level: 2, indikator: [ a ] }
  sosial_kultural: { SK.01: 2 }
persyaratan:
  # the education block
  pendidikan:
    jenjang: S-1/D-IV
    bidang_ilmu:  # printed list
      - Manajemen
  pelatihan:
    manajerial:
      - nama: Pelatihan Kepemimpinan Pengawas
        kategori: mutlak
  pangkat: III/b
  indikator_kinerja: []
catatan_sendiri: unknown key stays
`;

function project(files: Record<string, string | Buffer>): string {
  const dir = tempDir('fmt');
  writeFileSync(join(dir, 'skj.yaml'), 'instansi: Dinas Contoh\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('skj fmt: the canonical form', () => {
  it('orders keys as the format does, quotes codes as written, double quotes, 2 spaces, LF, one final newline; comments and sections kept', async () => {
    const dir = project({ 'standar/contoh.yaml': MESSY });
    const r = await skj(['fmt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('standar/contoh.yaml dirapikan\n1 berkas dirapikan, 0 sudah rapi.\n');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'standar/contoh.yaml'), 'utf8')).toBe(TIDY);
  });

  it('arranges a kamus: kompetensi entries and levels in the format order, kode quoted', async () => {
    const kamus = ['kompetensi:', '  - level:', '      2: {indikator: [b], deskripsi: B}', '      1: {deskripsi: A}', '    nama: Contoh  # n', '    kode: T.01', '    definisi: D', 'nama: Kamus Contoh', 'sumber: Perbup', 'jenis: teknis', ''].join('\n');
    const dir = project({ 'kamus/teknis.yaml': kamus });
    expect((await skj(['fmt'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'kamus/teknis.yaml'), 'utf8')).toBe(
      ['jenis: teknis', 'nama: Kamus Contoh', 'sumber: Perbup', 'kompetensi:', '  - kode: "T.01"', '    nama: Contoh  # n', '    definisi: D', '    level:', '      1: { deskripsi: A }', '      2: { deskripsi: B, indikator: [ b ] }', ''].join('\n'),
    );
  });

  it('what skj import writes is already formatted', async () => {
    const dir = tempDir('fmt');
    expect((await skj(['import', join(ROOT, 'test/seeds/000_f75f37ca9f31e97e.txt'), '--out', dir])).code).toBeLessThan(2);
    const r = await skj(['fmt', '--check'], { cwd: dir });
    expect(r.stdout).toMatch(/^Semua berkas sudah rapi \(12\)/);
    expect(r.code).toBe(0);
  });

  it('what skj new writes is already formatted', async () => {
    const dir = tempDir('fmt');
    expect((await skj(['init', '--yes', '--instansi', 'Dinas Contoh'], { cwd: dir })).code).toBe(0);
    expect((await skj(['new', '--tingkatan', 'pengawas', '--nama', 'Kepala Seksi Contoh', '--urusan', '2.10'], { cwd: dir })).code).toBe(0);
    const r = await skj(['fmt', '--check'], { cwd: dir });
    expect(r.stdout).toMatch(/^Semua berkas sudah rapi/);
    expect(r.code).toBe(0);
  });
});

describe('skj fmt --check and --diff', () => {
  it('--check lists what would change, writes nothing, exits 1; 0 once formatted', async () => {
    const dir = project({ 'standar/contoh.yaml': MESSY, 'standar/rapi.yaml': TIDY });
    const r = await skj(['fmt', '--check'], { cwd: dir });
    expect(r.stdout).toBe('standar/contoh.yaml belum rapi\n1 berkas belum rapi, 1 sudah rapi. Jalankan skj fmt untuk merapikannya.\n');
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'standar/contoh.yaml'), 'utf8')).toBe(MESSY);
    expect((await skj(['fmt', 'standar/contoh.yaml'], { cwd: dir })).code).toBe(0);
    expect((await skj(['fmt', '--check', '--lang', 'en'], { cwd: dir })).stdout).toBe('All files are formatted (2).\n');
  });

  it('--diff prints a unified diff and writes nothing', async () => {
    const dir = project({ 'standar/contoh.yaml': MESSY });
    const r = await skj(['fmt', '--diff'], { cwd: dir });
    expect(r.stdout).toContain('--- a/standar/contoh.yaml\n+++ b/standar/contoh.yaml\n');
    expect(r.stdout).toContain('\n-urusan: 2.10\r\n');
    expect(r.stdout).toContain('\n+urusan: "2.10"\n');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'standar/contoh.yaml'), 'utf8')).toBe(MESSY);
    // Coloured when asked for; a control character in the file is shown, never sent to the terminal raw.
    writeFileSync(join(dir, 'standar/contoh.yaml'), 'nama: "A\x1b[2J"\ntingkatan: pengawas\n');
    const coloured = await skj(['fmt', '--diff'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\x1b[31m-nama: "A\\x1B[2J"\x1b[39m');
    expect(coloured.stdout).not.toContain('\x1b[2J');
  });

  it('writes only the files whose text changes (a clean file keeps its mtime)', async () => {
    const dir = project({ 'standar/contoh.yaml': MESSY, 'standar/rapi.yaml': TIDY });
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(dir, 'standar/rapi.yaml'), old, old);
    const r = await skj(['fmt', 'standar'], { cwd: dir });
    expect(r.stdout).toBe('standar/contoh.yaml dirapikan\n1 berkas dirapikan, 1 sudah rapi.\n');
    expect(statSync(join(dir, 'standar/rapi.yaml')).mtimeMs).toBe(old.getTime());
  });
});

describe('skj fmt on bad input', () => {
  it('a YAML syntax error or non-UTF-8 bytes: located message, file untouched, the others formatted, exit 2', async () => {
    const broken = 'nama: "Kepala\ntingkatan: pengawas\n';
    const latin1 = Buffer.concat([Buffer.from('nama: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const dir = project({ 'standar/a-rusak.yaml': broken, 'standar/b-latin1.yaml': latin1, 'standar/c.yaml': MESSY });
    const r = await skj(['fmt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standar/a-rusak.yaml:1:7');
    expect(r.stderr).toContain('standar/b-latin1.yaml:1:10');
    expect(r.stderr).toContain('0xE9');
    expect(r.stderr).toContain('2 berkas tidak dapat dirapikan');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'standar/a-rusak.yaml'), 'utf8')).toBe(broken);
    expect(readFileSync(join(dir, 'standar/b-latin1.yaml'))).toEqual(latin1);
    expect(readFileSync(join(dir, 'standar/c.yaml'), 'utf8')).toBe(TIDY);
  });

  it('a read-only file is refused with its reason and left as it is', async () => {
    const dir = project({ 'standar/contoh.yaml': MESSY });
    chmodSync(join(dir, 'standar/contoh.yaml'), 0o444);
    const r = await skj(['fmt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standar/contoh.yaml: hanya-baca (444)');
    expect(readFileSync(join(dir, 'standar/contoh.yaml'), 'utf8')).toBe(MESSY);
  });

  it('a symbolic link inside the project is written through: it stays a link', async () => {
    const dir = project({ 'shared/contoh.yaml': MESSY });
    mkdirSync(join(dir, 'standar'));
    symlinkSync('../shared/contoh.yaml', join(dir, 'standar/contoh.yaml'));
    expect((await skj(['fmt'], { cwd: dir })).code).toBe(0);
    expect(lstatSync(join(dir, 'standar/contoh.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'shared/contoh.yaml'), 'utf8')).toBe(TIDY);
  });

  it('a symbolic link leading outside the project is refused, its target untouched', async () => {
    const outside = tempDir('fmt');
    writeFileSync(join(outside, 'lain.yaml'), MESSY);
    const dir = project({});
    mkdirSync(join(dir, 'standar'));
    symlinkSync(join(outside, 'lain.yaml'), join(dir, 'standar/lain.yaml'));
    const r = await skj(['fmt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standar/lain.yaml: tautan simbolik ke');
    expect(readFileSync(join(outside, 'lain.yaml'), 'utf8')).toBe(MESSY);
  });

  it('a file that cannot be ordered without changing its meaning (alias before its anchor) is refused', async () => {
    const text = 'tingkatan: &t pengawas\nnama: *t\n';
    const dir = project({ 'standar/alias.yaml': text });
    const r = await skj(['fmt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('standar/alias.yaml: skj fmt tidak dapat merapikan berkas ini');
    expect(readFileSync(join(dir, 'standar/alias.yaml'), 'utf8')).toBe(text);
  });

  it('a path that does not exist is a usage error', async () => {
    const dir = project({});
    const r = await skj(['fmt', 'standar/tidak-ada.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak-ada.yaml');
  });
});
