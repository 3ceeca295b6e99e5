// persyaratan/pangkat-tier: the minimum pangkat usually lies in the tier's range (PP 11/2017 practice;
// minimums seen in 000 and 003; DOMAIN §6). Advisory only.
import type { Rule } from './rule.js';

export const persyaratanPangkatTier: Rule = {
  id: 'persyaratan/pangkat-tier',
  severity: 'warning',
  sumber: 'PP 11/2017 jo. PP 17/2020 (syarat pangkat jabatan); rentang lazim di dictionaries/tingkatan.yaml',
  checkStandar(doc, ctx) {
    const text = doc.data.persyaratan?.pangkat;
    const range = doc.tingkatan?.pangkat;
    if (typeof text !== 'string' || !range) return;
    const r = ctx.ref.pangkat.read(text);
    const p = r.golongan ?? r.named;
    const min = ctx.ref.pangkat.byGolongan(range.min);
    const max = ctx.ref.pangkat.byGolongan(range.max);
    if (!p || !min || !max || (p.urutan >= min.urutan && p.urutan <= max.urutan)) return;
    ctx.report({
      source: doc.source,
      path: ['persyaratan', 'pangkat'],
      params: { golongan: p.golongan, tingkatan: doc.tingkatan!.nama, min: range.min, max: range.max, sumber: range.sumber },
    });
  },
};
