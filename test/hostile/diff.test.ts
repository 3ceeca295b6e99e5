// The text-drift word diff on hostile sizes (issue 7, item 9): a 240 KB kamus text quoted with one
// word changed ran validate out of memory (a words × words table). Now: a bounded Myers diff, and
// past its limits "differs" without a diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_DIFF_WORDS } from '../../src/core/limits.js';
import { wordDiff } from '../../src/text/diff.js';
import { SEKRETARIS, project, run } from './support.js';

vi.setConfig({ testTimeout: 30_000 });

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i % 50}`);

describe('word diff limits', () => {
  it('shows one changed word in a long text', () => {
    const a = words(MAX_DIFF_WORDS);
    const b = [...a];
    b[1000] = 'GANTI';
    expect(wordDiff(a.join(' '), b.join(' '))).toBe('… kata47 kata48 kata49 [-kata0-] {+GANTI+} kata1 kata2 kata3 …');
  });

  it('gives up past the word or edit limit instead of building a table', () => {
    expect(wordDiff(words(35_000).join(' '), words(35_000).join(' ').replace('kata7', 'x'))).toBeUndefined();
    expect(wordDiff(words(1000).join(' '), words(1000).map((w) => `${w}x`).join(' '))).toBeUndefined();
  });

  it('skj validate reports a 240 KB quoted kamus text with one word changed as differing, without a diff', async () => {
    const big = words(35_000).join(' ');
    const dir = project();
    const kamus = join(dir, 'kamus/teknis.yaml');
    writeFileSync(kamus, readFileSync(kamus, 'utf8').replace('deskripsi: "Mampu menyusun dan mengkoordinasikan pengelolaan manajemen SDM"', `deskripsi: "${big}"`));
    const std = join(dir, SEKRETARIS);
    writeFileSync(std, readFileSync(std, 'utf8').replace(/^ {4}T\.01: 3.*$/m, `    T.01:\n      level: 2\n      deskripsi: "${big.replace('kata7 ', 'kata7x ')}"`));
    const r = await run(['validate', '--format', 'json'], dir);
    const d = JSON.parse(r.stdout).diagnostics.find((x: { rule: string }) => x.rule === 'kompetensi/text-drift');
    expect(d.message).toContain('Deskripsi T.01 level 2 berbeda dari kamus; bedanya tidak ditunjukkan');
    expect(d.message.length).toBeLessThan(2_000);
  });
});
