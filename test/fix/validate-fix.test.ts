// `skj validate --fix` / `--fix-dry-run` through the CLI, on copies of the example projects with the
// seeds' fixable defects put back: the fixes make them clean, keep comments, and a second run changes nothing.
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, skj } from '../support/cli.js';

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
