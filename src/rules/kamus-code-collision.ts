// kamus/code-collision: agency codes must not reuse the national M.xx / SK.xx codes or names.
import type { Rule } from './rule.js';

export const kamusCodeCollision: Rule = {
  id: 'kamus/code-collision',
  severity: 'error',
  sumber: 'PermenPANRB 38/2017: kamus manajerial dan sosial kultural bersifat nasional (001:753-948)',
  checkKamus(doc, ctx) {
    for (const { path, entry } of doc.entries) {
      const bundled = ctx.ref.kamus.entries.find(
        (e) => e.origin.bundled && (e.kode.toLowerCase() === entry.kode.toLowerCase() || e.nama.toLowerCase() === entry.nama.toLowerCase()),
      );
      if (!bundled) continue;
      const byKode = bundled.kode.toLowerCase() === entry.kode.toLowerCase();
      ctx.report({ source: doc.source, path: [...path, byKode ? 'kode' : 'nama'], params: { kode: entry.kode, nama: entry.nama, bundled: `${bundled.kode} ${bundled.nama}` } });
    }
  },
};
