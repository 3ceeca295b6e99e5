// A standard file as the rules see it: its source, the valid parts of its data, and its competency
// rows resolved against the kamus.
import { kompetensiNilaiSchema, KOMPETENSI_GROUPS, standarSchema, type KompetensiGroup, type StandarFile } from '../model/standar.js';
import type { KamusEntry } from '../reference/kamus-index.js';
import type { Reference } from '../reference/reference.js';
import type { TingkatanEntry } from '../model/dictionaries.js';
import type { UrusanEntry } from '../reference/urusan-index.js';
import { isPlaceholder } from '../model/placeholder.js';
import { parseKode, type KodeParts } from './kode.js';
import { salvage, type DeepPartial } from './salvage.js';
import type { Path, SourceDoc } from './source.js';

export interface KompetensiRow {
  group: KompetensiGroup;
  /** The key as written: a kamus code or a competency name. */
  key: string;
  path: Path;
  /** Where the level is written: the value itself, or its `level:` field. */
  levelPath: Path;
  rawLevel: unknown;
  /** The level when it is an integer 1–5. */
  level?: number;
  deskripsi?: string;
  indikator?: string[];
  /** The kamus competency the key names, in any group. */
  entry?: KamusEntry;
}

export interface StandarDoc {
  kind: 'standar';
  source: SourceDoc;
  data: DeepPartial<StandarFile>;
  rows: KompetensiRow[];
  tingkatan?: TingkatanEntry;
  urusan?: UrusanEntry;
  /** The kode when it is a well-formed 12-digit code. */
  kode?: KodeParts;
}

const objectForm = kompetensiNilaiSchema.options[1];

export function buildStandarDoc(source: SourceDoc, ref: Reference): StandarDoc {
  const raw = source.data;
  const data = (salvage(standarSchema, raw) ?? {}) as DeepPartial<StandarFile>;
  const rows: KompetensiRow[] = [];
  for (const group of KOMPETENSI_GROUPS) {
    const groupValue = source.get(['kompetensi', group]);
    if (groupValue === null || typeof groupValue !== 'object' || Array.isArray(groupValue)) continue;
    for (const [key, value] of Object.entries(groupValue as Record<string, unknown>)) {
      if (isPlaceholder(key)) continue; // standar/placeholder reports it; it names no competency yet
      const path = ['kompetensi', group, key];
      const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
      const parsed = isObject ? salvage(objectForm, value) : undefined;
      const rawLevel = isObject ? (value as Record<string, unknown>).level : value;
      rows.push({
        group,
        key,
        path,
        levelPath: isObject ? [...path, 'level'] : path,
        rawLevel,
        level: Number.isInteger(rawLevel) && (rawLevel as number) >= 1 && (rawLevel as number) <= 5 ? (rawLevel as number) : undefined,
        deskripsi: parsed?.deskripsi,
        indikator: parsed?.indikator as string[] | undefined,
        entry: ref.kamus.resolve(key),
      });
    }
  }
  return {
    kind: 'standar',
    source,
    data,
    rows,
    tingkatan: typeof data.tingkatan === 'string' ? ref.tingkatan.resolve(data.tingkatan) : undefined,
    urusan: typeof data.urusan === 'string' ? ref.urusan.resolve(data.urusan) : undefined,
    kode: typeof data.kode === 'string' ? parseKode(data.kode) : undefined,
  };
}
