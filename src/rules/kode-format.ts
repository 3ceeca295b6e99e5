// kode/format: K TT UUUUUU NNN, twelve digits, nomor urut 001–999 (001:730-739, 001:1745-1765).
import type { Rule } from './rule.js';

export const kodeFormat: Rule = {
  id: 'kode/format',
  severity: 'error',
  sumber: 'Kode jabatan 12 digit: kelompok, tingkatan, urusan, nomor urut (001:730-739; Lampiran V 001:1745-1765)',
  checkStandar(doc, ctx) {
    const kode = doc.data.kode;
    if (typeof kode !== 'string') return;
    const parts = doc.kode;
    if (!parts) {
      const digits = kode.replace(/[.\s]/g, '');
      ctx.report({ source: doc.source, path: ['kode'], params: { value: kode, count: (digits.match(/\d/g) ?? []).length } });
    } else if (parts.nomor === '000') {
      ctx.report({ source: doc.source, path: ['kode'], variant: 'nomor', params: { value: kode } });
    }
  },
};
