// The per-file outcome store behind `skj validate --cache` (ESLint's model): a file whose content
// hash is unchanged keeps its outcome (diagnostics, suppressions, facts) from the last run. Project
// rules always run again on the facts, so a change in one file still updates the duplicates it causes
// in others. Everything a per-file outcome depends on besides the file's text (skj version, bundled
// dictionaries, skj.yaml, agency kamus) goes into the cache key; a different key empties the store.
import { createHash } from 'node:crypto';
import type { FileOutcome } from './check-file.js';

export interface CacheEntry {
  hash: string;
  outcome: FileOutcome;
}

export class OutcomeCache {
  private readonly next = new Map<string, CacheEntry>();
  private changed = false;

  constructor(
    readonly key: string,
    private readonly previous: ReadonlyMap<string, CacheEntry> = new Map(),
  ) {}

  static hash(text: string): string {
    return createHash('sha1').update(text).digest('base64');
  }

  /** The stored outcome of `file` when its text is unchanged (a fresh copy: the engine marks suppressions used). */
  get(file: string, hash: string): FileOutcome | undefined {
    const entry = this.previous.get(file);
    if (!entry || entry.hash !== hash) return undefined;
    this.next.set(file, entry);
    return { ...entry.outcome, suppressions: entry.outcome.suppressions.map((s) => ({ ...s, used: false })) };
  }

  set(file: string, hash: string, outcome: FileOutcome): void {
    this.changed = true;
    this.next.set(file, { hash, outcome: { ...outcome, suppressions: outcome.suppressions.map((s) => ({ ...s, used: false })) } });
  }

  /** The entries of this run, when they differ from the stored ones (files changed, added or removed). */
  entriesToSave(): Map<string, CacheEntry> | undefined {
    return this.changed || this.next.size !== this.previous.size ? this.next : undefined;
  }
}

/** Hash of everything besides a file's own text that its outcome depends on. */
export function cacheKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
