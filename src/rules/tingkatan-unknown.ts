// tingkatan/unknown: the tier is one of the 14 of PermenPANRB 38/2017 (001:1749-1755). A former eselon
// equivalent to two tiers (I.a: JPT Utama or JPT Madya, UU 5/2014 Pasal 131) names both, never one.
import { anyOf } from '../i18n/messages.js';
import type { Rule } from './rule.js';
import { unknownValue } from './unknown-value.js';

export const tingkatanUnknown: Rule = {
  id: 'tingkatan/unknown',
  severity: 'error',
  sumber: 'PermenPANRB 38/2017; kelompok dan tingkatan jabatan 001:1749-1755; penyetaraan eselon UU 5/2014 Pasal 131',
  checkStandar(doc, ctx) {
    const value = doc.data.tingkatan;
    if (typeof value !== 'string' || doc.tingkatan) return;
    const eselon = ctx.ref.tingkatan.eselon(value);
    if (eselon && eselon.tingkatan.length > 1) {
      const catatan = eselon.catatan.length ? { id: ` ${eselon.catatan.map((c) => c.id).join(' ')}`, en: ` ${eselon.catatan.map((c) => c.en).join(' ')}` } : '';
      ctx.report({ source: doc.source, path: ['tingkatan'], variant: 'eselon', params: { value, eselon: eselon.eselon, pilihan: anyOf(eselon.tingkatan.map((t) => `«${t.id}» (${t.nama})`)), sumber: eselon.sumber, catatan } });
      return;
    }
    const near = ctx.ref.tingkatan.suggestions(value);
    ctx.report({ source: doc.source, path: ['tingkatan'], ...unknownValue(value, near, (t) => t.id, (t) => `«${t.id}» (${t.nama})`) });
  },
};
