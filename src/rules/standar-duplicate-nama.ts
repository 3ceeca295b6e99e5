// standar/duplicate-nama: within one unit kerja each jabatan has its own name (one standard per jabatan).
import { nameKey } from '../text/normalize.js';
import type { StandarDoc } from '../core/standar-doc.js';
import { othersOf } from '../core/others.js';
import type { Rule } from './rule.js';

export const standarDuplicateNama: Rule = {
  id: 'standar/duplicate-nama',
  severity: 'warning',
  sumber: 'PermenPANRB 38/2017: standar kompetensi disusun untuk setiap jabatan (001:86-118)',
  checkProject(project, ctx) {
    const groups = new Map<string, StandarDoc[]>();
    for (const doc of project.standar) {
      if (typeof doc.data.nama !== 'string') continue;
      const key = `${nameKey(doc.data.unit_kerja ?? '')}\u0000${nameKey(doc.data.nama)}`;
      groups.set(key, [...(groups.get(key) ?? []), doc]);
    }
    for (const docs of groups.values()) {
      if (docs.length < 2) continue;
      for (const doc of docs) {
        const { others, more } = othersOf(docs, doc, (d) => d.source.path);
        ctx.report({ source: doc.source, path: ['nama'], variant: more ? 'many' : undefined, params: { nama: doc.data.nama!, unit: doc.data.unit_kerja ?? '-', others, more } });
      }
    }
  },
};
