// Every rule: a failing case (rule id and line), a passing case, and its message in both languages.
// Cases edit a real, clean standard from the examples, so each starts from a file that passes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledData, message, RULES, validate, type Config, type SourceFile } from '../src/index.js';
import { ROOT } from './support/cli.js';
import { KODE_REGISTRY } from '../src/model/registry.js';

const EXAMPLE = join(ROOT, 'examples/kominfo-tasikmalaya');
const BASE = readFileSync(join(EXAMPLE, 'standar/sekretaris.yaml'), 'utf8');
const KAMUS_TEKNIS = readFileSync(join(EXAMPLE, 'kamus/teknis.yaml'), 'utf8');

/** An agency kamus with one competency defining levels 1–4 only, for kamus rules. */
const SMALL_KAMUS = `jenis: teknis
nama: Kamus uji
sumber: uji
kompetensi:
  - kode: T.90
    nama: Kompetensi Uji
    definisi: Definisi uji.
    level:
      1: { deskripsi: Satu, indikator: [a] }
      2: { deskripsi: Dua, indikator: [a] }
      3: { deskripsi: Tiga, indikator: [a] }
      4: { deskripsi: Empat, indikator: [a] }
`;

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`base file lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

interface Case {
  name: string;
  rule: string;
  line: number;
  standar?: Record<string, string>;
  kamus?: Record<string, string>;
  config?: Config;
  /** Project data for registry-aware rules (ValidateInput.extra). */
  extra?: Record<string, unknown>;
  /** A word the Indonesian message must contain. */
  says?: string;
  /** A fix-only rule: found only when fixing (ValidateInput.fixing). */
  fixing?: boolean;
}

const std = (text: string): Record<string, string> => ({ 'standar/sekretaris.yaml': text });
const line = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function caseOf(name: string, rule: string, text: string, needle: string, says?: string): Case {
  return { name, rule, line: line(text, needle), standar: std(text), says };
}

const t1 = edit(BASE, 'nama: Sekretaris', 'nama: [Sekretaris');
const t2 = edit(BASE, 'nama: Sekretaris\n', 'nama: Sekretaris\nnama: Sekretaris Dinas\n');
const t3 = edit(BASE, 'unit_kerja:', 'unit_kerjaa:');
const t4 = edit(BASE, 'urusan: "2.16"', 'urusan: 2.16');
const t5 = edit(BASE, '    M.08: 3\n', '');
const t6 = edit(BASE, '    SK.01: 3', '    Perikat Bangsa: 3');
const t7 = edit(BASE, '    M.04: 3', '    M.04: 2');
const t8 = edit(BASE, '    M.04: 3', '    M.04: 7');
const t9 = edit(BASE, '    M.04: 3', '    M.04:');
const t10 = edit(BASE, '    T.04: 3', '    T.90: 5');
const t11 = edit(BASE, '    M.08: 3\n', '    M.08: 3\n    T.04: 3\n').replace('    T.04: 3  #', '    #');
const t12 = edit(BASE, '    M.08: 3\n', '    M.08: 3\n    Integritas: 4\n');
const t13 = edit(BASE, '    M.01: 3\n', '    M.01:\n      level: 3\n      deskripsi: Mampu memastikan anggota bertindak sesuai nilai\n');
const t13b = edit(BASE, '    M.01: 3\n', '    M.01:\n      level: 3\n      deskripsi: Mampu menciptakan situasi kerja yang mendorong kepatuhan pada nilai, norma dan etika organisasi\n');
const t14 = edit(BASE, '    M.01: 3\n', `    M.01:
      level: 3
      indikator:
        - "3.1. Memastikan anggota yang dipimpin bertindak sesuai dengan nilai, norma, dan etika organisasi dalam segala situasi dan kondisi;"
        - "3.1. Mampu untuk memberi apresiasi dan teguran bagi anggota yang dipimpin agar bertindak selaras dengan nilai, norma, dan etika organisasi dalam segala situasi dan kondisi;"
