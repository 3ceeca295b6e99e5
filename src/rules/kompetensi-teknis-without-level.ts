// kompetensi/teknis-without-level: C. Teknis written as a plain list of names (as Perbup Purwakarta
// 213/2020 prints it, 003:234-254). skj keeps and prints such a list, but each teknis competency needs
// a level and its kamus text (PermenPANRB 38/2017; the pedoman's form, 001:509-531, 001:667-707).
import type { Rule } from './rule.js';

export const kompetensiTeknisWithoutLevel: Rule = {
  id: 'kompetensi/teknis-without-level',
  severity: 'error',
  sumber: 'PermenPANRB 38/2017: setiap kompetensi teknis mempunyai level 1–5 dari kamus teknis (001:509-531, 001:667-707)',
  checkStandar(doc, ctx) {
    const teknis = doc.source.get(['kompetensi', 'teknis']);
    if (!Array.isArray(teknis) || teknis.length === 0) return;
    ctx.report({ source: doc.source, path: ['kompetensi', 'teknis'], target: 'key', params: { count: teknis.length } });
  },
};
