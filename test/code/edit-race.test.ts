// Issue 7, item 5: an edit saved while skj code writes is never lost. The edit is made to land at the
// worst moment — after skj code read the file and wrote its temporary copy, before the rename — by
// wrapping fs.writeFileSync for this test file only.
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const race: { target?: string; edit?: string } = {};
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const writeFileSync: typeof real.writeFileSync = (file, data, options) => {
    real.writeFileSync(file, data, options);
    if (typeof file === 'string' && file.endsWith('.tmp') && race.target && file.startsWith(`${dirname(race.target)}/.${basename(race.target)}.`) && race.edit !== undefined) {
      real.writeFileSync(race.target, race.edit); // the user's editor saves now
      race.target = undefined;
    }
  };
  return { ...real, default: { ...real, writeFileSync }, writeFileSync };
});

const { copyFixture, read, skj } = await import('./helpers.js');

describe('an edit saved while skj code writes', () => {
  it('is kept: the file is checked again right before the rename and reported, the others are written', async () => {
    const dir = copyFixture('code-basic');
    const path = 'standar/sekretaris.yaml';
    const edit = read(dir, path).replace('ikhtisar: Mengoordinasikan kesekretariatan.', 'ikhtisar: Disunting saat skj code berjalan.');
    race.target = join(dir, path);
    race.edit = edit;
    const r = await skj(dir, ['code', '--lang', 'en']);
    expect(read(dir, path)).toBe(edit);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/standar\/sekretaris\.yaml: .*changed/);
    expect(fs.readdirSync(join(dir, 'standar')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // the files written before the edit keep their codes and the registry records them
    expect(read(dir, 'kode.lock.yaml')).toContain('standar/kepala-dinas.yaml');
    // the next run gives the edited file its code
    expect((await skj(dir, ['code'])).code).toBe(0);
    expect(read(dir, path)).toContain('Disunting saat skj code berjalan.');
    expect(read(dir, path)).toContain('kode: "204160000001"');
  });
});
