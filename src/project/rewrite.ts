// Rewriting a file skj read (skj code's kode, skj validate --fix): only when it is still exactly the
// text the change was computed from, so an edit saved meanwhile is never overwritten; never a file
// that is not UTF-8 (decoding would replace its bytes for good); a byte-order mark kept; a symbolic
// link written through to its target only inside the project; the write itself atomic
// (src/project/write-atomic.ts).
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { writeFileAtomic, WriteError, writeTarget, type Original } from './write-atomic.js';

/** Why a file is left unwritten; reported for that file while the run goes on. */
export type Refusal = 'changed' | 'unwritable' | 'read-only' | 'not-utf8' | 'symlink' | 'write-failed';

export class WriteRefused extends Error {
  constructor(
    readonly reason: Refusal,
    readonly detail = '',
  ) {
    super(reason);
  }
}

/** The line of the first byte that is not UTF-8, or undefined when all of `bytes` is valid UTF-8. */
function badUtf8Line(bytes: Buffer): number | undefined {
  if (isUtf8(bytes)) return undefined;
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (isUtf8(bytes.subarray(0, mid))) lo = mid;
    else hi = mid;
  }
  // bytes[0, lo) decodes, possibly ending inside a multi-byte sequence: the bad byte is on this line
  let line = 1;
  for (let i = 0; i < lo; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Rewrites the file at `abs` with `change(text)`, provided it still holds `planned`. `change` may
 * throw a WriteRefused (e.g. 'unwritable') to leave the file alone.
 */
export function rewriteFile(abs: string, root: string, planned: string, change: (text: string) => string): void {
  const target = writeTarget(abs);
  if (target !== abs) {
    const inside = relative(realpathSync(root), target);
    if (inside.startsWith('..') || isAbsolute(inside)) throw new WriteRefused('symlink', target);
  }
  let original: Original;
  try {
    const fd = openSync(target, 'r');
    try {
      const st = fstatSync(fd);
      const bytes = readFileSync(fd);
      original = { bytes, size: st.size, mtimeMs: st.mtimeMs };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new WriteRefused('write-failed', (e as NodeJS.ErrnoException).code ?? String(e));
  }
  // Never write a file whose bytes are not UTF-8: decoding would replace them by U+FFFD for good.
  const bad = badUtf8Line(original.bytes as Buffer);
  if (bad !== undefined) throw new WriteRefused('not-utf8', String(bad));
  const raw = (original.bytes as Buffer).toString('utf8');
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = raw.slice(bom.length);
  if (text !== planned) throw new WriteRefused('changed');
  const out = change(text);
  try {
    writeFileAtomic(target, bom + out, { unchangedFrom: original });
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    const detail = e.reason === 'read-only' ? (e.messageId === 'cli.write-readonly-dir' ? `folder ${relative(root, String(e.params.dir)) || '.'}, ${e.params.mode}` : String(e.params.mode)) : String(e.params.detail ?? '');
    throw new WriteRefused(e.reason === 'failed' ? 'write-failed' : e.reason, detail);
  }
}
