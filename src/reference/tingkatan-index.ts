// Tingkatan (tiers) with their kelompok, names, aliases and minimum competency levels.
import type { Localized } from '../core/diagnostic.js';
import type { Config } from '../model/config.js';
import type { TingkatanDict, TingkatanEntry } from '../model/dictionaries.js';
import { nameKey } from '../text/normalize.js';
import { suggestions, type Match } from '../text/suggest.js';

export interface Floor {
  level: Record<string, number>;
  sumber: Localized;
  kepastian: TingkatanEntry['standar_minimal']['kepastian'];
  /** Whether the minimum of one competency lacks a verified source (reported as a warning). */
  uncertain(kode: string): boolean;
  /** True when skj.yaml replaced the bundled row. */
  override: boolean;
}

/** A former eselon written in a tingkatan field, and the tiers the law makes it equivalent to. */
export interface EselonMatch {
  /** As the regulation writes it: "IV.a", or "IV" without a sub-grade. */
  eselon: string;
  /** One tier, or two where the law gives two (I.a): then never guessed. */
  tingkatan: TingkatanEntry[];
  /** Written with the word "eselon" ("Eselon 4", "Es. III"), not a bare "IV.a" that may be a pangkat. */
  word: boolean;
  sumber: Localized;
  /** How to choose between the tiers, where the law gives two. */
  catatan: Localized[];
}

const ROMAN: Record<string, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V' };
/** "Eselon IV", "eselon 4", "Es. III.a", "eselon iii/b", "Eselon IVa", "Jabatan Eselon II" (after nameKey). */
const ESELON_WORD = /^(?:(?:jabatan|pejabat)\s+)?(?:eselon|es\.?)\s*(iv|v|i{1,3}|[1-5])(?:\s*[./-]?\s*([ab]))?$/;
/** "IV.a", "IVa", "IV a": without the word only with a sub-grade, and not "IV/a", which is a pangkat. */
const ESELON_BARE = /^(iv|v|i{1,3})\s*\.?\s*([ab])$/;

export class TingkatanIndex {
  private readonly byKey = new Map<string, TingkatanEntry>();
  private readonly floors = new Map<string, Floor>();

  constructor(readonly dict: TingkatanDict, overrides: Config['tingkatan'] = {}) {
    for (const t of dict.tingkatan) {
      for (const k of [t.id, t.nama, ...t.alias]) this.byKey.set(nameKey(k), t);
      const o = overrides[t.id];
      this.floors.set(
        t.id,
        o
          ? { level: { ...t.standar_minimal.level, ...o.standar_minimal }, sumber: { id: o.sumber, en: o.sumber }, kepastian: 'pasti', uncertain: (k) => !(k in o.standar_minimal) && uncertainty(t.standar_minimal)(k), override: true }
          : { level: t.standar_minimal.level, sumber: localized(t.standar_minimal), kepastian: t.standar_minimal.kepastian, uncertain: uncertainty(t.standar_minimal), override: false },
      );
    }
  }

  get entries(): readonly TingkatanEntry[] {
    return this.dict.tingkatan;
  }

  byId(id: string): TingkatanEntry | undefined {
    return this.dict.tingkatan.find((t) => t.id === id);
  }

  byKode(kode: string): TingkatanEntry | undefined {
    return this.dict.tingkatan.find((t) => t.kode === kode);
  }

  /** Accepts a former eselon written with the word "eselon" when the law makes it one tier. */
  resolve(value: string): TingkatanEntry | undefined {
    const known = this.byKey.get(nameKey(value));
    if (known) return known;
    const e = this.eselon(value);
    return e?.word && e.tingkatan.length === 1 ? e.tingkatan[0] : undefined;
  }

  /** The value read as a former eselon (UU 5/2014 Pasal 131), in any of its spellings. */
  eselon(value: string): EselonMatch | undefined {
    const key = nameKey(value);
    const m = ESELON_WORD.exec(key) ?? ESELON_BARE.exec(key);
    if (!m) return undefined;
    const roman = ROMAN[m[1]!] ?? m[1]!.toUpperCase();
    const eselon = m[2] ? `${roman}.${m[2]}` : roman;
    const rows = this.dict.eselon.setara.filter((r) => r.eselon === eselon || r.eselon.startsWith(`${eselon}.`));
    if (!rows.length) return undefined;
    const ids = new Set(rows.flatMap((r) => r.tingkatan));
    return {
      eselon,
      tingkatan: this.dict.tingkatan.filter((t) => ids.has(t.id)),
      word: !ESELON_BARE.test(key),
      sumber: localized(this.dict.eselon),
      catatan: rows.filter((r) => r.catatan).map((r) => ({ id: r.catatan!, en: r.catatan_en ?? r.catatan! })),
    };
  }

  /** The tiers the value may mean, best first: the tiers of an eselon, else names a few edits or words away. */
  suggestions(value: string): TingkatanEntry[] {
    const e = this.eselon(value);
    return e ? e.tingkatan : this.near(value).map((m) => m.value);
  }

  /** The one tier an import may read the value as: a misspelling, or an eselon equivalent to one tier. */
  readAs(value: string): TingkatanEntry | undefined {
    const e = this.eselon(value);
    if (e) return e.tingkatan.length === 1 ? e.tingkatan[0] : undefined;
    const best = this.near(value)[0];
    return best?.close ? best.value : undefined;
  }

  private near(value: string): Match<TingkatanEntry>[] {
    return suggestions(value, this.dict.tingkatan.map((t) => ({ keys: [t.id, t.nama, ...t.alias, ...(t.salah_eja ?? [])], value: t })));
  }

  /** The names a tier is also known by: its aliases and the former eselon equivalent to it. */
  names(t: TingkatanEntry): string[] {
    const eselon = this.dict.eselon.setara.filter((r) => r.tingkatan.includes(t.id)).map((r) => r.eselon);
    // "Eselon IV" names the tier only when every sub-grade of IV does.
    const whole = [...new Set(eselon.map((e) => e.split('.')[0]!))].filter((g) => this.dict.eselon.setara.every((r) => !r.eselon.startsWith(`${g}.`) || (r.tingkatan.length === 1 && r.tingkatan[0] === t.id)));
    return [...t.alias, ...whole.map((g) => `Eselon ${g}`), ...eselon.map((e) => `Eselon ${e}`)];
  }

  floor(id: string): Floor | undefined {
    return this.floors.get(id);
  }

  kelompokNama(digit: number): string | undefined {
    return this.dict.kelompok.find((k) => k.digit === digit)?.nama;
  }
}

/** A dictionary source in both languages (sumber_en where the text is more than a citation). */
export function localized(s: { sumber: string; sumber_en?: string }): Localized {
  return { id: s.sumber, en: s.sumber_en ?? s.sumber };
}

function uncertainty(m: TingkatanEntry['standar_minimal']): (kode: string) => boolean {
  if (m.kepastian === 'pasti') return () => false;
  const only = m.kode_ragu;
  return only ? (kode) => only.includes(kode) : () => true;
}
