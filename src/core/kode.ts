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

/**
 * The kelompok and tingkatan digits of an incomplete code written in display form, such as the
 * placeholder "1.04.4....." of 000:561, so that a wrong kelompok is reported even before the code is whole.
 */
export function parseKodePrefix(text: string): Pick<KodeParts, 'kelompok' | 'tingkatan'> | undefined {
  const m = /^\s*(\d)\s*[.\s]\s*(\d{2})(?!\d)/.exec(text);
  return m ? { kelompok: m[1]!, tingkatan: m[2]! } : undefined;
}

/** Display form used in documents: K.TT.UUUUUU.NNN. */
export function displayKode(digits: string): string {
  return `${digits.slice(0, 1)}.${digits.slice(1, 3)}.${digits.slice(3, 9)}.${digits.slice(9)}`;
}
