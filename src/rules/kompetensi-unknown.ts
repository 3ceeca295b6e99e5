// kompetensi/unknown: every competency must come from a kamus (001:573-577; PermenPANRB 38/2017 Pasal 5).
// Suggestions come from the group the key is written under: a teknis typo is not a manajerial code.
import { anyOf } from '../i18n/messages.js';
import type { Rule } from './rule.js';

export const kompetensiUnknown: Rule = {
  id: 'kompetensi/unknown',
  severity: 'error',
  sumber: 'PermenPANRB 38/2017: standar kompetensi disusun dari kamus kompetensi (001:573-577, 001:952)',
  checkStandar(doc, ctx) {
    for (const row of doc.rows) {
      if (row.entry) continue;
      const near = ctx.ref.kamus.suggestions(row.key, row.group).map((m) => m.value);
      ctx.report({
        source: doc.source,
        path: row.path,
        target: 'key',
        variant: near.length ? 'suggest' : undefined,
        params: { key: row.key, kode: near[0]?.kode ?? '', nama: near[0]?.nama ?? '', pilihan: anyOf(near.map((e) => `${e.kode} ${e.nama}`)), choices: near.length },
      });
    }
  },
};
