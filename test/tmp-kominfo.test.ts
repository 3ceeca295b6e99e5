import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseDocument, parse, isMap, isSeq, isScalar, LineCounter } from 'yaml';
import { standarSchema } from '../src/model/standar.js';
import { kamusSchema } from '../src/model/kamus.js';
import { configSchema } from '../src/model/config.js';

const EX = 'examples/kominfo-tasikmalaya';
const FX = 'test/fixtures/kominfo-tasikmalaya';
const load = (p: string) => {
  const doc = parseDocument(readFileSync(p, 'utf8'));
  expect(doc.errors, p).toEqual([]);
  expect(doc.warnings, p).toEqual([]);
  return doc.toJS();
};
const FLOOR: Record<string, number> = { 'jpt-pratama': 4, administrator: 3, pengawas: 2 };
const LK: Record<string, string> = {
  'jpt-pratama': 'Pelatihan Kepemimpinan Nasional Tingkat II',
  administrator: 'Pelatihan Kepemimpinan Administrator',
  pengawas: 'Pelatihan Kepemimpinan Pengawas',
};

describe('kominfo-tasikmalaya', () => {
  const kamus = load(`${EX}/kamus/teknis.yaml`);
  it('config + kamus', () => {
    configSchema.parse(load(`${EX}/skj.yaml`));
    configSchema.parse(load(`${FX}/skj.yaml`));
    kamusSchema.parse(kamus);
    kamusSchema.parse(load(`${FX}/kamus/teknis.yaml`));
    expect(readFileSync(`${EX}/kamus/teknis.yaml`, 'utf8')).toBe(readFileSync(`${FX}/kamus/teknis.yaml`, 'utf8'));
    expect(readFileSync(`${EX}/skj.yaml`, 'utf8')).toBe(readFileSync(`${FX}/skj.yaml`, 'utf8'));
    for (const k of kamus.kompetensi) {
      for (const l of ['1', '2', '3', '4', '5']) {
        expect(k.level[l]?.deskripsi, `${k.kode} ${l}`).toBeTruthy();
        expect(k.level[l]?.indikator?.length, `${k.kode} ${l}`).toBe(3);
        for (const i of k.level[l].indikator) expect(i).not.toMatch(/^\d|</);
      }
    }
  });
  it('clean standards', () => {
    const files = readdirSync(`${EX}/standar`);
    expect(files.length).toBe(11);
    const codes = new Set(kamus.kompetensi.map((k: any) => k.kode));
    for (const f of files) {
      const s = standarSchema.parse(load(`${EX}/standar/${f}`));
      const fl = FLOOR[s.tingkatan];
      expect(fl, f).toBeDefined();
      expect(s.urusan).toBe('2.16');
      expect(s.kode).toBeUndefined();
      for (const c of ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08'])
        expect(s.kompetensi.manajerial[c], f + c).toBeGreaterThanOrEqual(fl);
      expect(Object.keys(s.kompetensi.manajerial).length).toBe(8);
      expect(s.kompetensi.sosial_kultural['SK.01']).toBeGreaterThanOrEqual(fl);
      for (const c of Object.keys(s.kompetensi.teknis ?? {})) expect(codes.has(c), f + c).toBe(true);
      expect(s.persyaratan.pelatihan.manajerial).toEqual([{ nama: LK[s.tingkatan], kategori: 'mutlak' }]);
      expect(s.sumber).toMatch(/^Perbup Tasikmalaya 51\/2019 Lampiran II, 000:\d+-\d+$/);
    }
  });
  it('fixtures and expected lines', () => {
    const files = readdirSync(`${FX}/standar`);
    expect(files.sort()).toEqual(readdirSync(`${EX}/standar`).sort());
    const exp = parse(readFileSync(`${FX}/expected.yaml`, 'utf8')) as any[];
    const byFile: Record<string, any[]> = {};
    for (const e of exp) (byFile[e.file] ??= []).push(e);
    for (const f of files) {
      const text = readFileSync(`${FX}/standar/${f}`, 'utf8');
      const lines = text.split('\n');
      const data = load(`${FX}/standar/${f}`);
      const r = standarSchema.safeParse(data);
      // only the encoded blank levels and missing kategori may fail the schema
      const issues = r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
      for (const p of issues) expect(p, f).toMatch(/(\.level$|\.kategori$|^kompetensi\.manajerial\.Komunikasi$)/);
      for (const e of byFile[`standar/${f}`] ?? []) {
        const l = lines[e.line - 1];
        const chk: Record<string, RegExp> = {
          'kode/format': /^kode: "1\.0[345]\.4\.{5}"$/,
          'urusan/unknown': /^urusan: ""/,
          'kompetensi/level': /^ {6}level: {2}#/,
          'kompetensi/unknown': /^ {4}[A-Z][^:]*:$/,
          'kompetensi/text-drift': /^( {6}deskripsi: | {8}- ")/,
          'kompetensi/indikator-number': /^ {8}- "\d\.\d/,
          'persyaratan/kategori': /^ {4,6}- (nama|uraian): .*# 000:\d+ (no tick|one tick)/,
          'persyaratan/pelatihan-kepemimpinan': /^ {6}- nama: Diklat Pim I+V?$/,
        };
        expect(l, `${f}:${e.line} ${e.rule}`).toMatch(chk[e.rule]);
        expect(e.seed).toMatch(/^000:\d+$/);
      }
    }
    expect(exp.length).toBeGreaterThan(50);
  });
});
