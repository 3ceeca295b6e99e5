// Builds the render model of the lampiran from the parsed project: pure (no IO), shared by the
// Markdown and PDF writers. Every deskripsi and indikator is taken from the kamus for the stated
// level, so the printed standard cannot drift from the kamus.
import type { StandarDoc, KompetensiRow } from '../core/standar-doc.js';
import { displayKode, parseKode } from '../core/kode.js';
import type { Config } from '../model/config.js';
import type { KamusJenis } from '../model/kamus.js';
import { KAMUS_PILIHAN, type KamusPilihan, type LampiranIsi, type LampiranSpec, type RenderConfig } from '../model/render.js';
import type { Kategori } from '../model/standar.js';
import { UsageError } from '../project/errors.js';
import { compileGlob, GlobError, type Glob } from '../project/glob.js';
import type { KamusEntry } from '../reference/kamus-index.js';
import type { Reference } from '../reference/reference.js';
import type { ProjectModel } from '../engine/project.js';
import type { Block, Cell, Field, Lampiran, Para, RenderDoc, Row, Table } from './blocks.js';
import { orderByStructure } from './order.js';
import { withoutIndikatorNumber } from '../text/normalize.js';
import { epochOfDate, kapital, KOSONG, roman, tanggalIndonesia } from './text.js';

/** A render.lampiran pattern; one skj cannot use is a usage error naming it. */
function renderGlob(pattern: string, index: number): Glob {
  try {
    return compileGlob(pattern);
  } catch (e) {
    if (!(e instanceof GlobError)) throw e;
    throw new UsageError(`cli.glob-bad.${e.reason}`, { where: `skj.yaml (render.lampiran ${index + 1})`, key: 'render.lampiran', pattern });
  }
}

export interface RenderModelInput {
  project: ProjectModel;
  ref: Reference;
  config?: Config;
  /** Display paths of the standards to print (default: all of the project). */
  only?: ReadonlySet<string>;
  /** Display path → path relative to skj.yaml, to match `render.urutan_standar`. */
  rootRelative?: (displayPath: string) => string;
  /** `--kamus`; overrides `render.kamus`. */
  kamus?: KamusPilihan;
  draft?: boolean;
  /** SOURCE_DATE_EPOCH, when set. */
  sourceDateEpoch?: number;
}

export const TICK = '√';

const KAMUS_GROUPS: { jenis: KamusJenis; judul: string }[] = [
  { jenis: 'manajerial', judul: 'KOMPETENSI MANAJERIAL' },
  { jenis: 'sosial_kultural', judul: 'KOMPETENSI SOSIAL KULTURAL' },
  { jenis: 'teknis', judul: 'KOMPETENSI TEKNIS' },
];

const STANDAR_GROUPS: { group: KompetensiRow['group']; judul: string }[] = [
  { group: 'manajerial', judul: 'A. Manajerial' },
  { group: 'sosial_kultural', judul: 'B. Sosial Kultural' },
  { group: 'teknis', judul: 'C. Teknis' },
];

/** Column shares of the tables, exported for layout tests. */
export const COLUMNS = {
  kamusLevel: [0.1, 0.33, 0.57],
  ikhtisar: [0.27, 0.73],
  kompetensi: [0.22, 0.08, 0.27, 0.43],
  persyaratan: [0.18, 0.16, 0.345, 0.105, 0.105, 0.105],
} as const;

