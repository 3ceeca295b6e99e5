// Reads the bundled dictionaries/ once per process. They ship with the package; a defect in them is
// a bug in skj, so it throws rather than reporting a user diagnostic.
// dictionaries/*.yaml stay the one source of truth; the build compiles them, checked, into
// dist/dictionaries.json (scripts/compile-dictionaries.mjs), which starts ≈ 40× faster. The compiled
// file is used only while it carries the hash of the YAML it was made from, so an edited dictionary
// is never shadowed by a stale build.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { packageUrl } from '../package-root.js';
import type * as z from 'zod';
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

export const DICTIONARIES_DIR = packageUrl('dictionaries/');

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

const FILES = [
  'kamus-manajerial.yaml',
  'kamus-sosial-kultural.yaml',
  'tingkatan.yaml',
  'urusan.yaml',
  'pangkat.yaml',
  'pendidikan.yaml',
  'pelatihan-kepemimpinan.yaml',
];

const COMPILED = packageUrl('dist/dictionaries.json');

/** Parses and checks the YAML dictionaries (the build and the fallback). */
export function loadDictionaries(): BundledData {
  return {
    kamus: [load('kamus-manajerial.yaml', kamusSchema), load('kamus-sosial-kultural.yaml', kamusSchema)],
    tingkatan: load('tingkatan.yaml', tingkatanDictSchema),
    urusan: load('urusan.yaml', urusanDictSchema),
    pangkat: load('pangkat.yaml', pangkatDictSchema),
    pendidikan: load('pendidikan.yaml', pendidikanDictSchema),
    pelatihan: load('pelatihan-kepemimpinan.yaml', pelatihanKepemimpinanDictSchema),
  };
}

/** Hash of the YAML sources; also part of the `--cache` key. */
export function dictionariesHash(): string {
  const h = createHash('sha256');
  for (const name of FILES) h.update(name).update('\0').update(readFileSync(new URL(name, DICTIONARIES_DIR))).update('\0');
  return h.digest('hex');
}

/** What the build writes to dist/dictionaries.json. */
export function compileDictionaries(): string {
  return JSON.stringify({ hash: dictionariesHash(), data: loadDictionaries() });
}

/** The compiled dictionaries at `url`, when they were compiled from the current YAML. */
export function readCompiled(url: URL = COMPILED): BundledData | undefined {
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch {
    return undefined; // running from the sources (tests) or an unbuilt checkout
  }
  const parsed = JSON.parse(text) as { hash: string; data: BundledData };
  return parsed.hash === dictionariesHash() ? parsed.data : undefined;
}

let cached: BundledData | undefined;

export function bundledData(): BundledData {
  cached ??= readCompiled() ?? loadDictionaries();
  return cached;
}
