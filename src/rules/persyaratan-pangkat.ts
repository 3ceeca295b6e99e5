// persyaratan/pangkat: a golongan ruang of PP 7/1977 as amended, with a matching pangkat name (001:594).
import { isPlaceholder } from '../model/placeholder.js';
import type { Rule } from './rule.js';

export const persyaratanPangkat: Rule = {
  id: 'persyaratan/pangkat',
  severity: 'error',
  sumber: 'PP 7/1977 sebagaimana telah diubah: pangkat dan golongan ruang PNS; pedoman 001:594',
  checkStandar(doc, ctx) {
    const text = doc.data.persyaratan?.pangkat;
    if (typeof text !== 'string' || isPlaceholder(text)) return;
    const r = ctx.ref.pangkat.read(text);
    const path = ['persyaratan', 'pangkat'];
    if (!r.golongan && !r.named) {
      ctx.report({ source: doc.source, path, variant: 'unrecognised', params: { value: text } });
    } else if (r.unknownName) {
      ctx.report({ source: doc.source, path, variant: 'unknown-name', params: { value: text, name: r.unknownName, golongan: r.golongan?.golongan ?? '', nama: r.golongan?.nama ?? '' } });
    } else if (r.golongan && r.named && r.golongan !== r.named) {
      ctx.report({ source: doc.source, path, variant: 'mismatch', params: { value: text, golongan: r.golongan.golongan, nama: r.golongan.nama, named: r.named.nama, namedGolongan: r.named.golongan } });
    }
  },
};
