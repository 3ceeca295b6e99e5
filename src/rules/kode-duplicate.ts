// kode/duplicate: one kode jabatan, one jabatan (nomor urut per kelompok, tingkatan and urusan, 001:1765).
import { othersOf } from '../core/others.js';
import type { Rule } from './rule.js';
import type { StandarFacts } from '../core/standar-facts.js';

export const kodeDuplicate: Rule = {
  id: 'kode/duplicate',
  severity: 'error',
  sumber: 'Kode jabatan unik: nomor urut jabatan dalam kelompok, tingkatan dan urusan (001:1745-1765)',
  checkProject(project, ctx) {
    const byDigits = new Map<string, StandarFacts[]>();
    for (const doc of project.standar) {
      if (!doc.digits) continue;
      const group = byDigits.get(doc.digits);
      if (group) group.push(doc);
      else byDigits.set(doc.digits, [doc]);
    }
    for (const [digits, docs] of byDigits) {
      if (docs.length < 2) continue;
      for (const doc of docs) {
        const { others, more } = othersOf(docs, doc, (d) => d.file);
        ctx.report({ file: doc.file, path: ['kode'], variant: more ? 'many' : undefined, params: { value: digits, others, more } });
      }
    }
  },
};
