// Urusan pemerintahan (Permendagri 90/2019) and the agency's sub-urusan, with the 6 digits each
// contributes to a kode jabatan: urusan · sub-urusan · sub-sub-urusan, "00" where unused.
// The two urusan digits follow skj's default scheme (dictionaries/urusan.yaml, skema_kode) unless
// skj.yaml gives an urusan its own `digit`: no official table exists, so the scheme is replaceable.
import type { Config } from '../model/config.js';
import type { UrusanDict } from '../model/dictionaries.js';
import { nameKey } from '../text/normalize.js';
import { suggestions } from '../text/suggest.js';

export interface UrusanEntry {
  kode: string;
  nama: string;
  alias: string[];
  /** The UUUUUU part of a kode jabatan. */
  digits: string;
  /** Where it is defined: the bundled list or skj.yaml. */
  bundled: boolean;
}

/** A skj.yaml urusan entry that cannot be used, with why. */
export interface UrusanConfigProblem {
  index: number;
  kind: 'orphan' | 'nama' | 'digit' | 'digit-sub' | 'duplicate-digit';
  kode: string;
  /** For duplicate-digit: the urusan already holding the digits. */
  other?: string;
}

export class UrusanIndex {
  readonly entries: UrusanEntry[] = [];
  private readonly byKey = new Map<string, UrusanEntry>();
  /** skj.yaml entries that cannot be used (reported as configuration errors). */
  readonly problems: UrusanConfigProblem[] = [];

  constructor(dict: UrusanDict, additions: Config['urusan'] = []) {
    const top = new Map(dict.urusan.map((u) => [u.kode, { kode: u.kode, nama: u.nama, alias: [...u.alias], digits: `${u.digit}0000`, bundled: true }]));
    const indexed = additions.map((a, index) => ({ a, index }));
    for (const { a, index } of indexed) {
      const depth = a.kode.split('.').length - 2; // 0 = urusan, 1 = sub-urusan, 2 = sub-sub-urusan
      if (depth > 0) {
        if (a.digit !== undefined) this.problems.push({ index, kind: 'digit-sub', kode: a.kode });
        continue;
      }
      const known = top.get(a.kode);
      if (!known && !a.nama) this.problems.push({ index, kind: 'nama', kode: a.kode });
      else if (!a.digit) this.problems.push({ index, kind: 'digit', kode: a.kode });
      else top.set(a.kode, { kode: a.kode, nama: a.nama ?? known!.nama, alias: [...(known?.alias ?? []), ...(a.alias ?? [])], digits: `${a.digit}0000`, bundled: !!known && !a.nama });
    }
    const holder = new Map<string, string>();
    for (const e of top.values()) {
      const other = holder.get(e.digits);
      if (other) {
        const index = additions.findIndex((a) => a.kode === e.kode || a.kode === other);
        this.problems.push({ index, kind: 'duplicate-digit', kode: additions[index]!.kode, other: additions[index]!.kode === e.kode ? other : e.kode });
      } else holder.set(e.digits, e.kode);
      this.add(e);
    }
    const subs = indexed.filter(({ a }) => a.kode.split('.').length > 2).sort((x, y) => x.a.kode.length - y.a.kode.length);
    for (const { a, index } of subs) {
      const parentKode = a.kode.slice(0, a.kode.lastIndexOf('.'));
      const parent = this.entries.find((e) => e.kode === parentKode);
      if (!parent) {
        this.problems.push({ index, kind: 'orphan', kode: a.kode });
        continue;
      }
      if (!a.nama) {
        this.problems.push({ index, kind: 'nama', kode: a.kode });
        continue;
      }
      const own = a.kode.slice(a.kode.lastIndexOf('.') + 1);
      const depth = a.kode.split('.').length - 2;
      const digits = depth === 1 ? `${parent.digits.slice(0, 2)}${own}00` : `${parent.digits.slice(0, 4)}${own}`;
      this.add({ kode: a.kode, nama: a.nama, alias: a.alias ?? [], digits, bundled: false });
    }
  }

  private add(e: UrusanEntry): void {
    this.entries.push(e);
    for (const k of [e.kode, e.nama, ...e.alias]) if (!this.byKey.has(nameKey(k))) this.byKey.set(nameKey(k), e);
  }

  resolve(value: string): UrusanEntry | undefined {
    return this.byKey.get(nameKey(value));
  }

  byDigits(digits: string): UrusanEntry | undefined {
    return this.entries.find((e) => e.digits === digits);
  }

  /** The urusan the value may mean, best first: a code written differently ("2.016"), or names. */
  suggestions(value: string): UrusanEntry[] {
    return suggestions(value, this.entries.map((e) => ({ keys: [e.nama, ...e.alias, `${e.kode} ${e.nama}`], codes: [e.kode], value: e }))).map((m) => m.value);
  }

  suggest(value: string): UrusanEntry | undefined {
    return this.suggestions(value)[0];
  }
}
