// kode/mismatch: the kelompok, tingkatan and urusan digits of a kode agree with the standard
// (001:1749-1765; e.g. 000:561 gives an Administrator kelompok 1). The leading digits of an
// incomplete display-form code are checked too; kode/format reports that it is incomplete.
import { parseKodePrefix } from '../core/kode.js';
import type { Rule } from './rule.js';

export const kodeMismatch: Rule = {
  id: 'kode/mismatch',
  severity: 'error',
  sumber: 'Kode jabatan: K = kelompok (1↔01–03, 2↔04–06, 3↔07–14), TT = tingkatan, UUUUUU = urusan (001:1749-1765)',
  checkStandar(doc, ctx) {
    const kode = doc.data.kode;
    const parts = doc.kode ?? (typeof kode === 'string' ? parseKodePrefix(kode) : undefined);
    if (!parts) return;
    const report = (variant: string, params: Record<string, string | number>) =>
      ctx.report({ source: doc.source, path: ['kode'], variant, params: { value: kode!, ...params } });
    const t = doc.tingkatan;
    if (t) {
      if (parts.kelompok !== String(t.kelompok)) report('kelompok', { written: parts.kelompok, expected: t.kelompok, tingkatan: t.nama });
      if (parts.tingkatan !== t.kode) report('tingkatan', { written: parts.tingkatan, expected: t.kode, tingkatan: t.nama });
    } else {
      const byKode = ctx.ref.tingkatan.byKode(parts.tingkatan);
      if (!byKode) report('tingkatan-code', { written: parts.tingkatan });
      else if (String(byKode.kelompok) !== parts.kelompok) report('kelompok', { written: parts.kelompok, expected: byKode.kelompok, tingkatan: byKode.nama });
    }
    // An official code's urusan digits are KemenPANRB's (Perwal Serang 103/2021 Lampiran V numbers
    // them its own way), not skj's default scheme: only kelompok and tingkatan are fixed by regulation.
    if (doc.data.kode_status === 'resmi') return;
    const u = doc.urusan;
    if (u && doc.kode && doc.kode.urusan !== u.digits) report('urusan', { written: doc.kode.urusan, expected: u.digits, urusan: `${u.kode} ${u.nama}` });
  },
};
