// Every rule skj knows, in the order their documentation lists them.
import { kamusCodeCollision } from './kamus-code-collision.js';
import { kamusDuplicateCode } from './kamus-duplicate-code.js';
import { kamusEmptyLevel } from './kamus-empty-level.js';
import { kamusManajerialClosed } from './kamus-manajerial-closed.js';
import { kamusMissingLevel } from './kamus-missing-level.js';
import { kodeDuplicate } from './kode-duplicate.js';
import { kodeFormat } from './kode-format.js';
import { kodeMismatch } from './kode-mismatch.js';
import { kodeRetired } from './kode-retired.js';
import { kodeUnregistered } from './kode-unregistered.js';
import { kompetensiByName } from './kompetensi-by-name.js';
import { kompetensiBelowFloor } from './kompetensi-below-floor.js';
import { kompetensiDuplicate } from './kompetensi-duplicate.js';
import { kompetensiIndikatorNumber } from './kompetensi-indikator-number.js';
import { kompetensiLevel } from './kompetensi-level.js';
import { kompetensiMissing } from './kompetensi-missing.js';
import { kompetensiTeknisWithoutLevel } from './kompetensi-teknis-without-level.js';
import { kompetensiTextDrift } from './kompetensi-text-drift.js';
import { kompetensiUnknown } from './kompetensi-unknown.js';
import { kompetensiWrongGroup } from './kompetensi-wrong-group.js';
import { persyaratanJenjang } from './persyaratan-jenjang.js';
import { persyaratanKategori } from './persyaratan-kategori.js';
import { persyaratanPangkatTier } from './persyaratan-pangkat-tier.js';
import { persyaratanPangkat } from './persyaratan-pangkat.js';
import { persyaratanPelatihanKepemimpinan } from './persyaratan-pelatihan-kepemimpinan.js';
import type { Rule } from './rule.js';
import { schema } from './schema.js';
import { standarAtasan } from './standar-atasan.js';
import { standarDuplicateNama } from './standar-duplicate-nama.js';
import { standarPlaceholder } from './standar-placeholder.js';
import { suppressionUnused } from './suppression-unused.js';
import { tingkatanUnknown } from './tingkatan-unknown.js';
import { urusanUnknown } from './urusan-unknown.js';
import { yamlSyntax } from './yaml-syntax.js';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  kompetensiUnknown,
  kompetensiMissing,
  kompetensiBelowFloor,
  kompetensiLevel,
  kompetensiWrongGroup,
  kompetensiDuplicate,
  kompetensiTextDrift,
  kompetensiTeknisWithoutLevel,
  kompetensiIndikatorNumber,
  kompetensiByName,
  kamusDuplicateCode,
  kamusMissingLevel,
  kamusEmptyLevel,
  kamusCodeCollision,
  kamusManajerialClosed,
  tingkatanUnknown,
  urusanUnknown,
  kodeFormat,
  kodeMismatch,
  kodeDuplicate,
  kodeUnregistered,
  kodeRetired,
  persyaratanPangkat,
  persyaratanPangkatTier,
  persyaratanJenjang,
  persyaratanKategori,
  persyaratanPelatihanKepemimpinan,
  standarDuplicateNama,
  standarAtasan,
  standarPlaceholder,
  suppressionUnused,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
