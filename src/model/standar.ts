// The standard file format (one jabatan per file): the single source of truth for its structure.
// Semantic checks (known tingkatan, kamus codes, floors, ...) are rules, not schema, so that they can
// give located messages with suggestions; see src/rules/.
import * as z from 'zod';

export const KATEGORI = ['mutlak', 'penting', 'perlu'] as const;
export const kategoriSchema = z
  .enum(KATEGORI)
  .describe('mutlak (harus), penting, atau perlu — 001:645-663');

export const levelSchema = z.int().min(1).max(5).describe('Level kompetensi 1–5 (PermenPANRB 38/2017)');

export const kompetensiNilaiSchema = z.union([
  levelSchema,
  z
    .strictObject({
      level: levelSchema,
      deskripsi: z.string().optional().describe('Deskripsi level sebagaimana tertulis di dokumen (dibandingkan dengan kamus)'),
      indikator: z.array(z.string()).optional().describe('Indikator perilaku sebagaimana tertulis di dokumen'),
    })
    .describe('Level dengan teks dokumen sendiri (standar hasil impor)'),
]);

export const kompetensiGroupSchema = z
  .record(z.string(), kompetensiNilaiSchema)
  .describe('Kunci: kode kamus (M.01, SK.01, T.05) atau nama kompetensi; nilai: level');

/**
 * C. Teknis as some regulations print it: numbered names without level or kamus text (Perbup
 * Purwakarta 213/2020, 003:234-254). Valid YAML for the format, reported by the rule
 * kompetensi/teknis-without-level because PermenPANRB 38/2017 wants a level.
 */
export const teknisDaftarSchema = z
  .array(z.string().min(1))
  .describe('Daftar nama kompetensi teknis tanpa level, sebagaimana tercetak di peraturan (dilaporkan: PermenPANRB 38/2017 mewajibkan level)');

export const pelatihanItemSchema = z.strictObject({
  nama: z.string().min(1),
  kategori: kategoriSchema,
});

export const pengalamanItemSchema = z.strictObject({
  uraian: z.string().min(1),
  kategori: kategoriSchema,
});

export const persyaratanSchema = z.strictObject({
  pendidikan: z.strictObject({
    jenjang: z.string().min(1).describe('SMA, D-I, D-II, D-III, S-1/D-IV, S-2, S-3'),
    bidang_ilmu: z.array(z.string()).optional(),
  }),
  pelatihan: z.strictObject({
    manajerial: z.array(pelatihanItemSchema).optional(),
    teknis: z.array(pelatihanItemSchema).optional(),
    fungsional: z.array(pelatihanItemSchema).optional(),
  }),
  pengalaman_kerja: z.array(pengalamanItemSchema).optional(),
  pangkat: z.string().min(1).describe('Golongan ruang, mis. "III/d" atau "III/d, Penata Tingkat I"'),
  indikator_kinerja: z.array(z.string()),
  lainnya: z.array(z.string()).optional().describe('Persyaratan lain (usia, sehat jasmani, ...)'),
});

export const standarSchema = z
  .strictObject({
    nama: z.string().min(1).describe('Nama jabatan'),
    tingkatan: z
      .string()
      .describe('jpt-utama | jpt-madya | jpt-pratama | administrator | pengawas | pelaksana | ahli-utama | ahli-madya | ahli-muda | ahli-pertama | penyelia | mahir | terampil | pemula'),
    urusan: z.string().describe('Kode urusan Permendagri 90/2019 (mis. "2.16") atau namanya'),
    unit_kerja: z.string().optional(),
    atasan: z
      .string()
      .min(1)
      .optional()
      .describe('Jabatan atasan langsung: nama jabatannya, atau berkas standarnya (relatif terhadap berkas ini). Menentukan urutan cetak menurut struktur organisasi'),
    urutan: z
      .int()
      .min(1)
      .optional()
      .describe('Urutan di antara jabatan dengan atasan yang sama, menurut struktur organisasi (1 = pertama)'),
    kode: z.string().optional().describe('Kode jabatan 12 digit (K TT UUUUUU NNN); titik dan spasi boleh'),
    kode_status: z.enum(['usulan', 'resmi']).optional().describe('resmi: kode dari KemenPANRB; skj code tidak mengubahnya'),
    sumber: z.string().optional().describe('Asal teks, mis. dokumen dan baris yang diimpor'),
    ikhtisar: z.string().min(1).describe('Ikhtisar jabatan'),
    kompetensi: z.strictObject({
      manajerial: kompetensiGroupSchema,
      sosial_kultural: kompetensiGroupSchema,
      teknis: z.union([kompetensiGroupSchema, teknisDaftarSchema]).optional(),
    }),
    persyaratan: persyaratanSchema,
  })
  .describe('Standar Kompetensi Jabatan ASN (PermenPANRB 38/2017), satu jabatan per berkas');

export type StandarFile = z.infer<typeof standarSchema>;
export type KompetensiNilai = z.infer<typeof kompetensiNilaiSchema>;
export type Kategori = z.infer<typeof kategoriSchema>;
export const KOMPETENSI_GROUPS = ['manajerial', 'sosial_kultural', 'teknis'] as const;
export type KompetensiGroup = (typeof KOMPETENSI_GROUPS)[number];
