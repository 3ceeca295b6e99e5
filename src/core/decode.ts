// Bytes to text: skj reads UTF-8 only, and says so (with the place of the first bad byte) instead of
// silently replacing what it cannot read, so that no command ever writes a file it misread.
import { isUtf8 } from 'node:buffer';

export type UnreadableReason = 'not-utf8' | 'utf16' | 'too-large' | 'not-a-file' | 'bad-name';

/** Why a file's bytes are not YAML text skj can read; where, and the message parameters. */
export interface Unreadable {
  reason: UnreadableReason;
  line: number;
  column: number;
  params: Record<string, string | number>;
}

export interface Decoded {
  /** The text (a byte-order mark removed); when unreadable, a best-effort decoding for display. */
  text: string;
  unreadable?: Unreadable;
}

const lossy = new TextDecoder('utf-8');

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    // Second byte ranges exclude overlong forms, surrogates and code points above U+10FFFF.
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    const b1 = b[i + 1];
    if (b1 === undefined || b1 < lo || b1 > hi) return i;
    for (let k = 2; k <= n; k++) if (b[i + k] === undefined || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const b = bytes;
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0 && b[1] !== 0) || (b[0] !== 0 && b[1] === 0))) {
    const le = b[0] === 0xff || b[1] === 0;
    return { text: '', unreadable: { reason: 'utf16', line: 1, column: 1, params: { encoding: le ? 'UTF-16LE' : 'UTF-16BE' } } };
  }
  const text = lossy.decode(b).replace(/^\uFEFF/, '');
  if (isUtf8(b)) return { text };
  const at = firstInvalidUtf8(b);
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < at; i++) if (b[i] === 0x0a) (line++, (lineStart = i + 1));
  const column = lossy.decode(b.subarray(lineStart, at)).replace(/^\uFEFF/, '').length + 1;
  return { text, unreadable: { reason: 'not-utf8', line, column, params: { byte: `0x${b[at]!.toString(16).toUpperCase().padStart(2, '0')}` } } };
}
