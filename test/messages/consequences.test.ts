// Consequences stated (issue 11 item 5): every message says what follows and why, and names what to run.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, skj } from '../support/cli.js';
import { BASE, both, edit, KAMUS_TEKNIS, project } from './project.js';

/** BASE with one warning (a placeholder left in ikhtisar). */
const WARNED = edit(BASE, /^ikhtisar: .*$/m, 'ikhtisar: "[ISI: ikhtisar]"');

describe('--max-warnings', () => {
  it('--quiet --max-warnings 0 with a warning: exit 1, the limit named, the hidden warning counted', async () => {
    const dir = project({ 'standar/a.yaml': WARNED });
    const { id, en } = await both(dir, ['validate', '--quiet', '--max-warnings', '0']);
    expect(id.code).toBe(1);
    expect(id.stdout).toBe('✔ 2 berkas diperiksa, tidak ada galat; 1 peringatan tidak ditampilkan (--quiet).\n');
    expect(id.stderr).toBe('skj menemukan terlalu banyak peringatan: 1 peringatan, padahal batasnya 0 (--max-warnings 0); karena itu kode keluar 1. Perbaiki peringatannya atau naikkan batasnya.\n');
    expect(en.code).toBe(1);
    expect(en.stderr).toBe('skj found too many warnings: 1 warning, while the limit is 0 (--max-warnings 0); hence exit code 1. Fix the warnings or raise the limit.\n');
  });

  it('without --quiet: exit 1 and the same reason', async () => {
    const dir = project({ 'standar/a.yaml': WARNED });
    const { id, en } = await both(dir, ['validate', '--max-warnings', '0']);
    expect(id.code).toBe(1);
    expect(id.stdout).toContain('✖ 1 masalah (0 galat, 1 peringatan)');
    expect(id.stderr).toContain('terlalu banyak peringatan');
    expect(en.stderr).toContain('too many warnings');
  });

  it('within the limit: exit 0 and nothing on stderr', async () => {
    const dir = project({ 'standar/a.yaml': WARNED });
    const { id } = await both(dir, ['validate', '--quiet', '--max-warnings', '1']);
    expect([id.code, id.stderr]).toEqual([0, '']);
  });
});

