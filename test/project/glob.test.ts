// skj.yaml patterns: `**` spans folders (none too), `*` and `?` stay within a name, `{a,b}` alternatives;
// files of one folder are matched against the folder's remembered states, so the order of tests must
// not matter.
import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/project/glob.js';

const CASES: [string, string, boolean][] = [
  ['standar/**/*.yaml', 'standar/a.yaml', true],
  ['standar/**/*.yaml', 'standar/x/y/a.yaml', true],
  ['standar/**/*.yaml', 'standar/x/a.yml', false],
  ['standar/**/*.yaml', 'kamus/a.yaml', false],
  ['standar/**/*.yaml', 'standar.yaml', false],
  ['standar/*.yaml', 'standar/x/a.yaml', false],
  ['**/*.yaml', 'a.yaml', true],
  ['**/*.yaml', 'x/y/a.yaml', true],
  ['standar/**', 'standar/x/a.yaml', true],
  ['standar/**', 'standar', true],
  ['**', 'x/y', true],
  ['a/**/**/b.yaml', 'a/b.yaml', true],
  ['a/**/c/*.yaml', 'a/x/c/y/z.yaml', false],
  ['a/**/c/*.yaml', 'a/x/c/z.yaml', true],
  ['s?.yaml', 's1.yaml', true],
  ['s?.yaml', 's12.yaml', false],
  ['*a*b.yaml', 'xaab.yaml', true],
  ['*a*b.yaml', 'xbya.yaml', false],
  ['ab*ab.yaml', 'ab.yaml', false],
  ['ab*ab.yaml', 'abab.yaml', true],
  ['{standar,jabatan}/*.yaml', 'jabatan/a.yaml', true],
  ['{standar,jabatan}/*.yaml', 'kamus/a.yaml', false],
  ['./standar/*.yaml', 'standar/a.yaml', true],
  ['standar/a.yaml', 'standar/a.yaml', true],
  ['standar/a.yaml', 'standar/b.yaml', false],
];

describe('compileGlob', () => {
  it.each(CASES)('%s against %s: %s', (pattern, path, expected) => {
    expect(compileGlob(pattern).test(path)).toBe(expected);
  });

  it('gives the same answers whatever order the paths come in (folder states are remembered)', () => {
    const paths = [...new Set(CASES.map((c) => c[1]))];
    for (const pattern of new Set(CASES.map((c) => c[0]))) {
      const fresh = paths.map((p) => compileGlob(pattern).test(p));
      const glob = compileGlob(pattern);
      expect([...paths, ...[...paths].reverse()].map((p) => glob.test(p))).toEqual([...fresh, ...[...fresh].reverse()]);
    }
  });
});
