// urusan/unknown: the urusan is a Permendagri 90/2019 urusan or a sub-urusan declared in skj.yaml.
import { isPlaceholder } from '../model/placeholder.js';
import type { Rule } from './rule.js';
import { unknownValue } from './unknown-value.js';

export const urusanUnknown: Rule = {
  id: 'urusan/unknown',
  severity: 'error',
  sumber: 'UU 23/2014 Lampiran; kode urusan Permendagri 90/2019 (DOMAIN §5; 001:1745-1765)',
  checkStandar(doc, ctx) {
    const value = doc.data.urusan;
    if (typeof value !== 'string' || doc.urusan) return;
    if (isPlaceholder(value)) return; // standar/placeholder reports it
    if (!value.trim()) {
      ctx.report({ source: doc.source, path: ['urusan'], variant: 'empty' });
      return;
    }
    const near = ctx.ref.urusan.suggestions(value);
    ctx.report({ source: doc.source, path: ['urusan'], ...unknownValue(value, near, (u) => u.kode, (u) => `"${u.kode}" (${u.nama})`) });
  },
};
