// standar/atasan: `atasan` states the organisation chart that render prints the standards by
// ("dikelompokkan berdasarkan struktur organisasi", Perwal Serang 103/2021, Lampiran I). A superior
// outside the project is normal (a Kepala Dinas answers to the Sekretaris Daerah); reported are a
// file that does not exist, a nama that nearly matches a standard of the project, and a cycle.
import type { StandarFacts } from '../core/standar-facts.js';
import { Chart, isFileRef, type ChartNode } from '../core/struktur.js';
import { suggestions, type Candidate } from '../text/suggest.js';
import type { Rule } from './rule.js';

const view = (f: StandarFacts): ChartNode => ({ path: f.file, nama: f.nama, atasan: f.atasan });

export const standarAtasan: Rule = {
  id: 'standar/atasan',
  severity: 'warning',
  sumber: 'Pedoman penyusunan standar kompetensi: standar dikelompokkan menurut struktur organisasi (Perwal Serang 103/2021, Lampiran I)',
  checkProject(project, ctx) {
    const chart = new Chart(project.standar, view);
    let names: Candidate<string>[] | undefined; // built once, only if some atasan names no standard
    // The nearest nama per atasan as written: standards share a few superiors, so a project of 10,000
    // standards whose superiors are outside it makes a few searches, not one per standard.
    const nearest = new Map<string, string | undefined>();
    for (const doc of project.standar) {
      const atasan = doc.atasan;
      if (atasan === undefined) continue;
      if (!chart.atasanOf(doc)) {
        if (isFileRef(atasan)) {
          ctx.report({ file: doc.file, path: ['atasan'], variant: 'file', params: { atasan } });
          continue;
        }
        names ??= candidates(project.standar);
        if (!nearest.has(atasan)) nearest.set(atasan, misspelt(atasan, names));
        let near = nearest.get(atasan);
        // Never the standard itself: only then search again without its own nama.
        if (near !== undefined && near === doc.nama) near = misspelt(atasan, names.filter((c) => c.value !== doc.nama));
        if (near) ctx.report({ file: doc.file, path: ['atasan'], params: { atasan, nama: near } });
        continue;
      }
      const cycle = chart.cycle(doc);
      if (cycle.length) ctx.report({ file: doc.file, path: ['atasan'], variant: 'cycle', severity: 'error', params: { atasan, chain: cycle.map((d) => d.nama ?? d.file).join(' → ') } });
    }
  },
};

/** Each nama once, in order (a nama several standards share matches no differently the second time). */
function candidates(standar: readonly StandarFacts[]): Candidate<string>[] {
  const seen = new Set<string>();
  const out: Candidate<string>[] = [];
  for (const { nama } of standar) {
    if (nama === undefined || seen.has(nama)) continue;
    seen.add(nama);
    out.push({ keys: [nama], value: nama });
  }
  return out;
}

/** The nama the atasan misspells, if any: "Kepala Bidang" may well be a superior outside the project, not a word match. */
function misspelt(atasan: string, names: Candidate<string>[]): string | undefined {
  return suggestions(atasan, names).find((m) => m.close)?.value;
}
