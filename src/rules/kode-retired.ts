// kode/retired: a code the registry has retired (its standard was deleted or given a new code) is never
// used again, so a file carrying it is an error.
import { displayKode } from '../core/kode.js';
import { registryOf } from '../model/registry.js';
import type { Rule } from './rule.js';

export const kodeRetired: Rule = {
  id: 'kode/retired',
  severity: 'error',
  sumber: 'Nomor urut jabatan tidak boleh dipakai ulang; registri kode skj (README `skj code`; 001:1745-1765)',
  checkProject(project, ctx) {
    const ref = registryOf(project.extra);
    if (!ref) return;
    for (const doc of project.standar) {
      const parts = doc.kode;
      const entry = parts ? ref.registry.kode[parts.digits] : undefined;
      if (!entry || entry.status !== 'pensiun') continue;
      ctx.report({
        source: doc.source,
        path: ['kode'],
        variant: entry.pengganti ? 'pengganti' : undefined,
        params: { value: doc.data.kode!, date: entry.pensiun ?? entry.tanggal, pengganti: entry.pengganti ? displayKode(entry.pengganti) : '', file: doc.source.path },
      });
    }
  },
};
