// Writing a kode into a standard file. The yaml Document API finds where the field is or belongs;
// the change is spliced into the original text, so comments, key order, quoting, blank lines, line
// endings and a byte-order mark stay exactly as they were. Position of a new `kode:` line: after
// `unit_kerja`, else after `urusan`, else `tingkatan`, else `nama` (the order of the standard format).
import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, parseDocument, Scalar, type Pair } from 'yaml';
import { rewriteFile, WriteRefused } from '../project/rewrite.js';

export { WriteRefused, type Refusal } from '../project/rewrite.js';

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

/**
 * Sets the kode of the standard at `abs`, provided the file still holds `planned` (the text the plan
 * was made from), so that an edit made meanwhile is never overwritten (src/project/rewrite.ts).
 */
export function writeKode(abs: string, root: string, planned: string, kode: string): void {
  rewriteFile(abs, root, planned, (text) => {
    try {
      return setKodeText(text, kode);
    } catch (e) {
      if (e instanceof UnwritableError) throw new WriteRefused('unwritable', e.message);
      throw e;
    }
  });
}
