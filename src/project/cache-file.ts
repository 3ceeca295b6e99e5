// .skjcache on disk: the `skj validate --cache` store of one project, at its root (git-ignored). A
// file that is not skj's cache, is damaged, or was made for another skj, dictionaries, skj.yaml or
// kamus is ignored and replaced after the run.
//
// Compact, because every run reads it whole and a one-file run in a large project is mostly this
// read: one list per file, [path, stamp, hash, facts, diagnostics, suppressions, partial, places],
// facts as a list in FACT_KEYS order, 0 for an empty part (JSON.parse of 10,000 such lists takes a
// few milliseconds, of the same entries as objects some 90). kode.lock.yaml as checked is kept as a
// JSON text within, parsed only when the project rules run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_KEYS, type StandarFacts } from '../core/standar-facts.js';
import { OutcomeCache, type CacheEntry, type ProjectMemo, type RegistryMemo } from '../engine/cache.js';
import { writeFileAtomic } from './write-atomic.js';

export const CACHE_FILE = '.skjcache';
const FORMAT = 'skj-validate-cache/2';

type Stored = [path: string, stamp: string | null, hash: string, facts: (string | null)[] | 0, diagnostics: unknown[] | 0, suppressions: unknown[] | 0, partial: 0 | 1, places: Record<string, unknown> | 0];

const isList = (x: unknown): x is unknown[] => Array.isArray(x);
const listOr0 = (x: unknown) => x === 0 || isList(x);

function fromStored(e: unknown): [string, CacheEntry] | undefined {
  if (!isList(e) || e.length !== 8) return undefined;
  const [file, stamp, hash, facts, diagnostics, suppressions, partial, places] = e as Stored;
  if (typeof file !== 'string' || typeof hash !== 'string' || (stamp !== null && typeof stamp !== 'string')) return undefined;
  if (!listOr0(diagnostics) || !listOr0(suppressions) || !(places === 0 || (typeof places === 'object' && places !== null))) return undefined;
  if (!(facts === 0 || (isList(facts) && facts.length === FACT_KEYS.length && facts.every((f) => f === null || typeof f === 'string')))) return undefined;
  const entry: CacheEntry = {
    hash,
    outcome: { file, diagnostics: (diagnostics || []) as CacheEntry['outcome']['diagnostics'], suppressions: (suppressions || []) as CacheEntry['outcome']['suppressions'], facts: facts ? toFacts(file, facts) : undefined },
  };
  if (stamp !== null) entry.stamp = stamp;
  if (partial) entry.partial = true;
  if (places) entry.places = places as CacheEntry['places'];
  return [file, entry];
}

function toFacts(file: string, list: (string | null)[]): StandarFacts {
  const facts: StandarFacts = { file };
  FACT_KEYS.forEach((k, i) => {
    if (list[i] !== null) facts[k] = list[i]!;
  });
  return facts;
}

function toStored(file: string, { stamp, hash, outcome, partial, places }: CacheEntry): Stored {
  const { facts, diagnostics, suppressions } = outcome;
  return [
    file,
    stamp ?? null,
    hash,
    facts ? FACT_KEYS.map((k) => facts[k] ?? null) : 0,
    diagnostics.length ? diagnostics : 0,
    suppressions.length ? suppressions : 0,
    partial ? 1 : 0,
    places ?? 0,
  ];
}

function projectMemo(p: unknown): ProjectMemo | undefined {
  const m = p as ProjectMemo | null | undefined;
  const ok = typeof m?.digest === 'string' && isList(m.diagnostics) && isList(m.reports) && m.reports.every((r) => typeof r?.rule === 'string' && typeof r.report?.file === 'string' && isList(r.report.path));
  return ok ? m! : undefined;
}

export function loadCache(root: string, key: string): OutcomeCache {
  try {
    const data = JSON.parse(readFileSync(join(root, CACHE_FILE), 'utf8')) as { format?: unknown; key?: unknown; files?: unknown; registry?: RegistryMemo; project?: unknown };
    if (data?.format === FORMAT && data.key === key && isList(data.files)) {
      const entries = data.files.map(fromStored).filter((e) => e !== undefined);
      const registry = typeof data.registry?.hash === 'string' && typeof data.registry.json === 'string' ? { hash: data.registry.hash, json: data.registry.json } : undefined;
      return new OutcomeCache(key, new Map(entries), registry, projectMemo(data.project));
    }
  } catch {
    // no cache yet, or not one skj can use
  }
  return new OutcomeCache(key);
}

/** Writes the cache when the run changed it; a failure is returned, never thrown (the results stand). */
export function saveCache(root: string, cache: OutcomeCache): { path: string; detail: string } | undefined {
  const entries = cache.entriesToSave();
  if (!entries) return undefined;
  const path = join(root, CACHE_FILE);
  try {
    const files = [...entries].map(([file, entry]) => toStored(file, entry));
    writeFileAtomic(path, JSON.stringify({ format: FORMAT, key: cache.key, registry: cache.storedRegistry(), project: cache.project, files }));
    return undefined;
  } catch (e) {
    return { path, detail: (e as Error).message };
  }
}
