// Tingkatan (tiers) with their kelompok, names, aliases and minimum competency levels.
import type { Localized } from '../core/diagnostic.js';
import type { Config } from '../model/config.js';
import type { TingkatanDict, TingkatanEntry } from '../model/dictionaries.js';
import { nameKey } from '../text/normalize.js';
import { suggest } from '../text/suggest.js';

export interface Floor {
  level: Record<string, number>;
  sumber: Localized;
  kepastian: TingkatanEntry['standar_minimal']['kepastian'];
  /** Whether the minimum of one competency lacks a verified source (reported as a warning). */
  uncertain(kode: string): boolean;
  /** True when skj.yaml replaced the bundled row. */
  override: boolean;
}

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

  resolve(value: string): TingkatanEntry | undefined {
    return this.byKey.get(nameKey(value));
  }

  byId(id: string): TingkatanEntry | undefined {
    return this.dict.tingkatan.find((t) => t.id === id);
  }

  byKode(kode: string): TingkatanEntry | undefined {
    return this.dict.tingkatan.find((t) => t.kode === kode);
  }

  suggest(value: string): TingkatanEntry | undefined {
    return suggest(value, this.dict.tingkatan.map((t) => ({ keys: [t.id, t.nama, ...t.alias, ...(t.salah_eja ?? [])], value: t })));
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