export function buildRenderModel(input: RenderModelInput): RenderDoc {
  const { project, ref } = input;
  const cfg: RenderConfig = input.config?.render ?? {};
  const rootRelative = input.rootRelative ?? ((p: string) => p);
  const standar = orderStandar(
    project.standar.filter((s) => !input.only || input.only.has(s.source.path)),
    cfg.urutan_standar,
    rootRelative,
  );
  const p = input.config?.peraturan ?? {};
  const jenisDaerah = [p.jenis, p.daerah].filter(Boolean).join(' ') || KOSONG;
  const nomorTahun = `${p.nomor ?? KOSONG} TAHUN ${p.tahun ?? KOSONG}`;
  const header = (nomor: string, tanggal: boolean): Block => {
    const fields: Field[] = [
      { label: `LAMPIRAN ${nomor}`, value: kapital(jenisDaerah) },
      { label: 'NOMOR', value: nomorTahun },
      { label: 'TENTANG', value: kapital(p.tentang ?? KOSONG) },
    ];
    // The TANGGAL line sits between NOMOR and TENTANG, as Perbup Purwakarta 213/2020 prints it (003:138-142).
    if (tanggal) fields.splice(2, 0, { label: 'TANGGAL', value: kapital(p.tanggal_ditetapkan ? tanggalIndonesia(p.tanggal_ditetapkan) : KOSONG) });
    return { kind: 'header', fields };
  };
  const signature = (spec: LampiranSpec['tanda_tangan']): Block[] => {
    if (spec === false) return [];
    const who = typeof spec === 'object' ? spec : { jabatan: p.pejabat ?? KOSONG, nama: p.penandatangan ?? KOSONG };
    return [{ kind: 'signature', jabatan: `${kapital(who.jabatan)},`, nama: kapital(who.nama) }];
  };

  const specs: LampiranSpec[] = (cfg.lampiran ?? ['kamus', 'standar']).map((spec) => (typeof spec === 'string' ? { isi: spec } : spec));
  const placed = new Set<StandarDoc>();
  const lampiran: Lampiran[] = specs.map((s, i) => {
    const isi: LampiranIsi = s.isi ?? 'standar';
    const nomor = s.nomor === undefined ? roman(i + 1) : typeof s.nomor === 'number' ? roman(s.nomor) : s.nomor;
    const judul = s.judul === undefined ? defaultJudul(isi, input.config?.instansi) : typeof s.judul === 'string' ? [s.judul] : s.judul;
    const chosen = selectStandar(standar, s, i, ref, rootRelative);
    const blocks: Block[] = [header(nomor, s.tanggal ?? cfg.tanggal ?? false)];
    if (judul.length) blocks.push({ kind: 'title', lines: judul.map(kapital) });
    if (isi === 'kamus') blocks.push(...kamusBlocks(kamusEntries(chosen, ref, KAMUS_PILIHAN[s.kamus ?? input.kamus ?? cfg.kamus ?? 'digunakan'], s.jenis)));
    else {
      chosen.forEach((d) => placed.add(d));
      blocks.push(...chosen.flatMap((doc, j) => standarBlocks(doc, ref, cfg, j > 0)));
    }
    blocks.push(...signature(s.tanda_tangan));
    return { isi, nomor, blocks, jabatan: isi === 'standar' ? chosen.map((d) => d.data.nama ?? d.source.path) : [] };
  });

  return {
    lampiran,
    title: `Lampiran ${[p.jenis, p.daerah].filter(Boolean).join(' ') || 'Peraturan'} Nomor ${p.nomor ?? KOSONG} Tahun ${p.tahun ?? KOSONG}`,
    date: input.sourceDateEpoch ?? epochOfDate(p.tanggal_ditetapkan) ?? epochOfDate(p.tahun !== undefined ? `${p.tahun}-01-01` : undefined) ?? 0,
    draft: !!input.draft,
    unplaced: lampiran.some((l) => l.isi === 'standar') ? standar.filter((d) => !placed.has(d)).map((d) => d.source.path) : [],
  };
}

function defaultJudul(isi: LampiranIsi, instansi: string | undefined): string[] {
  if (isi === 'standar') return [];
  return ['KAMUS KOMPETENSI', ...(instansi ? [`PADA ${instansi}`] : [])];
}

const list = (v: string | string[] | undefined): string[] | undefined => (v === undefined ? undefined : typeof v === 'string' ? [v] : v);
const norm = (s: string) => s.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');

/**
 * The standards of one lampiran, in print order: those matching its `standar` selectors (a file, a
 * folder, or a glob, relative to skj.yaml) and its `tingkatan`; all when it names neither.
 */
