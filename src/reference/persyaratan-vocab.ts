// Vocabularies for persyaratan jabatan: pangkat/golongan, jenjang pendidikan, leadership training.
import type { PangkatDict, PelatihanKepemimpinanDict, PendidikanDict } from '../model/dictionaries.js';
import { nameKey } from '../text/normalize.js';

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** "S-1", "S 1" → "s1"; "D-IV", "D IV", "DIV" → "d4"; a bare "di" stays the word "di", not D-I. */
function degree(_: string, letter: string, sep: string, n: string): string {
  if (!sep && n === 'i') return `${letter}${n}`;
  return `${letter}${ROMAN[n] ?? n}`;
}

/** Folds the many ways documents write degrees and grades ("Tk. I" → "tingkat i"). */
export function vocabKey(s: string): string {
  return nameKey(s)
    .replace(/\b([sd])(\s*-\s*|\s+)?(\d|iv|i{1,3})\b/g, degree)
    .replace(/\s*\/\s*/g, '/')
    .replace(/\btk\b\.?\s*/g, 'tingkat ')
    .replace(/\btingkat 1\b/g, 'tingkat i')
    .replace(/\bdiklat\s*pim\b/g, 'diklatpim')
    .replace(/[()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds whole-word occurrences of any of the keys (longest first). */
function matcher(keys: string[]): RegExp {
  const alts = [...new Set(keys)].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export type PangkatEntry = PangkatDict['pangkat'][number];

export interface PangkatReading {
  golongan?: PangkatEntry;
  /** The pangkat named in the text, if any. */
  named?: PangkatEntry;
  /** Words left over that name no pangkat. */
  unknownName?: string;
}

const GOLONGAN = /(?<![\p{L}])(IV|III|II|I)\s*\/\s*([a-e])(?![\p{L}])/iu;
/** The golongan written without its slash: "III b", "IIIb", "III-b", "III.b". */
const GOLONGAN_LOOSE = /(?<![\p{L}])(IV|III|II|I)\s*[-.]?\s*([a-e])(?![\p{L}\p{N}])/iu;

/** A golongan as written in a text, and its canonical form. */
export interface GolonganSpan {
  entry: PangkatEntry;
  index: number;
  written: string;
}
const FILLER = /\b(minimal|minimum|paling rendah|serendah-rendahnya|pangkat|golongan|gol|ruang|atau|dan)\b\.?/g;

export class PangkatIndex {
  private readonly byName = new Map<string, PangkatEntry>();

  constructor(readonly dict: PangkatDict) {
    for (const p of dict.pangkat) for (const n of [p.nama, ...p.alias]) this.byName.set(vocabKey(n), p);
  }

  byGolongan(g: string): PangkatEntry | undefined {
    return this.dict.pangkat.find((p) => p.golongan.toLowerCase() === g.toLowerCase());
  }

  /**
   * Where the text writes its golongan other than in the canonical form ("III b", "iii/b", "III / b"
   * for III/b): the span to replace by `entry.golongan`.
   */
  golonganToNormalise(text: string): GolonganSpan | undefined {
    const m = GOLONGAN.exec(text) ?? GOLONGAN_LOOSE.exec(text);
    const entry = m && this.byGolongan(`${m[1]!.toUpperCase()}/${m[2]!.toLowerCase()}`);
    return entry && m[0] !== entry.golongan ? { entry, index: m.index, written: m[0] } : undefined;
  }

  read(text: string): PangkatReading {
    const m = GOLONGAN.exec(text);
    const golongan = m ? this.byGolongan(`${m[1]!.toUpperCase()}/${m[2]!.toLowerCase()}`) : undefined;
    const rest = vocabKey(m ? text.replace(m[0], ' ') : text)
      .replace(FILLER, ' ')
      .replace(/[,;:/\-]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!rest) return { golongan };
    const named = this.byName.get(rest);
    return named ? { golongan, named } : { golongan, unknownName: rest };
  }
}

export type JenjangEntry = PendidikanDict['jenjang'][number];

export class PendidikanIndex {
  private readonly byKey = new Map<string, JenjangEntry>();
  private readonly pattern: RegExp;

  constructor(readonly dict: PendidikanDict) {
    for (const j of dict.jenjang) for (const n of [j.jenjang, ...j.alias]) this.byKey.set(vocabKey(n), j);
    this.pattern = matcher([...this.byKey.keys()]);
  }

  /** The first jenjang the text mentions ("Minimal S1/D IV diutamakan S-2" → S-1/D-IV). */
  find(text: string): JenjangEntry | undefined {
    this.pattern.lastIndex = 0;
    const m = this.pattern.exec(vocabKey(text));
    return m ? this.byKey.get(m[0]) : undefined;
  }
}

export type PelatihanEntry = PelatihanKepemimpinanDict['pelatihan'][number];

export interface PelatihanReading {
  entry: PelatihanEntry;
  legacy: boolean;
}

export class PelatihanIndex {
  private readonly byKey = new Map<string, PelatihanReading>();
  private readonly pattern: RegExp;

  constructor(readonly dict: PelatihanKepemimpinanDict) {
    for (const entry of dict.pelatihan) {
      for (const n of [entry.kode, entry.nama, ...entry.alias]) this.byKey.set(vocabKey(n), { entry, legacy: false });
      for (const n of entry.lama) this.byKey.set(vocabKey(n), { entry, legacy: true });
    }
    this.pattern = matcher([...this.byKey.keys()]);
  }

  byKode(kode: string): PelatihanEntry | undefined {
    return this.dict.pelatihan.find((p) => p.kode === kode);
  }

  /**
   * Where `nama` writes a legacy name of `entry` ("Diklat PIM Tk. IV"), matched word by word with any
   * case, spacing and dots between: the span to replace by the current name.
   */
  legacySpan(nama: string, entry: PelatihanEntry): { index: number; length: number } | undefined {
    const whole = vocabKey(nama);
    for (const lama of [...entry.lama].sort((a, b) => b.length - a.length)) {
      const words = lama.split(/[\s.\-]+/).filter(Boolean).map(escape);
      const m = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s.\\-]*')}(?![\\p{L}\\p{N}])`, 'iu').exec(nama);
      if (m) return { index: m.index, length: m[0].length };
      if (whole === vocabKey(lama)) return { index: 0, length: nama.length };
    }
    return undefined;
  }

  /** Which leadership training a pelatihan item names, if any. */
  read(nama: string): PelatihanReading | undefined {
    this.pattern.lastIndex = 0;
    const m = this.pattern.exec(vocabKey(nama));
    return m ? this.byKey.get(m[0]) : undefined;
  }
}
