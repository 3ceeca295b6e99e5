// kode/retired: a code the registry has retired (its standard was deleted or given a new code) is never
// used again, so a file carrying it is an error.
import { displayKode } from '../core/kode.js';
import { eachRegisteredKode, REGISTRY_SUMBER } from './registered-kode.js';
import type { Rule } from './rule.js';

export const kodeRetired: Rule = {
  id: 'kode/retired',
  severity: 'error',
  sumber: REGISTRY_SUMBER,
  checkProject(project, ctx) {
    eachRegisteredKode(project, (doc, digits, ref) => {
      const entry = ref.registry.kode[digits];
      if (!entry || entry.status !== 'pensiun') return;
      ctx.report({
        file: doc.file,
        path: ['kode'],
        variant: entry.pengganti ? 'pengganti' : undefined,
        params: { value: doc.kode!, date: entry.pensiun ?? entry.tanggal, pengganti: entry.pengganti ? displayKode(entry.pengganti) : '', file: doc.file },
      });
    });
  },
};
