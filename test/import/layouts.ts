// Builds the printed form of a standard (and the kamus teknis it uses) from the model, as the rows and
// cells of a lampiran table, then writes those rows in each layout converters produce.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { KamusFile } from '../../src/model/kamus.js';
import type { KompetensiNilai, StandarFile } from '../../src/model/standar.js';
import { bundledData } from '../../src/reference/bundled.js';
import { buildReference } from '../../src/reference/reference.js';
import { toKamusEntry } from '../../src/reference/kamus-index.js';

export type Rows = string[][];

const TIER_TITLE: Record<string, [string, string]> = {
  'jpt-pratama': ['Jabatan Pimpinan Tinggi', 'JABATAN PIMPINAN TINGGI PRATAMA'],
  administrator: ['Jabatan Administrator', 'JABATAN ADMINISTRATOR'],
  pengawas: ['Jabatan Pengawas', 'JABATAN PENGAWAS'],
};

const KATEGORI_COL = { mutlak: 3, penting: 4, perlu: 5 } as const;

export function kamusRows(kamus: KamusFile): Rows {
  const rows: Rows = [];
  for (const k of kamus.kompetensi) {
    rows.push([`Kode Kompetensi : ${k.kode}`], [`Nama Kompetensi : ${k.nama}`], [`Definisi : ${k.definisi}`], ['Level', 'Deskripsi', 'Indikator Perilaku']);
    for (const [lv, t] of Object.entries(k.level)) {
      (t?.indikator ?? []).forEach((ind, i) => rows.push(i === 0 ? [lv, t!.deskripsi ?? '', ind] : ['', '', ind]));
    }
  }
  return rows;
}

export function standarRows(s: StandarFile, teknisKamus: KamusFile, opts: { kategori?: boolean; nameNoise?: boolean } = {}): Rows {
  const ref = buildReference(bundledData(), undefined, teknisKamus.kompetensi.map((k) => toKamusEntry(k, 'teknis', { bundled: false, file: 'kamus/teknis.yaml' })));
  const [kelompok, title] = TIER_TITLE[s.tingkatan]!;
  const rows: Rows = [
    ['STANDAR KOMPETENSI JABATAN'],
    [`Nama Jabatan : ${s.nama}`],
    [`Kelompok Jabatan : ${kelompok}`],
    [`Urusan Pemerintah : ${ref.urusan.resolve(s.urusan)!.nama}`],
    ['Kode Jabatan : ...........'],
    [title],
    ['I. IKHTISAR JABATAN'],
    ['Ikhtisar Jabatan', s.ikhtisar],
    ['II. STANDAR KOMPETENSI'],
    ['Kompetensi', 'Level', 'Deskripsi', 'Indikator Perilaku'],
  ];
  let n = 0;
  const groups = [['A. Manajerial', s.kompetensi.manajerial], ['B. Sosial Kultural', s.kompetensi.sosial_kultural], ['C. Teknis', s.kompetensi.teknis ?? {}]] as const;
  for (const [label, group] of groups) {
    rows.push([label]);
    for (const [kode, v] of Object.entries(group)) {
      n++;
      const level = typeof v === 'number' ? v : (v as Exclude<KompetensiNilai, number>).level;
      const e = ref.kamus.resolve(kode)!;
      const t = e.levels[level]!;
      const name = opts.nameNoise && n === 2 ? `${n}.${e.nama}` : `${n}. ${e.nama}`;
      t.indikator!.forEach((ind, i) => rows.push(i === 0 ? [name, String(level), t.deskripsi!, `${level}.${i + 1}. ${ind}`] : ['', '', '', `${level}.${i + 1}. ${ind}`]));
    }
  }
  const p = s.persyaratan;
  rows.push(['III. PERSYARATAN JABATAN'], ['Jenis Persyaratan', '', 'Uraian', ...(opts.kategori === false ? [] : ['Kategori'])]);
  if (opts.kategori !== false) rows.push(['', '', '', 'Mutlak', 'Penting', 'Perlu']);
  const ticked = (cells: string[], k: keyof typeof KATEGORI_COL) => {
    if (opts.kategori === false) return cells;
    const r = [...cells];
    while (r.length < KATEGORI_COL[k]) r.push('');
    r[KATEGORI_COL[k]] = '√';
    return r;
  };
  rows.push(['A. Pendidikan', '1. Jenjang', p.pendidikan.jenjang], ['', '2. Bidang Ilmu', (p.pendidikan.bidang_ilmu ?? []).join('/')]);
  const pel = [['B. Pelatihan', '1. Manajerial', p.pelatihan.manajerial ?? []], ['', '2. Teknis', p.pelatihan.teknis ?? []], ['', '3. Fungsional', p.pelatihan.fungsional ?? []]] as const;
  for (const [a, b, items] of pel) {
    if (items.length === 0) rows.push([a, b, '-']);
    items.forEach((it, i) => rows.push(ticked(i === 0 ? [a, b, items.length > 1 ? `1. ${it.nama}` : it.nama] : ['', '', `${i + 1}. ${it.nama}`], it.kategori)));
  }
  (p.pengalaman_kerja ?? []).forEach((it, i) => rows.push(ticked([i === 0 ? 'C. Pengalaman Kerja' : '', '', `${i + 1}. ${it.uraian}`], it.kategori)));
  rows.push(['D. Pangkat', '', p.pangkat], ['E. Indikator Kinerja Jabatan', '', p.indikator_kinerja.join(' ')]);
  return rows;
}

/** Tab-separated rows, as most PDF and Word converters emit them. */
export function tabLayout(rows: Rows): string {
  return rows.map((r) => r.join('\t')).join('\n');
}

/** HTML-ish cells: every cell a <p>, labels bold, as some converters emit them. */
export function htmlLayout(rows: Rows): string {
  return rows.map((r) => r.map((c, i) => (c ? (i === 0 && /^[A-Z]\.|^\d+\./.test(c) ? `<b>${c}</b>` : `<p>${c}</p>`) : '')).join('\t')).join('\n');
}

/** One cell per line, indented by its column with tabs. */
export function cellPerLineLayout(rows: Rows): string {
  return rows.flatMap((r) => r.flatMap((c, i) => (c ? [`${'\t'.repeat(i)}${c}`] : []))).join('\n');
}

/** Markdown/GFM tables (identity lines stay paragraphs). */
export function gfmLayout(rows: Rows): string {
  return rows
    .map((r) => (r.length === 1 ? `\n${r[0]}\n` : `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`))
    .join('\n');
}

export function readYaml<T>(path: string): T {
  return parse(readFileSync(path, 'utf8')) as T;
}
