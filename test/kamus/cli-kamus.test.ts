// skj kamus: every bundled code, level text and tier floor is reachable through the CLI, in both
// languages; expectations are read from dictionaries/*.yaml directly, not through skj's loaders.
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, skj } from '../support/cli.js';
import { tempDir } from '../start/helpers.js';

interface Level {
  deskripsi?: string;
  indikator?: string[];
}
interface Kompetensi {
  kode: string;
  nama: string;
  definisi: string;
  level: Record<string, Level>;
}
const dict = (name: string) => parse(readFileSync(join(ROOT, 'dictionaries', name), 'utf8'));
const KAMUS: Kompetensi[] = ['kamus-manajerial.yaml', 'kamus-sosial-kultural.yaml'].flatMap((f) => dict(f).kompetensi);
const TINGKATAN = dict('tingkatan.yaml').tingkatan as {
  id: string;
  nama: string;
  alias: string[];
  standar_minimal: { level: Record<string, number>; sumber: string; sumber_en?: string; sumber_baris?: string; kepastian: string };
}[];
const URUSAN = dict('urusan.yaml').urusan as { kode: string; nama: string }[];
const PANGKAT = dict('pangkat.yaml').pangkat as { golongan: string; nama: string }[];
const LANGS = ['id', 'en'] as const;
const EXAMPLE = join(ROOT, 'examples/kominfo-tasikmalaya');

/** Runs skj kamus outside any project (only the bundled data counts). */
async function kamus(args: string[], lang: string, cwd?: string) {
  return skj(['--lang', lang, 'kamus', ...args], { cwd: cwd ?? outside });
}
const outside = tempDir('kamus');

