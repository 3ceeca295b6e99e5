// Tingkatan (tiers) with their kelompok, names, aliases and minimum competency levels.
import type { Config } from '../model/config.js';
import type { TingkatanDict, TingkatanEntry } from '../model/dictionaries.js';
import { nameKey } from '../text/normalize.js';
import { suggest } from '../text/suggest.js';

export interface Floor {
  level: Record<string, number>;
  sumber: string;
  kepastian: TingkatanEntry['standar_minimal']['kepastian'];
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
          ? { level: { ...t.standar_minimal.level, ...o.standar_minimal }, sumber: o.sumber, kepastian: 'pasti', override: true }
          : { ...t.standar_minimal, override: false },
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
