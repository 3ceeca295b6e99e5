// The seeds' real defects, encoded in test/fixtures/<seed>/, yield exactly their expected
// diagnostics; the corrected examples yield none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, validateJson } from './support/cli.js';

interface Expected {
  file: string;
  line: number;
  rule: string;
  seed: string;
}

const key = (d: { file: string; line: number; rule: string }) => `${d.file}:${d.line} ${d.rule}`;

describe.each(['kominfo-tasikmalaya', 'purwakarta'])('seed fixture %s', (name) => {
  const dir = `test/fixtures/${name}`;

  it('yields exactly the expected diagnostics', async () => {
    const expected = (parse(readFileSync(join(ROOT, dir, 'expected.yaml'), 'utf8')) as Expected[]).map((e) => key({ ...e, file: `${dir}/${e.file}` }));
    const { code, report } = await validateJson([dir]);
    expect(code).toBe(1);
    expect(report.diagnostics.map(key).sort()).toEqual(expected.sort());
  });

  it('has a clean counterpart in examples/', async () => {
    const { code, report } = await validateJson([`examples/${name}`]);
    expect(report.diagnostics).toEqual([]);
    expect(code).toBe(0);
  });
});
