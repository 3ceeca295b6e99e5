// `skj validate --fix` / `--fix-dry-run` through the CLI, on copies of the example projects with the
// seeds' fixable defects put back: the fixes make them clean, keep comments, and a second run changes nothing.
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT, skj } from '../support/cli.js';

// Each test runs the CLI several times on a copied project; on a loaded 2-core machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 });

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function copy(example: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'skj-fix-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'examples', example), dir, { recursive: true });
  return dir;
}

const PENGAWAS = 'standar/kepala-seksi-aplikasi-dan-database.yaml';

function edit(dir: string, file: string, change: (text: string) => string): string {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  return after;
}

describe('skj validate --fix: pangkat and leadership training', () => {
  it('writes III/b for "III b" and the current training name, keeps every comment, and is idempotent', async () => {
    const dir = copy('kominfo-tasikmalaya');
    const original = readFileSync(join(dir, PENGAWAS), 'utf8');
    edit(dir, PENGAWAS, (t) =>
      t.replace('pangkat: "Minimal III/b, Penata Muda Tk I"', 'pangkat: "Minimal III b, Penata Muda Tk I"').replace('- nama: Pelatihan Kepemimpinan Pengawas', '- nama: Diklat PIM Tk. IV'),
    );
    const before = await skj(['validate', '--lang', 'en'], { cwd: dir });
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('Did you mean "Minimal III/b, Penata Muda Tk I" (III/b, Penata Muda Tingkat I)?');

    const r = await skj(['validate', '--fix'], { cwd: dir });
    expect(r.stdout).toContain(`${PENGAWAS}: 2 perbaikan`);
    expect(r.stdout).toContain('golongan «III b» ditulis III/b (persyaratan/pangkat)');
    expect(r.stdout).toContain('nama lama «Diklat PIM Tk. IV» diganti «Pelatihan Kepemimpinan Pengawas» (persyaratan/pelatihan-kepemimpinan)');
    expect(r.stdout).toContain('1 berkas diperbaiki (2 perbaikan)');
    expect(r.code).toBe(0);
    // Byte-identical to the clean example: comments, quoting and layout untouched.
    expect(readFileSync(join(dir, PENGAWAS), 'utf8')).toBe(original);

    const again = await skj(['validate', '--fix'], { cwd: dir });
    expect(again.stdout).toContain('tidak ada yang dapat diperbaiki otomatis');
    expect(readFileSync(join(dir, PENGAWAS), 'utf8')).toBe(original);
  });

  it('normalises iii/b, IIIb and III-b; the message of "IIIb" suggests III/b in Indonesian', async () => {
    for (const written of ['iii/b', 'IIIb', 'III-b', 'III / b']) {
      const dir = copy('kominfo-tasikmalaya');
      const original = readFileSync(join(dir, PENGAWAS), 'utf8');
      edit(dir, PENGAWAS, (t) => t.replace('Minimal III/b,', `Minimal ${written},`));
      if (written === 'IIIb') expect((await skj(['validate'], { cwd: dir })).stdout).toContain('Mungkin maksudnya "Minimal III/b, Penata Muda Tk I" (III/b, Penata Muda Tingkat I)?');
      const r = await skj(['validate', '--fix'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(readFileSync(join(dir, PENGAWAS), 'utf8')).toBe(original);
    }
  });
});

describe('skj validate --fix-dry-run', () => {
  it('prints a unified diff, writes nothing, and exits as validate would after fixing', async () => {
    const dir = copy('kominfo-tasikmalaya');
    const broken = edit(dir, PENGAWAS, (t) => t.replace('Minimal III/b,', 'Minimal III b,'));
    const r = await skj(['validate', '--fix-dry-run', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toContain(`--- ${PENGAWAS}`);
    expect(r.stdout).toContain('-  pangkat: "Minimal III b, Penata Muda Tk I"');
    expect(r.stdout).toContain('+  pangkat: "Minimal III/b, Penata Muda Tk I"');
    expect(r.stdout).toContain('1 files would be fixed (1 fixes); nothing written.');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, PENGAWAS), 'utf8')).toBe(broken);
  });

  it('is refused together with --fix', async () => {
    const r = await skj(['validate', '--fix', '--fix-dry-run'], { cwd: copy('kominfo-tasikmalaya') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--fix dan --fix-dry-run tidak dapat dipakai bersamaan');
  });
});

describe('skj validate --fix: never a damaged file', () => {
  it('leaves a read-only file as it is, says so, and reports its problems as they are', async () => {
    const dir = copy('kominfo-tasikmalaya');
    const broken = edit(dir, PENGAWAS, (t) => t.replace('Minimal III/b,', 'Minimal III b,'));
    chmodSync(join(dir, PENGAWAS), 0o444);
    const r = await skj(['validate', '--fix'], { cwd: dir });
    expect(r.stdout).toContain(`${PENGAWAS}: hanya-baca (444); tidak ditulis`);
    expect(r.stdout).toContain('persyaratan/pangkat');
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, PENGAWAS), 'utf8')).toBe(broken);
  });

  it('keeps a byte-order mark and CRLF line ends', async () => {
    const dir = copy('kominfo-tasikmalaya');
    const original = readFileSync(join(dir, PENGAWAS), 'utf8');
    const crlf = (s: string) => `\uFEFF${s.replace(/\n/g, '\r\n')}`;
    writeFileSync(join(dir, PENGAWAS), crlf(original.replace('Minimal III/b,', 'Minimal III b,')));
    const r = await skj(['validate', '--fix'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, PENGAWAS), 'utf8')).toBe(crlf(original));
  });
});

