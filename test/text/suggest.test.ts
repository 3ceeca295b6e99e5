// The matcher's edit distance computes only a band of the table: it must agree with the full table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, suggestions } from '../../src/text/suggest.js';

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

describe('suggestions', () => {
  // The letter-count bound that skips most of the table must never hide a typing error: letters
  // that share a bucket ('p' and '0', 'a' and 'q' do not) and spaces included.
  it('finds every name one typing error away, whatever its letters', () => {
    const letter = fc.constantFrom('a', 'p', 'q', '0', 'é', 'k');
    const name = fc.string({ unit: letter, minLength: 6, maxLength: 20 });
    fc.assert(
      fc.property(name, fc.nat(), letter, fc.constantFrom('replace', 'insert', 'delete', 'swap'), (n, at, c, edit) => {
        const i = at % n.length;
        const typed =
          edit === 'replace' ? n.slice(0, i) + c + n.slice(i + 1)
          : edit === 'insert' ? n.slice(0, i) + c + n.slice(i)
          : edit === 'delete' ? n.slice(0, i) + n.slice(i + 1)
          : i + 1 < n.length ? n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2) : n;
        const found = suggestions(`Kepala ${typed}`, [{ keys: ['Sekretaris Daerah Kabupaten'], value: 'other' }, { keys: [`Kepala ${n}`], value: 'it' }]);
        expect(found[0]).toMatchObject({ value: 'it', close: true });
      }),
      { numRuns: 3000 },
    );
  });
});
