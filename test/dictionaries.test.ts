// The bundled vocabulary dictionaries (dictionaries/*.yaml): they parse with their zod schema and
// state the facts of PermenPANRB 38/2017 as the seeds record them (DOMAIN.md §2, §4, §5, §6).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  pangkatDictSchema,
  pelatihanKepemimpinanDictSchema,
  pendidikanDictSchema,
  tingkatanDictSchema,
  urusanDictSchema,
} from '../src/model/dictionaries.js';

const DIR = new URL('../dictionaries/', import.meta.url);

function raw(name: string): string {
  return readFileSync(new URL(name, DIR), 'utf8');
}

function load<S extends z.ZodType>(name: string, schema: S): z.infer<S> {
  const result = schema.safeParse(parse(raw(name)));
  if (!result.success) throw new Error(`${name}: ${result.error.message}`);
  return result.data;
}

const tingkatan = load('tingkatan.yaml', tingkatanDictSchema);
const urusan = load('urusan.yaml', urusanDictSchema);
const pangkat = load('pangkat.yaml', pangkatDictSchema);
const pendidikan = load('pendidikan.yaml', pendidikanDictSchema);
const pelatihan = load('pelatihan-kepemimpinan.yaml', pelatihanKepemimpinanDictSchema);

/** Case, spacing and surrounding punctuation do not distinguish names. */
function key(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');
}

/** Stricter: also ignores all punctuation and spacing ("S1 / D IV" = "S1/DIV", "Penata Tk. I" = "Penata Tk I"). */
function loose(s: string): string {
  return key(s).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Every name maps to exactly one entry, under both foldings. */
function expectNamesUnique(entries: { label: string; names: string[] }[]): void {
  for (const fold of [key, loose]) {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const n of e.names) {
        const k = fold(n);
        const prev = owner.get(k);
        if (prev !== undefined && prev !== e.label) clashes.push(`"${n}" → ${prev} and ${e.label}`);
        owner.set(k, e.label);
      }
    }
    expect(clashes, `names shared between entries (${fold.name})`).toEqual([]);
  }
}

function resolver(entries: { label: string; names: string[] }[]): (s: string) => string | undefined {
  const m = new Map<string, string>();
  for (const e of entries) for (const n of e.names) m.set(key(n), e.label);
  return (s) => m.get(key(s));
}

describe('dictionary files', () => {
  for (const name of ['tingkatan.yaml', 'urusan.yaml', 'pangkat.yaml', 'pendidikan.yaml', 'pelatihan-kepemimpinan.yaml']) {
    it(`${name} opens with a comment, uses LF and no tabs`, () => {
      const text = raw(name);
      expect(text.startsWith('# ')).toBe(true);
      expect(text).not.toMatch(/\r|\t/);
      expect(text.endsWith('\n')).toBe(true);
    });
  }
});

