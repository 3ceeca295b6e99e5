// The registry lock: one `skj code` at a time plans and writes a project (issue 7). Without it two runs
// on different folders read the same registry, issue the same numbers, and the last writer wins.
//
// proper-lockfile (MIT, 3 small dependencies, tens of millions of weekly downloads) takes the lock
// atomically with mkdir — which also works on network file systems — keeps it fresh while the process
// lives, removes it on exit and signals, and takes over a lock left by a killed process once it is stale.
// The runs are mostly synchronous, so a long run may miss refreshes; the edge therefore also re-reads the
// registry before writing and refuses when another writer changed it.
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { REGISTRY_FILE } from '../model/registry.js';
import { UsageError } from '../project/errors.js';

/** The lock is a hidden folder next to the registry (skj never reads dot-files as standards; git ignores empty folders). */
export const LOCK_DIR = `.${REGISTRY_FILE}.lock`;
/** A lock not refreshed for this long belongs to a process that died: it is taken over. */
export const STALE_MS = 30_000;
/** How long a run waits for another one (a little over STALE_MS, so a dead run's lock is always outlived). */
const RETRIES = { retries: 60, factor: 1.2, minTimeout: 200, maxTimeout: 1000 };

/** Locks the registries of `roots` (sorted, so two runs never wait on each other); returns the release. */
export async function lockRegistries(roots: readonly string[], shown: (abs: string) => string): Promise<() => Promise<void>> {
  const held: (() => Promise<void>)[] = [];
  const release = async () => {
    for (const r of held.splice(0).reverse()) await r().catch(() => undefined); // a lock already taken over is not ours to remove
  };
  for (const root of [...new Set(roots)].sort()) {
    const lockfilePath = join(root, LOCK_DIR);
    try {
      held.push(await lockfile.lock(join(root, REGISTRY_FILE), { realpath: false, lockfilePath, stale: STALE_MS, retries: RETRIES, onCompromised: () => undefined }));
    } catch (e) {
      await release();
      if ((e as NodeJS.ErrnoException).code === 'ELOCKED') throw new UsageError('cli.code.locked', { registry: shown(join(root, REGISTRY_FILE)), lock: shown(lockfilePath), stale: STALE_MS / 1000 });
      throw new UsageError('cli.write-failed', { path: shown(lockfilePath), detail: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
  }
  return release;
}
