// Every file skj writes goes through here: a temporary file in the same folder, then a rename, so a
// reader (or a crash) never sees half a file, and the original keeps its permissions. Beyond that
// (issue 7): a symbolic link is written through to its target and never replaced by a regular file; a
// file or folder without write permission bits is refused (checked on the bits, because root ignores
// them); and a caller that read the file first can have it checked again right before the rename, so an
// edit saved meanwhile is not overwritten.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';

/** Why a write was refused: read-only (permission bits), changed (since the caller read it), failed (the system said no). */
export type WriteFailure = 'read-only' | 'changed' | 'failed';

export class WriteError extends UsageError {
  constructor(
    readonly reason: WriteFailure,
    messageId: string,
    params: Record<string, string>,
  ) {
    super(messageId, params);
  }
}

/** The file as the caller read it: its bytes and what stat said at that moment. */
export interface Original {
  bytes: Uint8Array;
  size: number;
  mtimeMs: number;
}

export interface WriteOptions {
  /** The path used in a failure message. */
  shown?: string;
  /** Refuse (reason `changed`) unless the file still is exactly this right before the rename. */
  unchangedFrom?: Original;
}

/** Creates `dir` and its missing parents one level at a time (mkdirSync's recursive mode can spin on pseudo file systems such as /proc). */
function ensureDir(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    if (dirname(d) === d) break;
    missing.unshift(d);
  }
  for (const d of missing) mkdirSync(d);
}

const octal = (mode: number) => (mode & 0o777).toString(8).padStart(3, '0');
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The file a write to `abs` must change: the target of a symbolic link, else `abs` itself. */
export function writeTarget(abs: string): string {
  try {
    return lstatSync(abs).isSymbolicLink() ? realpathSync(abs) : abs;
  } catch {
    return abs; // missing: a new file; a dangling link fails below with the system's reason
  }
}

/** Refuses, before anything is written, a file or folder that has no write permission bit. */
export function assertWritable(abs: string, shown = abs): void {
  const target = writeTarget(abs);
  const file = existsSync(target) ? statSync(target) : undefined;
  if (file && (file.mode & 0o222) === 0) throw new WriteError('read-only', 'cli.write-readonly', { path: shown, mode: octal(file.mode) });
  let dir = dirname(target);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  const d = statSync(dir);
  if ((d.mode & 0o222) === 0) throw new WriteError('read-only', 'cli.write-readonly-dir', { path: shown, dir, mode: octal(d.mode) });
}

/** Writes `data` to `abs` atomically. */
export function writeFileAtomic(abs: string, data: string | Uint8Array, shownOrOptions: string | WriteOptions = {}): void {
  const opts = typeof shownOrOptions === 'string' ? { shown: shownOrOptions } : shownOrOptions;
  const shown = opts.shown ?? abs;
  const target = writeTarget(abs);
  assertWritable(target, shown);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode = 0o644;
  try {
    mode = statSync(target).mode & 0o777;
  } catch {
    // a new file gets the default mode
  }
  try {
    ensureDir(dirname(target));
    writeFileSync(tmp, data, { mode });
    const was = opts.unchangedFrom;
    if (was) {
      // The last moment before the rename: size and mtime first (cheap), then the content itself.
      const now = statSync(target);
      if (now.size !== was.size || now.mtimeMs !== was.mtimeMs || digest(readFileSync(target)) !== digest(was.bytes)) {
        throw new WriteError('changed', 'cli.write-changed', { path: shown });
      }
    }
    renameSync(tmp, target);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself is unusable, so no temporary file was left there
    }
    if (e instanceof WriteError) throw e;
    throw new WriteError('failed', 'cli.write-failed', { path: shown, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}
