// Writing a kode into a standard file. The yaml Document API finds where the field is or belongs;
// the change is spliced into the original text, so comments, key order, quoting, blank lines, line
// endings and a byte-order mark stay exactly as they were. Position of a new `kode:` line: after
// `unit_kerja`, else after `urusan`, else `tingkatan`, else `nama` (the order of the standard format).
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, parseDocument, Scalar, type Pair } from 'yaml';
import { writeFileAtomic, WriteError, writeTarget, type Original } from '../project/write-atomic.js';

export const KODE_ANCHORS = ['unit_kerja', 'urusan', 'tingkatan', 'nama'] as const;

/** Why a kode cannot be written into a text (the edge turns it into a located usage error). */
export class UnwritableError extends Error {}

function topPair(items: unknown[], key: string): Pair | undefined {
  return items.find((p): p is Pair => isPair(p) && isScalar(p.key) && p.key.value === key);
}

/** The text with `kode: "<kode>"` set: the value replaced when the field exists, else a line inserted. */
export function setKodeText(text: string, kode: string): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new UnwritableError('syntax');
  const map = doc.contents;
  if (!isMap(map)) throw new UnwritableError('not-block-map');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const existing = topPair(map.items, 'kode');
  let out: string;
  if (existing) {
    const v = existing.value;
    const keyEnd = (existing.key as Scalar).range![1];
    if (v === null || (isScalar(v) && v.range && v.range[0] === v.range[1])) {
      const colon = text.indexOf(':', keyEnd);
      out = `${text.slice(0, colon + 1)} "${kode}"${text.slice(colon + 1)}`;
    } else if (isScalar(v) && v.range && v.type !== Scalar.BLOCK_FOLDED && v.type !== Scalar.BLOCK_LITERAL) {
      const quoted = v.type === Scalar.QUOTE_SINGLE ? `'${kode}'` : `"${kode}"`;
      out = text.slice(0, v.range[0]) + quoted + text.slice(v.range[1]);
    } else throw new UnwritableError('kode-not-scalar');
  } else {
    const anchor = KODE_ANCHORS.map((k) => topPair(map.items, k)).find((p) => p !== undefined);
    if (!anchor) throw new UnwritableError('no-anchor');
    const key = anchor.key as Scalar;
    const keyStart = key.range![0];
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const indent = text.slice(lineStart, keyStart);
    const ownLine = /^[ \t]*$/.test(indent);
    const valueEnd = (anchor.value as Scalar | null)?.range?.[1] ?? key.range![1];
    if (map.flow) {
      // Flow style or JSON: a pair after the anchor's value, in its quoting, on its own line when the pairs are.
      const q = key.type === Scalar.QUOTE_DOUBLE ? '"' : key.type === Scalar.QUOTE_SINGLE ? "'" : '';
      const sep = ownLine && lineStart > 0 ? `,${eol}${indent}` : ', ';
      out = `${text.slice(0, valueEnd)}${sep}${q}kode${q}: "${kode}"${text.slice(valueEnd)}`;
    } else {
      if (!ownLine) throw new UnwritableError('not-block-map');
      const line = `${indent}kode: "${kode}"`;
      if (valueEnd > 0 && text[valueEnd - 1] === '\n') out = text.slice(0, valueEnd) + line + eol + text.slice(valueEnd);
      else {
        const nl = text.indexOf('\n', valueEnd);
        out = nl < 0 ? text + eol + line : text.slice(0, nl + 1) + line + eol + text.slice(nl + 1);
      }
    }
  }
  // The splice must mean exactly "kode set, nothing else changed".
  const after = parseDocument(out);
  const expected = { ...(doc.toJS() as Record<string, unknown>), kode };
  if (after.errors.length > 0 || !isDeepStrictEqual(after.toJS(), expected)) throw new UnwritableError('verify');
  return out;
}

/** Why skj code leaves a file unwritten; reported for that file while the run goes on. */
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
 * Sets the kode of the standard at `abs`, provided the file still holds `planned` (the text the plan
 * was made from), so that an edit made meanwhile is never overwritten. A symbolic link is written
 * through to its target, only when that target lies inside `root`.
 */
export function writeKode(abs: string, root: string, planned: string, kode: string): void {
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
  let out: string;
  try {
    out = setKodeText(text, kode);
  } catch (e) {
    if (e instanceof UnwritableError) throw new WriteRefused('unwritable', e.message);
    throw e;
  }
  try {
    writeFileAtomic(target, bom + out, { unchangedFrom: original });
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    const detail = e.reason === 'read-only' ? (e.messageId === 'cli.write-readonly-dir' ? `folder ${relative(root, String(e.params.dir)) || '.'}, ${e.params.mode}` : String(e.params.mode)) : String(e.params.detail ?? '');
    throw new WriteRefused(e.reason === 'failed' ? 'write-failed' : e.reason, detail);
  }
}
