// kompetensi/by-name: a competency may be written by its kamus name ("Integritas: 3"), which the format
// accepts, but its code (M.01) is the canonical form. Not a problem, so never reported: `skj validate
// --fix` and the editor's quick fix write the code, only for an exact (normalised) name or code of a
// competency of the row's own group, and not where another row already names the same competency.
import { renameKey } from '../fix/edit.js';
import type { Rule } from './rule.js';

export const kompetensiByName: Rule = {
  id: 'kompetensi/by-name',
  severity: 'warning',
  sumber: 'PermenPANRB 38/2017: kompetensi disebut dengan kode dan nama dari kamus (001:509-531)',
  fixable: true,
  fixOnly: true,
  checkStandar(doc, ctx) {
    if (!ctx.fixing) return;
    const rowsOf = new Map<string, number>();
    for (const row of doc.rows) if (row.entry) rowsOf.set(`${row.group} ${row.entry.kode}`, (rowsOf.get(`${row.group} ${row.entry.kode}`) ?? 0) + 1);
    for (const row of doc.rows) {
      const e = row.entry;
      if (!e || e.jenis !== row.group || row.key === e.kode || rowsOf.get(`${row.group} ${e.kode}`) !== 1) continue;
      const fix = renameKey(doc.source, row.path, e.kode, 'fix.kompetensi-kode', { from: row.key, to: e.kode });
      if (fix) ctx.report({ source: doc.source, path: row.path, target: 'key', params: { key: row.key, kode: e.kode, nama: e.nama }, fix, fixOnly: true });
    }
  },
};
