// persyaratan/jenjang: the education level is one of the jenjang pendidikan (001:602, 001:1717).
import { isPlaceholder } from '../model/placeholder.js';
import type { Rule } from './rule.js';

export const persyaratanJenjang: Rule = {
  id: 'persyaratan/jenjang',
  severity: 'error',
  sumber: 'Petunjuk pengisian persyaratan pendidikan 001:602, 001:1717 (SMA, D-I, D-II, D-III, S-1/D-IV, S-2, S-3)',
  checkStandar(doc, ctx) {
    const text = doc.data.persyaratan?.pendidikan?.jenjang;
    if (typeof text !== 'string' || isPlaceholder(text) || ctx.ref.pendidikan.find(text)) return;
    const options = ctx.ref.pendidikan.dict.jenjang.map((j) => j.jenjang).join(', ');
    ctx.report({ source: doc.source, path: ['persyaratan', 'pendidikan', 'jenjang'], params: { value: text, options } });
  },
};