describe('tingkatan.yaml', () => {
  const IDS = [
    'jpt-utama', 'jpt-madya', 'jpt-pratama', 'administrator', 'pengawas', 'pelaksana',
    'ahli-utama', 'ahli-madya', 'ahli-muda', 'ahli-pertama', 'penyelia', 'mahir', 'terampil', 'pemula',
  ];
  const COMPETENCIES = ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08', 'SK.01'];
  // DOMAIN.md §4, checked against the forms in 001:985-1703.
  const FLOORS: Record<string, number[]> = {
    'jpt-utama': [5, 5, 5, 5, 5, 5, 5, 5, 5],
    'jpt-madya': [5, 5, 5, 5, 5, 5, 5, 5, 5],
    'jpt-pratama': [4, 4, 4, 4, 4, 4, 4, 4, 4],
    administrator: [3, 3, 3, 3, 3, 3, 3, 3, 3],
    pengawas: [2, 2, 2, 2, 2, 2, 2, 2, 2],
    pelaksana: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    'ahli-utama': [5, 4, 4, 4, 4, 4, 4, 4, 5],
    'ahli-madya': [4, 4, 4, 4, 4, 4, 4, 4, 4],
    'ahli-muda': [3, 3, 3, 3, 3, 3, 3, 3, 3],
    'ahli-pertama': [2, 2, 2, 2, 2, 2, 2, 2, 2],
    penyelia: [3, 3, 3, 3, 3, 3, 3, 3, 3],
    mahir: [2, 2, 2, 2, 2, 2, 2, 2, 2],
    terampil: [2, 2, 1, 1, 1, 1, 1, 1, 2], // M.08 missing in 001:1598-1621; 1 assumed
    pemula: [1, 1, 1, 1, 1, 1, 1, 1, 1],
  };
  const KEPASTIAN: Record<string, string> = { 'jpt-utama': 'belum-terverifikasi', 'jpt-madya': 'belum-terverifikasi', terampil: 'ragu' };
  const byId = new Map(tingkatan.tingkatan.map((t) => [t.id, t]));

  it('has the three kelompok named as 001:1751 names them', () => {
    expect(tingkatan.kelompok.map((k) => [k.digit, k.nama])).toEqual([
      [1, 'Jabatan Pimpinan Tinggi'],
      [2, 'Jabatan Administrasi'],
      [3, 'Jabatan Fungsional'],
    ]);
  });

  it('has the 14 tingkatan with ids and kode 01-14 in order', () => {
    expect(tingkatan.tingkatan.map((t) => t.id)).toEqual(IDS);
    expect(tingkatan.tingkatan.map((t) => t.kode)).toEqual(IDS.map((_, i) => String(i + 1).padStart(2, '0')));
    expect(new Set(tingkatan.tingkatan.map((t) => t.nama)).size).toBe(14);
    expect(new Set(tingkatan.tingkatan.map((t) => t.judul)).size).toBe(14);
  });

  it('kelompok digit agrees with the kode range (01-03 → 1, 04-06 → 2, 07-14 → 3)', () => {
    for (const t of tingkatan.tingkatan) {
      const n = Number(t.kode);
      expect(t.kelompok, t.id).toBe(n <= 3 ? 1 : n <= 6 ? 2 : 3);
    }
  });

  it('judul is nama in capitals, and structural tiers are JPT, administrator and pengawas', () => {
    for (const t of tingkatan.tingkatan) expect(t.judul, t.id).toBe(t.nama.toUpperCase());
    expect(tingkatan.tingkatan.filter((t) => t.struktural).map((t) => t.id)).toEqual([
      'jpt-utama', 'jpt-madya', 'jpt-pratama', 'administrator', 'pengawas',
    ]);
  });

  it('every standar_minimal names exactly M.01-M.08 and SK.01 at the levels of DOMAIN §4', () => {
    for (const t of tingkatan.tingkatan) {
      expect(Object.keys(t.standar_minimal.level).sort(), t.id).toEqual([...COMPETENCIES].sort());
      expect(COMPETENCIES.map((c) => t.standar_minimal.level[c]), t.id).toEqual(FLOORS[t.id]);
    }
  });

  it('every floor carries its source and the right certainty', () => {
    for (const t of tingkatan.tingkatan) {
      const expected = KEPASTIAN[t.id] ?? 'pasti';
      expect(t.standar_minimal.kepastian, t.id).toBe(expected);
      // Users read the regulation's name; the seed lines are kept for maintainers beside it.
      expect(t.standar_minimal.sumber, t.id).toMatch(/Perwal Serang 103\/2021/);
      expect(t.standar_minimal.sumber, t.id).not.toMatch(/\d{3}:\d+/);
      if (expected === 'pasti') expect(t.standar_minimal.sumber_baris, t.id).toMatch(/001:\d+-\d+/);
      else expect(t.standar_minimal.catatan, t.id).toBeTruthy();
    }
  });

  it('floors never fall as the tier rises within a ladder', () => {
    const ladders = [
      ['pelaksana', 'pengawas', 'administrator', 'jpt-pratama', 'jpt-madya', 'jpt-utama'],
      ['ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama'],
      ['pemula', 'terampil', 'mahir', 'penyelia'],
    ];
    for (const ladder of ladders) {
      for (let i = 1; i < ladder.length; i++) {
        const lo = byId.get(ladder[i - 1]!)!.standar_minimal.level;
        const hi = byId.get(ladder[i]!)!.standar_minimal.level;
        for (const c of COMPETENCIES) expect(hi[c]!, `${ladder[i]} ${c}`).toBeGreaterThanOrEqual(lo[c]!);
      }
    }
  });

  it('pangkat ranges name real golongan, in order', () => {
    const urutan = new Map(pangkat.pangkat.map((p) => [p.golongan, p.urutan]));
    for (const t of tingkatan.tingkatan) {
      expect(t.pangkat, t.id).toBeDefined();
      const { min, max } = t.pangkat!;
      expect(urutan.has(min), `${t.id} min ${min}`).toBe(true);
      expect(urutan.has(max), `${t.id} max ${max}`).toBe(true);
      expect(urutan.get(min)!, t.id).toBeLessThanOrEqual(urutan.get(max)!);
    }
    expect(byId.get('jpt-pratama')!.pangkat).toMatchObject({ min: 'IV/a', max: 'IV/b' });
    expect(byId.get('administrator')!.pangkat).toMatchObject({ min: 'III/c', max: 'III/d' });
    expect(byId.get('ahli-pertama')!.pangkat).toMatchObject({ min: 'III/a', max: 'III/b' });
  });

  it('structural tiers require the leadership training of their level, and it exists', () => {
    const expected: Record<string, string> = {
      'jpt-utama': 'PKN I', 'jpt-madya': 'PKN I', 'jpt-pratama': 'PKN II', administrator: 'PKA', pengawas: 'PKP',
    };
    const kode = new Map(pelatihan.pelatihan.map((p) => [p.kode, p]));
    for (const t of tingkatan.tingkatan) {
      expect(t.pelatihan_kepemimpinan, t.id).toBe(expected[t.id]);
      if (t.pelatihan_kepemimpinan) {
        expect(kode.has(t.pelatihan_kepemimpinan), t.id).toBe(true);
        expect(kode.get(t.pelatihan_kepemimpinan)!.tingkatan, t.id).toContain(t.id);
      }
    }
  });

  const entries = tingkatan.tingkatan.map((t) => ({ label: t.id, names: [t.id, t.nama, t.judul, ...t.alias] }));

  it('no name or alias belongs to two tingkatan', () => {
    expectNamesUnique(entries);
  });

  it('known misspellings are not accepted names', () => {
    const names = new Set(entries.flatMap((e) => e.names.map(key)));
    for (const t of tingkatan.tingkatan) for (const s of t.salah_eja ?? []) expect(names.has(key(s)), s).toBe(false);
  });

  it('resolves the spellings the seeds and DOMAIN §2 use', () => {
    const resolve = resolver(entries);
    const cases: Record<string, string> = {
      'Jabatan Administrator': 'administrator', // 000:559
      Administrator: 'administrator',
      'JPT Pratama': 'jpt-pratama',
      'Pimpinan Tinggi Pratama': 'jpt-pratama',
      'Jabatan Pengawas': 'pengawas', // 000:637
      'JPT Utama': 'jpt-utama',
      'Fungsional Pertama': 'ahli-pertama',
      'JF Ahli Pertama': 'ahli-pertama',
      'Jabatan Fungsional Utama': 'ahli-utama', // 001:1227
      Pelaksana: 'pelaksana',
      'Fungsional Umum': 'pelaksana',
      'JF Terampil': 'terampil',
    };
    for (const [name, id] of Object.entries(cases)) expect(resolve(name), name).toBe(id);
    // The kelompok name is not a tier (000:485 writes it as the kelompok of a JPT Pratama).
    expect(resolve('Jabatan Pimpinan Tinggi')).toBeUndefined();
    expect(resolve('Jabatan Administrasi')).toBeUndefined();
    expect(byId.get('administrator')!.salah_eja).toContain('Adminstrator'); // 001:1043
  });

  it('makes every eselon grade of PP 100/2000 equivalent to the tiers of UU 5/2014 Pasal 131', () => {
    const ids = new Set(tingkatan.tingkatan.map((t) => t.id));
    expect(Object.fromEntries(tingkatan.eselon.setara.map((r) => [r.eselon, r.tingkatan]))).toEqual({
      'I.a': ['jpt-utama', 'jpt-madya'],
      'I.b': ['jpt-madya'],
      'II.a': ['jpt-pratama'],
      'II.b': ['jpt-pratama'],
      'III.a': ['administrator'],
      'III.b': ['administrator'],
      'IV.a': ['pengawas'],
      'IV.b': ['pengawas'],
      'V.a': ['pelaksana'],
    });
    for (const r of tingkatan.eselon.setara) for (const id of r.tingkatan) expect(ids.has(id), id).toBe(true);
    // Where the law gives two tiers, the data says how to choose.
    for (const r of tingkatan.eselon.setara.filter((x) => x.tingkatan.length > 1)) expect(r.catatan && r.catatan_en, r.eselon).toBeTruthy();
    expect(tingkatan.eselon.sumber).toMatch(/UU 5\/2014 Pasal 131/);
  });
});

