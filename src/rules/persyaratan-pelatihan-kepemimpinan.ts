// persyaratan/pelatihan-kepemimpinan: a structural post's leadership training is mutlak when a regulation
// requires it ("apabila diklat pimpinan dipersyaratkan … dalam peraturan perundang-undangan maka diklat
// pimpinan masuk kategori mutlak", 001:645-655), under its current name (PerLAN 5/2022 jo. 6/2022:
// PKN I/II, PKA, PKP). skj.yaml `pelatihan_kepemimpinan: tidak-dipersyaratkan` says no regulation
// requires it in the agency: then only legacy names are reported.
import { replaceInString } from '../fix/edit.js';
import type { Rule } from './rule.js';

export const persyaratanPelatihanKepemimpinan: Rule = {
  id: 'persyaratan/pelatihan-kepemimpinan',
  severity: 'warning',
  sumber: 'PP 11/2017 (pelatihan struktural kepemimpinan); Peraturan LAN 5/2022 jo. 6/2022 (penyelenggaraan pelatihan struktural kepemimpinan); Perwal Serang 103/2021, Lampiran I (kategori mutlak apabila dipersyaratkan)',
  fixable: true,
  checkStandar(doc, ctx) {
    const t = doc.tingkatan;
    const required = t?.struktural && t.pelatihan_kepemimpinan ? ctx.ref.pelatihan.byKode(t.pelatihan_kepemimpinan) : undefined;
    if (!t || !required) return;
    const dipersyaratkan = ctx.ref.pelatihanDipersyaratkan;
    const listPath = ['persyaratan', 'pelatihan', 'manajerial'];
    const items = doc.source.get(listPath);
    const list = Array.isArray(items) ? items : [];
    let found = false;
    list.forEach((item, i) => {
      const nama = (item as Record<string, unknown> | null)?.nama;
      if (typeof nama !== 'string') return;
      const reading = ctx.ref.pelatihan.read(nama);
      if (!reading || reading.entry !== required) return;
      found = true;
      const params = { nama, required: required.nama, tingkatan: t.nama };
      if (reading.legacy) {
        const path = [...listPath, i, 'nama'];
        const span = ctx.ref.pelatihan.legacySpan(nama, required);
        const written = span && nama.slice(span.index, span.index + span.length);
        const fix = span && replaceInString(doc.source, path, span.index, span.index + span.length, required.nama, 'fix.pelatihan', { from: written!, to: required.nama });
        ctx.report({ source: doc.source, path, variant: 'legacy', params, fix });
      }
      const kategori = (item as Record<string, unknown>).kategori;
      if (dipersyaratkan && kategori !== undefined && kategori !== 'mutlak')
        ctx.report({ source: doc.source, path: [...listPath, i, 'kategori'], variant: 'not-mutlak', params: { ...params, kategori: String(kategori) } });
    });
    if (found || !dipersyaratkan) return;
    const where = doc.source.get(listPath) !== undefined ? listPath : doc.source.get(['persyaratan', 'pelatihan']) !== undefined ? ['persyaratan', 'pelatihan'] : ['persyaratan'];
    ctx.report({ source: doc.source, path: where, target: 'key', variant: 'missing', params: { required: required.nama, tingkatan: t.nama } });
  },
};
