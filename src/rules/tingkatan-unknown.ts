// tingkatan/unknown: the tier is one of the 14 of PermenPANRB 38/2017 (001:1749-1755).
import type { Rule } from './rule.js';

export const tingkatanUnknown: Rule = {
  id: 'tingkatan/unknown',
  severity: 'error',
  sumber: 'PermenPANRB 38/2017; kelompok dan tingkatan jabatan 001:1749-1755',
  checkStandar(doc, ctx) {
    const value = doc.data.tingkatan;
    if (typeof value !== 'string' || doc.tingkatan) return;
    const near = ctx.ref.tingkatan.suggest(value);
    ctx.report({ source: doc.source, path: ['tingkatan'], variant: near ? 'suggest' : undefined, params: { value, suggestion: near?.id ?? '', nama: near?.nama ?? '' } });
  },
};
