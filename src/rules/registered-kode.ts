// Shared by the registry-aware kode rules: they apply only where the project keeps a kode.lock.yaml.
import type { StandarDoc } from '../core/standar-doc.js';
import { registryOf, type RegistryRef } from '../model/registry.js';
import type { ProjectModel } from './rule.js';

export const REGISTRY_SUMBER = 'Nomor urut jabatan tidak boleh dipakai ulang; registri kode skj (README `skj code`; 001:1745-1765)';

/** Calls `fn` for every standard with a well-formed code, when the project has a registry. */
export function eachRegisteredKode(project: ProjectModel, fn: (doc: StandarDoc, digits: string, ref: RegistryRef) => void): void {
  const ref = registryOf(project.extra);
  if (!ref) return;
  for (const doc of project.standar) if (doc.kode) fn(doc, doc.kode.digits, ref);
}
