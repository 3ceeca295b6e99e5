// The pure core of `skj code`: the standards and the registry in, a plan out (codes to write, registry
// changes, problems). No file system, no clock: the edge passes `today`.
//
// Rules (DOMAIN §5; README `skj code`):
// - A code is K TT UUUUUU NNN; K, TT and UUUUUU come from the standard's tingkatan and urusan.
// - A number is issued once: the next number of a group is the smallest NNN that neither the registry
//   (active or retired) nor any file uses. New standards are numbered in the order (group, path).
// - A code written in a file is never changed unless the user names the file with --reassign, and an
//   official code (kode_status: resmi) never.
// - The registry follows the files: codes found in files are recorded, moved or renamed standards
//   update their entry, and a code no file carries any more is retired.
import type { MessageParams } from '../core/diagnostic.js';
import { displayKode, parseKode } from '../core/kode.js';
import { othersOf } from '../core/others.js';
import type { Registry, RegistryEntry } from '../model/registry.js';
import { SourceDoc, type SourceFile } from '../core/source.js';
import { buildStandarDoc } from '../core/standar-doc.js';
import type { Reference } from '../reference/reference.js';

export const MAX_NOMOR = 999;

export interface PlanStandar {
  /** Identity in the registry: the path relative to the project root, POSIX separators. */
  id: string;
  /** The path shown to the user. */
  file: string;
  nama: string;
  /** The kode as written; undefined when the field is absent or empty. */
  kode?: string;
  /** The kode field holds something other than text (e.g. an unquoted number). */
  kodeNotText?: boolean;
  /** kode_status: resmi — given by KemenPANRB; skj code never touches it. */
  resmi: boolean;
  /** K TT UUUUUU (9 digits) derived from tingkatan and urusan; undefined when either is unknown. */
  group?: string;
  /** Which of tingkatan and urusan could not be resolved. */
  unresolved?: string[];
  /** The file is not valid YAML, so its kode cannot be known. */
  broken?: boolean;
  /** Every code written anywhere in the file's text (12 digits), readable as its kode or not. */
  textCodes?: string[];
  /** The user asked about this file; only these files are written or reported. */
  selected: boolean;
}

export interface PlanOptions {
  /** Ids of the standards to give a new code (--reassign). */
  reassign?: ReadonlySet<string>;
  /** Date recorded in the registry, YYYY-MM-DD. */
  today: string;
  /** Retired codes to reactivate (--restore), 12 digits. */
  restore?: ReadonlySet<string>;
}

export type AssignReason = 'baru' | 'ganti' | 'pulih';

export interface Assignment {
  id: string;
  file: string;
  nama: string;
  /** 12 digits. */
  kode: string;
  /** The code the file held before (--reassign), as written. */
  previous?: string;
  /** baru: first code; ganti: --reassign; pulih: the file's registered code, restored after it was removed. */
  reason: AssignReason;
}

export type RegistryChangeKind = 'catat' | 'perbarui' | 'pensiun' | 'pulih';

export interface RegistryChange {
  kode: string;
  /** catat: a code found in a file is recorded; perbarui: its file or nama changed; pensiun: retired; pulih: a retired code is active again. */
  kind: RegistryChangeKind;
  id: string;
  nama: string;
}

export type ProblemKind =
  | 'syntax'
  | 'format'
  | 'mismatch'
  | 'duplicate'
  | 'retired'
  | 'resmi'
  | 'resmi-tanpa-kode'
  | 'unresolved'
  | 'full'
  // found while writing (src/code/write.ts): the file is left as it was
  | 'changed'
  | 'unwritable'
  | 'read-only'
  | 'not-utf8'
  | 'symlink'
  | 'write-failed';

export interface Problem {
  id: string;
  file: string;
  kind: ProblemKind;
  params: MessageParams;
}

