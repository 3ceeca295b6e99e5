// An agency kamus file as the rules see it.
import { kamusKompetensiSchema, kamusSchema, type KamusFile } from '../model/kamus.js';
import { toKamusEntry, type KamusEntry } from '../reference/kamus-index.js';
import { salvage, type DeepPartial } from './salvage.js';
import type { Path, SourceDoc } from './source.js';

export interface KamusDocEntry {
  path: Path;
  entry: KamusEntry;
}

export interface KamusDoc {
  kind: 'kamus';
  source: SourceDoc;
  data: DeepPartial<KamusFile>;
  /** Competencies complete enough (kode, nama, definisi) to be used by standards. */
  entries: KamusDocEntry[];
}

export function buildKamusDoc(source: SourceDoc): KamusDoc {
  const data = (salvage(kamusSchema, source.data) ?? {}) as DeepPartial<KamusFile>;
  const entries: KamusDocEntry[] = [];
  const list = source.get(['kompetensi']);
  if (data.jenis && Array.isArray(list)) {
    list.forEach((item, i) => {
      const k = salvage(kamusKompetensiSchema, item);
      if (k?.kode && k.nama && k.definisi) {
        const full = { ...k, level: k.level ?? {} } as Parameters<typeof toKamusEntry>[0];
        entries.push({ path: ['kompetensi', i], entry: toKamusEntry(full, data.jenis!, { bundled: false, file: source.path }) });
      }
    });
  }
  return { kind: 'kamus', source, data, entries };
}

/** A YAML file is a kamus when it declares `jenis` and lists `kompetensi`; otherwise a standard. */
export function looksLikeKamus(data: unknown): boolean {
  return data !== null && typeof data === 'object' && 'jenis' in data && Array.isArray((data as { kompetensi?: unknown }).kompetensi);
}
