// Line breaking against real font metrics. Breaks at spaces; a word wider than the line is broken
// after "/" or "-" if possible, else between characters, so that no text ever leaves its box.

export type Style = 'regular' | 'bold' | 'italic' | 'boldItalic';

export interface Measurer {
  /** Advance width in points of `text` set in `style` at `size`. */
  width(text: string, style: Style, size: number): number;
}

/** Caches word widths: a lampiran repeats the same kamus words thousands of times. */
export class CachedMeasurer implements Measurer {
  private readonly cache = new Map<string, number>();
  constructor(private readonly inner: Measurer) {}
  width(text: string, style: Style, size: number): number {
    const key = `${style}\u0000${size}\u0000${text}`;
    let w = this.cache.get(key);
    if (w === undefined) {
      w = this.inner.width(text, style, size);
      this.cache.set(key, w);
    }
    return w;
  }
}

export function wrap(text: string, maxWidth: number, style: Style, size: number, m: Measurer): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (m.width(candidate, style, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (m.width(rest, style, size) > maxWidth) {
      const cut = breakWord(rest, maxWidth, style, size, m);
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** Longest prefix that fits, preferably ending after "/" or "-"; at least one character. */
function breakWord(word: string, maxWidth: number, style: Style, size: number, m: Measurer): number {
  let fit = 1;
  while (fit < word.length && m.width(word.slice(0, fit + 1), style, size) <= maxWidth) fit++;
  for (let i = fit; i > fit / 2; i--) if (word[i - 1] === '/' || word[i - 1] === '-') return i;
  return fit;
}
