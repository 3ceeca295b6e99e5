// The `render:` section of skj.yaml: how `skj render` lays out the lampiran of the regulation.
import * as z from 'zod';
import { KAMUS_JENIS } from './kamus.js';

export const LAMPIRAN_ISI = ['kamus', 'standar'] as const;

/** Which competencies a kamus lampiran holds; English spellings (as `--kamus used|all`) accepted too. */
export const KAMUS_PILIHAN = { digunakan: 'digunakan', semua: 'semua', used: 'digunakan', all: 'semua' } as const;
export type KamusPilihan = keyof typeof KAMUS_PILIHAN;
const kamusPilihan = z.enum(Object.keys(KAMUS_PILIHAN) as [KamusPilihan, ...KamusPilihan[]]);

/** Named paper sizes in millimetres (width × height). F4 is the Indonesian folio, not pdfkit's FOLIO. */
export const KERTAS_MM = {
  F4: [215, 330],
  A4: [210, 297],
  Letter: [215.9, 279.4],
  Legal: [215.9, 355.6],
} as const satisfies Record<string, readonly [number, number]>;
export type NamaKertas = keyof typeof KERTAS_MM;

const oneOrMore = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const tandaTanganSchema = z.strictObject({
  jabatan: z.string().min(1).describe('Jabatan penandatangan, mis. "Bupati Purwakarta" (dicetak kapital dengan koma)'),
  nama: z.string().min(1).describe('Nama penandatangan'),
});

export const lampiranSpecSchema = z.strictObject({
  isi: z.enum(LAMPIRAN_ISI).optional().describe('kamus (kamus kompetensi) atau standar (standar kompetensi jabatan, bawaan)'),
  nomor: z.union([z.string().min(1), z.int().min(1)]).optional().describe('Nomor lampiran: angka (1 → I) atau teks ("II")'),
  judul: z.union([z.string(), z.array(z.string())]).optional().describe('Baris judul lampiran, dicetak di tengah dengan huruf kapital; [] tanpa judul'),
  standar: oneOrMore
    .optional()
    .describe('Standar lampiran ini (atau yang kompetensinya masuk lampiran kamus): berkas, folder atau pola glob relatif terhadap skj.yaml; bawaan semua'),
  tingkatan: oneOrMore.optional().describe('Hanya standar dengan tingkatan ini, mis. administrator atau [jpt-pratama, administrator]'),
  kamus: kamusPilihan.optional().describe('Lampiran kamus: kompetensi yang dipakai standar terpilih (digunakan/used, bawaan) atau semua (semua/all)'),
  jenis: z.array(z.enum(KAMUS_JENIS)).min(1).optional().describe('Lampiran kamus: kelompok yang dimuat (bawaan: manajerial, sosial_kultural, teknis)'),
  tanggal: z.boolean().optional().describe('Baris TANGGAL pada kepala lampiran ini (bawaan: render.tanggal)'),
  tanda_tangan: z
    .union([z.boolean(), tandaTanganSchema])
    .optional()
    .describe('Blok tanda tangan di akhir lampiran: true (bawaan, dari peraturan.pejabat dan penandatangan), false, atau { jabatan, nama }'),
});

const lampiranSchema = z.union([z.enum(LAMPIRAN_ISI), lampiranSpecSchema]);

const cm = z.number().min(0).max(10);

