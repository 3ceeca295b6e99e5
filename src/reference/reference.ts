// Everything a standard is checked against: bundled dictionaries, agency kamus and skj.yaml settings.
import type { Config } from '../model/config.js';
import type { BundledData } from './bundled.js';
import { KamusIndex, toKamusEntry, type KamusEntry } from './kamus-index.js';
import { PangkatIndex, PelatihanIndex, PendidikanIndex } from './persyaratan-vocab.js';
import { TingkatanIndex } from './tingkatan-index.js';
import { UrusanIndex } from './urusan-index.js';

export interface Reference {
  kamus: KamusIndex;
  tingkatan: TingkatanIndex;
  urusan: UrusanIndex;
  pangkat: PangkatIndex;
  pendidikan: PendidikanIndex;
  pelatihan: PelatihanIndex;
  /** skj.yaml: whether a regulation requires leadership training of structural posts (then it is mutlak). */
  pelatihanDipersyaratkan: boolean;
}

export function bundledKamusEntries(data: BundledData): KamusEntry[] {
  return data.kamus.flatMap((f) => f.kompetensi.map((k) => toKamusEntry(k, f.jenis, { bundled: true })));
}

export function buildReference(data: BundledData, config: Config | undefined, agencyKamus: KamusEntry[]): Reference {
  return {
    kamus: new KamusIndex([...bundledKamusEntries(data), ...agencyKamus]),
    tingkatan: new TingkatanIndex(data.tingkatan, config?.tingkatan),
    urusan: new UrusanIndex(data.urusan, config?.urusan),
    pangkat: new PangkatIndex(data.pangkat),
    pendidikan: new PendidikanIndex(data.pendidikan),
    pelatihan: new PelatihanIndex(data.pelatihan),
    pelatihanDipersyaratkan: config?.pelatihan_kepemimpinan !== 'tidak-dipersyaratkan',
  };
}