describe('urusan.yaml', () => {
  // Permendagri 90/2019 as listed in DOMAIN.md §5.
  const EXPECTED: [string, string][] = [
    ['1.01', 'Pendidikan'], ['1.02', 'Kesehatan'], ['1.03', 'Pekerjaan Umum dan Penataan Ruang'],
    ['1.04', 'Perumahan dan Kawasan Permukiman'],
    ['1.05', 'Ketenteraman dan Ketertiban Umum serta Pelindungan Masyarakat'], ['1.06', 'Sosial'],
    ['2.07', 'Tenaga Kerja'], ['2.08', 'Pemberdayaan Perempuan dan Pelindungan Anak'], ['2.09', 'Pangan'],
    ['2.10', 'Pertanahan'], ['2.11', 'Lingkungan Hidup'], ['2.12', 'Administrasi Kependudukan dan Pencatatan Sipil'],
    ['2.13', 'Pemberdayaan Masyarakat dan Desa'], ['2.14', 'Pengendalian Penduduk dan Keluarga Berencana'],
    ['2.15', 'Perhubungan'], ['2.16', 'Komunikasi dan Informatika'], ['2.17', 'Koperasi, Usaha Kecil, dan Menengah'],
    ['2.18', 'Penanaman Modal'], ['2.19', 'Kepemudaan dan Olahraga'], ['2.20', 'Statistik'], ['2.21', 'Persandian'],
    ['2.22', 'Kebudayaan'], ['2.23', 'Perpustakaan'], ['2.24', 'Kearsipan'], ['3.25', 'Kelautan dan Perikanan'],
    ['3.26', 'Pariwisata'], ['3.27', 'Pertanian'], ['3.28', 'Kehutanan'], ['3.29', 'Energi dan Sumber Daya Mineral'],
    ['3.30', 'Perdagangan'], ['3.31', 'Perindustrian'], ['3.32', 'Transmigrasi'],
    ['4.01', 'Sekretariat Daerah'], ['4.02', 'Sekretariat DPRD'],
    ['5.01', 'Perencanaan'], ['5.02', 'Keuangan'], ['5.03', 'Kepegawaian'], ['5.04', 'Pendidikan dan Pelatihan'],
    ['5.05', 'Penelitian dan Pengembangan'], ['5.06', 'Pengelolaan Perbatasan'], ['5.07', 'Pengelolaan Penghubung'],
    ['6.01', 'Inspektorat Daerah'], ['7.01', 'Kecamatan'], ['8.01', 'Kesatuan Bangsa dan Politik'],
  ];

  it('lists the Permendagri 90/2019 codes and names of DOMAIN §5', () => {
    expect(urusan.urusan.map((u) => [u.kode, u.nama])).toEqual(EXPECTED);
  });

  it('codes and digits are unique, and digits follow the default scheme', () => {
    expect(new Set(urusan.urusan.map((u) => u.kode)).size).toBe(urusan.urusan.length);
    expect(new Set(urusan.urusan.map((u) => u.digit)).size).toBe(urusan.urusan.length);
    for (const u of urusan.urusan) {
      const [group, n] = u.kode.split('.') as [string, string];
      const expected = Number(group) <= 3 ? n : `${group}${Number(n)}`;
      expect(u.digit, u.kode).toBe(expected);
    }
    expect(urusan.urusan.find((u) => u.kode === '2.16')!.digit).toBe('16');
    expect(urusan.urusan.find((u) => u.kode === '4.02')!.digit).toBe('42');
    expect(urusan.urusan.find((u) => u.kode === '5.07')!.digit).toBe('57');
    expect(urusan.skema_kode).toMatch(/1 03 160000 001/);
  });

  const entries = urusan.urusan.map((u) => ({ label: u.kode, names: [u.kode, u.nama, ...u.alias] }));

  it('no name or alias belongs to two urusan', () => {
    expectNamesUnique(entries);
  });

  it('resolves the spellings the seeds use', () => {
    const resolve = resolver(entries);
    expect(resolve('Bidang Komunikasi dan Informatika')).toBe('2.16'); // 000:486
    expect(resolve('Urusan Pemerintahan Bidang Komunikasi dan Informatika')).toBe('2.16');
    expect(resolve('Kominfo')).toBe('2.16');
    expect(resolve('bidang urusan kesehatan')).toBe('1.02'); // Perwali Serang 103/2021
    expect(resolve('urusan ketenagakerjaan')).toBe('2.07');
    expect(resolve('urusan kepegawaian')).toBe('5.03');
    expect(resolve('Setwan')).toBe('4.02');
  });
});

