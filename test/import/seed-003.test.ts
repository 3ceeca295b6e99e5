// Seed 003 (Perbup Purwakarta 213/2020: four generic standards, teknis and persyaratan as free-text
// lists, a local sosial-kultural competency) imported as text matches examples/purwakarta field by
// field, except the judgement corrections the example documents in its files' comments.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { importDocuments } from '../../src/import/index.js';
import type { StandarFile } from '../../src/model/standar.js';
import { bundledData } from '../../src/reference/bundled.js';
import { differences, readStandards } from './compare.js';

const SEED = 'test/seeds/003_8746567bb1539b84.txt';
const result = importDocuments([{ name: '003.txt', text: readFileSync(SEED, 'utf8') }], bundledData(), { lang: 'id', kamusPrefix: 'PWK' });
const files = new Map(result.files.map((f) => [f.path, parse(f.text)]));
const examples = readStandards('examples/purwakarta/standar');

const LAINNYA_SEKDA =
  'usia paling tinggi 56 (lima puluh enam) tahun | sehat jasmani dan rohani | diutamakan memiliki bukti keahlian teknis fungsional yang relevan | mendapat penilaian prestasi kerja sekurang-kurangnya bernilai baik selama 2 (dua) tahun terakhir | tidak sedang menjalani hukuman disiplin sedang/berat | tidak sedang dituntut ganti rugi karena mal administrasi | tidak sedang berstatus hukum sebagai tersangka/terdakwa/terpidana';
const STANDARDS = {
  'sekretaris-daerah.yaml': ['jabatan pimpinan tinggi pratama sekretaris daerah', 'PKN II'],
  'jabatan-pimpinan-tinggi-pratama.yaml': ['jabatan pimpinan tinggi pratama', 'PKN II'],
  'jabatan-administrator.yaml': ['jabatan administrator', 'PKA'],
  'jabatan-pengawas.yaml': ['jabatan pengawas', 'PKP'],
};
// Judgements documented in the comments of examples/purwakarta/standar/*.yaml.
const CORRECTIONS: string[] = [
  ...Object.entries(STANDARDS).flatMap(([file, [jabatan, pelatihan]]) => [
    // The generic standards print no urusan: the example fills 4.01 Sekretariat Daerah.
    `${file} urusan:  ≠ 4.01`,
    // No ikhtisar printed: the example writes a neutral one from the title.
    `${file} ikhtisar:  ≠ ${jabatan} pada pemerintah kabupaten purwakarta`,
    // "dengan mengutamakan spesialisasi pendidikan ..." written as a bidang ilmu.
    `${file} bidang_ilmu:  ≠ diutamakan spesialisasi pendidikan yang sesuai dengan kebutuhan jabatan`,
    // No pelatihan printed: leadership training added as mutlak for a structural post (001:645-655).
    `${file} pelatihan.manajerial.1: ∅ ≠ ${pelatihan} [mutlak]`,
  ]),
  // Lampiran II JPT Pratama prints no Pengambilan Keputusan row (003:211-231): added at the floor.
  'jabatan-pimpinan-tinggi-pratama.yaml manajerial.M.08: ∅ ≠ 4',
  // Lampiran I (Sekretaris Daerah) prints no persyaratan: the example copies Lampiran II's.
  'sekretaris-daerah.yaml jenjang:  ≠ S-1/D-IV',
  'sekretaris-daerah.yaml pangkat:  ≠ IV/a',
  'sekretaris-daerah.yaml pengalaman.1: ∅ ≠ sedang atau pernah menduduki jabatan administrator (eselon iii) atau jabatan fungsional jenjang ahli madya minimal selama 2 (dua) tahun [mutlak]',
  `sekretaris-daerah.yaml lainnya:  ≠ ${LAINNYA_SEKDA}`,
];

describe('skj import: seed 003 → examples/purwakarta', () => {
  test('four standards, the local sosial-kultural kamus', () => {
    expect([...files.keys()].filter((p) => p.startsWith('standar/')).sort()).toEqual(
      [...examples.keys()].map((f) => `standar/${f}`).sort(),
    );
    const kamus = files.get('kamus/sosial-kultural.yaml');
    expect(kamus.kompetensi.map((k: { kode: string; nama: string }) => `${k.kode} ${k.nama}`)).toEqual(['SK.PWK.01 Nilai Keistimewaan']);
    expect(Object.keys(kamus.kompetensi[0].level)).toEqual(['4']);
  });

  test('teknis lists without levels are kept as printed, never given levels', () => {
    const teknis = files.get('standar/sekretaris-daerah.yaml').kompetensi.teknis;
    expect(teknis).toHaveLength(17);
    expect(teknis.at(-1)).toBe('mampu berinovasi dan membuat terobosan.');
    expect(result.report.sections[0]!.notes.map((n) => n.id)).toContain('import.note.teknis-no-levels');
  });

  test('every standard matches the example except the documented corrections', () => {
    const diffs: string[] = [];
    for (const [path, model] of files) {
      if (!path.startsWith('standar/')) continue;
      const name = path.slice('standar/'.length);
      diffs.push(...differences(name, model as StandarFile, examples.get(name)!));
    }
    expect(diffs.sort()).toEqual([...CORRECTIONS].sort());
  });
});
