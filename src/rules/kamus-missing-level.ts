// kamus/missing-level: a kamus competency defines all five levels (001:439-492, 001:509-531).
import { KAMUS_LEVELS } from '../model/kamus.js';
import type { Rule } from './rule.js';

export const kamusMissingLevel: Rule = {
  id: 'kamus/missing-level',
  severity: 'error',
  sumber: 'Format kamus kompetensi 001:509-531: level 1–5 (Paham, Dasar, Menengah, Mumpuni, Ahli, 001:439-492)',
  checkKamus(doc, ctx) {
    for (const { path, entry } of doc.entries) {
      const missing = KAMUS_LEVELS.filter((l) => !entry.levels[Number(l)]);
      if (missing.length === 0) continue;
      const hasLevelKey = doc.source.get([...path, 'level']) !== undefined;
      ctx.report({ source: doc.source, path: hasLevelKey ? [...path, 'level'] : [...path, 'kode'], target: 'key', params: { kode: entry.kode, levels: missing.join(', ') } });
    }
  },
};
