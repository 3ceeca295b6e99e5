// Issue 7, item 11 for skj render: SOURCE_DATE_EPOCH is checked as skj code checks it (a whole number
// of seconds up to 9999-12-31), refused before any work with one clear line and exit 2; every date up
// to then renders, also in Word, whose zip dates stop at 2099.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { PURWAKARTA, cli, tempDir } from './support.js';

vi.setConfig({ testTimeout: 60_000 });

describe('skj render with SOURCE_DATE_EPOCH', () => {
  it.each([
    ['253402300800', /SOURCE_DATE_EPOCH.*«253402300800».*9999-12-31/],
    ['99999999999999999999', /SOURCE_DATE_EPOCH.*9999-12-31/],
    ['kemarin', /SOURCE_DATE_EPOCH.*«kemarin».*whole number of seconds/],
  ])('refuses %s in one line, exit 2, writing nothing', async (value, pattern) => {
    const out = tempDir();
    const r = await cli(['render', PURWAKARTA, '--format', 'md', '--out', join(out, 'lampiran.md'), '--lang', 'en'], { SOURCE_DATE_EPOCH: value });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(out)).toEqual([]);
  });

  it('renders Word up to the last second of 9999, the zip dates held at 2099', async () => {
    for (const [value, year] of [['4102444800', '2100'], ['253402300799', '9999']] as const) {
      const out = tempDir();
      const r = await cli(['render', PURWAKARTA, '--format', 'docx', '--out', join(out, 'lampiran.docx')], { SOURCE_DATE_EPOCH: value });
      expect(r.code, r.stderr).toBe(0);
      const file = join(out, 'lampiran.docx');
      expect(existsSync(file)).toBe(true);
      const bytes = readFileSync(file);
      expect(strFromU8(unzipSync(bytes)['docProps/core.xml']!)).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${year}-`);
      // the first local file header's DOS date: bits 9–15 are the year since 1980
      expect((bytes.readUInt16LE(12) >> 9) + 1980).toBe(2099);
    }
  });
});
