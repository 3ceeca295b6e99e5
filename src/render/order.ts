// Print order of the standards: the organisation chart, as the pedoman asks ("dikelompokkan
// berdasarkan struktur organisasi", Perwal Serang 103/2021) and seed 000 prints: the head of a unit,
// then each of its sub-units with everything below it, in turn. The chart is stated once, on each
// standard: `atasan` (the superior's nama or file) and `urutan` (place among its siblings).
import type { StandarDoc } from '../core/standar-doc.js';
import { Chart, type ChartNode } from '../core/struktur.js';

const view = (d: StandarDoc): ChartNode => ({ path: d.source.path, nama: d.data.nama, atasan: d.data.atasan });

/** Siblings: `urutan` first, then higher tingkatan, then nama and file (a stable last resort). */
function compareSiblings(a: StandarDoc, b: StandarDoc): number {
  const u = (d: StandarDoc) => (typeof d.data.urutan === 'number' ? d.data.urutan : Number.MAX_SAFE_INTEGER);
  const tier = (d: StandarDoc) => d.tingkatan?.kode ?? '99';
  return (
    u(a) - u(b) ||
    tier(a).localeCompare(tier(b)) ||
    (a.data.nama ?? '').localeCompare(b.data.nama ?? '', 'id') ||
    a.source.path.localeCompare(b.source.path)
  );
}

/**
 * Depth-first over the chart: each root (a standard whose atasan is absent or outside `docs`), then
 * its subordinates. Roots are grouped by unit kerja. A cycle (reported by validate) is broken at the
 * standard that sorts first.
 */
export function orderByStructure(docs: readonly StandarDoc[]): StandarDoc[] {
  const chart = new Chart(docs, view);
  const parent = new Map<StandarDoc, StandarDoc | undefined>(docs.map((d) => [d, chart.atasanOf(d)]));
  const children = new Map<StandarDoc, StandarDoc[]>();
  for (const [child, p] of parent) if (p) children.set(p, [...(children.get(p) ?? []), child]);
  const out: StandarDoc[] = [];
  const seen = new Set<StandarDoc>();
  const visit = (d: StandarDoc) => {
    if (seen.has(d)) return;
    seen.add(d);
    out.push(d);
    for (const c of [...(children.get(d) ?? [])].sort(compareSiblings)) visit(c);
  };
  const byUnit = (a: StandarDoc, b: StandarDoc) => (a.data.unit_kerja ?? '').localeCompare(b.data.unit_kerja ?? '', 'id') || compareSiblings(a, b);
  for (const root of docs.filter((d) => !parent.get(d)).sort(byUnit)) visit(root);
  // Whatever a cycle left unvisited.
  for (const d of [...docs].sort(byUnit)) visit(d);
  return out;
}