export const renderSchema = z
  .strictObject({
    lampiran: z
      .array(lampiranSchema)
      .min(1)
      .optional()
      .describe('Susunan lampiran: isi, standar dan kamus tiap lampiran, nomor, judul, kepala dan tanda tangannya (bawaan: [kamus, standar] → Lampiran I, II)'),
    kamus: kamusPilihan
      .optional()
      .describe('Kompetensi di lampiran kamus: yang dipakai standar (digunakan/used, bawaan) atau semua (semua/all)'),
    urutan_standar: z
      .array(z.string().min(1))
      .optional()
      .describe('Berkas standar (relatif terhadap skj.yaml) dalam urutan cetak; sisanya menyusul dalam urutan bawaan (struktur organisasi menurut atasan dan urutan)'),
    kertas: z
      .union([
        z.enum(Object.keys(KERTAS_MM) as [NamaKertas, ...NamaKertas[]]),
        z.strictObject({ lebar_mm: z.number().min(50).max(1000), tinggi_mm: z.number().min(50).max(1000) }),
      ])
      .optional()
      .describe('Ukuran kertas: F4 (215 × 330 mm, bawaan), A4, Letter, Legal atau { lebar_mm, tinggi_mm }'),
    margin_cm: z
      .strictObject({ kiri: cm.optional(), kanan: cm.optional(), atas: cm.optional(), bawah: cm.optional() })
      .optional()
      .describe('Margin dalam cm (bawaan: kiri 3, kanan 2, atas 2, bawah 2,5)'),
    font: z
      .union([
        z.string().min(1),
        z.strictObject({
          regular: z.string().min(1),
          bold: z.string().min(1).optional(),
          italic: z.string().min(1).optional(),
          bold_italic: z.string().min(1).optional(),
        }),
      ])
      .optional()
      .describe('Berkas font TTF/OTF (mis. Bookman Old Style) atau foldernya; bawaan TeX Gyre Bonum'),
    ukuran_huruf: z
      .strictObject({ teks: z.number().min(6).max(16).optional(), tabel: z.number().min(6).max(16).optional() })
      .optional()
      .describe('Ukuran huruf dalam pt (bawaan: teks 12, tabel 10)'),
    kata_tangkap: z.boolean().optional().describe('Cetak kata pertama halaman berikut di kaki halaman (catchword)'),
    kode_usulan: z
      .enum(['tampil', 'sembunyi'])
      .optional()
      .describe('Kode jabatan yang belum resmi (kode_status bukan resmi): tampil (bawaan) atau sembunyi'),
    tanggal: z.boolean().optional().describe('Tambahkan baris TANGGAL pada kepala lampiran'),
    kolom_kategori: z
      .string()
      .min(1)
      .optional()
      .describe('Judul kolom gabungan di atas Mutlak/Penting/Perlu pada tabel persyaratan (bawaan: "Kategori"; pedoman: "Tingkat Pentingnya Terhadap Jabatan")'),
    pdfa: z.boolean().optional().describe('Hasilkan PDF/A-2b'),
  })
  .describe('Pengaturan skj render');

export type RenderConfig = z.infer<typeof renderSchema>;
export type LampiranIsi = (typeof LAMPIRAN_ISI)[number];

/** Margins when `render.margin_cm` leaves a side out (cm). */
export const DEFAULT_MARGIN_CM = { kiri: 3, kanan: 2, atas: 2, bawah: 2.5 };

/**
 * The smallest text area (paper less margins) a lampiran is laid out in, mm: its tables need room
 * for four columns, and a page must hold a table header and a row.
 */
export const MIN_TEXT_AREA_MM = { width: 80, height: 100 } as const;

/** Paper size and the text area left inside the margins, mm. */
export function textArea(cfg: RenderConfig, paper?: readonly [number, number]): { paper: readonly [number, number]; width: number; height: number; fits: boolean } {
  const k = cfg.kertas ?? 'F4';
  const mm = paper ?? (typeof k === 'string' ? KERTAS_MM[k] : ([k.lebar_mm, k.tinggi_mm] as const));
  const cm = { ...DEFAULT_MARGIN_CM, ...Object.fromEntries(Object.entries(cfg.margin_cm ?? {}).filter(([, v]) => v !== undefined)) };
  const width = Math.round((mm[0] - (cm.kiri + cm.kanan) * 10) * 10) / 10;
  const height = Math.round((mm[1] - (cm.atas + cm.bawah) * 10) * 10) / 10;
  return { paper: mm, width, height, fits: width >= MIN_TEXT_AREA_MM.width && height >= MIN_TEXT_AREA_MM.height };
}
export type LampiranSpec = z.infer<typeof lampiranSpecSchema>;
