// persyaratan/kategori: each pelatihan and pengalaman kerja item has exactly one kategori: mutlak,
// penting or perlu (001:645-663; fill-in notes *16–*18, 001:1724-1726).
import { KATEGORI } from '../model/standar.js';
import type { Path } from '../core/source.js';
import type { Rule } from './rule.js';

const LISTS: Path[] = [
  ['persyaratan', 'pelatihan', 'manajerial'],
  ['persyaratan', 'pelatihan', 'teknis'],
  ['persyaratan', 'pelatihan', 'fungsional'],
  ['persyaratan', 'pengalaman_kerja'],
];

export const persyaratanKategori: Rule = {
  id: 'persyaratan/kategori',
  severity: 'error',
  sumber: 'PermenPANRB 38/2017; pedoman 001:645-663 dan petunjuk *16)–*18) 001:1724-1726',
  checkStandar(doc, ctx) {
    for (const list of LISTS) {
      const items = doc.source.get(list);
      if (!Array.isArray(items)) continue;
      items.forEach((item, i) => {
        if (item === null || typeof item !== 'object' || Array.isArray(item)) return; // schema reports it
        const k = (item as Record<string, unknown>).kategori;
        const label = String((item as Record<string, unknown>).nama ?? (item as Record<string, unknown>).uraian ?? '');
        const options = KATEGORI.join(', ');
        if (k === undefined || k === null) {
          ctx.report({ source: doc.source, path: [...list, i], target: 'key', variant: 'missing', params: { item: label, options } });
        } else if (Array.isArray(k)) {
          ctx.report({ source: doc.source, path: [...list, i, 'kategori'], variant: 'many', params: { item: label, value: k.join(', '), options } });
        } else if (!(KATEGORI as readonly unknown[]).includes(k)) {
          ctx.report({ source: doc.source, path: [...list, i, 'kategori'], variant: 'invalid', params: { item: label, value: String(k), options } });
        }
      });
    }
  },
};
