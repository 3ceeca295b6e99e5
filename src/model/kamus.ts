// The kamus file format: shared by the bundled national kamus (manajerial, sosial kultural) and the
// agency kamus files (teknis, local sosial kultural). Completeness of levels is checked by kamus/* rules.
import * as z from 'zod';

export const varianSchema = z
  .strictObject({
    sumber: z.string().describe('Dokumen (peraturan, lampiran) tempat varian ini ditemukan'),
    sumber_baris: z.string().optional().describe('Letak persisnya (halaman/baris), untuk pemelihara'),
    deskripsi: z.string().optional(),
    indikator: z
      .record(z.string().regex(/^[1-9]$/), z.string())
      .optional()
      .describe('Nomor indikator (1, 2, 3) → teks varian'),
  })
  .describe('Rumusan lain yang diterima (tidak dilaporkan sebagai text-drift)');

export const levelTeksSchema = z.strictObject({
  deskripsi: z.string().optional(),
  indikator: z.array(z.string()).optional(),
  varian: z.array(varianSchema).optional(),
});

export const KAMUS_LEVELS = ['1', '2', '3', '4', '5'] as const;

export const kamusKompetensiSchema = z.strictObject({
  kode: z.string().min(1).describe('Kode kompetensi, mis. T.01'),
  nama: z.string().min(1),
  definisi: z.string().min(1),
  urusan: z.string().optional().describe('Urusan pemerintahan kompetensi teknis ini'),
  sumber: z.string().optional(),
  sumber_baris: z.string().optional().describe('Letak persis dalam dokumen sumber (halaman/baris), untuk pemelihara'),
  level: z.strictObject({
    1: levelTeksSchema.optional(),
    2: levelTeksSchema.optional(),
    3: levelTeksSchema.optional(),
    4: levelTeksSchema.optional(),
    5: levelTeksSchema.optional(),
  }),
});

export const KAMUS_JENIS = ['manajerial', 'sosial_kultural', 'teknis'] as const;

export const kamusSchema = z
  .strictObject({
    jenis: z.enum(KAMUS_JENIS).describe('teknis atau sosial_kultural (kamus manajerial bersifat nasional dan tertutup)'),
    nama: z.string().min(1),
    sumber: z.string().min(1).describe('Dasar hukum kamus ini'),
    sumber_baris: z.string().optional().describe('Letak persis dalam dokumen sumber (halaman/baris), untuk pemelihara'),
    kompetensi: z.array(kamusKompetensiSchema),
  })
  .describe('Kamus kompetensi (PermenPANRB 38/2017; format 001:509-531)');

export type KamusFile = z.infer<typeof kamusSchema>;
export type KamusKompetensi = z.infer<typeof kamusKompetensiSchema>;
export type LevelTeks = z.infer<typeof levelTeksSchema>;
export type KamusJenis = (typeof KAMUS_JENIS)[number];
