// "Did you mean" suggestions by edit distance over normalised names.
import { nameKey } from './normalize.js';

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length]!;
}

export interface Candidate<T> {
  /** Strings the candidate is known by (names, codes, aliases, known misspellings). */
  keys: string[];
  value: T;
}

/** The closest candidate within a third of the word's length (at least 2 edits, never the whole word), if any. */
export function suggest<T>(word: string, candidates: Iterable<Candidate<T>>): T | undefined {
  const w = nameKey(word);
  const limit = Math.min(Math.max(2, Math.floor(w.length / 3)), w.length - 1);
  let best: { d: number; value: T } | undefined;
  for (const c of candidates) {
    for (const k of c.keys) {
      const key = nameKey(k);
      const d = key === w ? 0 : editDistance(w, key, best ? Math.min(best.d - 1, limit) : limit);
      if (d <= limit && (!best || d < best.d)) best = { d, value: c.value };
    }
  }
  return best?.value;
}
