// "Did you mean": the one matcher behind every suggestion skj makes (kompetensi, tingkatan, urusan,
// unknown keys, rules, commands). A name matches when it differs only in case, spacing, punctuation,
// diacritics or a leading list number ("2.Kerjasama"), by a few typing errors ("Perikat Bangsa"), or
// when every word written starts a word of the name ("Surveilans" → "Surveilans Epidemiologi").
// Asked for (the importer's hint for a teknis name its kamus lacks), names are compared by their words
// only, and one that shares half of the distinctive words written matches ("Pengelolaan Manajemen SDM"
// → "Manajemen Sumber Daya Manusia (SDM)"): such a name is another competency, never a misspelling.
// A code matches only when it is the same code written differently ("T3", "t.03"): a code one digit
// away ("T.03" and "M.03") is another competency, so codes are never matched by edit distance.
import { nameKey } from './normalize.js';

// Rows of the distance table, reused between calls (suggestions compare thousands of names).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), or limit + 1
 * once it exceeds `limit`; only the band of cells within `limit` of the diagonal is computed.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  const far = Math.min(limit, Math.max(a.length, n)) + 1; // stands for "beyond the limit"
  const band = far - 1;
  if (rows[0]!.length < n + 2) rows = [new Int32Array(2 * n + 2), new Int32Array(2 * n + 2), new Int32Array(2 * n + 2)];
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j <= band ? j : far;
  prev[n + 1] = far;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(n, i + band);
    cur[lo - 1] = lo === 1 ? Math.min(i, far) : far;
    let rowMin = cur[lo - 1]!;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      if (v > far) v = far;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < n) cur[hi + 1] = far;
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, limit + 1);
}

export interface Candidate<T> {
  /** Names the candidate is known by (names, aliases, known misspellings, ids). */
  keys: string[];
  /** Codes ("T.03", "2.16"): matched only as the same code written differently. */
  codes?: string[];
  value: T;
}

export interface Match<T> {
  value: T;
  /** Lower is closer: 0 the same name or code written differently, 1+ typing errors or words matched. */
  score: number;
  /** The same name or code, or a few typing errors of it: safe to read as this candidate (import does). */
  close: boolean;
}

/** How many suggestions a message offers at most. */
export const MAX_SUGGESTIONS = 3;

export interface SuggestOptions {
  /** Words only, and names that share half of the distinctive words written match too (never close). */
  partial?: boolean;
}

/** The candidates the word may mean, best first: at most `max`, and none far behind the best. */
export function suggestions<T>(word: string, candidates: Iterable<Candidate<T>>, max = MAX_SUGGESTIONS, opts: SuggestOptions = {}): Match<T>[] {
  const w = prepare(word);
  if (!w.compact) return [];
  const code = CODE_LIKE.test(w.loose) ? codeKey(w.loose) : undefined;
  const found = new Map<T, Match<T>>();
  let bound = Infinity; // a match scoring more than the best so far + 1 is never shown
  for (const c of candidates) {
    let m: Omit<Match<T>, 'value'> | undefined;
    if (code !== undefined) {
      if ((c.codes ?? []).some((k) => codeKey(nameKey(k)) === code)) m = { score: 0, close: true };
    } else {
      for (const k of c.keys) {
        const s = scoreName(w, prepare(k), bound, opts.partial);
        if (s && (!m || s.score < m.score)) m = s;
      }
    }
    const prev = found.get(c.value);
    if (m && (!prev || m.score < prev.score)) {
      found.set(c.value, { value: c.value, ...m });
      bound = Math.min(bound, m.score + 1);
    }
  }
  const ranked = [...found.values()].sort((a, b) => a.score - b.score); // stable: candidate order breaks ties
  const best = ranked[0]?.score ?? 0;
  return ranked.filter((m) => (best === 0 ? m.score === 0 : m.score <= best + 1)).slice(0, max);
}

/** The best candidate, if any. */
export function suggest<T>(word: string, candidates: Iterable<Candidate<T>>): T | undefined {
  return suggestions(word, candidates, 1)[0]?.value;
}

interface Prepared {
  loose: string;
  compact: string;
  words: string[];
  /** Letter counts of `compact`, folded into 64 buckets (see bagDistance); made on first use. */
  bag?: Int32Array;
}

/** "2.Kerjasama", "2) Kerjasama": a list number before a name. */
const LIST_NUMBER = /^\(?\d{1,2}\s*[.)]\s*(?=\p{L})/u;
/** Short words that carry no meaning of their own in a competency or urusan name. */
const STOP = new Set(['dan', 'serta', 'atau', 'di', 'ke', 'dari', 'yang', 'pada', 'untuk', 'and', 'of', 'the']);
/** A code: at most a few letters, then numbers ("T.03", "SK1", "2.16", "M 3"). */
const CODE_LIKE = /^\p{L}{0,4}[\s.\-/]*\d+(?:[\s.\-/]+\d+)*$/u;

