// All competencies a project can use: the bundled national kamus plus the agency's own.
import type { KamusJenis, KamusKompetensi, LevelTeks } from '../model/kamus.js';
import { nameKey } from '../text/normalize.js';
import { suggestions, type Match, type SuggestOptions } from '../text/suggest.js';

export interface KamusEntry {
  kode: string;
  nama: string;
  definisi: string;
  jenis: KamusJenis;
  urusan?: string;
  sumber?: string;
  levels: Partial<Record<number, LevelTeks>>;
  /** Bundled national kamus, or the agency kamus file it comes from. */
  origin: { bundled: true } | { bundled: false; file: string };
}

export function toKamusEntry(k: KamusKompetensi, jenis: KamusJenis, origin: KamusEntry['origin']): KamusEntry {
  const levels: Partial<Record<number, LevelTeks>> = {};
  for (const [lv, teks] of Object.entries(k.level)) if (teks) levels[Number(lv)] = teks;
  return { kode: k.kode, nama: k.nama, definisi: k.definisi, jenis, urusan: k.urusan, sumber: k.sumber, levels, origin };
}

export class KamusIndex {
  private readonly byKey = new Map<string, KamusEntry>();

  constructor(readonly entries: readonly KamusEntry[]) {
    // First definition wins: bundled entries come first, so an agency cannot shadow M.01.
    for (const e of entries) {
      for (const key of [e.kode, e.nama]) {
        const k = nameKey(key);
        if (!this.byKey.has(k)) this.byKey.set(k, e);
      }
    }
  }

  /** A competency by its kode or nama, case-insensitively. */
  resolve(key: string): KamusEntry | undefined {
    return this.byKey.get(nameKey(key));
  }

  /** The competencies the key may mean, best first; only of `jenis` when given (a teknis typo is not a manajerial code). */
  suggestions(key: string, jenis?: KamusJenis, opts?: SuggestOptions): Match<KamusEntry>[] {
    const pool = jenis ? this.entries.filter((e) => e.jenis === jenis) : this.entries;
    // "M.02 Kerjasama": code and name written together, as the printed forms do.
    return suggestions(key, pool.map((e) => ({ keys: [e.nama, `${e.kode} ${e.nama}`], codes: [e.kode], value: e })), undefined, opts);
  }

  suggest(key: string, jenis?: KamusJenis, opts?: SuggestOptions): KamusEntry | undefined {
    return this.suggestions(key, jenis, opts)[0]?.value;
  }

  ofJenis(jenis: KamusJenis): KamusEntry[] {
    return this.entries.filter((e) => e.jenis === jenis);
  }
}
