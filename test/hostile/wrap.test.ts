// Hostile input for the line breaker: a word far wider than the column is broken by character in
// linear time (issue 7: a 100,000-character word ran render out of memory).
import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../../src/render/pdf/fonts.js';
import { fontMeasurer } from '../../src/render/pdf/index.js';
import { wrap, type Measurer } from '../../src/render/pdf/wrap.js';

/** A measurer that counts how many characters it was asked to measure. */
function counting(inner: Measurer): { chars: number; m: Measurer } {
  const c: { chars: number; m: Measurer } = { chars: 0, m: inner };
  c.m = { width: (t, s, z) => ((c.chars += t.length), inner.width(t, s, z)) };
  return c;
}
const mono: Measurer = { width: (t) => [...t].length * 5 };

describe('wrap: a word wider than the column', () => {
  it('breaks a 100,000-character word by character, measuring each character a bounded number of times', () => {
    const word = 'x'.repeat(100_000);
    const c = counting(mono);
    const lines = wrap(`awal ${word} akhir`, 300, 'regular', 10, c.m);
    expect(lines.join('').replace(/ /g, '') === `awal${word}akhir`).toBe(true);
    for (const l of lines) expect(mono.width(l, 'regular', 10)).toBeLessThanOrEqual(300);
    expect(c.chars).toBeLessThan(20 * word.length);
  });

  it('keeps the real font inside the column and never splits a surrogate pair', () => {
    const m = fontMeasurer(bundledFonts());
    const word = 'Kode/𝐀bc-'.repeat(2_000);
    const lines = wrap(word, 200, 'regular', 10, m);
    expect(lines.join('') === word).toBe(true);
    for (const l of lines) {
      expect(m.width(l, 'regular', 10)).toBeLessThanOrEqual(200.01);
      expect(l).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });
});
