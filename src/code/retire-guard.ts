// The guard against mass retirement (issue 7): a retired code is never issued again, so a run that would
// retire many codes at once — the mark of a wrong skj.yaml glob or a folder deleted or moved — is refused
// unless the user confirms it with --allow-retire.
import { posix } from 'node:path';
import type { Registry } from '../model/registry.js';
import type { Plan } from './plan.js';

/** More retirements than this in one run need --allow-retire. */
export const MAX_QUIET_RETIREMENTS = 3;

export interface MassRetirement {
  count: number;
  /** Up to three of the codes, 12 digits. */
  examples: string[];
  /** Folders (relative to the project root) whose every active code (two or more) would be retired. */
  folders: string[];
}

/** What would need --allow-retire in this plan; undefined when it may be written as it is. */
export function massRetirement(before: Registry | undefined, plan: Plan): MassRetirement | undefined {
  // Codes given up by --reassign carry their successor; the user asked for those.
  const retiring = plan.changes.filter((c) => c.kind === 'pensiun' && !plan.registry.kode[c.kode]?.pengganti).map((c) => c.kode);
  if (retiring.length === 0) return undefined;
  const gone = new Set(retiring);
  const active = new Map<string, string[]>();
  for (const [kode, e] of Object.entries(before?.kode ?? {})) {
    if (e.status !== 'aktif') continue;
    const dir = posix.dirname(e.berkas);
    active.set(dir, [...(active.get(dir) ?? []), kode]);
  }
  const folders = [...active].filter(([, codes]) => codes.length >= 2 && codes.every((k) => gone.has(k))).map(([dir]) => dir);
  if (retiring.length <= MAX_QUIET_RETIREMENTS && folders.length === 0) return undefined;
  return { count: retiring.length, examples: retiring.slice(0, 3), folders };
}
