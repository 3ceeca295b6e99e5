// kamus/duplicate-code: a kode names one competency (kamus format 001:509-531).
import type { KamusDoc } from '../core/kamus-doc.js';
import type { Path } from '../core/source.js';
import type { Rule } from './rule.js';
import { nameKey } from '../text/normalize.js';

export const kamusDuplicateCode: Rule = {
  id: 'kamus/duplicate-code',
  severity: 'error',
  sumber: 'Format kamus kompetensi teknis 001:509-531: setiap kompetensi mempunyai kode sendiri',
  checkProject(project, ctx) {
    // The first definition is located only when a second one appears: locating parses the kamus in full.
    const seen = new Map<string, { doc: KamusDoc; path: Path; nama: string }>();
    for (const doc of project.kamus) {
      for (const { path, entry } of doc.entries) {
        const k = nameKey(entry.kode);
        const first = seen.get(k);
        if (first === undefined) seen.set(k, { doc, path, nama: entry.nama });
        else {
          const at = `${first.doc.source.path}:${first.doc.source.locate([...first.path, 'kode']).line}`;
          ctx.report({ source: doc.source, path: [...path, 'kode'], params: { kode: entry.kode, first: at, nama: first.nama } });
        }
      }
    }
  },
};