describe.each(LANGS)('skj kamus (--lang %s)', (lang) => {
  it('lists every bundled competency, grouped by jenis', async () => {
    const r = await kamus([], lang);
    expect(r.code, r.stderr).toBe(0);
    for (const k of KAMUS) expect(r.stdout).toMatch(new RegExp(`${k.kode.replace('.', '\\.')}\\s+${k.nama}\\n`));
    expect(r.stdout.indexOf('M.08')).toBeLessThan(r.stdout.indexOf('SK.01'));
    expect(r.stdout).not.toContain('T.01');
    const json = JSON.parse((await kamus(['--format', 'json'], lang)).stdout);
    expect(json.map((g: { jenis: string }) => g.jenis)).toEqual(['manajerial', 'sosial_kultural']);
    expect(json.flatMap((g: { kompetensi: { kode: string }[] }) => g.kompetensi.map((k) => k.kode))).toEqual(KAMUS.map((k) => k.kode));
  });

  it('prints every level deskripsi and indikator, one level with --level and all without', async () => {
    for (const k of KAMUS) {
      const all = await kamus([k.kode], lang);
      expect(all.code, all.stderr).toBe(0);
      expect(all.stdout).toContain(k.definisi);
      for (const [lv, teks] of Object.entries(k.level)) {
        const one = await kamus([k.kode, '--level', lv], lang);
        expect(one.code, one.stderr).toBe(0);
        for (const text of [teks.deskripsi!, ...teks.indikator!]) {
          expect(one.stdout).toContain(text);
          expect(all.stdout).toContain(text);
        }
        for (const [other, t] of Object.entries(k.level)) if (other !== lv) expect(one.stdout).not.toContain(t.deskripsi!);
        const json = JSON.parse((await kamus([k.kode, '--level', lv, '--format', 'json'], lang)).stdout);
        expect(json.levels).toEqual([{ level: Number(lv), deskripsi: teks.deskripsi, indikator: teks.indikator }]);
      }
    }
  });

  it('prints the floors of every tier with their source and certainty, never seed lines', async () => {
    for (const t of TINGKATAN) {
      for (const name of [t.id, ...t.alias]) {
        const r = await kamus(['--tingkatan', name], lang);
        expect(r.code, `${name}: ${r.stderr}`).toBe(0);
        expect(r.stdout).toContain(`(${t.id})`);
        for (const [kode, level] of Object.entries(t.standar_minimal.level)) expect(r.stdout).toMatch(new RegExp(`${kode.replace('.', '\\.')}\\s.*\\s${level}\\b`));
        expect(r.stdout).toContain(lang === 'en' ? (t.standar_minimal.sumber_en ?? t.standar_minimal.sumber) : t.standar_minimal.sumber);
        if (t.standar_minimal.sumber_baris) expect(r.stdout).not.toContain(t.standar_minimal.sumber_baris);
      }
      const json = JSON.parse((await kamus(['--tingkatan', t.id, '--format', 'json'], lang)).stdout);
      expect(Object.fromEntries(json.floors.map((f: { kode: string; level: number }) => [f.kode, f.level]))).toEqual(t.standar_minimal.level);
      expect(json.kepastian).toBe(t.standar_minimal.kepastian);
    }
    const all = await kamus(['--tingkatan'], lang);
    for (const t of TINGKATAN) expect(all.stdout).toContain(`(${t.id})`);
    expect(all.stdout).not.toMatch(/\d{3}:\d+/);
  });

  it('lists urusan and pangkat', async () => {
    const u = await kamus(['--urusan'], lang);
    for (const x of URUSAN) expect(u.stdout).toContain(`${x.kode}  ${x.nama}\n`);
    const p = await kamus(['--pangkat'], lang);
    for (const x of PANGKAT) expect(p.stdout).toMatch(new RegExp(`${x.golongan.replace('/', '\\/')}\\s+${x.nama}\\n`));
    expect(JSON.parse((await kamus(['--pangkat', '--format', 'json'], lang)).stdout)).toEqual(PANGKAT.map((x) => ({ golongan: x.golongan, nama: x.nama })));
    expect(JSON.parse((await kamus(['--urusan', '--format', 'json'], lang)).stdout)).toEqual(URUSAN.map((x) => ({ kode: x.kode, nama: x.nama })));
  });

  it('searches names and level texts ignoring case, diacritics and spaces', async () => {
    const r = await kamus(['KÉRJA', 'SAMA'], lang);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/M\.02\s+Kerjasama\s+\(.*nama/);
    const indikator = KAMUS[3]!.level['2']!.indikator![0]!;
    const words = indikator.split(/\s+/).slice(1, 4).join(' ').toUpperCase();
    const hit = await kamus([words, '--format', 'json'], lang);
    expect(JSON.parse(hit.stdout)).toContainEqual(expect.objectContaining({ kode: KAMUS[3]!.kode, where: expect.arrayContaining([2]) }));
    const none = await kamus(['zzzqqq'], lang);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('zzzqqq');
  });

  it('refuses an unknown code, tier or level with a suggestion and exit 2', async () => {
    const code = await kamus(['m.3'], lang);
    expect(code.code).toBe(2);
    expect(code.stderr).toContain('M.03 Komunikasi');
    // A code one digit away is another competency: no guess.
    expect((await kamus(['M.33'], lang)).stderr).not.toContain('M.03');
    const tier = await kamus(['--tingkatan', 'pengawaz'], lang);
    expect(tier.code).toBe(2);
    expect(tier.stderr).toContain('«pengawas»');
    expect((await kamus(['M.03', '--level', '7'], lang)).code).toBe(2);
    expect((await kamus(['--level', '3'], lang)).code).toBe(2);
    expect((await kamus(['--format', 'xml'], lang)).code).toBe(2);
    for (const r of [code, tier]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('skj kamus in a project', () => {
  const teknis = parse(readFileSync(join(EXAMPLE, 'kamus/teknis.yaml'), 'utf8')).kompetensi as Kompetensi[];

  it('adds the project kamus, found from a subfolder', async () => {
    const r = await skj(['kamus'], { cwd: join(EXAMPLE, 'standar') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Kompetensi teknis');
    for (const k of [...KAMUS, ...teknis]) expect(r.stdout).toContain(k.nama);
    const t = teknis[0]!;
    const [lv, teks] = Object.entries(t.level)[0]!;
    const one = await skj(['kamus', t.kode, '--level', lv], { cwd: EXAMPLE });
    for (const text of [teks.deskripsi!, ...teks.indikator!]) expect(one.stdout).toContain(text);
  });

  it('shows the floors as skj.yaml replaces them, with its source', async () => {
    const dir = tempDir('kamus-project');
    mkdirSync(join(dir, 'standar'));
    writeFileSync(
      join(dir, 'skj.yaml'),
      'instansi: Dinas Contoh\ntingkatan:\n  pengawas:\n    sumber: Peraturan Bupati Contoh 1/2025\n    standar_minimal: { M.01: 4 }\n',
    );
    const r = await skj(['kamus', '--tingkatan', 'pengawas', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.override).toBe(true);
    expect(json.sumber.id).toBe('Peraturan Bupati Contoh 1/2025');
    expect(json.floors.find((f: { kode: string }) => f.kode === 'M.01').level).toBe(4);
  });
});
