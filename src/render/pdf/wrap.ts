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
    const pieces = m.width(word, style, size) > maxWidth ? breakWord(word, maxWidth, style, size, m) : [word];
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1]!;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Pieces of a word wider than the line, each the longest run that fits (preferably ending after
 * "/" or "-"; at least one character). Linear in the word's length: widths are summed per
 * character (cached by the measurer), and only each piece is measured as a whole, to allow for
 * kerning. Never splits a surrogate pair.
 */
function breakWord(word: string, maxWidth: number, style: Style, size: number, m: Measurer): string[] {
  const chars = Array.from(word);
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start + 1;
    let w = m.width(chars[start]!, style, size);
    while (end < chars.length) {
      const cw = m.width(chars[end]!, style, size);
      if (w + cw > maxWidth) break;
      w += cw;
      end++;
    }
    while (end - start > 1 && m.width(chars.slice(start, end).join(''), style, size) > maxWidth) end--;
    if (end < chars.length)
      for (let i = end; i > start + (end - start) / 2; i--)
        if (chars[i - 1] === '/' || chars[i - 1] === '-') {
          end = i;
          break;
        }
    pieces.push(chars.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}
