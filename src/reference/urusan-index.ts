// Urusan pemerintahan (Permendagri 90/2019) and the agency's sub-urusan, with the 6 digits each
// contributes to a kode jabatan: urusan · sub-urusan · sub-sub-urusan, "00" where unused.
import type { Config } from '../model/config.js';
import type { UrusanDict } from '../model/dictionaries.js';
import { nameKey } from '../text/normalize.js';
import { suggest } from '../text/suggest.js';

export interface UrusanEntry {
  kode: string;
  nama: string;
  alias: string[];
  /** The UUUUUU part of a kode jabatan. */
  digits: string;
  /** Where it is defined: the bundled list or skj.yaml. */
  bundled: boolean;
}

export class UrusanIndex {
  readonly entries: UrusanEntry[] = [];
  private readonly byKey = new Map<string, UrusanEntry>();
  /** skj.yaml additions whose parent urusan is unknown (reported as configuration errors). */
  readonly orphans: string[] = [];

  constructor(dict: UrusanDict, additions: Config['urusan'] = []) {
    for (const u of dict.urusan) this.add({ kode: u.kode, nama: u.nama, alias: u.alias, digits: `${u.digit}0000`, bundled: true });
    for (const a of [...additions].sort((x, y) => x.kode.length - y.kode.length)) {
      const parentKode = a.kode.slice(0, a.kode.lastIndexOf('.'));
      const parent = this.entries.find((e) => e.kode === parentKode);
      if (!parent) {
        this.orphans.push(a.kode);
        continue;
      }
      const own = a.kode.slice(a.kode.lastIndexOf('.') + 1);
      const depth = a.kode.split('.').length - 2; // 1 = sub-urusan, 2 = sub-sub-urusan
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

  suggest(value: string): UrusanEntry | undefined {
    return suggest(value, this.entries.map((e) => ({ keys: [e.kode, e.nama, ...e.alias], value: e })));
  }
}