function selectStandar(docs: StandarDoc[], s: LampiranSpec, index: number, ref: Reference, rootRelative: (p: string) => string): StandarDoc[] {
  let out = docs;
  const patterns = list(s.standar);
  if (patterns) {
    const rel = new Map(docs.map((d) => [d, norm(rootRelative(d.source.path))]));
    const matchers = patterns.map((pattern) => {
      const want = norm(pattern);
      const re = /[*?{]/.test(want) ? renderGlob(want, index) : undefined;
      return { pattern, test: (path: string) => (re ? re.test(path) : path === want || path.startsWith(`${want}/`)) };
    });
    for (const m of matchers) if (!docs.some((d) => m.test(rel.get(d)!))) throw new UsageError('cli.render.lampiran-no-match', { lampiran: index + 1, pattern: m.pattern });
    out = out.filter((d) => matchers.some((m) => m.test(rel.get(d)!)));
  }
  const tingkatan = list(s.tingkatan);
  if (tingkatan) {
    const wanted = tingkatan.map((t) => {
      const entry = ref.tingkatan.resolve(t);
      if (!entry) throw new UsageError('cli.render.lampiran-tingkatan', { lampiran: index + 1, tingkatan: t });
      return entry;
    });
    out = out.filter((d) => d.tingkatan && wanted.includes(d.tingkatan));
    if (!out.length) throw new UsageError('cli.render.lampiran-no-match', { lampiran: index + 1, pattern: tingkatan.join(', ') });
  }
  return out;
}

/** Default order: the organisation chart (`atasan`, `urutan`); `urutan_standar` first when given. */
export function orderStandar(docs: StandarDoc[], urutan: string[] | undefined, rootRelative: (p: string) => string): StandarDoc[] {
  const byDefault = orderByStructure(docs);
  if (!urutan) return byDefault;
  const first: StandarDoc[] = [];
  for (const want of urutan) {
    const doc = docs.find((d) => norm(rootRelative(d.source.path)) === norm(want));
    if (!doc) throw new UsageError('cli.render.unknown-standar', { path: want });
    if (!first.includes(doc)) first.push(doc);
  }
  return [...first, ...byDefault.filter((d) => !first.includes(d))];
}

function kamusEntries(standar: StandarDoc[], ref: Reference, which: 'digunakan' | 'semua', jenis: KamusJenis[] | undefined): KamusEntry[] {
  const inJenis = (e: KamusEntry) => !jenis || jenis.includes(e.jenis);
  if (which === 'semua') return ref.kamus.entries.filter(inJenis);
  const used = new Set(standar.flatMap((d) => d.rows.map((r) => r.entry).filter((e): e is KamusEntry => !!e)));
  return ref.kamus.entries.filter((e) => used.has(e) && inJenis(e));
}

// The lampiran numbers the indikator itself: a number the text carries (as imported) is not printed twice.
function indikatorParas(level: number, indikator: readonly string[] | undefined): Para[] {
  return (indikator ?? []).map((text, i) => ({ label: `${level}.${i + 1}.`, text: withoutIndikatorNumber(text).trim() }));
}

function kamusBlocks(entries: KamusEntry[]): Block[] {
  const blocks: Block[] = [];
  let letter = 0;
  for (const { jenis, judul } of KAMUS_GROUPS) {
    const group = entries.filter((e) => e.jenis === jenis);
    if (!group.length) continue;
    blocks.push({ kind: 'heading', text: `${String.fromCharCode(65 + letter++)}. ${judul}` });
    group.forEach((e, i) => {
      blocks.push(
        { kind: 'heading', text: `${i + 1}. ${kapital(e.nama)}` },
        {
          kind: 'fields',
          fields: [
            { label: 'Kode Kompetensi', value: e.kode },
            { label: 'Nama Kompetensi', value: e.nama },
            { label: 'Definisi', value: e.definisi },
          ],
        },
        { kind: 'table', table: kamusTable(e) },
      );
    });
  }
  return blocks;
}

function kamusTable(e: KamusEntry): Table {
  // An entry that defines only some levels (Nilai Keistimewaan: level 4 only, 003:168) prints those.
  const rows: Row[] = [1, 2, 3, 4, 5].filter((level) => e.levels[level]).map((level) => {
    const teks = e.levels[level];
    return {
      cells: [
        { paras: [{ text: String(level) }], align: 'center' },
        { paras: teks?.deskripsi ? [{ text: teks.deskripsi.trim() }] : [] },
        { paras: indikatorParas(level, teks?.indikator) },
      ],
    };
  });
  return {
    columns: COLUMNS.kamusLevel.map((width, i) => ({ width, align: i === 0 ? 'center' : 'left' })),
    header: [['Level', 'Deskripsi', 'Indikator Perilaku'].map(headerCell)],
    rows,
  };
}

function headerCell(text: string): Cell {
  return { paras: [{ text, bold: true }], align: 'center' };
}

function standarBlocks(doc: StandarDoc, ref: Reference, cfg: RenderConfig, newPage: boolean): Block[] {
  const d = doc.data;
  const tingkatan = doc.tingkatan;
  const blocks: Block[] = newPage ? [{ kind: 'page-break' }] : [];
  blocks.push(
    { kind: 'title', lines: ['STANDAR KOMPETENSI JABATAN'], jabatan: d.nama ?? doc.source.path },
    {
      kind: 'fields',
      boldLabels: true,
      fields: [
        { label: 'Nama Jabatan', value: d.nama ?? KOSONG },
        { label: 'Kelompok Jabatan', value: (tingkatan && ref.tingkatan.kelompokNama(tingkatan.kelompok)) ?? KOSONG },
        { label: 'Urusan Pemerintahan', value: doc.urusan?.nama ?? d.urusan ?? KOSONG },
        { label: 'Kode Jabatan', value: kodeJabatan(doc, cfg) },
      ],
    },
    { kind: 'heading', text: tingkatan?.judul ?? kapital(d.tingkatan ?? KOSONG) },
    { kind: 'heading', text: 'I. IKHTISAR JABATAN' },
    {
      kind: 'table',
      table: {
        columns: COLUMNS.ikhtisar.map((width) => ({ width })),
        header: [],
        rows: [{ cells: [{ paras: [{ text: 'Ikhtisar Jabatan', bold: true }] }, { paras: [{ text: (d.ikhtisar ?? KOSONG).trim() }] }] }],
      },
    },
    { kind: 'heading', text: 'II. STANDAR KOMPETENSI' },
    { kind: 'table', table: kompetensiTable(doc, ref) },
    { kind: 'heading', text: 'III. PERSYARATAN JABATAN' },
    { kind: 'table', table: persyaratanTable(doc, cfg.kolom_kategori ?? 'Kategori') },
  );
  return blocks;
}

function kodeJabatan(doc: StandarDoc, cfg: RenderConfig): string {
  const kode = doc.data.kode;
  if (!kode) return '-';
  if (doc.data.kode_status !== 'resmi' && cfg.kode_usulan === 'sembunyi') return '-';
  const parts = parseKode(kode);
  return parts ? displayKode(parts.digits) : kode;
}

function kompetensiTable(doc: StandarDoc, ref: Reference): Table {
  const order = new Map(ref.kamus.entries.map((e, i) => [e, i]));
  const rows: Row[] = [];
  let n = 0;
  for (const { group, judul } of STANDAR_GROUPS) {
    let list = doc.rows.filter((r) => r.group === group);
    // Manajerial and sosial kultural follow the kamus order (the form's fixed 1–9); teknis as written.
    if (group !== 'teknis') list = [...list].sort((a, b) => (a.entry ? order.get(a.entry)! : 1e9) - (b.entry ? order.get(b.entry)! : 1e9));
    const daftar = group === 'teknis' ? teknisDaftar(doc) : [];
    if (!list.length && !daftar.length) continue;
    rows.push({ group: true, cells: [{ paras: [{ text: judul, bold: true }], span: 4 }] });
    // Teknis as a plain numbered list of names (PermenPANRB 38/2017 wants levels; validate reports it).
    if (daftar.length) rows.push({ cells: [{ paras: daftar.map((text, i) => ({ label: `${i + 1}.`, text })), span: 4 }] });
    for (const r of list) {
      n++;
      const teks = r.entry && r.level ? r.entry.levels[r.level] : undefined;
      // Only a --force render reaches the fallbacks: an unknown competency or level prints as written.
      const deskripsi = teks?.deskripsi ?? r.deskripsi;
      const indikator = teks?.indikator ?? r.indikator;
      rows.push({
        cells: [
          { paras: [{ label: `${n}.`, text: r.entry?.nama ?? r.key, bold: true }] },
          { paras: [{ text: r.level ? String(r.level) : String(r.rawLevel ?? '') }], align: 'center' },
          { paras: deskripsi ? [{ text: deskripsi.trim() }] : [] },
          { paras: r.level ? indikatorParas(r.level, indikator) : (indikator ?? []).map((text) => ({ text })) },
        ],
      });
    }
  }
  return {
    columns: COLUMNS.kompetensi.map((width, i) => ({ width, align: i === 1 ? 'center' : 'left' })),
    header: [['Kompetensi', 'Level', 'Deskripsi', 'Indikator Kompetensi'].map(headerCell)],
    rows,
  };
}

function teknisDaftar(doc: StandarDoc): string[] {
  const teknis = doc.data.kompetensi?.teknis;
  return Array.isArray(teknis) ? teknis.filter((t): t is string => typeof t === 'string').map((t) => t.trim()) : [];
}

const KATEGORI_ORDER: Kategori[] = ['mutlak', 'penting', 'perlu'];

function ticks(kategori: Kategori | undefined): Cell[] {
  return KATEGORI_ORDER.map((k) => ({ paras: k === kategori ? [{ text: TICK }] : [], align: 'center' as const }));
}

/** Rows without kategori keep three empty cells so that the grid stays intact. */
const EMPTY_TICKS: Cell[] = [{ paras: [], align: 'center' }, { paras: [], align: 'center' }, { paras: [], align: 'center' }];

/** One row per item so that each tick sits beside its item; repeated labels are merged cells. */
function persyaratanTable(doc: StandarDoc, kolomKategori: string): Table {
  const p = doc.data.persyaratan ?? {};
  const rows: Row[] = [];
  const numbered = <T>(items: T[], text: (t: T) => string): Para[][] =>
    items.length === 0 ? [[{ text: '-' }]] : items.map((t, i) => [items.length > 1 ? { label: `${i + 1}.`, text: text(t) } : { text: text(t) }]);
  const label = (text: string, first: boolean): Cell => (first ? { paras: [{ text, bold: true }] } : { paras: [], joinAbove: true });
  const sub = (text: string, first: boolean): Cell => (first ? { paras: [{ text }] } : { paras: [], joinAbove: true });

  // A. Pendidikan
  rows.push({ cells: [label('A. Pendidikan', true), sub('1. Jenjang', true), { paras: [{ text: p.pendidikan?.jenjang ?? '-' }] }, ...EMPTY_TICKS] });
  const bidang = (p.pendidikan?.bidang_ilmu ?? []).filter((b): b is string => typeof b === 'string');
  rows.push({ cells: [label('', false), sub('2. Bidang Ilmu', true), { paras: [{ text: bidang.length ? bidang.join(', ') : '-' }] }, ...EMPTY_TICKS] });

  // B. Pelatihan
  const pelatihan = p.pelatihan ?? {};
  const jenis: [string, 'manajerial' | 'teknis' | 'fungsional'][] = [['1. Manajerial', 'manajerial'], ['2. Teknis', 'teknis'], ['3. Fungsional', 'fungsional']];
  jenis.forEach(([subLabel, key], j) => {
    const items = (pelatihan[key] ?? []).filter((x): x is { nama: string; kategori: Kategori } => !!x && typeof x.nama === 'string');
    numbered(items, (x) => x.nama).forEach((paras, i) => {
      rows.push({ cells: [label('B. Pelatihan', j === 0 && i === 0), sub(subLabel, i === 0), { paras }, ...(items[i] ? ticks(items[i]!.kategori) : EMPTY_TICKS)] });
    });
  });

  // C. Pengalaman kerja
  const pengalaman = (p.pengalaman_kerja ?? []).filter((x): x is { uraian: string; kategori: Kategori } => !!x && typeof x.uraian === 'string');
  numbered(pengalaman, (x) => x.uraian).forEach((paras, i) => {
    rows.push({ cells: [{ ...label('C. Pengalaman Kerja', i === 0), span: 2 }, { paras }, ...(pengalaman[i] ? ticks(pengalaman[i]!.kategori) : EMPTY_TICKS)] });
  });

  // D. Pangkat, E. Indikator kinerja, F. lainnya: no kategori (DOMAIN §1).
  rows.push({ cells: [{ ...label('D. Pangkat', true), span: 2 }, { paras: [{ text: p.pangkat ?? '-' }] }, ...EMPTY_TICKS] });
  const kinerja = (p.indikator_kinerja ?? []).filter((x): x is string => typeof x === 'string');
  rows.push({ cells: [{ ...label('E. Indikator Kinerja Jabatan', true), span: 2 }, { paras: numbered(kinerja, (x) => x).flat() }, ...EMPTY_TICKS] });
  const lainnya = (p.lainnya ?? []).filter((x): x is string => typeof x === 'string');
  if (lainnya.length) rows.push({ cells: [{ ...label('F. Persyaratan Lain', true), span: 2 }, { paras: numbered(lainnya, (x) => x).flat() }, ...EMPTY_TICKS] });

  return {
    columns: COLUMNS.persyaratan.map((width, i) => ({ width, align: i >= 3 ? 'center' : 'left' })),
    // Two header rows: the kategori columns under one spanning cell (the pedoman's form, 001:667-707).
    header: [
      [{ ...headerCell('Jenis Persyaratan'), span: 2 }, headerCell('Uraian'), { ...headerCell(kolomKategori), span: 3 }],
      [{ paras: [], span: 2, joinAbove: true }, { paras: [], joinAbove: true }, headerCell('Mutlak'), headerCell('Penting'), headerCell('Perlu')],
    ],
    rows,
  };
}
