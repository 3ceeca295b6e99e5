// kompetensi/duplicate: a competency appears once in a standard, at one level (form 001:667-707).
import type { Rule } from './rule.js';

export const kompetensiDuplicate: Rule = {
  id: 'kompetensi/duplicate',
  severity: 'error',
  sumber: 'Formulir standar kompetensi 001:667-707: satu baris per kompetensi',
  checkStandar(doc, ctx) {
    const seen = new Map<string, string>();
    for (const row of doc.rows) {
      if (!row.entry) continue;
      const first = seen.get(row.entry.kode);
      if (first === undefined) seen.set(row.entry.kode, row.key);
      else ctx.report({ source: doc.source, path: row.path, target: 'key', params: { key: row.key, first, kode: row.entry.kode } });
    }
  },
};