export interface Plan {
  assignments: Assignment[];
  changes: RegistryChange[];
  problems: Problem[];
  /** The registry after the plan is carried out, entries sorted by code. */
  registry: Registry;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const pad = (n: number) => String(n).padStart(3, '0');
/** K.TT.UUUUUU, how a group is named to the user. */
export const displayGroup = (group: string) => `${group.slice(0, 1)}.${group.slice(1, 3)}.${group.slice(3, 9)}`;

function validDigits(item: PlanStandar): string | undefined {
  if (item.kode === undefined || item.kodeNotText) return undefined;
  const parts = parseKode(item.kode);
  return parts && parts.nomor !== '000' ? parts.digits : undefined;
}

export function planCodes(items: readonly PlanStandar[], registry: Registry | undefined, opts: PlanOptions): Plan {
  const { today } = opts;
  const restore = opts.restore ?? new Set<string>();
  const entries = new Map<string, RegistryEntry>(Object.entries(registry?.kode ?? {}));
  const assignments: Assignment[] = [];
  const changes: RegistryChange[] = [];
  const problems: Problem[] = [];
  const problem = (item: PlanStandar, kind: ProblemKind, params: MessageParams = {}) => {
    if (item.selected) problems.push({ id: item.id, file: item.file, kind, params });
  };
  const sorted = [...items].sort(byId);
  const byItemId = new Map(sorted.map((i) => [i.id, i]));
  const digitsOf = new Map<PlanStandar, string>();
  const used = new Set(entries.keys());
  // A code typed as a YAML number, in a file that does not parse, or in a comment is still taken.
  for (const item of sorted) for (const d of item.textCodes ?? []) used.add(d);
  for (const item of sorted) {
    const d = item.broken ? undefined : validDigits(item);
    if (d) digitsOf.set(item, d), used.add(d);
  }
  // Every code written in any file, whoever will hold it: a file never takes over a code another file carries.
  const written = new Set(digitsOf.values());

  // 1. Who asks for a number: standards without a code, and the ones named by --reassign.
  const reassigning = new Set<PlanStandar>();
  const wanting: PlanStandar[] = [];
  for (const item of sorted) {
    if (item.broken) {
      problem(item, 'syntax');
      continue;
    }
    const asked = item.selected && !!opts.reassign?.has(item.id);
    const hasKode = item.kode !== undefined;
    if (item.resmi) {
      if (asked) problem(item, 'resmi', { value: item.kode ?? '' });
      if (!hasKode) problem(item, 'resmi-tanpa-kode');
      else if (!digitsOf.has(item)) problem(item, 'format', { value: item.kode! });
      continue;
    }
    if (!asked && hasKode) {
      if (!digitsOf.has(item)) problem(item, 'format', { value: item.kode! });
      continue;
    }
    if (!item.selected) continue;
    if (!item.group) {
      problem(item, 'unresolved', { fields: (item.unresolved ?? []).join(', ') });
      continue;
    }
    if (asked) reassigning.add(item);
    wanting.push(item);
  }

  // 2. A standard whose code was removed from its file gets its registered code back, when it still fits.
  const unheldByBerkas = new Map<string, string[]>();
  for (const [k, e] of entries) if ((e.status === 'aktif' || restore.has(k)) && !written.has(k)) unheldByBerkas.set(e.berkas, [...(unheldByBerkas.get(e.berkas) ?? []), k]);
  const restored = new Set<string>();
  const queue: PlanStandar[] = [];
  for (const item of wanting) {
    if (!reassigning.has(item)) {
      const own = (unheldByBerkas.get(item.id) ?? []).filter((k) => !restored.has(k) && k.startsWith(item.group!)).sort()[0];
      if (own) {
        restored.add(own);
        assignments.push({ id: item.id, file: item.file, nama: item.nama, kode: own, reason: 'pulih' });
        continue;
      }
    }
    queue.push(item);
  }

  // 3. New numbers, in the documented stable order: group, then path.
  queue.sort((a, b) => (a.group! < b.group! ? -1 : a.group! > b.group! ? 1 : byId(a, b)));
  const next = new Map<string, number>();
  const replaced = new Map<string, string>(); // old digits → new digits (--reassign)
  for (const item of queue) {
    const group = item.group!;
    let n = next.get(group) ?? 1;
    while (n <= MAX_NOMOR && used.has(group + pad(n))) n++;
    next.set(group, n);
    if (n > MAX_NOMOR) {
      problem(item, 'full', { group: displayGroup(group), max: MAX_NOMOR });
      reassigning.delete(item); // keeps the code it has
      continue;
    }
    const kode = group + pad(n);
    used.add(kode);
    const old = reassigning.has(item) ? digitsOf.get(item) : undefined;
    if (old) replaced.set(old, kode);
    assignments.push({ id: item.id, file: item.file, nama: item.nama, kode, reason: reassigning.has(item) ? 'ganti' : 'baru', ...(reassigning.has(item) ? { previous: item.kode } : {}) });
    entries.set(kode, { berkas: item.id, nama: item.nama, status: 'aktif', tanggal: today });
  }

  // 4. The codes files keep: record, follow moves and renames, report what is wrong with them.
  const carriers = new Map<string, PlanStandar[]>();
  for (const [item, d] of digitsOf) if (!reassigning.has(item)) carriers.set(d, [...(carriers.get(d) ?? []), item]);
  const held = new Set<string>([...restored, ...assignments.map((a) => a.kode)]);
  for (const [d, list] of [...carriers].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const entry = entries.get(d);
    // An official code is checked only for what the regulation fixes: kelompok and tingkatan.
    const fixed = (item: PlanStandar) => (item.resmi ? item.group!.slice(0, 3) : item.group!);
    for (const item of list) if (item.group && !d.startsWith(fixed(item))) problem(item, 'mismatch', { value: item.kode!, expected: displayGroup(item.group) });
    if (entry?.status === 'pensiun') {
      // A retired code comes back to life when asked (--restore), or when the very standard that last held
      // it returns (same path, same nama): a wrong glob or a folder moved away and back must not cost codes.
      const back = list.length === 1 && !entry.pengganti ? list[0]! : undefined;
      if (back && (!back.group || d.startsWith(back.group)) && (restore.has(d) || (back.id === entry.berkas && back.nama === entry.nama))) {
        entries.set(d, { berkas: back.id, nama: back.nama, status: 'aktif', tanggal: entry.tanggal });
        changes.push({ kode: d, kind: 'pulih', id: back.id, nama: back.nama });
        held.add(d);
        continue;
      }
      for (const item of list) problem(item, 'retired', { value: item.kode!, date: entry.pensiun ?? entry.tanggal, pengganti: entry.pengganti ? displayKode(entry.pengganti) : '-' });
      continue;
    }
    held.add(d);
    const holder = list.length === 1 ? list[0] : list.find((i) => i.id === entry?.berkas);
    for (const item of list) {
      if (item === holder) continue;
      const { others, more } = othersOf(list, item, (o) => o.file);
      // With a registered holder the others are its copies: say so, and which file holds the code.
      problem(item, 'duplicate', { value: item.kode!, others: more ? `${others} (+${more})` : others, ...(holder ? { owner: holder.file } : {}) });
    }
    if (!holder) continue;
    if (!entry) {
      entries.set(d, { berkas: holder.id, nama: holder.nama, status: 'aktif', tanggal: today });
      changes.push({ kode: d, kind: 'catat', id: holder.id, nama: holder.nama });
    } else if (entry.berkas !== holder.id || entry.nama !== holder.nama) {
      entries.set(d, { ...entry, berkas: holder.id, nama: holder.nama });
      changes.push({ kode: d, kind: 'perbarui', id: holder.id, nama: holder.nama });
    }
  }
  for (const a of assignments) {
    const entry = entries.get(a.kode)!;
    if (a.reason === 'pulih' && entry.status === 'pensiun') {
      entries.set(a.kode, { berkas: a.id, nama: a.nama, status: 'aktif', tanggal: entry.tanggal });
      changes.push({ kode: a.kode, kind: 'pulih', id: a.id, nama: a.nama });
    } else if (a.reason === 'pulih' && entry.nama !== a.nama) {
      entries.set(a.kode, { ...entry, nama: a.nama });
      changes.push({ kode: a.kode, kind: 'perbarui', id: a.id, nama: a.nama });
    }
  }

  // 5. Retire the active codes no file carries any more: the file was deleted, its code removed or
  //    replaced. A file that is broken or outside the selection keeps its entry until it can be read.
  for (const [d, entry] of [...entries]) {
    if (entry.status !== 'aktif' || held.has(d)) continue;
    const owner = byItemId.get(entry.berkas);
    if (owner && (owner.broken || !owner.selected)) continue;
    entries.set(d, { ...entry, status: 'pensiun', pensiun: today, ...(replaced.has(d) ? { pengganti: replaced.get(d) } : {}) });
    changes.push({ kode: d, kind: 'pensiun', id: entry.berkas, nama: entry.nama });
  }
  // A code given up by --reassign that the registry never knew is recorded as retired, so it is not issued again.
  for (const item of reassigning) {
    const d = digitsOf.get(item);
    if (!d || entries.has(d)) continue;
    entries.set(d, { berkas: item.id, nama: item.nama, status: 'pensiun', tanggal: today, pensiun: today, pengganti: replaced.get(d)! });
    changes.push({ kode: d, kind: 'pensiun', id: item.id, nama: item.nama });
  }

  const kode = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    assignments: assignments.sort(byId),
    changes: changes.sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0)),
    problems: problems.sort((a, b) => byId(a, b) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)),
    registry: { version: 1, kode },
  };
}

