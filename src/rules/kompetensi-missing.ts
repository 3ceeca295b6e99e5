// kompetensi/missing: every standard lists all 8 manajerial competencies and Perekat Bangsa
// ("dilarang mengganti kategori dan menurunkan level", 001:967-968; forms 001:985-1703).
import { localize } from '../i18n/localize.js';
import type { KamusEntry } from '../reference/kamus-index.js';
import type { Rule } from './rule.js';

/** The groups every standard holds (the teknis group may be empty, and is not checked here). */
export const MANDATORY_GROUPS: readonly string[] = ['manajerial', 'sosial_kultural'];

export const kompetensiMissing: Rule = {
  id: 'kompetensi/missing',
  severity: 'error',
  sumber: 'PermenPANRB 38/2017 Lampiran; pedoman 001:962-969: setiap tingkatan memuat standar minimal M.01–M.08 dan SK.01',
  checkStandar(doc, ctx) {
    const floor = doc.tingkatan ? ctx.ref.tingkatan.floor(doc.tingkatan.id) : undefined;
    // Without a known tingkatan the mandatory set is still the national one.
    const mandatory = floor ? Object.keys(floor.level) : ctx.ref.kamus.entries.filter((e) => e.origin.bundled).map((e) => e.kode);
    const present = new Set(doc.rows.map((r) => r.entry?.kode));
    // A misspelt key ("Perikat Bangsa") is reported once, by kompetensi/unknown with its suggestion.
    for (const row of doc.rows) if (!row.entry) present.add(ctx.ref.kamus.suggest(row.key, row.group)?.kode);
    const absent = new Map<string, KamusEntry[]>();
    for (const kode of mandatory) {
      if (present.has(kode)) continue;
      const entry = ctx.ref.kamus.resolve(kode);
      if (!entry) continue;
      const group = entry.jenis;
      const groupValue = doc.source.get(['kompetensi', group]);
      // A group left out (or empty) is reported once, with all it must hold.
      if (groupValue == null) {
        absent.set(group, [...(absent.get(group) ?? []), entry]);
        continue;
      }
      // A malformed group is a schema problem, reported once there.
      if (typeof groupValue !== 'object' || Array.isArray(groupValue)) continue;
      ctx.report({
        source: doc.source,
        path: ['kompetensi', group],
        target: 'key',
        params: { kode: entry.kode, nama: entry.nama, group },
      });
    }
    const kompetensi = doc.source.get(['kompetensi']);
    if (kompetensi === null || typeof kompetensi !== 'object' || Array.isArray(kompetensi)) return; // a schema problem
    for (const [group, entries] of absent) {
      const list = entries.map((e) => (floor ? localize('kompetensi/missing.level', { kode: e.kode, nama: e.nama, level: floor.level[e.kode]! }) : `${e.kode} ${e.nama}`));
      const joined = { id: list.map((l) => (typeof l === 'string' ? l : l.id)).join('; '), en: list.map((l) => (typeof l === 'string' ? l : l.en)).join('; ') };
      ctx.report({
        source: doc.source,
        path: ['kompetensi'],
        target: 'key',
        variant: floor ? 'group' : 'group-any',
        params: { group, list: joined, tingkatan: doc.tingkatan?.nama ?? '', sumber: floor?.sumber ?? '' },
      });
    }
  },
};
