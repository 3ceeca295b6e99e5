// persyaratan/pangkat-tier: the minimum pangkat usually lies in the tier's range. No regulation sets
// these ranges for JPT and administration posts: the customary basis is the eselon table of PP 100/2000
// jo. PP 13/2002 (lowest pangkat per eselon, one rank below allowed; minimums seen in 000 and 003;
// DOMAIN §6). Advisory only.
import { localized } from '../reference/tingkatan-index.js';
import type { Rule } from './rule.js';

export const persyaratanPangkatTier: Rule = {
  id: 'persyaratan/pangkat-tier',
  severity: 'warning',
  sumber: 'Dasar lazim: tabel eselon PP 100/2000 jo. PP 13/2002 (pangkat terendah tiap eselon, boleh satu tingkat di bawahnya); jenjang pangkat jabatan fungsional',
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
      params: { golongan: p.golongan, tingkatan: doc.tingkatan!.nama, min: range.min, max: range.max, sumber: localized(range) },
    });
  },
};