describe('pangkat.yaml', () => {
  const GOLONGAN = ['I', 'II', 'III', 'IV'].flatMap((r) => ['a', 'b', 'c', 'd'].concat(r === 'IV' ? ['e'] : []).map((l) => `${r}/${l}`));

  it('has the 17 golongan I/a-IV/e in order, urutan 1-17', () => {
    expect(GOLONGAN).toHaveLength(17);
    expect(pangkat.pangkat.map((p) => p.golongan)).toEqual(GOLONGAN);
    expect(pangkat.pangkat.map((p) => p.urutan)).toEqual(GOLONGAN.map((_, i) => i + 1));
  });

  it('names the pangkat as DOMAIN §6 does', () => {
    const nama = Object.fromEntries(pangkat.pangkat.map((p) => [p.golongan, p.nama]));
    expect(nama).toMatchObject({
      'I/a': 'Juru Muda', 'I/b': 'Juru Muda Tingkat I', 'II/a': 'Pengatur Muda', 'III/a': 'Penata Muda',
      'III/b': 'Penata Muda Tingkat I', 'III/c': 'Penata', 'III/d': 'Penata Tingkat I', 'IV/a': 'Pembina',
      'IV/b': 'Pembina Tingkat I', 'IV/c': 'Pembina Utama Muda', 'IV/d': 'Pembina Utama Madya', 'IV/e': 'Pembina Utama',
    });
  });

  const entries = pangkat.pangkat.map((p) => ({ label: p.golongan, names: [p.nama, ...p.alias] }));

  it('no name or alias belongs to two golongan', () => {
    expectNamesUnique(entries);
  });

  it('resolves the spellings the seeds use', () => {
    const resolve = resolver(entries);
    expect(resolve('Penata Muda Tk I')).toBe('III/b'); // 000:696
    expect(resolve('Penata Tk. I')).toBe('III/d'); // 000:631
    expect(resolve('Penata Tk 1')).toBe('III/d'); // 003:320
    expect(resolve('Penata Muda Tk 1')).toBe('III/b'); // 003:389
    expect(resolve('Penata Tingkat 1')).toBe('III/d');
    expect(resolve('Pembina Tk. I')).toBe('IV/b');
    expect(resolve('Pembina')).toBe('IV/a'); // 000:553, 003:259
  });
});

