// persyaratan/pangkat: a golongan ruang of PP 7/1977 as amended, with a matching pangkat name (001:594).
import { isPlaceholder } from '../model/placeholder.js';
import { replaceInString } from '../fix/edit.js';
import type { Rule } from './rule.js';

export const persyaratanPangkat: Rule = {
  id: 'persyaratan/pangkat',
  severity: 'error',
  sumber: 'PP 7/1977 sebagaimana telah diubah: pangkat dan golongan ruang PNS; pedoman 001:594',
  fixable: true,
  checkStandar(doc, ctx) {
    const text = doc.data.persyaratan?.pangkat;
    if (typeof text !== 'string' || isPlaceholder(text)) return;
    const r = ctx.ref.pangkat.read(text);
    const path = ['persyaratan', 'pangkat'];
    // A golongan written otherwise than "III/b": read loosely ("III b", "IIIb", "iii/b"), and rewritten.
    const span = ctx.ref.pangkat.golonganToNormalise(text);
    const fixed = span && text.slice(0, span.index) + span.entry.golongan + text.slice(span.index + span.written.length);
    const fix = span && (ctx.fixing || !r.golongan) && replaceInString(doc.source, path, span.index, span.index + span.written.length, span.entry.golongan, 'fix.pangkat', { from: span.written, to: span.entry.golongan });
    if (span && !r.golongan) {
      ctx.report({ source: doc.source, path, variant: 'suggest', params: { value: text, suggestion: fixed!, golongan: span.entry.golongan, nama: span.entry.nama }, fix: fix || undefined });
      return;
    }
    if (fix && r.golongan) ctx.report({ source: doc.source, path, variant: 'form', params: { value: text, golongan: span!.entry.golongan }, fix, fixOnly: true });
    if (!r.golongan && !r.named) {
      ctx.report({ source: doc.source, path, variant: 'unrecognised', params: { value: text } });
    } else if (r.unknownName) {
      ctx.report({ source: doc.source, path, variant: 'unknown-name', params: { value: text, name: r.unknownName, golongan: r.golongan?.golongan ?? '', nama: r.golongan?.nama ?? '' } });
    } else if (r.golongan && r.named && r.golongan !== r.named) {
      ctx.report({ source: doc.source, path, variant: 'mismatch', params: { value: text, golongan: r.golongan.golongan, nama: r.golongan.nama, named: r.named.nama, namedGolongan: r.named.golongan } });
    }
  },
};
