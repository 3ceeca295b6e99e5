// Issue 7: a corrupt or ambiguous kode.lock.yaml stops skj code and skj validate with a located
// one-line message (exit 2) and nothing written — never a guess about which entry is right.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES, skj, snapshot } from './helpers.js';

const withRegistry = (name: string) => {
  const dir = copyFixture('code-basic');
  copyFileSync(join(FIXTURES, 'hostile/code-registry', name), join(dir, 'kode.lock.yaml'));
  return dir;
};

describe('a hostile kode.lock.yaml', () => {
  it('with one code written both quoted and unquoted is an error at the second key', async () => {
    const dir = withRegistry('duplicate-quoted-unquoted.yaml');
    const before = snapshot(dir);
    for (const argv of [['code'], ['code', '--check'], ['validate']]) {
      const r = await skj(dir, [...argv, '--lang', 'en']);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^skj: kode\.lock\.yaml:8:3: .*204160000001.*line 3/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([
    ['merge-conflict.yaml', /kode\.lock\.yaml:3:1: .*merge/],
    ['truncated.yaml', /kode\.lock\.yaml:\d+:\d+: /],
    ['not-a-mapping.yaml', /kode\.lock\.yaml:1:1: /],
    ['wrong-version.yaml', /kode\.lock\.yaml:1:10: .*version/],
    ['bad-status.yaml', /kode\.lock\.yaml:6:13: .*status/],
    ['binary.yaml', /kode\.lock\.yaml:\d+:\d+: /],
  ])('%s is a located usage error and nothing is written', async (name, re) => {
    const dir = withRegistry(name);
    const before = snapshot(dir);
    const r = await skj(dir, ['code', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(re);
    expect(r.stderr).not.toMatch(/internal|at .*\.js:/i);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(snapshot(dir)).toEqual(before);
  });
});
