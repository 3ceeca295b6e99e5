// kamus/empty-level: each level has a deskripsi and its indikator perilaku (001:509-531).
import type { Rule } from './rule.js';

export const kamusEmptyLevel: Rule = {
  id: 'kamus/empty-level',
  severity: 'error',
  sumber: 'Format kamus kompetensi 001:509-531: setiap level memuat deskripsi dan indikator perilaku',
  checkKamus(doc, ctx) {
    for (const { path, entry } of doc.entries) {
      for (const [level, teks] of Object.entries(entry.levels)) {
        if (!teks) continue;
        const parts = [
          !teks.deskripsi?.trim() ? 'deskripsi' : undefined,
          !teks.indikator?.some((s) => s.trim()) ? 'indikator' : undefined,
        ].filter((x): x is string => !!x);
        if (parts.length === 0) continue;
        ctx.report({ source: doc.source, path: [...path, 'level', level], target: 'key', params: { kode: entry.kode, level, parts: parts.join(', ') } });
      }
    }
  },
};
