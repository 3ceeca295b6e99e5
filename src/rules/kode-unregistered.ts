// kode/unregistered: in a project that keeps a kode registry (kode.lock.yaml), every code written in a
// standard is recorded there; `skj code` records codes typed by hand. No registry, no check.
import { eachRegisteredKode, REGISTRY_SUMBER } from './registered-kode.js';
import type { Rule } from './rule.js';

export const kodeUnregistered: Rule = {
  id: 'kode/unregistered',
  severity: 'warning',
  sumber: REGISTRY_SUMBER,
  checkProject(project, ctx) {
    eachRegisteredKode(project, (doc, digits, ref) => {
      if (!ref.registry.kode[digits]) ctx.report({ file: doc.file, path: ['kode'], params: { value: doc.kode!, registry: ref.file } });
    });
  },
};
