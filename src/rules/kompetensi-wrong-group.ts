// kompetensi/wrong-group: manajerial, sosial kultural and teknis are separate groups A, B, C (001:86-118).
import type { Rule } from './rule.js';

export const kompetensiWrongGroup: Rule = {
  id: 'kompetensi/wrong-group',
  severity: 'error',
  sumber: 'PermenPANRB 38/2017: kelompok kompetensi manajerial, sosial kultural, teknis (001:86-118); "dilarang mengganti kategori" 001:967',
  checkStandar(doc, ctx) {
    for (const row of doc.rows) {
      if (!row.entry || row.entry.jenis === row.group) continue;
      ctx.report({
        source: doc.source,
        path: row.path,
        target: 'key',
        params: { key: row.key, kode: row.entry.kode, group: row.group, expected: row.entry.jenis },
      });
    }
  },
};
