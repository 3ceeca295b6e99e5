// Shared by the registry-aware kode rules: they apply only where the project keeps a kode.lock.yaml.
import type { StandarFacts } from '../core/standar-facts.js';
import { registryOf, type RegistryRef } from '../model/registry.js';
import type { ProjectFacts } from './rule.js';

export const REGISTRY_SUMBER = 'Nomor urut jabatan tidak boleh dipakai ulang; registri kode skj (README `skj code`; 001:1745-1765)';

/** Calls `fn` for every standard with a well-formed code, when the project has a registry. */
export function eachRegisteredKode(project: ProjectFacts, fn: (doc: StandarFacts, digits: string, ref: RegistryRef) => void): void {
  const ref = registryOf(project.extra);
  if (!ref) return;
  for (const doc of project.standar) if (doc.digits) fn(doc, doc.digits, ref);
}
