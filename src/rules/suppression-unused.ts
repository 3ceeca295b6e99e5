// suppression/unused: a `# skj-disable-next-line` comment that suppresses nothing is stale and would
// hide a future problem; the engine reports it (see src/core/suppressions.ts).
import type { Rule } from './rule.js';

export const suppressionUnused: Rule = {
  id: 'suppression/unused',
  severity: 'warning',
  sumber: 'Kebersihan berkas: penekanan diagnostik harus beralasan dan masih berlaku',
};
