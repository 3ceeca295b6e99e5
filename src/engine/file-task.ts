// One standard file on disk through the per-file rules: the unit of work of `skj validate`, the same
// on the main thread and in a worker (src/engine/worker.ts). It reads the file itself, so that file
// texts never cross threads and a project's texts are never all held at once.
import { statSync } from 'node:fs';
import type { ParseOptions } from '../core/source.js';
import { readSource } from '../project/read.js';
import { OutcomeCache } from './cache.js';
import { checkStandarFile, type FileOutcome } from './check-file.js';
import type { Checker } from './validate.js';

export interface FileTask {
  /** Display path. */
  path: string;
  abs: string;
  /** The user asked about this file (otherwise only its facts are wanted). */
  report: boolean;
  /** `--cache`: give the file's stamp and content hash too. */
  cache: boolean;
  /** Content hash of the cached outcome: when the text still hashes to it, no outcome is computed. */
  known?: string;
}

export interface FileResult {
  /** Absent when the text hashes to `known` (unchanged). */
  outcome?: FileOutcome;
  hash?: string;
  stamp?: string;
}

/** Size and modification time: when both are unchanged, the cached outcome is used without reading. */
export function stampOf(abs: string): string | undefined {
  try {
    const st = statSync(abs);
    return st.isFile() ? `${st.size}:${st.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

export function runFileTask(task: FileTask, checker: Checker, options: ParseOptions): FileResult {
  // Stamped before reading: a file changed in between is stamped stale and read again next run.
  const stamp = task.cache ? stampOf(task.abs) : undefined;
  const file = readSource(task.abs, task.path);
  // An unreadable file is reported every run, never cached.
  const hash = task.cache && !file.unreadable ? OutcomeCache.hash(file.text) : undefined;
  if (hash !== undefined && hash === task.known) return { hash, stamp };
  return { outcome: checkStandarFile(file, checker.ref, checker.rules, { parse: options.parse, report: task.report }), hash, stamp };
}