`);
const t15 = edit(BASE, 'tingkatan: administrator', 'tingkatan: Adminstrator');
const t16 = edit(BASE, 'urusan: "2.16"', 'urusan: "2.99"');
/** BASE with another kode (the example carries the code `skj code` gave it). */
const withKode = (kode: string) => edit(BASE, 'kode: "204160000003"', `kode: "${kode}"`);
const t17 = withKode('1.04.4.....');
const t18 = withKode('1.04.160000.001');
const t19 = withKode('2.04.160000.001');
const t20 = edit(BASE, 'pangkat: "Minimal III/d, Penata Tk. I"', 'pangkat: "Minimal III/d, Pembina"');
const t21 = edit(BASE, 'pangkat: "Minimal III/d, Penata Tk. I"', 'pangkat: "II/a"');
const t22 = edit(BASE, 'jenjang: Minimal S1/D IV', 'jenjang: Sekolah tinggi');
const t23 = edit(BASE, '      - nama: Analisis Kebijakan Publik\n        kategori: perlu\n', '      - nama: Analisis Kebijakan Publik\n');
const t24 = edit(BASE, '      - nama: Pelatihan Kepemimpinan Administrator', '      - nama: Diklat Pim III');
const tTeknis = BASE.replace(/^  teknis:\n(    .*\n)+/m, '  teknis:\n    - Menguasai tentang manajemen risiko;\n    - Mampu berinovasi/membuat terobosan.\n');
const t25 = edit(BASE, 'nama: Sekretaris\n', '# skj-disable-next-line kompetensi/level -- uji\nnama: Sekretaris\n');
const t26 = edit(BASE, '        kategori: mutlak', '        kategori: penting');
const t27 = edit(BASE, '        kategori: mutlak', '        kategori: [mutlak, penting]');

/** A kode.lock.yaml registry as validate receives it, for the registry-aware kode rules. */
const registry = (kode: Record<string, object>) => ({ [KODE_REGISTRY]: { file: 'kode.lock.yaml', registry: { version: 1, kode } } });
const retired = { berkas: 'standar/lama.yaml', nama: 'Lama', status: 'pensiun', tanggal: '2025-01-02', pensiun: '2025-06-01' };

const CASES: Case[] = [
  // The parser notices the unclosed flow sequence where the next key starts.
  caseOf('invalid YAML', 'yaml/syntax', t1, 'tingkatan:'),
  caseOf('duplicate key', 'yaml/syntax', t2, 'nama: Sekretaris Dinas', 'ganda'),
  caseOf('unknown field with suggestion', 'schema', t3, 'unit_kerjaa', 'unit_kerja'),
  caseOf('unquoted urusan read as a number', 'schema', t4, 'urusan: 2.16', 'kutip'),
  { name: 'missing required field', rule: 'schema', line: 1, standar: std(BASE.replace(/^ikhtisar:.*\n/m, '')), says: 'ikhtisar' },
  caseOf('misspelt competency', 'kompetensi/unknown', t6, 'Perikat Bangsa', 'SK.01 Perekat Bangsa'),
  caseOf('missing competency', 'kompetensi/missing', t5, 'manajerial:', 'M.08'),
  caseOf('level below the tier floor', 'kompetensi/below-floor', t7, 'M.04: 2', 'Perwal Serang 103/2021, Lampiran IV'),
  caseOf('level out of range', 'kompetensi/level', t8, 'M.04: 7'),
  caseOf('blank level', 'kompetensi/level', t9, 'M.04:', 'kosong'),
  { name: 'level the kamus does not define', rule: 'kompetensi/level', line: line(t10, 'T.90: 5'), standar: std(t10), kamus: { 'kamus/uji.yaml': SMALL_KAMUS, 'kamus/teknis.yaml': KAMUS_TEKNIS }, says: 'level 5' },
  caseOf('teknis under manajerial', 'kompetensi/wrong-group', t11, 'T.04: 3', 'teknis'),
  caseOf('competency listed twice', 'kompetensi/duplicate', t12, 'Integritas: 4', 'M.01'),
  { ...caseOf('competency written by its name (fix only)', 'kompetensi/by-name', edit(BASE, '    M.01: 3', '    integritas: 3'), 'integritas: 3', 'M.01 (Integritas)'), fixing: true },
  caseOf('deskripsi differs from the kamus', 'kompetensi/text-drift', t13, 'deskripsi: Mampu', 'kamus'),
  caseOf('deskripsi copied from another level', 'kompetensi/text-drift', t13b, 'deskripsi: Mampu menciptakan', 'level 4'),
  caseOf('indikator misnumbered', 'kompetensi/indikator-number', t14, '3.1. Mampu untuk', '3.2'),
  caseOf('misspelt tingkatan', 'tingkatan/unknown', t15, 'tingkatan: Adminstrator', 'administrator'),
  caseOf('unknown urusan', 'urusan/unknown', t16, 'urusan: "2.99"'),
  caseOf('placeholder code', 'kode/format', t17, 'kode:', '12 digit'),
  caseOf('kelompok digit 1 for an Administrator', 'kode/mismatch', t18, 'kode:', 'kelompok 2'),
  {
    name: 'two standards with one code',
    rule: 'kode/duplicate',
    line: line(t19, 'kode:'),
    standar: { 'standar/sekretaris.yaml': t19, 'standar/kopi.yaml': t19.replace('nama: Sekretaris', 'nama: Sekretaris Kedua') },
  },
  { ...caseOf('code the registry does not know', 'kode/unregistered', t19, 'kode:', 'kode.lock.yaml'), extra: registry({}) },
  { ...caseOf('code the registry has retired', 'kode/retired', t19, 'kode:', 'dipensiunkan'), extra: registry({ '204160000001': retired }) },
  caseOf('pangkat name of another golongan', 'persyaratan/pangkat', t20, 'pangkat:', 'Penata Tingkat I'),
  caseOf('pangkat outside the tier range', 'persyaratan/pangkat-tier', t21, 'pangkat:', 'II/a'),
  caseOf('unknown jenjang', 'persyaratan/jenjang', t22, 'jenjang:', 'S-1/D-IV'),
  caseOf('item without kategori', 'persyaratan/kategori', t23, '- nama: Analisis Kebijakan Publik', 'mutlak'),
  caseOf('item with two kategori', 'persyaratan/kategori', t27, 'kategori: [mutlak', 'satu'),
  caseOf('legacy leadership training name', 'persyaratan/pelatihan-kepemimpinan', t24, 'Diklat Pim III', 'Pelatihan Kepemimpinan Administrator'),
  caseOf('leadership training not mutlak', 'persyaratan/pelatihan-kepemimpinan', t26, 'kategori: penting', 'mutlak'),
  {
    name: 'two standards of one unit with one nama',
    rule: 'standar/duplicate-nama',
    line: line(BASE, 'nama: Sekretaris'),
    standar: { 'standar/sekretaris.yaml': BASE, 'standar/kopi.yaml': BASE },
  },
  {
    name: 'atasan misspelt',
    rule: 'standar/atasan',
    line: line(BASE, 'atasan:'),
    standar: { 'standar/sekretaris.yaml': BASE.replace(/^atasan: .*$/m, 'atasan: Kepala Dinas Komunikasi dan Informatik'), 'standar/kadis.yaml': BASE.replace('nama: Sekretaris', 'nama: Kepala Dinas Komunikasi dan Informatika').replace(/^atasan: .*\n/m, '') },
    says: 'Kepala Dinas Komunikasi dan Informatika',
  },
  {
    name: 'atasan chain that returns to itself',
    rule: 'standar/atasan',
    line: line(BASE, 'atasan:'),
    standar: { 'standar/sekretaris.yaml': BASE.replace(/^atasan: .*$/m, 'atasan: Kepala Dinas'), 'standar/kadis.yaml': BASE.replace('nama: Sekretaris', 'nama: Kepala Dinas').replace(/^atasan: .*$/m, 'atasan: Sekretaris') },
    says: 'melingkar',
  },
  caseOf('teknis as a plain list of names', 'kompetensi/teknis-without-level', tTeknis, 'teknis:', 'PermenPANRB 38/2017'),
  (() => {
    const text = BASE.replace(/^ikhtisar:.*$/m, 'ikhtisar: "[ISI: ikhtisar jabatan]"');
    return { ...caseOf('placeholder left by skj new', 'standar/placeholder', text, 'ikhtisar:'), says: '[ISI: ikhtisar jabatan]' };
  })(),
  caseOf('suppression that matches nothing', 'suppression/unused', t25, 'skj-disable-next-line', 'kompetensi/level'),
  { name: 'agency kamus code defined twice', rule: 'kamus/duplicate-code', line: 6, kamus: { 'kamus/uji.yaml': SMALL_KAMUS.replace(/kompetensi:\n/, 'kompetensi:\n  - { kode: T.90, nama: Lain, definisi: D, level: {} }\n') }, says: 'T.90' },
  { name: 'agency kamus level missing', rule: 'kamus/missing-level', line: 8, kamus: { 'kamus/uji.yaml': SMALL_KAMUS }, says: '5' },
  { name: 'agency kamus level without indikator', rule: 'kamus/empty-level', line: 12, kamus: { 'kamus/uji.yaml': SMALL_KAMUS.replace('4: { deskripsi: Empat, indikator: [a] }', '4: { deskripsi: Empat }') }, says: 'indikator' },
  { name: 'agency kamus reusing a national code', rule: 'kamus/code-collision', line: 5, kamus: { 'kamus/uji.yaml': SMALL_KAMUS.replace('kode: T.90', 'kode: M.01') }, says: 'M.01 Integritas' },
  { name: 'agency manajerial kamus', rule: 'kamus/manajerial-closed', line: 1, kamus: { 'kamus/uji.yaml': SMALL_KAMUS.replace('jenis: teknis', 'jenis: manajerial') } },
];

function run(c: Pick<Case, 'standar' | 'kamus' | 'config' | 'extra' | 'fixing'>) {
  const files = (m: Record<string, string> | undefined): SourceFile[] => Object.entries(m ?? {}).map(([path, text]) => ({ path, text }));
  const kamus = c.kamus ?? { 'kamus/teknis.yaml': KAMUS_TEKNIS };
  return validate({ standar: files(c.standar), kamus: files(kamus), config: c.config, extra: c.extra, fixing: c.fixing }, bundledData());
}

describe('rules', () => {
  it('the base standard passes every rule', () => {
    expect(run({ standar: std(BASE) }).diagnostics).toEqual([]);
  });

  it('every rule has a failing case here', () => {
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(RULES.map((r) => r.id)));
  });

  it.each(CASES)('$rule: $name', (c) => {
    const result = run(c);
    const hits = result.diagnostics.filter((d) => d.rule === c.rule);
    expect(hits.map((d) => `${d.file}:${d.line}`), JSON.stringify(result.diagnostics.map((d) => `${d.line} ${d.rule}`))).toContain(
      `${Object.keys(c.standar ?? c.kamus!)[0]}:${c.line}`,
    );
    for (const d of hits) {
      const id = message('id', d.messageId, d.params);
      const en = message('en', d.messageId, d.params);
      expect(id).not.toMatch(/\{\w+\}/);
      expect(en).not.toMatch(/\{\w+\}/);
      expect(id).not.toBe(en);
      expect(en.length).toBeGreaterThan(20);
    }
    if (c.says) expect(hits.map((d) => message('id', d.messageId, d.params)).join('\n')).toContain(c.says);
  });

  it('the README documents every rule with its source and a wrong and a right example', () => {
    // The table is generated (test/messages/explain.test.ts); here: one row per rule with all six cells.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const r of RULES) expect(readme, r.id).toMatch(new RegExp(`\\| <a id="[^"]+"></a>\`${r.id}\` \\| ${r.severity} \\| [^|]+ \\| [^|]+ \\| [^|]+ \\| [^|]+ \\|`));
  });

  it('a code shared by many files names three of them and counts the rest', () => {
    const standar = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`standar/s${i}.yaml`, t19.replace('nama: Sekretaris', `nama: Sekretaris ${i}`)]));
    const hits = run({ standar }).diagnostics.filter((d) => d.rule === 'kode/duplicate');
    expect(hits).toHaveLength(6);
    expect(message('id', hits[0]!.messageId, hits[0]!.params)).toBe(
      'Kode jabatan 204160000001 juga dipakai oleh standar/s1.yaml, standar/s2.yaml, standar/s3.yaml dan 2 berkas lain. Setiap jabatan memerlukan kode sendiri; bila berkas ini salinannya, beri kode baru: `skj code --reassign standar/s0.yaml`.',
    );
  });

  it('standards sharing a misspelt atasan are each offered the nearest nama but their own', () => {
    const kadis = (i: number) => BASE.replace('nama: Sekretaris', `nama: Kepala Dinas Kominfo ${i}`).replace(/^atasan: .*$/m, 'atasan: Kepala Dinas Kominfo');
    const hits = run({ standar: { 'standar/a.yaml': kadis(1), 'standar/b.yaml': kadis(2) } }).diagnostics.filter((d) => d.rule === 'standar/atasan');
    expect(hits.map((d) => `${d.file} ${d.params.nama}`)).toEqual(['standar/a.yaml Kepala Dinas Kominfo 2', 'standar/b.yaml Kepala Dinas Kominfo 1']);
  });

  it('a matching skj-disable-next-line suppresses and counts the diagnostic', () => {
    const text = edit(BASE, '    M.04: 3', '    # skj-disable-next-line kompetensi/below-floor -- dinaikkan kemudian\n    M.04: 2');
    const result = run({ standar: std(text) });
    expect(result.diagnostics).toEqual([]);
    expect(result.suppressed).toBe(1);
  });

  it('skj.yaml aturan turns a rule off or changes its severity', () => {
    expect(run({ standar: std(t7), config: { aturan: { 'kompetensi/below-floor': 'off' } } }).diagnostics).toEqual([]);
    const warned = run({ standar: std(t7), config: { aturan: { 'kompetensi/below-floor': 'warning' } } }).diagnostics;
    expect(warned.map((d) => d.severity)).toEqual(['warning']);
  });

  it('skj.yaml tingkatan overrides a floor with the agency source', () => {
    const config: Config = { tingkatan: { administrator: { standar_minimal: { 'M.04': 2 }, sumber: 'Salinan resmi PermenPANRB 38/2017' } } };
    expect(run({ standar: std(t7), config }).diagnostics).toEqual([]);
  });
});
