// skj.yaml, the project configuration at the repository root.
import * as z from 'zod';
import { levelSchema } from './standar.js';
import { renderSchema } from './render.js';

const globs = z.union([z.string(), z.array(z.string())]);

export const SEVERITY_SETTINGS = ['error', 'warning', 'off'] as const;

export const peraturanSchema = z
  .strictObject({
    jenis: z.string().optional().describe('Jenis peraturan, mis. "Peraturan Bupati"'),
    pejabat: z.string().optional().describe('Jabatan penandatangan, mis. "Bupati Tasikmalaya"'),
    daerah: z.string().optional().describe('Nama daerah, mis. "Tasikmalaya"'),
    nomor: z.union([z.string(), z.number()]).optional(),
    tahun: z.union([z.string(), z.number()]).optional(),
    tentang: z.string().optional(),
    tempat_ditetapkan: z.string().optional(),
    tanggal_ditetapkan: z.string().optional().describe('Tanggal penetapan, YYYY-MM-DD'),
    penandatangan: z.string().optional().describe('Nama penandatangan'),
  })
  .describe('Metadata peraturan, dipakai oleh skj render');

export const urusanTambahanSchema = z
  .strictObject({
    kode: z
      .string()
      .regex(/^\d\.\d{2}(\.\d{2}){0,2}$/)
      .describe(
        'Urusan (mis. "2.16", untuk mengganti 2 digit kodenya), sub-urusan: kode urusan induk + 2 digit (mis. "2.16.01"), atau sub-sub-urusan (+ 2 digit lagi)',
      ),
    nama: z.string().min(1).optional().describe('Wajib untuk sub-urusan dan urusan baru; urusan bawaan tetap bernama sama bila kosong'),
    digit: z
      .string()
      .regex(/^\d{2}$/)
      .optional()
      .describe('Hanya untuk urusan (X.YY): 2 digit pertama bagian urusan kode jabatan, pengganti skema bawaan skj'),
    alias: z.array(z.string()).optional(),
  })
  .describe('Urusan tambahan atau pengganti skema digit urusan bawaan');

export const tingkatanOverrideSchema = z.strictObject({
  standar_minimal: z.record(z.string(), levelSchema).describe('Kode kompetensi → level minimal'),
  sumber: z.string().min(1).describe('Dasar hukum teks resmi yang dipegang instansi'),
});

export const configSchema = z
  .strictObject({
    instansi: z.string().optional(),
    standar: globs.optional().describe('Pola berkas standar (bawaan: standar/**/*.yaml)'),
    kamus: globs.optional().describe('Pola berkas kamus instansi (bawaan: kamus/**/*.yaml)'),
    peraturan: peraturanSchema.optional(),
    render: renderSchema.optional(),
    urusan: z.array(urusanTambahanSchema).optional(),
    tingkatan: z.record(z.string(), tingkatanOverrideSchema).optional(),
    pelatihan_kepemimpinan: z
      .enum(['dipersyaratkan', 'tidak-dipersyaratkan'])
      .optional()
      .describe(
        'Apakah peraturan yang berlaku di instansi mensyaratkan pelatihan kepemimpinan bagi jabatan struktural (bawaan: dipersyaratkan). Hanya bila dipersyaratkan, pelatihan itu berkategori mutlak (Perwal Serang 103/2021, Lampiran I)',
      ),
    aturan: z.record(z.string(), z.enum(SEVERITY_SETTINGS)).optional().describe('Id aturan → error | warning | off'),
  })
  .describe('Konfigurasi proyek skj (skj.yaml)');

export type Config = z.infer<typeof configSchema>;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];
