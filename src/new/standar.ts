// The text of a new standard (skj new): every manajerial and sosial kultural competency at the tier's
// floor, the tier's leadership training (mutlak), its usual pangkat, and placeholders for what only the
// agency knows. Pure: the reference data in, YAML text out.
import { isMap, parseDocument, Scalar } from 'yaml';
import { placeholder } from '../model/placeholder.js';
import type { TingkatanEntry } from '../model/dictionaries.js';
import type { Reference } from '../reference/reference.js';

export interface NewStandar {
  nama: string;
  tingkatan: TingkatanEntry;
  /** Kode urusan (e.g. "1.02"); a placeholder when not given. */
  urusan?: string;
  unit?: string;
}

const q = (s: string) => JSON.stringify(s);

export function newStandarText(input: NewStandar, ref: Reference): string {
  const t = input.tingkatan;
  const floor = ref.tingkatan.floor(t.id)!;
  const codes = Object.keys(floor.level);
  const row = (kode: string) => `    ${kode}: ${floor.level[kode]}  # ${ref.kamus.resolve(kode)?.nama ?? ''}`;
  const manajerial = codes.filter((k) => ref.kamus.resolve(k)?.jenis === 'manajerial');
  const sosial = codes.filter((k) => ref.kamus.resolve(k)?.jenis === 'sosial_kultural');
  const pelatihan = t.struktural && t.pelatihan_kepemimpinan ? ref.pelatihan.byKode(t.pelatihan_kepemimpinan) : undefined;
  const pangkat = t.pangkat ? ref.pangkat.byGolongan(t.pangkat.min) : undefined;
  const certainty = floor.kepastian === 'pasti' ? '' : `; angka minimal belum pasti, lihat npx skj kamus --tingkatan ${t.id}`;
  return `# Standar Kompetensi Jabatan: ${input.nama}
# Dibuat dengan skj new. Ganti setiap [ISI: ...] dengan isi sebenarnya. Level manajerial dan sosial kultural
# ada pada standar minimal ${t.nama} (PermenPANRB 38/2017${certainty}): boleh dinaikkan, tidak boleh diturunkan.
nama: ${q(input.nama)}
tingkatan: ${t.id}  # ${t.nama}
urusan: ${q(input.urusan ?? placeholder('kode urusan Permendagri 90/2019, mis. 1.02; daftar: npx skj kamus --urusan'))}
${input.unit ? `unit_kerja: ${q(input.unit)}\n` : ''}ikhtisar: ${q(placeholder('ikhtisar jabatan: tugas pokok jabatan ini dalam satu atau dua kalimat'))}
kompetensi:
  manajerial:
${manajerial.map(row).join('\n')}
  sosial_kultural:
${sosial.map(row).join('\n')}
  teknis:  # dari kamus teknis instansi (kamus/); cari: npx skj kamus KATA
    ${q(placeholder('kode kompetensi teknis, mis. T.01'))}: ${floor.level[manajerial[0]!] ?? 1}  # level 1-5
persyaratan:
  pendidikan:
    jenjang: ${q(placeholder('jenjang pendidikan minimal, mis. S-1/D-IV'))}
    bidang_ilmu:
      - ${q(placeholder('bidang ilmu'))}
  pelatihan:
    manajerial:${
      pelatihan
        ? `
      - nama: ${q(pelatihan.nama)}  # wajib bagi ${t.nama} (${pelatihan.kode})
        kategori: mutlak`
        : ' []'
    }
    teknis:
      - nama: ${q(placeholder('pelatihan teknis'))}
        kategori: penting  # mutlak, penting, atau perlu
    fungsional: []
  pengalaman_kerja:
    - uraian: ${q(placeholder('pengalaman kerja, mis. pernah menduduki jabatan ... selama ... tahun'))}
      kategori: penting  # mutlak, penting, atau perlu
  pangkat: ${q(pangkat ? `${pangkat.golongan}, ${pangkat.nama}` : placeholder('golongan ruang minimal, mis. III/a'))}${t.pangkat ? `  # lazim ${t.pangkat.min}-${t.pangkat.max} untuk ${t.nama}` : ''}
  indikator_kinerja:
    - ${q(placeholder('indikator kinerja jabatan'))}
`;
}

export interface CopyChanges {
  nama: string;
  tingkatan?: string;
  urusan?: string;
  unit?: string;
}

/** Another standard as the start of a new one: its text and comments, the new nama, no code. */
export function copyStandarText(text: string, changes: CopyChanges): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return text;
  for (const key of ['kode', 'kode_status', 'sumber']) doc.delete(key);
  const quoted = (value: string) => Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE });
  doc.set('nama', quoted(changes.nama));
  if (changes.tingkatan) doc.set('tingkatan', changes.tingkatan);
  if (changes.urusan) doc.set('urusan', quoted(changes.urusan));
  if (changes.unit) doc.set('unit_kerja', quoted(changes.unit));
  return doc.toString({ lineWidth: 0 });
}
