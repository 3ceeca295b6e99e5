// Writing a kode into a standard file. The yaml Document API finds where the field is or belongs;
// the change is spliced into the original text, so comments, key order, quoting, blank lines, line
// endings and a byte-order mark stay exactly as they were. Position of a new `kode:` line: after
// `unit_kerja`, else after `urusan`, else `tingkatan`, else `nama` (the order of the standard format).
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, parseDocument, Scalar, type Pair } from 'yaml';
import { UsageError } from '../project/errors.js';
import { writeFileAtomic } from '../project/write-atomic.js';

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
  if (!isMap(map) || map.flow) throw new UnwritableError('not-block-map');
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
    const indent = text.slice(text.lastIndexOf('\n', keyStart - 1) + 1, keyStart);
    if (!/^[ \t]*$/.test(indent)) throw new UnwritableError('not-block-map');
    const valueEnd = (anchor.value as Scalar | null)?.range?.[1] ?? key.range![1];
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const line = `${indent}kode: "${kode}"`;
    if (valueEnd > 0 && text[valueEnd - 1] === '\n') out = text.slice(0, valueEnd) + line + eol + text.slice(valueEnd);
    else {
      const nl = text.indexOf('\n', valueEnd);
      out = nl < 0 ? text + eol + line : text.slice(0, nl + 1) + line + eol + text.slice(nl + 1);
    }
  }
  // The splice must mean exactly "kode set, nothing else changed".
  const after = parseDocument(out);
  const expected = { ...(doc.toJS() as Record<string, unknown>), kode };
  if (after.errors.length > 0 || !isDeepStrictEqual(after.toJS(), expected)) throw new UnwritableError('verify');
  return out;
}

/** Writes `text` to `abs` through a temporary file in the same folder and a rename, keeping the file mode. */
/**
 * Sets the kode of the standard at `abs`, provided the file still holds `planned` (the text the plan
 * was made from), so that an edit made meanwhile is never overwritten.
 */
export function writeKode(abs: string, file: string, planned: string, kode: string): void {
  const raw = readFileSync(abs, 'utf8');
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = raw.slice(bom.length);
  if (text !== planned) throw new UsageError('cli.code.changed', { file });
  let out: string;
  try {
    out = setKodeText(text, kode);
  } catch (e) {
    if (e instanceof UnwritableError) throw new UsageError('cli.code.unwritable', { file });
    throw e;
  }
  writeFileAtomic(abs, bom + out, file);
}
