import { readFileSync, readdirSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { standarSchema } from '../src/model/standar.js';
import { kamusSchema } from '../src/model/kamus.js';
import { configSchema } from '../src/model/config.js';
import { textKey, indikatorNumber } from '../src/text/normalize.js';

const load = (p: string) => {
  const d = parseDocument(readFileSync(p, 'utf8'), { uniqueKeys: true });
  expect(d.errors).toEqual([]);
  return d.toJS();
};
const issues = (r: any) => (r.success ? [] : r.error.issues.map((i: any) => `${i.code}:${i.path.join('.')}:${i.message}`));

describe('purwakarta', () => {
  for (const root of ['examples/purwakarta', 'test/fixtures/purwakarta']) {
    it(`${root} config+kamus`, () => {
      expect(issues(configSchema.safeParse(load(`${root}/skj.yaml`)))).toEqual([]);
      expect(issues(kamusSchema.safeParse(load(`${root}/kamus/sosial-kultural.yaml`)))).toEqual([]);
    });
    for (const f of readdirSync(`${root}/standar`)) {
      it(`${root}/standar/${f}`, () => {
        const r = standarSchema.safeParse(load(`${root}/standar/${f}`));
        console.log(root, f, issues(r));
        if (root.startsWith('examples')) expect(issues(r)).toEqual([]);
      });
    }
  }
  it('textKey parity', () => {
    const cases = JSON.parse(readFileSync('/tmp/pwk/tk.json', 'utf8')) as [string, string][];
    for (const [s, py] of cases) expect(textKey(s)).toBe(py);
    expect(indikatorNumber('4.1 Menginisiasi')).toEqual([4, 1]);
    expect(indikatorNumber('4.4. Menerapkan')).toEqual([4, 4]);
  });
});
