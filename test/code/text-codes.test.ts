// Issue 7, item 3: every 12-digit code written anywhere in a standard's text counts as used — a YAML
// number, a file that does not parse, a comment — so its number is never issued again.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyFixture, read, skj } from './helpers.js';

describe('codes written in a file but not readable as its kode', () => {
  it('are never issued to another standard', async () => {
    const dir = copyFixture('hostile/code-text-codes');
    const r = await skj(dir, ['code', '--format', 'json']);
    const out = JSON.parse(r.stdout) as { assignments: { file: string; kode: string }[] };
    const given = out.assignments.map((a) => a.kode);
    expect(given).toEqual(['204160000004', '204160000005']);
    expect(out.assignments.map((a) => a.file)).toEqual(['standar/b-baru.yaml', 'standar/d-komentar.yaml']);
    const registry = parse(read(dir, 'kode.lock.yaml')) as { kode: Record<string, { berkas: string }> };
    for (const k of ['204160000001', '204160000002', '204160000003']) expect(registry.kode[k]?.berkas ?? '').not.toMatch(/b-baru|d-komentar/);
  });
});
