// kompetensi/indikator-number: indikator of level L are numbered L.1, L.2, L.3 in order (000:131-139,
// 001:1705-1728); defects such as 4.1, 4.1, 4.2 (000:528-530) are copy errors.
import { indikatorNumber } from '../text/normalize.js';
import type { Rule } from './rule.js';

export const kompetensiIndikatorNumber: Rule = {
  id: 'kompetensi/indikator-number',
  severity: 'warning',
  sumber: 'Kamus kompetensi: indikator level L bernomor L.1–L.3 (000:131-139; 001:509-531)',
  checkStandar(doc, ctx) {
    for (const row of doc.rows) {
      if (row.level === undefined || !row.indikator) continue;
      const base = row.levelPath.slice(0, -1);
      row.indikator.forEach((item, i) => {
        const n = indikatorNumber(item);
        if (!n || (n[0] === row.level && n[1] === i + 1)) return;
        ctx.report({
          source: doc.source,
          path: [...base, 'indikator', i],
          params: { key: row.key, written: `${n[0]}.${n[1]}`, expected: `${row.level}.${i + 1}` },
        });
      });
    }
  },
};
