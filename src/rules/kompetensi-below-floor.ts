// kompetensi/below-floor: a level may be raised above the tier's minimum but never lowered (001:967-968).
import type { Rule } from './rule.js';

export const kompetensiBelowFloor: Rule = {
  id: 'kompetensi/below-floor',
  severity: 'error',
  sumber: 'PermenPANRB 38/2017 Lampiran; pedoman 001:967-968 ("dilarang ... menurunkan level"), tabel 001:985-1703',
  checkStandar(doc, ctx) {
    if (!doc.tingkatan) return;
    const floor = ctx.ref.tingkatan.floor(doc.tingkatan.id);
    if (!floor) return;
    for (const row of doc.rows) {
      if (row.level === undefined || !row.entry) continue;
      const minimum = floor.level[row.entry.kode];
      if (minimum === undefined || row.level >= minimum) continue;
      ctx.report({
        source: doc.source,
        path: row.levelPath,
        // A minimum without a verified source is a warning that says so, never an error (issue 11).
        ...(floor.uncertain(row.entry.kode) ? { variant: 'uncertain', severity: 'warning' as const } : {}),
        params: {
          kode: row.entry.kode,
          nama: row.entry.nama,
          level: row.level,
          minimum,
          tingkatan: doc.tingkatan.nama,
          sumber: floor.sumber,
        },
      });
    }
  },
};
