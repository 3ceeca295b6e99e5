// Compares an imported standard with a hand-made one through the model: what each field means
// (kamus code → level, jenjang, golongan, kategori), not how it is spelt in YAML.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { standarSchema, type KompetensiNilai, type StandarFile } from '../../src/model/standar.js';
import { bundledData } from '../../src/reference/bundled.js';
import { buildReference } from '../../src/reference/reference.js';

const ref = buildReference(bundledData(), undefined, []);

function level(v: KompetensiNilai | null): number | null {
  return v === null ? null : typeof v === 'number' ? v : v.level;
}

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\s*\/\s*/g, '/').replace(/[.;]$/, '').trim().toLowerCase();
}

/** Field → meaning, for every field the two standards can disagree on. */
export function meaning(s: StandarFile): Record<string, string> {
  const m: Record<string, string> = {
    nama: s.nama,
    tingkatan: ref.tingkatan.resolve(s.tingkatan)?.id ?? s.tingkatan,
    urusan: s.urusan,
    kode: s.kode ?? '',
    ikhtisar: norm(s.ikhtisar),
    jenjang: ref.pendidikan.find(s.persyaratan.pendidikan.jenjang)?.jenjang ?? s.persyaratan.pendidikan.jenjang,
    bidang_ilmu: (s.persyaratan.pendidikan.bidang_ilmu ?? []).map(norm).join(' | '),
    pangkat: ref.pangkat.read(s.persyaratan.pangkat).golongan?.golongan ?? s.persyaratan.pangkat,
    indikator_kinerja: s.persyaratan.indikator_kinerja.map(norm).join(' | '),
    lainnya: (s.persyaratan.lainnya ?? []).map(norm).join(' | '),
  };
  for (const g of ['manajerial', 'sosial_kultural', 'teknis'] as const) {
    const group = s.kompetensi[g];
    // Teknis printed as a plain list of names: the names, without their list punctuation.
    if (Array.isArray(group)) m[`${g}.list`] = group.map((n) => norm(n.replace(/;?\s*(dan)?$/i, ''))).join(' | ');
    else for (const [k, v] of Object.entries(group ?? {})) m[`${g}.${k}`] = String(level(v as KompetensiNilai));
  }
  for (const kind of ['manajerial', 'teknis', 'fungsional'] as const) {
    // A leadership training is the same training under its legacy or current name.
    (s.persyaratan.pelatihan[kind] ?? []).forEach((p, i) => (m[`pelatihan.${kind}.${i + 1}`] = `${ref.pelatihan.read(p.nama)?.entry.kode ?? norm(p.nama)} [${p.kategori}]`));
  }
  (s.persyaratan.pengalaman_kerja ?? []).forEach((p, i) => (m[`pengalaman.${i + 1}`] = `${norm(p.uraian)} [${p.kategori}]`));
  return m;
}

/** "file field: imported ≠ expected" for every field whose meaning differs. */
export function differences(file: string, imported: StandarFile, expected: StandarFile): string[] {
  const a = meaning(imported);
  const b = meaning(expected);
  // Codes the example got from `skj code` later are no import difference.
  if (!imported.kode && expected.kode_status !== 'resmi') delete b.kode, delete a.kode;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((k) => a[k] !== b[k]).map((k) => `${file} ${k}: ${a[k] ?? '∅'} ≠ ${b[k] ?? '∅'}`);
}

export function readStandards(dir: string): Map<string, StandarFile> {
  const out = new Map<string, StandarFile>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort()) {
    out.set(f, standarSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))));
  }
  return out;
}
