// The line reader of kode.lock.yaml (src/model/registry-canonical.ts) gives exactly what the general
// path (a YAML parser and the zod schema) gives, or declines: on registries written by skj code with
// awkward names and paths, and on those texts edited by hand at random.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readCanonical } from '../../src/model/registry-canonical.js';
import { stringifyRegistry } from '../../src/code/registry-file.js';
import { registrySchema, type Registry } from '../../src/model/registry.js';

/** The general path: yaml's reading of the text, checked by the schema (undefined when either refuses). */
function general(text: string): Registry | undefined {
  try {
    const r = registrySchema.safeParse(parse(text));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

const piece = fc.constantFrom('Kepala', 'Dinas', ' ', '  ', ':', ': ', ' #', '#', '"', "'", '\\', '-', '- ', '[', ']', '{', '}', ',', '&', '*', '!', '%', '@', '`', '|', '>', '?', '1', '0x1', '.5', 'true', 'null', '~', 'é', '\t', '\u0085', '\u2028', '\ufeff', '/', 'standar/a.yaml');
const words = fc.array(piece, { minLength: 0, maxLength: 6 }).map((a) => a.join(''));
const date = fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const code = fc.integer({ min: 100000000000, max: 399999999999 }).map(String);
const entry = fc.record(
  { berkas: words, nama: words, status: fc.constantFrom('aktif' as const, 'pensiun' as const), tanggal: date, pensiun: date, pengganti: code },
  { requiredKeys: ['berkas', 'nama', 'status', 'tanggal'] },
);
const registry = fc.dictionary(code, entry, { maxKeys: 6 }).map((kode): Registry => ({ version: 1, kode }));

describe('kode.lock.yaml line reader', () => {
  it('reads what skj code writes exactly as the general path does, or declines', () => {
    fc.assert(
      fc.property(registry, (r) => {
        const text = stringifyRegistry(r);
        const fast = readCanonical(text);
        if (fast !== undefined) expect(fast).toEqual(general(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads ordinary registries itself (the fast path is taken)', () => {
    const r: Registry = {
      version: 1,
      kode: {
        '102010000001': { berkas: 'standar/kepala-dinas.yaml', nama: 'Kepala Dinas Komunikasi dan Informatika', status: 'aktif', tanggal: '2025-01-01' },
        '204160000002': { berkas: 'standar/lama.yaml', nama: 'Kepala Seksi: Data & Statistik', status: 'pensiun', tanggal: '2024-01-01', pensiun: '2025-02-03', pengganti: '204160000003' },
        '204160000003': { berkas: 'standar/analis "data".yaml', nama: "Analis Jum'at, Sandi", status: 'aktif', tanggal: '2025-02-03' },
      },
    };
    expect(readCanonical(stringifyRegistry(r))).toEqual(r);
    expect(readCanonical(stringifyRegistry({ version: 1, kode: {} }))).toEqual({ version: 1, kode: {} });
  });

  it('declines or agrees on hand-edited texts (lines changed, removed, doubled)', () => {
    const edit = fc.tuple(fc.nat(), fc.constantFrom('drop', 'double', 'replace', 'append'), words);
    fc.assert(
      fc.property(registry, fc.array(edit, { minLength: 1, maxLength: 3 }), (r, edits) => {
        const lines = stringifyRegistry(r).split('\n');
        for (const [at, kind, text] of edits) {
          const i = at % lines.length;
          if (kind === 'drop') lines.splice(i, 1);
          else if (kind === 'double') lines.splice(i, 0, lines[i]!);
          else if (kind === 'replace') lines[i] = lines[i]!.replace(/: .*$/, `: ${text}`);
          else lines[i] += text;
        }
        const text = lines.join('\n');
        const fast = readCanonical(text);
        if (fast !== undefined) expect(fast).toEqual(general(text));
      }),
      { numRuns: 3000 },
    );
  });
});
