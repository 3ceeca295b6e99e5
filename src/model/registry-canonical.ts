// kode.lock.yaml in the one form `skj code` writes (stringifyRegistry in src/code/registry-file.ts): read
// line by line, as the registry of a national repository (165,000 codes, 25 MB) is on every validate.
// Anything else (a hand edit, a comment, a quoted style this reader does not know, a duplicate, a
// value the schema refuses) returns undefined, and the general path (a YAML parser and the zod schema,
// which also locates every error) decides. The result is what that path gives for the same text.
import type { Registry, RegistryEntry, RegistryStatus } from './registry.js';

const KEY = /^ {2}"(\d{12})":$/;
const DATE = /^"(\d{4}-\d{2}-\d{2})"$/;
const CODE = /^"(\d{12})"$/;
// A plain scalar that YAML reads as this very text: no indicator first, no `: ` or ` #` inside, no
// surrounding space, no control or special characters, and not a null, boolean or number of the core schema.
const PLAIN = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^\s:#]| (?=[^\s#])|:(?=\S))*$/;
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9.].*|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const ODD = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;

/** A text value as the writer writes it: plain, or double-quoted JSON-compatible. */
function text(raw: string): string | undefined {
  if (raw.startsWith('"')) {
    try {
      const s = JSON.parse(raw) as unknown;
      return typeof s === 'string' && !ODD.test(raw) && !ODD.test(s) ? s : undefined;
    } catch {
      return undefined;
    }
  }
  return PLAIN.test(raw) && !NOT_TEXT.test(raw) && !ODD.test(raw) ? raw : undefined;
}

const FIELD_INDENT = '    ';

/** The registry, when the text is in the canonical form; otherwise undefined (take the general path). */
export function readCanonical(source: string): Registry | undefined {
  if (source.includes('\r') || !source.endsWith('\n')) return undefined;
  const lines = source.split('\n');
  lines.pop();
  let i = 0;
  while (i < lines.length && lines[i]!.startsWith('#')) i++;
  if (lines[i++] !== 'version: 1') return undefined;
  const kode: Record<string, RegistryEntry> = {};
  if (lines[i] === 'kode: {}') return i + 1 === lines.length ? { version: 1, kode } : undefined;
  if (lines[i++] !== 'kode:') return undefined;
  while (i < lines.length) {
    const key = KEY.exec(lines[i++]!)?.[1];
    if (key === undefined || Object.hasOwn(kode, key)) return undefined;
    let berkas: string | undefined, nama: string | undefined, status: string | undefined, tanggal: string | undefined;
    let pensiun: string | undefined, pengganti: string | undefined;
    for (; i < lines.length && lines[i]!.startsWith(FIELD_INDENT); i++) {
      const line = lines[i]!;
      const colon = line.indexOf(': ', 4);
      if (colon < 0) return undefined;
      const raw = line.slice(colon + 2);
      switch (line.slice(4, colon)) {
        case 'berkas':
          if (berkas !== undefined || (berkas = text(raw)) === undefined) return undefined;
          break;
        case 'nama':
          if (nama !== undefined || (nama = text(raw)) === undefined) return undefined;
          break;
        case 'status':
          if (status !== undefined || (raw !== 'aktif' && raw !== 'pensiun')) return undefined;
          status = raw;
          break;
        case 'tanggal':
          if (tanggal !== undefined || (tanggal = DATE.exec(raw)?.[1]) === undefined) return undefined;
          break;
        case 'pensiun':
          if (pensiun !== undefined || (pensiun = DATE.exec(raw)?.[1]) === undefined) return undefined;
          break;
        case 'pengganti':
          if (pengganti !== undefined || (pengganti = CODE.exec(raw)?.[1]) === undefined) return undefined;
          break;
        default:
          return undefined;
      }
    }
    if (berkas === undefined || nama === undefined || status === undefined || tanggal === undefined) return undefined;
    // The fields in the schema's order, as zod gives them.
    const entry: RegistryEntry = { berkas, nama, status: status as RegistryStatus, tanggal };
    if (pensiun !== undefined) entry.pensiun = pensiun;
    if (pengganti !== undefined) entry.pengganti = pengganti;
    kode[key] = entry;
  }
  return { version: 1, kode };
}
