// What the recognisers read from a document, before mapping to the model: printed text with the
// source line of every piece, so that each judgement can be reported where it was made.

export interface Located<T = string> {
  value: T;
  line: number;
}

export interface KompetensiDraft {
  /** The name as printed, without numbering noise. */
  nama: string;
  line: number;
  /** Level as printed; undefined when the level cell is blank. */
  level?: number;
  deskripsi?: string;
  indikator: string[];
  endLine: number;
}

export type GroupName = 'manajerial' | 'sosial_kultural' | 'teknis';

export interface ItemDraft {
  text: string;
  line: number;
  /** Kategori read from the tick columns; undefined when no tick applies. */
  kategori?: 'mutlak' | 'penting' | 'perlu';
  /** Why the kategori is a judgement (more items than ticks, unclear column, no column). */
  tick?: 'shared' | 'none' | 'no-column' | 'unclear';
}

export interface PersyaratanDraft {
  jenjang?: Located;
  bidangIlmu?: Located;
  pelatihan: { manajerial: ItemDraft[]; teknis: ItemDraft[]; fungsional: ItemDraft[] };
  pengalaman: ItemDraft[];
  pangkat?: Located;
  indikatorKinerja: Located[];
  lainnya: Located[];
  /** Ticks printed on rows that carry no kategori (pangkat, indikator kinerja). */
  strayTicks: number[];
  /** The document had a persyaratan section at all. */
  present: boolean;
  /** Free-text list without kategori columns (Purwakarta). */
  freeText: boolean;
}

export interface StandarDraft {
  startLine: number;
  endLine: number;
  nama?: Located;
  kelompok?: Located;
  tierTitle?: Located;
  /** The heading a form is printed under ("Formulir standar kompetensi jabatan fungsional pemula …"). */
  formTitle?: Located;
  urusan?: Located;
  kode?: Located;
  unitKerja?: Located;
  ikhtisar?: Located;
  kompetensi: Record<GroupName, KompetensiDraft[]>;
  /** Teknis competencies printed as a plain list of names without levels. */
  teknisNames: Located[];
  persyaratan: PersyaratanDraft;
}

export interface KamusLevelDraft {
  deskripsi?: string;
  indikator: string[];
  line: number;
}

export interface KamusEntryDraft {
  kode: string;
  nama: string;
  definisi?: string;
  levels: Record<number, KamusLevelDraft>;
  startLine: number;
  endLine: number;
}

export interface HeadingDraft {
  jenis?: string;
  daerah?: string;
  /** "Kabupaten" or "Kota" when the pejabat says so. */
  wilayah?: string;
  nomor?: string;
  tahun?: string;
  tentang?: string;
  /** TENTANG printed over several heading lines. */
  tentangParts?: string[];
  tempat?: string;
  tanggal?: string;
  penandatangan?: string;
}

export interface Fragment {
  startLine: number;
  endLine: number;
  what: string;
}

export interface DocumentDraft {
  file: string;
  lines: number;
  heading: HeadingDraft;
  kamus: KamusEntryDraft[];
  standar: StandarDraft[];
  /** Pieces that belong to no standard (an orphan persyaratan tail, ...). */
  fragments: Fragment[];
  /** Last line any recogniser understood. */
  lastUnderstood: number;
}

export function emptyPersyaratan(): PersyaratanDraft {
  return {
    pelatihan: { manajerial: [], teknis: [], fungsional: [] },
    pengalaman: [],
    indikatorKinerja: [],
    lainnya: [],
    strayTicks: [],
    present: false,
    freeText: false,
  };
}

export function emptyStandar(line: number): StandarDraft {
  return {
    startLine: line,
    endLine: line,
    kompetensi: { manajerial: [], sosial_kultural: [], teknis: [] },
    teknisNames: [],
    persyaratan: emptyPersyaratan(),
  };
}
