// Issue 7, item 11: SOURCE_DATE_EPOCH past year 9999 (or not a date at all) is refused with a clear
// message; skj code never writes a date it would later reject.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, skj, snapshot } from './helpers.js';

describe('SOURCE_DATE_EPOCH', () => {
  it('past 9999-12-31 or too large is a usage error and nothing is written', async () => {
    const dir = copyFixture('code-basic');
    const before = snapshot(dir);
    for (const value of ['253402300800', '99999999999999999999999', '8640000000000001']) {
      const r = await skj(dir, ['code', '--lang', 'en'], { SOURCE_DATE_EPOCH: value });
      expect(r.code, value).toBe(2);
      expect(r.stderr).toMatch(/SOURCE_DATE_EPOCH.*9999-12-31/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'kode.lock.yaml'))).toBe(false);
  });

  it('on the last second of year 9999 is accepted and read back', async () => {
    const dir = copyFixture('code-basic');
    const r = await skj(dir, ['code'], { SOURCE_DATE_EPOCH: '253402300799' });
    expect(r.code).toBe(0);
    expect((await skj(dir, ['code', '--check'], { SOURCE_DATE_EPOCH: '253402300799' })).code).toBe(0);
    expect((await skj(dir, ['validate'])).code).not.toBe(2);
  });
});