/**
 * The plan after some of its assignments could not be written: those files keep what they had, and the
 * registry forgets what the plan recorded for them (a new code, a retirement by --reassign, a restore),
 * so it holds exactly what was done. Each such file is reported as a problem.
 */
export function withoutAssignments(plan: Plan, before: Registry | undefined, failed: ReadonlyMap<string, { kind: ProblemKind; params: MessageParams }>): Plan {
  if (failed.size === 0) return plan;
  const entries = { ...plan.registry.kode };
  const reverted = new Set<string>();
  const revert = (k: string) => {
    reverted.add(k);
    const was = before?.kode[k];
    if (was) entries[k] = was;
    else delete entries[k];
  };
  const problems = [...plan.problems];
  for (const a of plan.assignments) {
    const f = failed.get(a.id);
    if (!f) continue;
    revert(a.kode);
    const old = a.previous !== undefined ? parseKode(a.previous)?.digits : undefined;
    if (old) revert(old);
    problems.push({ id: a.id, file: a.file, kind: f.kind, params: f.params });
  }
  return {
    assignments: plan.assignments.filter((a) => !failed.has(a.id)),
    changes: plan.changes.filter((c) => !reverted.has(c.kode)),
    problems: problems.sort((a, b) => byId(a, b) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)),
    registry: { version: 1, kode: Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1))) },
  };
}

