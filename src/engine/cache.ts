// The per-file outcome store behind `skj validate --cache` (ESLint's model): a file whose size and
// modification time are unchanged keeps its outcome (diagnostics, suppressions, facts) without being
// read; one whose stamp changed is read, and keeps its outcome when its content hash is unchanged.
// Project rules run again whenever the facts they read changed (any file's nama, unit, atasan or kode,
// a file added or removed, kode.lock.yaml), so a change in one file still updates the duplicates it
// causes in others; otherwise their reports are the stored ones. Everything a per-file outcome depends on besides the file's text (skj version,
// bundled dictionaries, skj.yaml, agency kamus) goes into the cache key; a different key empties the store.
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Range } from '../core/source.js';
import { FACT_KEYS } from '../core/standar-facts.js';
import type { Registry } from '../model/registry.js';
import type { FileReport, Rule } from '../rules/rule.js';
import type { FileOutcome } from './check-file.js';
import type { ProjectReports } from './validate.js';

export interface CacheEntry {
  hash: string;
  /** Size and modification time when the outcome was computed (src/engine/file-task.ts). */
  stamp?: string;
  outcome: FileOutcome;
  /** Only the facts (the file was not asked about): serves the project rules, not a report. */
  partial?: boolean;
  /** Where project-level reports were located in this text (place key → range): not parsed again. */
  places?: Record<string, Range>;
}

/**
 * kode.lock.yaml as last read and checked, by the hash of its text: the registry, or its JSON as
 * stored (parsed only when asked for: a run whose project reports are kept never asks).
 */
export interface RegistryMemo {
  hash: string;
  registry?: Registry;
  json?: string;
}

/** The project-level reports of the facts that hash to `digest` (rules by id). */
export interface ProjectMemo {
  digest: string;
  diagnostics: Diagnostic[];
  reports: { rule: string; report: FileReport }[];
}

export class OutcomeCache {
  private readonly next = new Map<string, CacheEntry>();
  private changed = false;
  private distrusted = false;

  constructor(
    readonly key: string,
    private readonly previous: ReadonlyMap<string, CacheEntry> = new Map(),
    public registry?: RegistryMemo,
    public project?: ProjectMemo,
  ) {}

  /** The stored project-level reports when the facts are the same as then (and every rule is known). */
  projectReports(digest: string, rules: readonly Rule[]): ProjectReports | undefined {
    if (this.project?.digest !== digest) return undefined;
    const byId = new Map(rules.map((r) => [r.id, r]));
    const reports = this.project.reports.map(({ rule, report }) => ({ rule: byId.get(rule)!, report }));
    return reports.every((u) => u.rule) ? { diagnostics: this.project.diagnostics, reports } : undefined;
  }

  rememberProject(digest: string, { diagnostics, reports }: ProjectReports): void {
    this.project = this.distrusted ? undefined : { digest, diagnostics, reports: reports.map(({ rule, report }) => ({ rule: rule.id, report })) };
    this.changed = true;
  }

  /** What the project rules read changed during the run: their reports are not kept. */
  distrustProject(): void {
    this.distrusted = true;
  }

  /** The registry checked last time, when its text hashes the same (and the stored copy is whole). */
  knownRegistry(hash: string): Registry | undefined {
    const memo = this.registry;
    if (memo?.hash !== hash) return undefined;
    if (!memo.registry && memo.json !== undefined) {
      try {
        const stored = JSON.parse(memo.json) as Registry | null;
        if (typeof stored?.kode === 'object' && stored.kode !== null) memo.registry = stored;
      } catch {
        // a damaged copy: the registry is read again
      }
    }
    return memo.registry;
  }

  /** The memo as stored: its JSON kept as read when it was never parsed. */
  storedRegistry(): { hash: string; json: string } | undefined {
    const memo = this.registry;
    return memo && { hash: memo.hash, json: memo.json ?? JSON.stringify(memo.registry) };
  }

  rememberRegistry(memo: RegistryMemo): void {
    this.registry = memo;
    this.changed = true;
  }

  /** Where a project-level report was located in this run's text of `file`. */
  place(file: string, key: string): Range | undefined {
    return this.next.get(file)?.places?.[key];
  }

  addPlace(file: string, key: string, range: Range): void {
    const entry = this.next.get(file);
    if (!entry) return; // an unreadable or uncached file
    entry.places = { ...entry.places, [key]: range };
    this.changed = true;
  }

  static hash(text: string): string {
    return createHash('sha1').update(text).digest('base64');
  }

  /** The stored entry of `file` if it can serve a run that does (`report`) or does not report on it. */
  usable(file: string, report: boolean): CacheEntry | undefined {
    const entry = this.previous.get(file);
    return entry && (!report || !entry.partial) ? entry : undefined;
  }

  /** Keeps a stored entry for this run (under its current stamp); a fresh copy of its outcome, since the engine marks suppressions used. */
  reuse(file: string, entry: CacheEntry, stamp: string | undefined): FileOutcome {
    // Kept as it is (no copy per file: a one-file run reuses 10,000s) unless something in it changes.
    if (stamp !== entry.stamp) {
      this.changed = true;
      this.next.set(file, { ...entry, stamp });
    } else this.next.set(file, entry);
    const { outcome } = entry;
    return outcome.suppressions.length ? { ...outcome, suppressions: outcome.suppressions.map((s) => ({ ...s, used: false })) } : outcome;
  }

  set(file: string, entry: CacheEntry): void {
    this.changed = true;
    const { outcome } = entry;
    this.next.set(file, { ...entry, outcome: { ...outcome, suppressions: outcome.suppressions.map((s) => ({ ...s, used: false })) } });
  }

  /** The entries of this run, when they differ from the stored ones (files changed, added or removed). */
  entriesToSave(): Map<string, CacheEntry> | undefined {
    return this.changed || this.next.size !== this.previous.size ? this.next : undefined;
  }
}

/**
 * Hash of what the project-level rules read besides the cache key: every standard's facts in order
 * (a file that is not valid YAML has none) and `extra` (kode.lock.yaml, by the hash of its text).
 */
export function projectDigest(standar: readonly FileOutcome[], extraKey: string): string {
  const hash = createHash('sha1').update(extraKey);
  // Each value length-prefixed (unambiguous whatever it holds), '-' for none; hashed in chunks.
  const field = (v: string | undefined) => (v === undefined ? '-' : `${v.length}:${v}`);
  let chunk = '';
  let n = 0;
  for (const { file, facts } of standar) {
    chunk += field(file);
    if (!facts) chunk += '!';
    else for (const k of FACT_KEYS) chunk += field(facts[k]);
    if (++n % 1024 === 0) {
      hash.update(chunk);
      chunk = '';
    }
  }
  return hash.update(chunk).digest('base64');
}

/** Hash of everything besides a file's own text that its outcome depends on. */
export function cacheKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