// Candidate names are prepared once, not once per suggestion (a project pass asks for many).
const prepared = new Map<string, Prepared>();

function prepare(s: string): Prepared {
  let p = prepared.get(s);
  if (!p) {
    if (prepared.size >= 50_000) prepared.clear();
    prepared.set(s, (p = fold(s)));
  }
  return p;
}

function fold(s: string): Prepared {
  const loose = nameKey(s).normalize('NFD').replace(/\p{M}/gu, '').replace(LIST_NUMBER, '');
  return { loose, compact: loose.replace(/[^\p{L}\p{N}]/gu, ''), words: loose.split(/[^\p{L}\p{N}]+/u).filter((x) => x && !STOP.has(x)) };
}

/** A code's letters and numbers without separators or leading zeros: "T.03", "t3" and "T 03" are "t|3". */
function codeKey(s: string): string {
  return (s.match(/\p{L}+|\d+/gu) ?? []).map((p) => (/\d/.test(p) ? String(Number(p)) : p.toLowerCase())).join('|');
}

function scoreName(w: Prepared, k: Prepared, bound: number, partial = false): Omit<Match<never>, 'value'> | undefined {
  if (!k.compact) return undefined;
  if (w.compact === k.compact) return { score: 0, close: true };
  if (partial) {
    const words = wordsScore(w.words, k.words, true);
    return words === undefined ? undefined : { score: words, close: false };
  }
  // Typing errors: within a third of the word's length (at least 2 edits, but fewer than half its
  // letters: "nope" is not "code").
  const limit = Math.min(Math.max(2, Math.floor(w.compact.length / 3)), Math.ceil(w.compact.length / 2) - 1, Math.floor(bound));
  // Most names are far from the word: the letter counts show it at a fraction of the table's cost.
  const d = bagDistance(w, k) > limit ? limit + 1 : editDistance(w.compact, k.compact, limit);
  const words = wordsScore(w.words, k.words);
  if (d <= limit && (words === undefined || d <= words)) return { score: d, close: true };
  return words === undefined ? undefined : { score: words, close: false };
}

/**
 * A lower bound of the edit distance: each edit changes the letter counts by at most one on each side
 * (an adjacent transposition not at all). Folding letters into shared buckets only lowers it, so it
 * stays a bound for any text.
 */
function bagDistance(a: Prepared, b: Prepared): number {
  const x = bagOf(a);
  const y = bagOf(b);
  let more = 0;
  let fewer = 0;
  for (let i = 0; i < 64; i++) {
    const d = x[i]! - y[i]!;
    if (d > 0) more += d;
    else fewer -= d;
  }
  return Math.max(more, fewer);
}

function bagOf(p: Prepared): Int32Array {
  if (!p.bag) {
    p.bag = new Int32Array(64);
    for (let i = 0; i < p.compact.length; i++) p.bag[p.compact.charCodeAt(i) & 63]!++;
  }
  return p.bag;
}

/** Words that say what is done, not to what ("Pengelolaan Keuangan"): sharing one says little. */
const GENERIC = new Set(['pengelolaan', 'penyusunan', 'manajemen']);

/**
 * Every word written starts a different word of the name (or is one typing error from it), in any
 * order: 1, plus a little for each shortened or mistyped word and for each word of the name not written.
 * `partial`: a written word the name lacks costs 1, as long as half of the distinctive words written
 * (three letters or more, not GENERIC) are found.
 */
function wordsScore(written: string[], name: string[], partial = false): number | undefined {
  if (!written.length || written.join('').length < 4 || (!partial && written.length > name.length)) return undefined;
  const used = new Set<number>();
  let cost = 0;
  let distinctive = 0;
  let found = 0;
  for (const x of written) {
    let bestJ = -1;
    let bestCost = Infinity;
    name.forEach((y, j) => {
      if (used.has(j)) return;
      const c = x === y ? 0 : x.length >= 4 && y.startsWith(x) ? 0.25 : x.length >= 5 && y.length >= 5 && editDistance(x, y, 1) <= 1 ? 0.5 : Infinity;
      if (c < bestCost) [bestJ, bestCost] = [j, c];
    });
    const counts = x.length >= 3 && !GENERIC.has(x);
    if (counts) distinctive++;
    if (bestJ < 0) {
      if (!partial) return undefined;
      cost += 1;
      continue;
    }
    if (counts) found++;
    used.add(bestJ);
    cost += bestCost;
  }
  if (partial && (distinctive === 0 || found < Math.ceil(distinctive / 2))) return undefined;
  return 1 + cost + 0.5 * (name.length - used.size);
}
