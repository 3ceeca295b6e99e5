// The import report: every mapping, normalisation, judgement and drop, each with its source line.
import type { MessageParams } from '../core/diagnostic.js';

/** mapped: read as printed; normalised: spelling folded to the dictionary; ambiguous: a judgement;
 *  dropped: printed but not written; missing: not printed at all; drift: text differs from the kamus. */
export const NOTE_KINDS = ['normalised', 'ambiguous', 'dropped', 'missing', 'drift'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export interface ImportNote {
  kind: NoteKind;
  /** Message id in the catalogue (src/i18n/import.ts). */
  id: string;
  params: MessageParams;
  line: number;
}

export interface ReportSection {
  /** Jabatan name, kamus name, or the document itself. */
  title: string;
  /** Written file, relative to the output folder; undefined for the document's own notes. */
  file?: string;
  source: string;
  startLine: number;
  endLine: number;
  notes: ImportNote[];
}

export interface ImportReport {
  documents: string[];
  sections: ReportSection[];
  written: string[];
  totals: { standar: number; kamus: number } & Record<NoteKind, number>;
}

export function totals(sections: ReportSection[], standar: number, kamus: number): ImportReport['totals'] {
  const t = { standar, kamus, normalised: 0, ambiguous: 0, dropped: 0, missing: 0, drift: 0 };
  for (const s of sections) for (const n of s.notes) t[n.kind]++;
  return t;
}
