// Every file skj writes goes through here: a temporary file in the same folder, then a rename, so a
// reader (or a crash) never sees half a file, and the original keeps its permissions.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';

/** Creates `dir` and its missing parents one level at a time (mkdirSync's recursive mode can spin on pseudo file systems such as /proc). */
function ensureDir(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    if (dirname(d) === d) break;
    missing.unshift(d);
  }
  for (const d of missing) mkdirSync(d);
}

/** Writes `data` to `abs` atomically; `shown` is the path used in a failure message. */
export function writeFileAtomic(abs: string, data: string | Uint8Array, shown = abs): void {
  const tmp = join(dirname(abs), `.${basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode = 0o644;
  try {
    mode = statSync(abs).mode & 0o777;
  } catch {
    // a new file gets the default mode
  }
  try {
    ensureDir(dirname(abs));
    writeFileSync(tmp, data, { mode });
    renameSync(tmp, abs);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself is unusable, so no temporary file was left there
    }
    throw new UsageError('cli.write-failed', { path: shown, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}
