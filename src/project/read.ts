// Reading input files at the edge: as bytes, bounded in size, only regular files. A file that cannot
// be read as UTF-8 YAML text comes back marked `unreadable` (reported, never parsed or written);
// the others are still checked.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeBytes, type Unreadable } from '../core/decode.js';
import { MAX_FILE_BYTES, MAX_REGISTRY_BYTES } from '../core/limits.js';
import { REGISTRY_FILE } from '../model/registry.js';
import type { SourceFile } from '../core/source.js';
import { UsageError } from './errors.js';

const MB = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;

/** The file at `abs` as a source; `path` is its display path. Fails only when the OS refuses to read it. */
export function readSource(abs: string, path: string): SourceFile {
  const at = (reason: Unreadable['reason'], params: Unreadable['params'] = {}): SourceFile => ({ path, text: '', unreadable: { reason, line: 1, column: 1, params } });
  // The registry grows with every code ever issued, so it gets its own, larger bound.
  const limit = basename(abs) === REGISTRY_FILE ? MAX_REGISTRY_BYTES : MAX_FILE_BYTES;
  let bytes: Buffer;
  try {
    const st = statSync(abs);
    // FIFOs and devices (/dev/zero) would block or never end.
    if (!st.isFile()) return at('not-a-file');
    if (st.size > limit) return at('too-large', { size: MB(st.size), limit: MB(limit) });
    bytes = readFileSync(abs);
  } catch (e) {
    throw new UsageError('cli.unreadable', { path, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  // The file may have grown between stat and read.
  if (bytes.length > limit) return at('too-large', { size: MB(bytes.length), limit: MB(limit) });
  const { text, unreadable } = decodeBytes(bytes);
  return unreadable ? { path, text, unreadable } : { path, text };
}

/**
 * A file that the command cannot do without (skj.yaml, kode.lock.yaml): its text, or a usage error
 * (exit 2) saying why it cannot be read.
 */
export function readRequired(abs: string, path: string): string {
  const file = readSource(abs, path);
  const u = file.unreadable;
  if (!u) return file.text;
  if (u.reason === 'not-a-file' && statSafe(abs)?.isDirectory()) throw new UsageError('cli.is-folder', { path });
  throw new UsageError(`cli.unreadable.${u.reason}`, { where: `${path}:${u.line}:${u.column}`, path, ...u.params });
}

function statSafe(abs: string) {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}
