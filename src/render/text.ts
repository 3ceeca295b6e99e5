// Small text helpers for the printed lampiran: Roman numerals, Indonesian dates, capitals.

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function roman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2019-03-20" → "20 Maret 2019"; other text is returned as written. */
export function tanggalIndonesia(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return iso;
  return `${Number(m[3])} ${BULAN[Number(m[2]) - 1]} ${m[1]}`;
}

/** Seconds since the epoch of a YYYY-MM-DD date at 00:00 UTC, or undefined. */
export function epochOfDate(iso: string | undefined): number | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso.trim())) return undefined;
  const t = Date.parse(`${iso.trim()}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : t / 1000;
}

/** Capitals as printed in Indonesian regulations (locale-independent for Latin text). */
export function kapital(s: string): string {
  return s.toLocaleUpperCase('id');
}

/** Placeholder for metadata not decided yet (e.g. the regulation's number before it is signed). */
export const KOSONG = '…';
