// `skj kamus`: what the reference data holds, as plain data for the CLI to print. Reads only the
// Reference (bundled dictionaries plus the project's kamus and skj.yaml); never seed lines.
import type { Localized } from '../core/diagnostic.js';
import type { KamusJenis } from '../model/kamus.js';
import type { KamusEntry } from '../reference/kamus-index.js';
import type { Reference } from '../reference/reference.js';
import { searchKey } from '../text/normalize.js';

export interface KompetensiRow {
  kode: string;
  nama: string;
  jenis: KamusJenis;
  /** The agency kamus file it comes from; absent for the bundled national kamus. */
  file?: string;
}

export interface LevelRow {
  level: number;
  deskripsi?: string;
  indikator: string[];
}

export interface KompetensiDetail extends KompetensiRow {
  definisi: string;
  sumber?: string;
  urusan?: string;
  levels: LevelRow[];
}

export interface SearchHit extends KompetensiRow {
  /** Where the query occurs: "nama", "kode", "definisi" or a level number. */
  where: (string | number)[];
}

export interface FloorRow {
  kode: string;
  nama?: string;
  level: number;
  /** The minimum of this competency lacks a verified source. */
  uncertain: boolean;
}

export interface TierFloors {
  id: string;
  nama: string;
  sumber: Localized;
  kepastian: string;
  /** skj.yaml replaced the bundled row. */
  override: boolean;
  floors: FloorRow[];
}

function row(e: KamusEntry): KompetensiRow {
  return { kode: e.kode, nama: e.nama, jenis: e.jenis, ...(e.origin.bundled ? {} : { file: e.origin.file }) };
}

function levels(e: KamusEntry): LevelRow[] {
  return Object.entries(e.levels)
    .map(([lv, t]) => ({ level: Number(lv), ...(t?.deskripsi ? { deskripsi: t.deskripsi } : {}), indikator: t?.indikator ?? [] }))
    .sort((a, b) => a.level - b.level);
}

export const JENIS_ORDER: readonly KamusJenis[] = ['manajerial', 'sosial_kultural', 'teknis'];

/** Every competency, grouped by jenis in the order of the regulation. */
export function listKompetensi(ref: Reference): { jenis: KamusJenis; kompetensi: KompetensiRow[] }[] {
  return JENIS_ORDER.map((jenis) => ({ jenis, kompetensi: ref.kamus.ofJenis(jenis).map(row) })).filter((g) => g.kompetensi.length > 0);
}

/** One competency: its definisi and every level, or only `level`. */
export function kompetensiDetail(e: KamusEntry, level?: number): KompetensiDetail {
  const all = levels(e);
  return {
    ...row(e),
    definisi: e.definisi,
    ...(e.sumber ? { sumber: e.sumber } : {}),
    ...(e.urusan ? { urusan: e.urusan } : {}),
    levels: level === undefined ? all : all.filter((l) => l.level === level),
  };
}

/**
 * Competencies whose kode, nama, definisi or level texts contain `query`, folding case, diacritics and
 * spaces (the regulation itself writes both "Kerjasama" and "kerja sama").
 */
export function searchKompetensi(ref: Reference, query: string): SearchHit[] {
  const fold = (s: string) => searchKey(s).replace(/ /g, '');
  const q = fold(query);
  if (!q) return [];
  const has = (s: string | undefined) => s !== undefined && fold(s).includes(q);
  const hits: SearchHit[] = [];
  for (const e of ref.kamus.entries) {
    const where: (string | number)[] = [];
    if (has(e.kode)) where.push('kode');
    if (has(e.nama)) where.push('nama');
    if (has(e.definisi)) where.push('definisi');
    for (const l of levels(e)) if (has(l.deskripsi) || l.indikator.some(has)) where.push(l.level);
    if (where.length > 0) hits.push({ ...row(e), where });
  }
  return hits;
}

/** The floors of a tier (as skj.yaml may have replaced them), with the competency names. */
export function tierFloors(ref: Reference, id: string): TierFloors | undefined {
  const t = ref.tingkatan.byId(id);
  const f = ref.tingkatan.floor(id);
  if (!t || !f) return undefined;
  return {
    id: t.id,
    nama: t.nama,
    sumber: f.sumber,
    kepastian: f.kepastian,
    override: f.override,
    floors: Object.entries(f.level).map(([kode, level]) => ({ kode, ...(ref.kamus.resolve(kode) ? { nama: ref.kamus.resolve(kode)!.nama } : {}), level, uncertain: f.uncertain(kode) })),
  };
}

export function urusanList(ref: Reference): { kode: string; nama: string }[] {
  return ref.urusan.entries.map((u) => ({ kode: u.kode, nama: u.nama }));
}

export function pangkatList(ref: Reference): { golongan: string; nama: string }[] {
  return [...ref.pangkat.dict.pangkat].sort((a, b) => a.urutan - b.urutan).map((p) => ({ golongan: p.golongan, nama: p.nama }));
}