describe('pendidikan.yaml', () => {
  it('lists the jenjang from low to high', () => {
    expect(pendidikan.jenjang.map((j) => j.jenjang)).toEqual(['SD', 'SLTP', 'SLTA', 'D-I', 'D-II', 'D-III', 'S-1/D-IV', 'S-2', 'S-3']);
    expect(pendidikan.jenjang.map((j) => j.urutan)).toEqual(pendidikan.jenjang.map((_, i) => i + 1));
  });

  const entries = pendidikan.jenjang.map((j) => ({ label: j.jenjang, names: [j.jenjang, ...j.alias] }));

  it('no name or alias belongs to two jenjang', () => {
    expectNamesUnique(entries);
  });

  it('resolves the spellings the seeds use', () => {
    const resolve = resolver(entries);
    for (const s of ['S1/D IV', 'S1 / D IV', 'S1 /D IV', 'S1/ D IV', 'S1/DIV', 'S1 /DIV', 'Sarjana', 'Diploma IV', 'D IV', 'S-1', 'S1'])
      expect(resolve(s), s).toBe('S-1/D-IV');
    for (const s of ['S2', 'S-2', 'Magister', 'Pascasarjana']) expect(resolve(s), s).toBe('S-2');
    for (const s of ['S3', 'Doktor', 'Doktorat']) expect(resolve(s), s).toBe('S-3');
    for (const s of ['SMTA', 'SLTA', 'SMA', 'SMK']) expect(resolve(s), s).toBe('SLTA'); // 001:602, 001:1717
    for (const s of ['DIII', 'D-III', 'Diploma III']) expect(resolve(s), s).toBe('D-III');
    // "DI" is the preposition "di": deliberately not an alias.
    expect(resolve('DI')).toBeUndefined();
  });
});

