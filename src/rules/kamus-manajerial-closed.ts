// kamus/manajerial-closed: the manajerial kamus is national; agencies may not define their own.
import type { Rule } from './rule.js';

export const kamusManajerialClosed: Rule = {
  id: 'kamus/manajerial-closed',
  severity: 'error',
  sumber: 'PermenPANRB 38/2017 Lampiran: kamus kompetensi manajerial berlaku nasional (001:753-908)',
  checkKamus(doc, ctx) {
    if (doc.data.jenis === 'manajerial') ctx.report({ source: doc.source, path: ['jenis'] });
  },
};
