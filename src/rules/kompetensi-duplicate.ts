// kompetensi/duplicate: a competency appears once in a standard, at one level (form 001:667-707).
import type { Rule } from './rule.js';

export const kompetensiDuplicate: Rule = {
  id: 'kompetensi/duplicate',
  severity: 'error',
  sumber: 'Formulir standar kompetensi 001:667-707: satu baris per kompetensi',
  checkStandar(doc, ctx) {
    const seen = new Map<string, { key: string; entry: object }>();
    for (const row of doc.rows) {
      if (!row.entry) continue;
      const first = seen.get(row.entry.kode);
      if (first === undefined) seen.set(row.entry.kode, { key: row.key, entry: row.entry });
      // Two kamus competencies under one code: kamus/duplicate-code reports it in the kamus, once.
      else if (first.entry === row.entry) ctx.report({ source: doc.source, path: row.path, target: 'key', params: { key: row.key, first: first.key, kode: row.entry.kode } });
    }
  },
};
