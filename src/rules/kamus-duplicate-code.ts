// kamus/duplicate-code: a kode names one competency (kamus format 001:509-531).
import type { Rule } from './rule.js';
import { nameKey } from '../text/normalize.js';

export const kamusDuplicateCode: Rule = {
  id: 'kamus/duplicate-code',
  severity: 'error',
  sumber: 'Format kamus kompetensi teknis 001:509-531: setiap kompetensi mempunyai kode sendiri',
  checkProject(project, ctx) {
    const seen = new Map<string, { at: string; nama: string }>();
    for (const doc of project.kamus) {
      for (const { path, entry } of doc.entries) {
        const k = nameKey(entry.kode);
        const first = seen.get(k);
        if (first === undefined) seen.set(k, { at: `${doc.source.path}:${doc.source.locate([...path, 'kode']).line}`, nama: entry.nama });
        else ctx.report({ source: doc.source, path: [...path, 'kode'], params: { kode: entry.kode, first: first.at, nama: first.nama } });
      }
    }
  },
};
