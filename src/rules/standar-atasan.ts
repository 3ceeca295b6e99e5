// standar/atasan: `atasan` states the organisation chart that render prints the standards by
// ("dikelompokkan berdasarkan struktur organisasi", Perwal Serang 103/2021, Lampiran I). A superior
// outside the project is normal (a Kepala Dinas answers to the Sekretaris Daerah); reported are a
// file that does not exist, a nama that nearly matches a standard of the project, and a cycle.
import { atasanCycle, findAtasan } from '../core/struktur.js';
import { suggest } from '../text/suggest.js';
import type { Rule } from './rule.js';

export const standarAtasan: Rule = {
  id: 'standar/atasan',
  severity: 'warning',
  sumber: 'Pedoman penyusunan standar kompetensi: standar dikelompokkan menurut struktur organisasi (Perwal Serang 103/2021, Lampiran I)',
  checkProject(project, ctx) {
    for (const doc of project.standar) {
      const atasan = doc.data.atasan;
      if (typeof atasan !== 'string') continue;
      if (!findAtasan(doc, project.standar)) {
        if (/\.ya?ml$/i.test(atasan.trim())) {
          ctx.report({ source: doc.source, path: ['atasan'], variant: 'file', params: { atasan } });
          continue;
        }
        const near = suggest(atasan, project.standar.filter((d) => d !== doc && typeof d.data.nama === 'string').map((d) => ({ keys: [d.data.nama!], value: d.data.nama! })));
        if (near) ctx.report({ source: doc.source, path: ['atasan'], params: { atasan, nama: near } });
        continue;
      }
      const cycle = atasanCycle(doc, project.standar);
      if (cycle.length) ctx.report({ source: doc.source, path: ['atasan'], variant: 'cycle', severity: 'error', params: { atasan, chain: cycle.map((d) => d.data.nama ?? d.source.path).join(' → ') } });
    }
  },
};