describe('pelatihan-kepemimpinan.yaml', () => {
  it('has PKN I, PKN II, PKA and PKP with their current names', () => {
    expect(pelatihan.pelatihan.map((p) => [p.kode, p.nama])).toEqual([
      ['PKN I', 'Pelatihan Kepemimpinan Nasional Tingkat I'],
      ['PKN II', 'Pelatihan Kepemimpinan Nasional Tingkat II'],
      ['PKA', 'Pelatihan Kepemimpinan Administrator'],
      ['PKP', 'Pelatihan Kepemimpinan Pengawas'],
    ]);
  });

  it('refers only to existing tingkatan, each structural tier exactly once', () => {
    const ids = new Set(tingkatan.tingkatan.map((t) => t.id));
    const all = pelatihan.pelatihan.flatMap((p) => p.tingkatan);
    for (const id of all) expect(ids.has(id), id).toBe(true);
    expect(all.sort()).toEqual(tingkatan.tingkatan.filter((t) => t.struktural).map((t) => t.id).sort());
  });

  const entries = pelatihan.pelatihan.map((p) => ({ label: p.kode, names: [p.kode, p.nama, ...p.alias, ...p.lama] }));

  it('no name, alias or legacy name belongs to two trainings', () => {
    expectNamesUnique(entries);
  });

  it('recognises the legacy names the seeds use', () => {
    const resolve = resolver(entries);
    expect(resolve('Diklat Pim II')).toBe('PKN II'); // 000:543
    expect(resolve('Diklat Pim III')).toBe('PKA'); // 000:622
    expect(resolve('Diklat Pim IV')).toBe('PKP'); // 000:692
    expect(resolve('Diklatpim I')).toBe('PKN I');
    expect(resolve('Pelatihan Kepemimpinan Pratama')).toBe('PKN II');
  });
});
