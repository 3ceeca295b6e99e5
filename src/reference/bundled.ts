// Reads the bundled dictionaries/ once per process. They ship with the package; a defect in them is
// a bug in skj, so it throws rather than reporting a user diagnostic.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import { kamusSchema, type KamusFile } from '../model/kamus.js';
import {
  pangkatDictSchema,
  pelatihanKepemimpinanDictSchema,
  pendidikanDictSchema,
  tingkatanDictSchema,
  urusanDictSchema,
  type PangkatDict,
  type PelatihanKepemimpinanDict,
  type PendidikanDict,
  type TingkatanDict,
  type UrusanDict,
} from '../model/dictionaries.js';

export const DICTIONARIES_DIR = new URL('../../dictionaries/', import.meta.url);

export interface BundledData {
  kamus: KamusFile[];
  tingkatan: TingkatanDict;
  urusan: UrusanDict;
  pangkat: PangkatDict;
  pendidikan: PendidikanDict;
  pelatihan: PelatihanKepemimpinanDict;
}

function load<S extends z.ZodType>(name: string, schema: S): z.infer<S> {
  const url = new URL(name, DICTIONARIES_DIR);
  const result = schema.safeParse(parse(readFileSync(url, 'utf8')));
  if (!result.success) throw new Error(`bundled dictionary ${name} is invalid: ${result.error.message}`);
  return result.data;
}

let cached: BundledData | undefined;

export function bundledData(): BundledData {
  cached ??= {
    kamus: [load('kamus-manajerial.yaml', kamusSchema), load('kamus-sosial-kultural.yaml', kamusSchema)],
    tingkatan: load('tingkatan.yaml', tingkatanDictSchema),
    urusan: load('urusan.yaml', urusanDictSchema),
    pangkat: load('pangkat.yaml', pangkatDictSchema),
    pendidikan: load('pendidikan.yaml', pendidikanDictSchema),
    pelatihan: load('pelatihan-kepemimpinan.yaml', pelatihanKepemimpinanDictSchema),
  };
  return cached;
}