describe('skj validate --fix: unquoted urusan and kode', () => {
  it('quotes them as written, and the message advises the written text ("2.10", not "2.1") in id and en', async () => {
    const dir = copy('kominfo-tasikmalaya');
    edit(dir, PENGAWAS, (t) => t.replace('urusan: "2.16"', 'urusan: 2.10'));
    const id = await skj(['validate'], { cwd: dir });
    const en = await skj(['validate', '--lang', 'en'], { cwd: dir });
    expect(id.stdout).toContain('YAML membacanya sebagai angka (2.10). Tulis nilainya dalam tanda kutip, mis. "2.10".');
    expect(en.stdout).toContain('(2.10). Quote the value, e.g. "2.10".');
    expect(id.stdout + en.stdout).not.toContain('"2.1"');
    await skj(['validate', '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, PENGAWAS), 'utf8')).toContain('urusan: 2.10'.replace('2.10', '"2.10"  # 000:1026'));
  });

  it('makes the example clean again, byte for byte', async () => {
    const dir = copy('kominfo-tasikmalaya');
    const original = readFileSync(join(dir, PENGAWAS), 'utf8');
    edit(dir, PENGAWAS, (t) => t.replace('urusan: "2.16"', 'urusan: 2.16').replace('kode: "205160000001"', 'kode: 205160000001'));
    const r = await skj(['validate', '--fix', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toContain('«urusan»: 2.16 quoted ("2.16") (schema)');
    expect(r.stdout).toContain('«kode»: 205160000001 quoted ("205160000001") (schema)');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, PENGAWAS), 'utf8')).toBe(original);
  });
});

describe('skj validate --fix: names as codes and copied kamus text', () => {
  it('writes the code for an exact name, drops text identical to the kamus, keeps a comment, leaves a typo to the user', async () => {
    const dir = copy('kominfo-tasikmalaya');
    const original = readFileSync(join(dir, PENGAWAS), 'utf8');
    const kamusText = [
      '    integritas:',
      '      level: 2',
      '      deskripsi: "Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi"',
      '      indikator:',
      '        - "2.1. Mengingatkan rekan kerja untuk bertindak sesuai dengan nilai, norma, dan etika organisasi dalam segala situasi dan kondisi; mengajak orang lain untuk bertindak sesuai etika dan kode etik;"',
      '        - "2.2. Menerapkan norma-norma secara konsisten dalam setiap situasi, pada unit kerja terkecil/kelompok kerjanya;"',
      '        - "2.3. Memberikan informasi yang dapat dipercaya sesuai dengan etika organisasi."',
    ].join('\n');
    edit(dir, PENGAWAS, (t) => t.replace('    M.01: 2', kamusText).replace('    M.02: 2', '    Kerjasama: 2  # kept').replace('    M.03: 2', '    Komunikasih: 2'));
    const r = await skj(['validate', '--fix'], { cwd: dir });
    const fixed = readFileSync(join(dir, PENGAWAS), 'utf8');
    expect(r.stdout).toContain('kompetensi «integritas» ditulis dengan kodenya M.01 (kompetensi/by-name)');
    expect(r.stdout).toContain('«M.01» hanya memuat level: ditulis «M.01: 2» (kompetensi/text-drift)');
    expect(fixed).toBe(original.replace('    M.02: 2', '    M.02: 2  # kept').replace('    M.03: 2', '    Komunikasih: 2'));
    // The typo is reported with its suggestion, never fixed.
    expect(r.stdout).toContain('mungkin maksudnya M.03 Komunikasi?');
    expect(r.code).toBe(1);
  });

  it('keeps copied text that differs from the kamus or is numbered otherwise', async () => {
    const dir = copy('kominfo-tasikmalaya');
    const broken = edit(dir, PENGAWAS, (t) =>
      t.replace('    M.01: 2', ['    M.01:', '      level: 2', '      indikator:', '        - "2.1. Mengingatkan rekan kerja untuk bertindak sesuai dengan nilai, norma, dan etika organisasi;"', '        - "2.3. Mengajak orang lain untuk bertindak sesuai etika dan kode etik;"', '        - "2.3. Menerapkan norma-norma secara konsisten dalam setiap situasi, pada unit kerja terkecil/kelompok kerjanya."'].join('\n')),
    );
    const r = await skj(['validate', '--fix'], { cwd: dir });
    expect(r.stdout).toContain('tidak ada yang dapat diperbaiki otomatis');
    expect(readFileSync(join(dir, PENGAWAS), 'utf8')).toBe(broken);
  });
});

describe.each(['kominfo-tasikmalaya', 'purwakarta'])('skj validate --fix on the seed fixture %s', (name) => {
  it('fixes what is fixable, changes no finding of another kind, keeps every comment, and is idempotent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-fix-seed-'));
    dirs.push(dir);
    cpSync(join(ROOT, 'test/fixtures', name), dir, { recursive: true });
    const json = async () => JSON.parse((await skj(['validate', '--format', 'json', '--lang', 'en'], { cwd: dir })).stdout) as { diagnostics: { rule: string; message: string }[] };
    const countBy = (ds: { rule: string }[]) => ds.reduce<Record<string, number>>((m, d) => ({ ...m, [d.rule]: (m[d.rule] ?? 0) + 1 }), {});
    const before = (await json()).diagnostics;
    const files = readdirSync(join(dir, 'standar')).map((f) => join(dir, 'standar', f));
    const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

    const r = await skj(['validate', '--fix'], { cwd: dir });
    expect(r.stdout).toMatch(/berkas diperbaiki/);
    const after = (await json()).diagnostics;
    const legacy = before.filter((d) => d.message.includes('is a legacy name')).length;
    if (name === 'kominfo-tasikmalaya') expect(legacy).toBe(11); // "Diklat Pim II/III/IV" as printed
    expect(after.filter((d) => d.message.includes('is a legacy name'))).toEqual([]);
    expect(countBy(after)).toEqual({ ...countBy(before), 'persyaratan/pelatihan-kepemimpinan': countBy(before)['persyaratan/pelatihan-kepemimpinan']! - legacy });

    const NAMES = /^ {4}(Integritas|Kerjasama|Komunikasi|Orientasi pada Hasil|Pelayanan Publik|Pengembangan Diri dan Orang Lain|Mengelola Perubahan|Pengambilan Keputusan|Perekat Bangsa):/im;
    for (const [file, text] of texts) {
      const fixed = readFileSync(file, 'utf8');
      expect(text).toMatch(NAMES);
      expect(fixed, file).not.toMatch(NAMES);
      for (const comment of text.match(/#.*$/gm) ?? []) expect(fixed, file).toContain(comment);
    }

    const again = await skj(['validate', '--fix'], { cwd: dir });
    expect(again.stdout).toContain('tidak ada yang dapat diperbaiki otomatis');
  });
});
