// The render model: a language-neutral description of the printed lampiran, shared by the Markdown
// and PDF writers. Text is final (numbering, capitals, ticks); writers only lay it out.

/** A paragraph in a table cell; `label` is a hanging number such as "4.1.". */
export interface Para {
  text: string;
  label?: string;
  bold?: boolean;
}

export interface Cell {
  paras: Para[];
  /** Columns this cell covers (default 1). */
  span?: number;
  align?: 'left' | 'center';
  /** Continues the cell above (a vertical merge): drawn without a top border. */
  joinAbove?: boolean;
}

export interface Row {
  cells: Cell[];
  /** A group heading row ("A. Manajerial"): kept on the page of the row that follows it. */
  group?: boolean;
}

export interface Column {
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'center';
}

export interface Table {
  columns: Column[];
  /** Header rows, repeated at the top of every page the table runs onto (a Word "repeat header row"). */
  header: Cell[][];
  rows: Row[];
}

export interface Field {
  label: string;
  value: string;
}

export type Block =
  /** "LAMPIRAN I : …" block at the top right of a lampiran's first page. */
  | { kind: 'header'; fields: Field[] }
  /** Centred title; `jabatan` names the standard it opens (Markdown headings, Word bookmarks). */
  | { kind: 'title'; lines: string[]; jabatan?: string }
  | { kind: 'page-break' }
  | { kind: 'heading'; text: string; align?: 'left' | 'center' }
  /** "label : value" lines (identity of a jabatan, kode/nama/definisi of a competency). */
  | { kind: 'fields'; fields: Field[]; boldLabels?: boolean }
  | { kind: 'table'; table: Table }
  /** Signature at the bottom right of a lampiran's last page. */
  | { kind: 'signature'; jabatan: string; nama: string };

export interface Lampiran {
  isi: 'kamus' | 'standar';
  /** Roman numeral (or the configured text). */
  nomor: string;
  blocks: Block[];
  /** Jabatan names in print order (standards lampiran), for progress and tests. */
  jabatan: string[];
}

export interface RenderDoc {
  lampiran: Lampiran[];
  /** Document title for metadata and file names, e.g. "Lampiran Peraturan Bupati Tasikmalaya Nomor 51 Tahun 2019". */
  title: string;
  /** Seconds since the epoch, for reproducible dates inside the output. */
  date: number;
  draft: boolean;
  /** Standards that no standards lampiran selects (display paths), for a warning. */
  unplaced: string[];
}
