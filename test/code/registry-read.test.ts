// kode.lock.yaml is read by the fast path (it grows to one entry per code ever issued); an invalid
// registry still gets a located message from the slow path.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, read, skj } from './helpers.js';

describe('kode.lock.yaml reading', () => {
  it('reports a code recorded twice at the second entry, with its line', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    const text = read(dir, 'kode.lock.yaml');
    const first = /^ {2}"(\d{12})":\n(?: {4}.*\n)+/m.exec(text)!;
    writeFileSync(join(dir, 'kode.lock.yaml'), text + first[0]);
    const line = (text + first[0]).split('\n').length - first[0].split('\n').length + 1;
    const r = await skj(dir, ['code', '--check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`kode.lock.yaml:${line}:3`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads a registry written in styles the fast path leaves to the full parser', async () => {
    const dir = copyFixture('code-basic');
    await skj(dir, ['code']);
    const text = read(dir, 'kode.lock.yaml');
    // An anchor, a tag and a quoted name that spans two lines: the same registry.
    const styled = text
      .replace(/^version: 1$/m, 'version: !!int 1')
      .replace(/^( {4}nama: )(.*)$/m, (_, k: string, v: string) => `${k}"${v.replace(/^"|"$/g, '').replace(' ', '\n      ')}"`)
      .replace(/^( {4}status: aktif)$/m, '$1 # &a');
    writeFileSync(join(dir, 'kode.lock.yaml'), styled);
    const r = await skj(dir, ['code', '--check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
