// Seed 001 (Perwali Serang 103/2021, the pedoman): Lampiran IV's blank forms, one per tier, import as
// 12 tier templates whose manajerial and sosial-kultural levels equal the floor table of the bundled
// tingkatan dictionary; the guide's blank example form and kamus format are dropped, and reported.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { importDocuments } from '../../src/import/index.js';
import type { StandarFile } from '../../src/model/standar.js';
import { bundledData } from '../../src/reference/bundled.js';
import { buildReference } from '../../src/reference/reference.js';

const SEED = 'test/seeds/001_b423e50410896758.txt';
const result = importDocuments([{ name: '001.txt', text: readFileSync(SEED, 'utf8') }], bundledData(), { lang: 'id' });
const standards = result.files.filter((f) => f.path.startsWith('standar/')).map((f) => parse(f.text) as StandarFile);
const ref = buildReference(bundledData(), undefined, []);
const notes = result.report.sections.flatMap((s) => s.notes);

describe('skj import: seed 001 Lampiran IV → 12 tier templates', () => {
  test('one template per tier form, in document order', () => {
    expect(standards.map((s) => s.tingkatan)).toEqual([
      'jpt-pratama', 'administrator', 'pengawas', 'pelaksana',
      'ahli-utama', 'ahli-madya', 'ahli-muda', 'ahli-pertama',
      'penyelia', 'mahir', 'terampil', 'pemula',
    ]);
  });

  test('the Pemula form titled "JABATAN PELAKSANA" (001:1652) is read by its heading, and reported', () => {
    expect(standards.at(-1)!.nama).toBe('Jabatan Fungsional Pemula');
    expect(notes.some((n) => n.id === 'import.note.tingkatan-conflict' && n.line === 1652)).toBe(true);
  });

  test('levels equal the floor table, except the Terampil form that prints no Pengambilan Keputusan', () => {
    const diffs: string[] = [];
    for (const s of standards) {
      const floor = ref.tingkatan.floor(s.tingkatan)!.level;
      const levels: Record<string, number> = {};
      for (const g of [s.kompetensi.manajerial, s.kompetensi.sosial_kultural]) {
        for (const [k, v] of Object.entries(g)) levels[k] = typeof v === 'number' ? v : v.level;
      }
      for (const kode of Object.keys(floor)) if (levels[kode] !== floor[kode]) diffs.push(`${s.tingkatan} ${kode}: ${levels[kode] ?? '∅'} ≠ ${floor[kode]}`);
    }
    // DOMAIN §4 and §8.1: the Terampil form (001:1604-1621) has no M.08 row.
    expect(diffs).toEqual(['terampil M.08: ∅ ≠ 1']);
  });

  test('the guide’s blank form and blank kamus format are dropped and reported', () => {
    expect(result.files.some((f) => f.path.startsWith('kamus/'))).toBe(false);
    expect(notes.filter((n) => n.id === 'import.note.blank-form').map((n) => n.line)).toEqual([514, 669]);
  });
});
