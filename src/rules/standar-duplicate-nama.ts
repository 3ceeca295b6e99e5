// standar/duplicate-nama: within one unit kerja each jabatan has its own name (one standard per jabatan).
import { nameKey } from '../text/normalize.js';
import type { StandarFacts } from '../core/standar-facts.js';
import { othersOf } from '../core/others.js';
import type { Rule } from './rule.js';

export const standarDuplicateNama: Rule = {
  id: 'standar/duplicate-nama',
  severity: 'warning',
  sumber: 'PermenPANRB 38/2017: standar kompetensi disusun untuk setiap jabatan (001:86-118)',
  checkProject(project, ctx) {
    const groups = new Map<string, StandarFacts[]>();
    const units = new Map<string, string>(); // a unit kerja holds many standards: its key is made once
    for (const doc of project.standar) {
      if (doc.nama === undefined) continue;
      const unit = doc.unit_kerja ?? '';
      let unitKey = units.get(unit);
      if (unitKey === undefined) units.set(unit, (unitKey = nameKey(unit)));
      const key = `${unitKey}\u0000${nameKey(doc.nama)}`;
      const group = groups.get(key);
      if (group) group.push(doc);
      else groups.set(key, [doc]);
    }
    for (const docs of groups.values()) {
      if (docs.length < 2) continue;
      for (const doc of docs) {
        const { others, more } = othersOf(docs, doc, (d) => d.file);
        ctx.report({ file: doc.file, path: ['nama'], variant: more ? 'many' : undefined, params: { nama: doc.nama!, unit: doc.unit_kerja ?? '-', others, more } });
      }
    }
  },
};
