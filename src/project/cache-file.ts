// .skjcache on disk: the `skj validate --cache` store of one project, at its root (git-ignored). A
// file that is not skj's cache, is damaged, or was made for another skj, dictionaries, skj.yaml or
// kamus is ignored and replaced after the run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OutcomeCache, type CacheEntry, type RegistryMemo } from '../engine/cache.js';
import { writeFileAtomic } from './write-atomic.js';

export const CACHE_FILE = '.skjcache';
const FORMAT = 'skj-validate-cache';

function wellFormed(entry: unknown): entry is CacheEntry {
  const e = entry as CacheEntry | null;
  return typeof e?.hash === 'string' && Array.isArray(e.outcome?.diagnostics) && Array.isArray(e.outcome.suppressions);
}

export function loadCache(root: string, key: string): OutcomeCache {
  try {
    const data = JSON.parse(readFileSync(join(root, CACHE_FILE), 'utf8')) as { format?: unknown; key?: unknown; files?: Record<string, unknown>; registry?: RegistryMemo };
    if (data?.format === FORMAT && data.key === key && data.files && typeof data.files === 'object') {
      const entries = Object.entries(data.files).filter((e): e is [string, CacheEntry] => wellFormed(e[1]));
      const registry = typeof data.registry?.hash === 'string' && typeof data.registry.registry?.kode === 'object' ? data.registry : undefined;
      return new OutcomeCache(key, new Map(entries), registry);
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
    writeFileAtomic(path, JSON.stringify({ format: FORMAT, key: cache.key, registry: cache.registry, files: Object.fromEntries(entries) }));
    return undefined;
  } catch (e) {
    return { path, detail: (e as Error).message };
  }
}
