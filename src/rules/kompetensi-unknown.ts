// kompetensi/unknown: every competency must come from a kamus (001:573-577; PermenPANRB 38/2017 Pasal 5).
import type { Rule } from './rule.js';

export const kompetensiUnknown: Rule = {
  id: 'kompetensi/unknown',
  severity: 'error',
  sumber: 'PermenPANRB 38/2017: standar kompetensi disusun dari kamus kompetensi (001:573-577, 001:952)',
  checkStandar(doc, ctx) {
    for (const row of doc.rows) {
      if (row.entry) continue;
      const near = ctx.ref.kamus.suggest(row.key);
      ctx.report({
        source: doc.source,
        path: row.path,
        target: 'key',
        variant: near ? 'suggest' : undefined,
        params: { key: row.key, kode: near?.kode ?? '', nama: near?.nama ?? '' },
      });
    }
  },
};
