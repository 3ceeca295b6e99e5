// The bundled national kamus (dictionaries/kamus-manajerial.yaml, dictionaries/kamus-sosial-kultural.yaml)
// checked against the seed regulations: every main text is a faithful transcription of 000 Lampiran I
// (000:122-476), every deliberate correction is listed below and backed by 001, and every varian is
// really printed in 000 Lampiran I or 001 Lampiran II-IV at the lines its `sumber` cites.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kamusSchema, KAMUS_LEVELS, type KamusFile, type LevelTeks } from '../src/model/kamus.js';

const root = new URL('../', import.meta.url);
const readLines = (rel: string): string[] => readFileSync(new URL(rel, root), 'utf8').split('\n');
const SEED: Record<'000' | '001', string[]> = {
  '000': readLines('test/seeds/000_f75f37ca9f31e97e.txt'),
  '001': readLines('test/seeds/001_b423e50410896758.txt'),
};
/** 1-based inclusive line range of a seed. */
const lines = (seed: '000' | '001', from: number, to: number): string[] => SEED[seed].slice(from - 1, to);

/** Strip HTML tags and collapse whitespace (the only normalisation applied to main texts). */
const clean = (s: string): string =>
  s
    .replace(/<\/?p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** Looser normalisation for varian/001 look-ups: also spaces around "/" and the needle's trailing ";.". */
const loose = (s: string): string => clean(s).replace(/\s*\/\s*/g, '/');
const needle = (s: string): string => loose(s).replace(/[\s;.,]+$/, '');
/** What the text-drift comparison ignores: a varian that folds to the main text would be redundant. */
const fold = (s: string): string => needle(s).toLowerCase();

/**
 * Reassemble the seeds' tab-separated tables: a row broken over several lines (page breaks,
 * fragments whose first column is empty) has its columns concatenated, so that a cell's text is
 * contiguous. Returns the cells and the lines that are not table rows.
 */
function cells(src: string[]): string[] {
  const out: string[] = [];
  let cur: string[] | null = null;
  const flush = (): void => {
    if (cur) out.push(...cur);
    cur = null;
  };
  for (const line of src) {
    if (/^[-\s]*$/.test(line)) continue; // blank lines and "--\t--\t---" page-break rules
    if (!line.includes('\t')) {
      flush();
      out.push(line);
      continue;
    }
    const cols = line.split('\t');
    const c0 = clean(cols[0] ?? '');
    const c1 = clean(cols[1] ?? '');
    if (cur && (c0 === '' || c1 === '') && !/^\d/.test(c0)) {
      const row: string[] = cur;
      cols.forEach((c, i) => {
        row[i] = `${row[i] ?? ''} ${c}`;
      });
    } else {
      flush();
      cur = cols.slice();
    }
  }
  flush();
  return out;
}
const foundIn = (texts: string[], s: string): boolean => {
  const n = needle(s);
  return texts.some((t) => loose(t).includes(n));
};

/** 000 Lampiran I, the cleanest kamus text: main texts must appear here verbatim (tags/whitespace aside). */
const TEXT_000 = clean(lines('000', 122, 476).join('\n'));
const in000 = (s: string): boolean => TEXT_000.includes(clean(s));
/** Everything a varian may come from: 000 Lampiran I and 001 Lampiran II, III and IV. */
const CELLS_000 = cells(lines('000', 122, 476));
/** 000 Lampiran II: the standards, which reprint the kamus texts (a varian may come from there too). */
const CELLS_000_II = cells(lines('000', 478, 1222));
const CELLS_001 = cells(lines('001', 753, 1703));
const in001 = (s: string): boolean => foundIn(CELLS_001, s);

type Field = 'deskripsi' | 1 | 2 | 3;
interface Koreksi {
  kode: string;
  level: number;
  field: Field;
  /** As printed in 000 Lampiran I. */
  cetak000: string;
  baris000: number;
  /** The corrected reading, as printed in 001 at `baris001`. */
  koreksi: string;
  baris001: number;
  /** false where the whole corrected text is not in 001 because 001 differs elsewhere too (see varian). */
  utuhDi001?: false;
  /** The 000 reading is a defect the primer lists (DOMAIN §8.6), so it must NOT be an accepted varian. */
  cacat?: true;
}
/** Every deliberate departure of a main text from 000 Lampiran I. */
const KOREKSI: Koreksi[] = [
  // National wording (PermenPANRB 38/2017, as printed in 001 Lampiran II and the forms), issue 11.
  { kode: 'M.01', level: 1, field: 2, cetak000: 'kerja sehari-hari;', baris000: 141, koreksi: 'kerja sehari-hari, pada tataran individu/pribadi;', baris001: 784 },
  { kode: 'M.01', level: 2, field: 'deskripsi', cetak000: 'nilai, norma dan etika', baris000: 143, koreksi: 'nilai, norma, dan etika', baris001: 785 },
  { kode: 'M.01', level: 2, field: 1, cetak000: 'nilai, norma dan etika', baris000: 143, koreksi: 'nilai, norma, dan etika', baris001: 785, utuhDi001: false },
  { kode: 'M.01', level: 3, field: 'deskripsi', cetak000: 'norma dan etika organisasi dalam lingkup', baris000: 147, koreksi: 'norma, dan etika organisasi, dalam lingkup', baris001: 786 },
  { kode: 'M.01', level: 4, field: 'deskripsi', cetak000: 'nilai, norma dan etika organisasi', baris000: 148, koreksi: 'nilai, norma, dan etika organisasi', baris001: 998 },
  { kode: 'M.01', level: 2, field: 1, cetak000: 'oranglain untuk bertindak', baris000: 143, koreksi: 'orang lain untuk bertindak', baris001: 785, utuhDi001: false },
  { kode: 'M.01', level: 4, field: 1, cetak000: 'mendorong Seluruh pemangku', baris000: 148, koreksi: 'mendorong seluruh pemangku', baris001: 787 },
  { kode: 'M.01', level: 5, field: 'deskripsi', cetak000: 'etika ditingkat nasional', baris000: 149, koreksi: 'etika di tingkat nasional', baris001: 790 },
  { kode: 'M.01', level: 5, field: 1, cetak000: 'Mempertahankan Tingkat standar', baris000: 149, koreksi: 'Mempertahankan tingkat standar', baris001: 790 },
  { kode: 'M.02', level: 1, field: 'deskripsi', cetak000: 'Berpatisipasi dalam', baris000: 160, koreksi: 'Berpartisipasi dalam', baris001: 1184 },
  { kode: 'M.02', level: 3, field: 1, cetak000: 'yang tepat, Mengantisipasi kemungkinan', baris000: 166, koreksi: 'yang tepat, mengantisipasi kemungkinan', baris001: 801 },
  { kode: 'M.02', level: 4, field: 'deskripsi', cetak000: 'Membangun komitmen sinergi', baris000: 171, koreksi: 'Membangun komitmen tim, sinergi', baris001: 805, cacat: true },
  { kode: 'M.02', level: 5, field: 'deskripsi', cetak000: 'di luar Instansi', baris000: 174, koreksi: 'di luar instansi', baris001: 806 },
  { kode: 'M.03', level: 2, field: 'deskripsi', cetak000: 'Bersedia Mendengarkan orang lain', baris000: 192, koreksi: 'Bersedia mendengarkan orang lain', baris001: 816, utuhDi001: false },
  { kode: 'M.04', level: 1, field: 'deskripsi', cetak000: 'Betanggung jawab', baris000: 209, koreksi: 'Bertanggung jawab', baris001: 831 },
  { kode: 'M.04', level: 4, field: 3, cetak000: 'efisiensi pencaian target', baris000: 218, koreksi: 'efisiensi pencapaian target', baris001: 1007 },
  { kode: 'M.05', level: 4, field: 1, cetak000: 'pelaksanaan tugastugas pelayanan', baris000: 240, koreksi: 'pelaksanaan tugas-tugas pelayanan', baris001: 852 },
  { kode: 'M.05', level: 4, field: 1, cetak000: 'transparan, dan professional dalam', baris000: 240, koreksi: 'transparan, dan profesional dalam', baris001: 852 },
  { kode: 'M.06', level: 4, field: 3, cetak000: 'kaderisasi untuk posisiposisi di', baris000: 259, koreksi: 'kaderisasi untuk posisi-posisi di', baris001: 871 },
  { kode: 'M.07', level: 5, field: 'deskripsi', cetak000: 'pemangku Kepentingan untuk', baris000: 285, koreksi: 'pemangku kepentingan untuk', baris001: 889 },
  { kode: 'M.07', level: 5, field: 2, cetak000: 'pemangku kepentingan Untuk mengimplementasikan', baris000: 285, koreksi: 'pemangku kepentingan untuk mengimplementasikan', baris001: 889 },
  { kode: 'M.08', level: 3, field: 'deskripsi', cetak000: 'alternatif, Menyeimbangkan risiko', baris000: 302, koreksi: 'alternatif, menyeimbangkan risiko', baris001: 901 },
];
/** Corrections of definisi (no varian possible there: the format has varian per level only). */
const KOREKSI_DEFINISI: Record<string, { cetak000: string; koreksi: string; baris001: number }> = {
  'M.01': { cetak000: 'bertanggungjawab atas', koreksi: 'bertanggung jawab atas', baris001: 780 },
  'M.04': { cetak000: 'sistimatis', koreksi: 'sistematis', baris001: 829 },
  'M.08': { cetak000: 'mempertimbangkan Prinsip', koreksi: 'mempertimbangkan prinsip', baris001: 895 },
};
const caseOnly = (k: { cetak000: string; koreksi: string }): boolean =>
  k.cetak000 !== k.koreksi && k.cetak000.toLowerCase() === k.koreksi.toLowerCase();

const load = (file: string): KamusFile => kamusSchema.parse(parse(readFileSync(new URL(file, root), 'utf8')));
const manajerial = load('dictionaries/kamus-manajerial.yaml');
const sosialKultural = load('dictionaries/kamus-sosial-kultural.yaml');
const all = [...manajerial.kompetensi, ...sosialKultural.kompetensi];

const level = (kode: string, lvl: number): LevelTeks => {
  const k = all.find((x) => x.kode === kode);
  const l = k?.level[String(lvl) as (typeof KAMUS_LEVELS)[number]];
  if (!l) throw new Error(`${kode} level ${lvl} missing`);
  return l;
};
const text = (l: LevelTeks, f: Field): string => (f === 'deskripsi' ? l.deskripsi : l.indikator?.[f - 1]) ?? '';
const EXPECTED = ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08', 'SK.01'];
const FIELDS: Field[] = ['deskripsi', 1, 2, 3];

describe('bundled national kamus', () => {
  it('parses with kamusSchema and holds exactly M.01-M.08 and SK.01', () => {
    expect(manajerial.jenis).toBe('manajerial');
    expect(sosialKultural.jenis).toBe('sosial_kultural');
    expect(manajerial.kompetensi.map((k) => k.kode)).toEqual(EXPECTED.slice(0, 8));
    expect(sosialKultural.kompetensi.map((k) => k.kode)).toEqual(['SK.01']);
    expect(all.map((k) => k.nama)).toEqual([
      'Integritas', 'Kerjasama', 'Komunikasi', 'Orientasi pada Hasil', 'Pelayanan Publik',
      'Pengembangan Diri dan Orang Lain', 'Mengelola Perubahan', 'Pengambilan Keputusan', 'Perekat Bangsa',
    ]);
    for (const k of all) {
      // Users read regulation names; the seed lines are the maintainers' field beside them.
      expect(k.sumber).toMatch(/PermenPANRB 38\/2017.*Perbup Tasikmalaya 51\/2019.*Perwal Serang 103\/2021/);
      expect(k.sumber).not.toMatch(/\d{3}:\d+/);
      expect(k.sumber_baris).toMatch(/000:\d+-\d+.*001:\d+-\d+/);
    }
  });

  it.each(EXPECTED)('%s has 5 levels, each with a deskripsi and exactly three indikator', (kode) => {
    const k = all.find((x) => x.kode === kode)!;
    expect(Object.keys(k.level).sort()).toEqual([...KAMUS_LEVELS]);
    for (const lvl of KAMUS_LEVELS) {
      const l = k.level[lvl]!;
      expect(l.deskripsi?.trim()).toBeTruthy();
      expect(l.indikator).toHaveLength(3);
      for (const i of l.indikator!) {
        expect(i.trim()).toBe(i);
        expect(i).not.toMatch(/^\d\.\d|<\/?\w|\s{2}/); // no leading number, no HTML, normalised whitespace
      }
      expect(l.deskripsi).not.toMatch(/<\/?\w|\s{2}/);
    }
  });

  it.each(EXPECTED)('%s: every main text is in 000 Lampiran I, except the listed corrections', (kode) => {
    for (const lvl of [1, 2, 3, 4, 5]) {
      const l = level(kode, lvl);
      for (const f of FIELDS) {
        const t = text(l, f);
        const fixes = KOREKSI.filter((k) => k.kode === kode && k.level === lvl && k.field === f);
        if (fixes.length === 0) {
          expect(in000(t), `${kode} L${lvl} ${f}: "${t}" not in 000:122-476`).toBe(true);
          continue;
        }
        let printed = t;
        for (const k of fixes) {
          expect(t).toContain(k.koreksi);
          printed = printed.replace(k.koreksi, k.cetak000);
        }
        expect(in000(printed), `${kode} L${lvl} ${f}: undoing the corrections gives "${printed}", not in 000`).toBe(true);
        if (fixes.every((k) => k.utuhDi001 !== false)) {
          expect(in001(t), `${kode} L${lvl} ${f}: corrected "${t}" not in 001`).toBe(true);
        }
      }
    }
  });

  it.each(KOREKSI.map((k) => [`${k.kode} L${k.level} ${k.field}: ${k.cetak000} -> ${k.koreksi}`, k] as const))(
    'correction %s is printed that way in 000 and corrected in 001',
    (_name, k) => {
      expect(clean(SEED['000'][k.baris000 - 1]!)).toContain(k.cetak000);
      expect(clean(SEED['001'][k.baris001 - 1]!)).toContain(k.koreksi);
      // A correction that changes more than letter case keeps the 000 reading as an accepted varian,
      // unless that reading is a documented defect.
      if (!caseOnly(k)) {
        const l = level(k.kode, k.level);
        const main = text(l, k.field);
        const asPrinted = KOREKSI.filter((x) => x.kode === k.kode && x.level === k.level && x.field === k.field)
          .filter((x) => !caseOnly(x))
          .reduce((s, x) => s.replace(x.koreksi, x.cetak000), main);
        const recorded = (l.varian ?? []).some((v) =>
          k.field === 'deskripsi' ? v.deskripsi === asPrinted : v.indikator?.[String(k.field)] === asPrinted,
        );
        expect(recorded, `${k.kode} L${k.level}: varian "${asPrinted}" ${k.cacat ? 'must not be accepted' : 'missing'}`).toBe(!k.cacat);
      }
    },
  );

  it.each(EXPECTED)('%s: definisi is the 000 text (with the listed corrections, backed by 001)', (kode) => {
    const k = all.find((x) => x.kode === kode)!;
    const fix = KOREKSI_DEFINISI[kode];
    if (!fix) {
      expect(in000(k.definisi)).toBe(true);
      return;
    }
    expect(k.definisi).toContain(fix.koreksi);
    expect(in000(k.definisi.replace(fix.koreksi, fix.cetak000))).toBe(true);
    expect(in001(k.definisi)).toBe(true);
    expect(SEED['001'][fix.baris001 - 1]).toContain(fix.koreksi);
  });

  it.each(EXPECTED)('%s: every varian is printed at each line its sumber_baris cites (000 Lampiran I-II or 001)', (kode) => {
    for (const lvl of [1, 2, 3, 4, 5]) {
      const l = level(kode, lvl);
      for (const v of l.varian ?? []) {
        const texts = [v.deskripsi, ...Object.values(v.indikator ?? {})].filter((s): s is string => !!s);
        expect(texts.length).toBeGreaterThan(0);
        if (v.deskripsi) expect(fold(v.deskripsi), `${kode} L${lvl} varian deskripsi equals the main text`).not.toBe(fold(l.deskripsi!));
        for (const [i, t] of Object.entries(v.indikator ?? {})) {
          expect(Number(i)).toBeLessThanOrEqual(3);
          expect(fold(t), `${kode} L${lvl} varian ${v.sumber} indikator ${i} equals the main text`).not.toBe(
            fold(l.indikator![Number(i) - 1]!),
          );
        }
        expect(v.sumber).not.toMatch(/\d{3}:\d+/);
        const cites = [...(v.sumber_baris ?? '').matchAll(/\b(000|001):(\d+)(?:-(\d+))?/g)];
        expect(cites.length, `${kode} L${lvl} varian without a line citation`).toBeGreaterThan(0);
        for (const [cite, seed, a, b] of cites) {
          const from = Number(a);
          const to = Number(b ?? a);
          if (seed === '000') expect(from >= 122 && to <= 1222, `${cite} outside 000 Lampiran I-II`).toBe(true);
          else expect(from >= 753 && to <= 1703, `${cite} outside 001 Lampiran II-IV`).toBe(true);
          const src = cells(lines(seed as '000' | '001', from, to));
          for (const t of texts) expect(foundIn(src, t), `${kode} L${lvl}: "${t}" not at ${cite}`).toBe(true);
        }
        for (const t of texts) expect(foundIn(CELLS_000, t) || foundIn(CELLS_000_II, t) || in001(t)).toBe(true);
      }
    }
  });
});