describe('a missing mandatory group', () => {
  it('sosial_kultural left out: SK.01 Perekat Bangsa is mandatory, at the tier floor, no generic schema error', async () => {
    const dir = project({ 'standar/a.yaml': edit(BASE, /  sosial_kultural:\n    SK.01: 3\n/, '') });
    const { id, en } = await both(dir, ['validate', '--format', 'json']);
    const [d, ...rest] = JSON.parse(id.stdout).diagnostics;
    expect(rest).toEqual([]);
    expect(d.rule).toBe('kompetensi/missing');
    expect(d.message).toBe(
      'Kelompok «sosial_kultural» tidak ada. Wajib dicantumkan: SK.01 Perekat Bangsa, minimal level 3 (standar minimal Jabatan Administrator, Perwal Serang 103/2021, Lampiran IV, formulir Jabatan Administrator). Tambahkan «sosial_kultural:» di bawah «kompetensi».',
    );
    expect(JSON.parse(en.stdout).diagnostics[0].message).toMatch(/^Group «sosial_kultural» is missing; mandatory: SK\.01 Perekat Bangsa, at least level 3 \(minimum standard of Jabatan Administrator/);
  });

  it('manajerial left out: one message naming M.01–M.08 and their minimum levels', async () => {
    const dir = project({ 'standar/a.yaml': edit(BASE, /  manajerial:\n(    M\.0\d: \d.*\n)+/, '') });
    const { id } = await both(dir, ['validate', '--format', 'json']);
    const ds = JSON.parse(id.stdout).diagnostics;
    expect(ds.map((d: { rule: string }) => d.rule)).toEqual(['kompetensi/missing']);
    expect(ds[0].message).toContain('Kelompok «manajerial» tidak ada. Wajib dicantumkan: M.01 Integritas, minimal level 3; M.02 Kerjasama, minimal level 3;');
  });
});

describe('a code defined twice in an agency kamus', () => {
  const kamus = edit(KAMUS_TEKNIS, /^ {2}- kode: "?T\.05"?$/m, '  - kode: T.04');
  const line = KAMUS_TEKNIS.split('\n').findIndex((l) => /^ {2}- kode: "?T\.04"?$/.test(l)) + 1;

  it('names the line of the first definition, and is not reported again in the standards', async () => {
    const standar = edit(BASE, /^    T\.04: 3.*$/m, '    T.04: 3\n    Diseminasi Informasi dan Statistik: 3');
    const dir = project({ 'kamus/teknis.yaml': kamus, 'standar/a.yaml': standar });
    const { id, en } = await both(dir, ['validate', '--format', 'json']);
    const ds = JSON.parse(id.stdout).diagnostics;
    expect(ds.map((d: { rule: string }) => d.rule)).toEqual(['kamus/duplicate-code']);
    expect(ds[0].message).toBe(`Kode T.04 sudah dipakai di kamus/teknis.yaml:${line} untuk «Pengelolaan Keuangan Daerah». Setiap kompetensi kamus memerlukan kode sendiri; beri salah satunya kode lain.`);
    expect(JSON.parse(en.stdout).diagnostics[0].message).toContain(`already used at kamus/teknis.yaml:${line} for «Pengelolaan Keuangan Daerah»`);
  });

  it('one competency listed twice in a standard is still kompetensi/duplicate', async () => {
    const dir = project({ 'standar/a.yaml': edit(BASE, /^    T\.04: 3.*$/m, '    T.04: 3\n    Pengelolaan Keuangan Daerah: 3') });
    const ds = JSON.parse((await skj(['validate', '--format', 'json'], { cwd: dir })).stdout).diagnostics;
    expect(ds.map((d: { rule: string }) => d.rule)).toEqual(['kompetensi/duplicate']);
  });
});

/** The Kominfo example with Sekretaris copied to standar/sekretaris-salinan.yaml (same code). */
function copiedPair(): string {
  const dir = mkdtempSync(join(tmpdir(), 'skj-copy-'));
  cpSync(join(ROOT, 'examples/kominfo-tasikmalaya'), dir, { recursive: true });
  cpSync(join(dir, 'standar/sekretaris.yaml'), join(dir, 'standar/sekretaris-salinan.yaml'));
  return dir;
}

describe('a copied standard (same code in two files)', () => {
  it('validate reports the copy only, naming the registered file and the command to run', async () => {
    const dir = copiedPair();
    const { id, en } = await both(dir, ['validate', '--format', 'json']);
    const ds = JSON.parse(id.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'kode/duplicate');
    expect(ds.map((d: { file: string }) => d.file)).toEqual(['standar/sekretaris-salinan.yaml']);
    expect(ds[0].message).toBe('Kode jabatan 204160000003 terdaftar di kode.lock.yaml untuk standar/sekretaris.yaml; berkas ini salinannya. Beri berkas ini kode baru: `skj code --reassign standar/sekretaris-salinan.yaml`.');
    expect(JSON.parse(en.stdout).diagnostics.find((d: { rule: string }) => d.rule === 'kode/duplicate').message).toContain('this file is the copy. Give this file a new code: `skj code --reassign standar/sekretaris-salinan.yaml`');
  });

  it('without a registry both files are reported, each naming its own --reassign command', async () => {
    const dir = copiedPair();
    writeFileSync(join(dir, 'kode.lock.yaml'), 'version: 1\nkode: {}\n');
    const ds = JSON.parse((await skj(['validate', '--format', 'json'], { cwd: dir })).stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'kode/duplicate');
    expect(ds.map((d: { message: string }) => d.message.match(/--reassign (\S+)`/)?.[1])).toEqual(['standar/sekretaris-salinan.yaml', 'standar/sekretaris.yaml']);
  });

  it('skj code names the copy and the actual command', async () => {
    const dir = copiedPair();
    const { id, en } = await both(dir, ['code', '--dry-run']);
    expect(id.code).toBe(1);
    expect(id.stdout).toContain('standar/sekretaris-salinan.yaml: kode «204160000003» terdaftar untuk standar/sekretaris.yaml, jadi berkas ini salinannya; dibiarkan. Beri berkas ini kode baru dengan `skj code --reassign standar/sekretaris-salinan.yaml`.');
    expect(en.stdout).toContain('Give this file a new code with `skj code --reassign standar/sekretaris-salinan.yaml`');
  });

  it('--reassign on the copy: the original keeps its code, nothing is said to be retired; the new entry is counted', async () => {
    const dir = copiedPair();
    const r = await skj(['code', '--reassign', 'standar/sekretaris-salinan.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('standar/sekretaris-salinan.yaml: Sekretaris → 2.04.160000.004 (salinan; 204160000003 tetap milik standar/sekretaris.yaml)\n1 kode diberikan, 1 perubahan registri, 0 masalah.\n');
    expect(r.stdout).not.toContain('pensiun');
    const lock = readFileSync(join(dir, 'kode.lock.yaml'), 'utf8');
    expect(lock).toMatch(/"204160000003":\n    berkas: standar\/sekretaris\.yaml\n    nama: Sekretaris\n    status: aktif/);
    const en = await skj(['--lang', 'en', 'code', '--check'], { cwd: dir });
    expect(en.code).toBe(0);
  });

  it('a new standard: its code is counted as a registry change (English too)', async () => {
    const dir = copiedPair();
    writeFileSync(join(dir, 'standar/sekretaris-salinan.yaml'), readFileSync(join(dir, 'standar/sekretaris-salinan.yaml'), 'utf8').replace(/^kode: .*\n/m, ''));
    const { en } = await both(dir, ['code', '--dry-run']);
    expect(en.stdout).toMatch(/Codes to assign: 1; registry changes: 1; problems: 0\.\n$/);
    const id = await skj(['code', '--check'], { cwd: dir });
    expect(id.stdout).toContain('1 standar tanpa kode, 1 perubahan registri tertunda');
  });
});

describe('outside a project', () => {
  const outside = () => mkdtempSync(join(tmpdir(), 'skj-outside-'));

  it('skj code: the registry needs a project; run inside it or skj init', async () => {
    const { id, en } = await both(outside(), ['code']);
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/^skj: Tidak ada skj\.yaml di .* padahal skj code menyimpan registri kode \(kode\.lock\.yaml\) di proyek\. Jalankan di dalam folder proyek .*npx skj init\n$/);
    expect(id.stderr).not.toContain('skj validate');
    expect(en.stderr).toContain('Run it inside the project folder (or name files inside it), or set up a project first: npx skj init');
  });

  it('skj render: run inside the project, name the files, or skj init', async () => {
    const { id, en } = await both(outside(), ['render']);
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('sebutkan berkas standarnya (skj render BERKAS…), atau siapkan proyek dulu: npx skj init');
    expect(id.stderr).not.toContain('skj validate');
    expect(en.stderr).toContain('name the standard files (skj render FILE…)');
  });
});
