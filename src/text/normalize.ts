// Text normalisation used to compare names and kamus text, so that typography differences
// (whitespace, case, HTML from converted documents, trailing punctuation) never count as changes.

/** Key for name lookups: NFKC, case-folded, single spaces, no surrounding punctuation. */
export function nameKey(s: string): string {
  let k = singleSpaces(s.normalize('NFKC').toLowerCase());
  // Only when there is something to strip: most names are clean (165,000 of them in a repository).
  if (EDGE.test(k.charAt(0)) || EDGE.test(k.charAt(k.length - 1))) k = k.replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');
  return k;
}

/** Runs of white space (tabs, no-break spaces, newlines) as one space; the text itself when it has none. */
export function singleSpaces(s: string): string {
  return ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

const ODD_SPACE = /[^\S ]| {2}/;
const EDGE = /[\s.,;:]/;

const LEADING_NUMBER = /^\s*(\d+)\s*\.\s*(\d+)\s*\.?\s*/;

/** The "4.1." an indikator may start with, as [level, position]. */
export function indikatorNumber(s: string): [number, number] | undefined {
  const m = LEADING_NUMBER.exec(s);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** The indikator without the "4.1." it may start with (an imported text keeps its printed number). */
export function withoutIndikatorNumber(s: string): string {
  return s.replace(LEADING_NUMBER, '');
}

/** Kamus text key: strips HTML tags and a leading indikator number, folds case and spacing. */
export function textKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(LEADING_NUMBER, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+([,;:.])/g, '$1')
    .replace(/[\s.,;:]+$/g, '')
    .trim();
}

/** Search key: the text key without diacritics, so "kerjasama" finds "Kerjasama" and "é" finds "e". */
export function searchKey(s: string): string {
  return textKey(s).normalize('NFD').replace(/\p{M}/gu, '');
}
