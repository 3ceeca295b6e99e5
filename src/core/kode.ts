// The 12-digit kode jabatan K TT UUUUUU NNN (001:1745-1765; DOMAIN §5).
export interface KodeParts {
  digits: string;
  kelompok: string;
  tingkatan: string;
  urusan: string;
  nomor: string;
}

/** Accepts "103160000001", "1.03.160000.001" or with spaces; undefined unless 12 digits remain. */
export function parseKode(text: string): KodeParts | undefined {
  const digits = text.replace(/[.\s]/g, '');
  if (!/^\d{12}$/.test(digits)) return undefined;
  return { digits, kelompok: digits.slice(0, 1), tingkatan: digits.slice(1, 3), urusan: digits.slice(3, 9), nomor: digits.slice(9) };
}

/** Display form used in documents: K.TT.UUUUUU.NNN. */
export function displayKode(digits: string): string {
  return `${digits.slice(0, 1)}.${digits.slice(1, 3)}.${digits.slice(3, 9)}.${digits.slice(9)}`;
}
