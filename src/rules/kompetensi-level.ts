// kompetensi/level: a level is an integer 1–5 that the competency's kamus entry defines (001:439-492).
import type { Rule } from './rule.js';

export const kompetensiLevel: Rule = {
  id: 'kompetensi/level',
  severity: 'error',
  sumber: 'PermenPANRB 38/2017: level kompetensi 1–5; arti level 001:439-492',
  checkStandar(doc, ctx) {
    for (const row of doc.rows) {
      const v = row.rawLevel;
      if (v === null || v === undefined || v === '') {
        ctx.report({ source: doc.source, path: row.levelPath, variant: 'empty', params: { key: row.key } });
      } else if (row.level === undefined) {
        ctx.report({ source: doc.source, path: row.levelPath, params: { key: row.key, value: String(v) } });
      } else if (row.entry && !row.entry.levels[row.level]) {
        const defined = Object.keys(row.entry.levels).join(', ');
        ctx.report({ source: doc.source, path: row.levelPath, variant: 'undefined', params: { key: row.key, level: row.level, kode: row.entry.kode, defined } });
      }
    }
  },
};
