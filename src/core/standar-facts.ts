// What the project-level rules know of a standard: a few fields, never its parsed document, so that
// memory stays flat however many standards a project holds, and facts can cross worker threads and
// be kept in the --cache file.
import { standarSchema } from '../model/standar.js';
import { parseKode } from './kode.js';

export interface StandarFacts {
  /** Display path. */
  file: string;
  nama?: string;
  unit_kerja?: string;
  /** The superior's nama or file (the organisation chart, see core/struktur.ts). */
  atasan?: string;
  /** The kode as written, when it is text. */
  kode?: string;
  /** The 12 digits, when the kode is a well-formed code. */
  digits?: string;
}

const FIELDS = ['nama', 'unit_kerja', 'atasan', 'kode'] as const;

/** Every fact besides the file, in a fixed order (the --cache store keeps facts as a list of these). */
export const FACT_KEYS = [...FIELDS, 'digits'] as const;
// A fact added to StandarFacts but not to FACT_KEYS would be lost by the cache: a compile error instead.
type Complete<Unlisted extends never> = Unlisted;
export type FactKeysComplete = Complete<Exclude<keyof StandarFacts, 'file' | (typeof FACT_KEYS)[number]>>;

/** The facts of a standard's data: each field as the schema accepts it on its own (as salvage keeps it). */
export function factsOf(file: string, data: unknown): StandarFacts {
  const facts: StandarFacts = { file };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return facts;
  for (const field of FIELDS) {
    const value = (data as Record<string, unknown>)[field];
    if (value !== undefined && standarSchema.shape[field].safeParse(value).success) facts[field] = value as string;
  }
  const parts = facts.kode === undefined ? undefined : parseKode(facts.kode);
  if (parts) facts.digits = parts.digits;
  return facts;
}
