// The matcher's edit distance computes only a band of the table: it must agree with the full table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/suggest.js';

/** The textbook optimal string alignment distance over the whole table. */
function full(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('equals the full table, capped at limit + 1', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 14 });
    fc.assert(
      fc.property(word, word, fc.option(fc.nat(8), { nil: undefined }), (a, b, limit) => {
        const want = full(a, b);
        expect(editDistance(a, b, limit)).toBe(limit === undefined ? want : Math.min(want, limit + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('handles long names after short ones (reused rows grow)', () => {
    expect(editDistance('surveilans epidemiologi', 'surveilans epidemologi', 3)).toBe(1);
    const long = 'pengelolaan barang milik daerah '.repeat(8);
    expect(editDistance(long, `${long}x`, 2)).toBe(1);
  });
});
