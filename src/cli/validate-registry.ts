// kode.lock.yaml as `skj validate` gives it to the registry-aware kode rules. With --cache it is read
// (and checked) only when the project rules run: while no standard's facts and not its text changed,
// their reports are the stored ones and a national registry (25 MB) need not be parsed at all.
import { join } from 'node:path';
import { readRegistry, registryTextNow } from '../code/registry-file.js';
import { OutcomeCache } from '../engine/cache.js';
import { KODE_REGISTRY, REGISTRY_FILE, type RegistryRef } from '../model/registry.js';
import type { FileReader } from '../project/files.js';

export interface RegistryInput {
  extra?: Record<string, unknown>;
  /** What identifies the registry for the cache's project reports: its text's hash, '' without one. */
  extraKey: string;
}

export function registryInput(root: string, reader: FileReader, cache: OutcomeCache | undefined): RegistryInput {
  if (!cache) {
    const { registry, file } = readRegistry(root, reader);
    return { extra: registry && { [KODE_REGISTRY]: { registry, file } satisfies RegistryRef }, extraKey: '' };
  }
  const path = join(root, REGISTRY_FILE);
  const text = registryTextNow(path, reader.display(path));
  if (text === undefined) return { extraKey: '' };
  const extraKey = OutcomeCache.hash(text);
  let read = false;
  let ref: RegistryRef | undefined;
  const extra = {
    get [KODE_REGISTRY](): RegistryRef | undefined {
      if (!read) {
        read = true;
        const r = readRegistry(root, reader, cache);
        // Changed since it was hashed: this run's project reports must not be kept under the old hash.
        if (r.text === undefined || OutcomeCache.hash(r.text) !== extraKey) cache.distrustProject();
        ref = r.registry && { registry: r.registry, file: r.file };
      }
      return ref;
    },
  };
  return { extra, extraKey };
}
