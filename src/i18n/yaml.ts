// YAML syntax messages: yaml library error codes mapped to what the user must do (src/rules/yaml-syntax.ts).
export const yamlId = {
  'yaml/syntax.quote': 'Tanda kutip yang dibuka di sini tidak pernah ditutup. Tambahkan tanda kutip penutup di akhir nilainya.',
  'yaml/syntax.colon': 'Titik dua di dalam nilai tanpa tanda kutip dibaca YAML sebagai kunci baru. Tulis nilainya dalam tanda kutip, mis. nama: "Kepala Bidang: Statistik".',
  'yaml/syntax.missing-colon': 'Baris ini bukan «kunci: nilai»: titik duanya tidak ada. Tambahkan titik dua setelah nama kolom, atau gabungkan baris ini dengan baris sebelumnya.',
  'yaml/syntax.indent': 'Indentasi tidak rata: kunci ini harus sejajar dengan kunci lain pada tingkat yang sama (hitung spasinya).',
  'yaml/syntax.flow': 'Kurung [ ] atau { } yang dibuka di atas tidak ditutup. Tutup kurungnya, atau tulis daftarnya baris per baris dengan "- ".',
  'yaml/syntax.tab': 'Tab tidak boleh dipakai untuk indentasi YAML; ganti dengan spasi.',
  'yaml/syntax.alias': 'Alias YAML (*nama) tidak sah atau terlalu banyak dipakai; tulis nilainya langsung.',
  'yaml/syntax.multiple-docs': 'Berkas memuat lebih dari satu dokumen YAML (dipisah ---); satu berkas memuat satu standar atau satu kamus.',
} as const;

export const yamlEn: Record<keyof typeof yamlId, string> = {
  'yaml/syntax.quote': 'The quote opened here is never closed. Add the closing quote at the end of the value.',
  'yaml/syntax.colon': 'A colon inside an unquoted value makes YAML read a new key. Quote the value, e.g. nama: "Kepala Bidang: Statistik".',
  'yaml/syntax.missing-colon': 'This line is not «key: value»: its colon is missing. Add a colon after the field name, or join this line to the previous one.',
  'yaml/syntax.indent': 'Uneven indentation: this key must line up with the other keys of its level (count the spaces).',
  'yaml/syntax.flow': 'A [ ] or { } bracket opened above is never closed. Close it, or write the list one item per line with "- ".',
  'yaml/syntax.tab': 'Tabs cannot indent YAML; use spaces.',
  'yaml/syntax.alias': 'A YAML alias (*name) is invalid or used too often; write the value itself.',
  'yaml/syntax.multiple-docs': 'The file holds more than one YAML document (separated by ---); one file holds one standard or one kamus.',
};
