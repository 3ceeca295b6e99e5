// kode/unregistered: in a project that keeps a kode registry (kode.lock.yaml), every code written in a
// standard is recorded there; `skj code` records codes typed by hand. No registry, no check.
import { registryOf } from '../model/registry.js';
import type { Rule } from './rule.js';

export const kodeUnregistered: Rule = {
  id: 'kode/unregistered',
  severity: 'warning',
  sumber: 'Nomor urut jabatan tidak boleh dipakai ulang; registri kode skj (README `skj code`; 001:1745-1765)',
  checkProject(project, ctx) {
    const ref = registryOf(project.extra);
    if (!ref) return;
    for (const doc of project.standar) {
      const parts = doc.kode;
      if (parts && !ref.registry.kode[parts.digits]) ctx.report({ source: doc.source, path: ['kode'], params: { value: doc.data.kode!, registry: ref.file } });
    }
  },
};
