// Formats of the bundled reference data in dictionaries/. The data is the law; this is only its shape.
import * as z from 'zod';
import { levelSchema } from './standar.js';

const sumber = z.string().min(1).describe('Dasar hukum yang dapat dicari pengguna; ditampilkan dalam pesan');
/** The user-facing source in both languages, and the seed lines, for maintainers only (never shown). */
const sumberFields = {
  sumber,
  sumber_en: z.string().min(1).optional().describe('sumber in English, where it holds more than a citation'),
  sumber_baris: z.string().optional().describe('Letak dalam seed (berkas:baris), hanya untuk pemelihara'),
};

export const tingkatanDictSchema = z.strictObject({
  ...sumberFields,
  kelompok: z.array(
    z.strictObject({ digit: z.int().min(1).max(3), nama: z.string(), ...sumberFields }),
  ),
  eselon: z
    .strictObject({
      ...sumberFields,
      setara: z.array(
        z.strictObject({
          eselon: z.string().regex(/^(I|II|III|IV|V)\.[ab]$/).describe('Jenjang eselon lama, mis. "IV.a"'),
          tingkatan: z.array(z.string()).min(1).describe('Id tingkatan yang setara (dua bila peraturan memberi dua)'),
          catatan: z.string().optional().describe('Cara memilih bila setara dengan lebih dari satu tingkatan'),
          catatan_en: z.string().optional(),
        }),
      ),
    })
    .describe('Penyetaraan eselon lama dengan tingkatan (UU 5/2014 Pasal 131)'),
  tingkatan: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z-]+$/),
      kode: z.string().regex(/^\d{2}$/),
      kelompok: z.int().min(1).max(3),
      nama: z.string().describe('Nama resmi, mis. "Jabatan Administrator"'),
      judul: z.string().describe('Judul tingkatan pada lampiran, mis. "JABATAN ADMINISTRATOR"'),
      struktural: z.boolean().describe('Jabatan struktural (JPT, administrator, pengawas)'),
      alias: z.array(z.string()).describe('Nama lain yang diterima (nama eselon lama ada di `eselon`)'),
      salah_eja: z.array(z.string()).optional().describe('Salah eja yang dikenal: hanya untuk saran, tidak diterima'),
      standar_minimal: z.strictObject({
        level: z.record(z.string(), levelSchema),
        ...sumberFields,
        kepastian: z.enum(['pasti', 'belum-terverifikasi', 'ragu']),
        kode_ragu: z.array(z.string()).optional().describe('Bila hanya sebagian baris tidak pasti: kode kompetensinya'),
        catatan: z.string().optional(),
      }),
      pangkat: z
        .strictObject({ min: z.string(), max: z.string(), ...sumberFields })
        .optional()
        .describe('Rentang pangkat yang lazim (untuk peringatan persyaratan/pangkat-tier)'),
      pelatihan_kepemimpinan: z.string().optional().describe('Kode pelatihan kepemimpinan yang wajib (struktural)'),
    }),
  ),
});

export const urusanDictSchema = z.strictObject({
  ...sumberFields,
  skema_kode: z.string().describe('Bagaimana 6 digit urusan pada kode jabatan diturunkan'),
  urusan: z.array(
    z.strictObject({
      kode: z.string().regex(/^\d\.\d{2}$/),
      nama: z.string(),
      digit: z.string().regex(/^\d{2}$/).describe('2 digit urusan pada kode jabatan'),
      alias: z.array(z.string()),
    }),
  ),
});

export const pangkatDictSchema = z.strictObject({
  ...sumberFields,
  pangkat: z.array(
    z.strictObject({
      golongan: z.string().regex(/^(I|II|III|IV)\/[a-e]$/),
      nama: z.string(),
      alias: z.array(z.string()),
      urutan: z.int().min(1),
    }),
  ),
});

export const pendidikanDictSchema = z.strictObject({
  ...sumberFields,
  jenjang: z.array(
    z.strictObject({ jenjang: z.string(), alias: z.array(z.string()), urutan: z.int().min(1) }),
  ),
});

export const pelatihanKepemimpinanDictSchema = z.strictObject({
  ...sumberFields,
  pelatihan: z.array(
    z.strictObject({
      kode: z.string().describe('Singkatan resmi saat ini, mis. PKA'),
      nama: z.string().describe('Nama resmi saat ini'),
      alias: z.array(z.string()).describe('Nama lain saat ini yang diterima'),
      lama: z.array(z.string()).describe('Nama lama (Diklatpim) yang perlu diganti'),
      tingkatan: z.array(z.string()).describe('Id tingkatan yang mewajibkannya'),
      ...sumberFields,
    }),
  ),
});

export type TingkatanDict = z.infer<typeof tingkatanDictSchema>;
export type TingkatanEntry = TingkatanDict['tingkatan'][number];
export type EselonSetara = TingkatanDict['eselon']['setara'][number];
export type UrusanDict = z.infer<typeof urusanDictSchema>;
export type PangkatDict = z.infer<typeof pangkatDictSchema>;
export type PendidikanDict = z.infer<typeof pendidikanDictSchema>;
export type PelatihanKepemimpinanDict = z.infer<typeof pelatihanKepemimpinanDictSchema>;