/** 12 digits, or K.TT.UUUUUU.NNN with dots or spaces, not inside a longer number (a NIP has 18 digits). */
const CODE_IN_TEXT = /(?<![\d.])(\d)[. ]?(\d{2})[. ]?(\d{6})[. ]?(\d{3})(?![\d])/g;

/** The digits of every job code written in `text`. */
export function codesInText(text: string): string[] {
  return [...text.matchAll(CODE_IN_TEXT)].map((m) => m.slice(1, 5).join(''));
}

/** What the plan needs of one standard file; the parsed document is dropped (165,000 standards). */
export type PlanFacts = Omit<PlanStandar, 'id' | 'selected'>;

/** A standard file's plan facts (on the main thread or a worker: src/engine/plan-files.ts). */
export function planFactsOf(file: SourceFile, ref: Reference): PlanFacts {
  const doc = buildStandarDoc(new SourceDoc(file), ref);
  const raw = doc.source.get(['kode']);
  const empty = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
  const t = doc.tingkatan;
  const u = doc.urusan;
  const unresolved = [...(t ? [] : ['tingkatan']), ...(u ? [] : ['urusan'])];
  return {
    file: doc.source.path,
    nama: typeof doc.data.nama === 'string' ? doc.data.nama : '',
    ...(empty ? {} : { kode: String(raw), kodeNotText: typeof raw !== 'string' }),
    resmi: doc.source.get(['kode_status']) === 'resmi',
    ...(t && u ? { group: `${t.kelompok}${t.kode}${u.digits}` } : { unresolved }),
    broken: doc.source.syntax.length > 0,
    textCodes: codesInText(doc.source.text),
  };
}
