// The importer on layouts it was not tuned on: the same standard, printed from the model and written
// as tab rows, HTML-ish cells, one cell per line and GFM tables, reads back as the same model; and
// the usual damage of converted documents (page-break debris, split cells, two-line names, numbering
// noise, no kategori column, missing parts) is absorbed or reported, never silently guessed.
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { importDocuments } from '../../src/import/index.js';
import type { KamusFile } from '../../src/model/kamus.js';
import type { StandarFile } from '../../src/model/standar.js';
import { bundledData } from '../../src/reference/bundled.js';
import { meaning } from './compare.js';
import { cellPerLineLayout, gfmLayout, htmlLayout, kamusRows, readYaml, standarRows, tabLayout, type Rows } from './layouts.js';

const kamus = readYaml<KamusFile>('examples/kominfo-tasikmalaya/kamus/teknis.yaml');
const standar = readYaml<StandarFile>('examples/kominfo-tasikmalaya/standar/kepala-seksi-aplikasi-dan-database.yaml');
const expected = meaning({ ...standar, kode: undefined });

function importText(text: string) {
  const out = importDocuments([{ name: 'dokumen.txt', text }], bundledData(), { lang: 'en' });
  const std = out.files.find((f) => f.path.startsWith('standar/'))!;
  return { model: parse(std.text) as StandarFile, out, notes: out.report.sections.flatMap((s) => s.notes) };
}

const document = (rows: Rows) => [...kamusRows(kamus), [''], ...rows];

describe('the same standard in every text layout', () => {
  const layouts = { tab: tabLayout, html: htmlLayout, 'one cell per line': cellPerLineLayout, gfm: gfmLayout };
  for (const [name, layout] of Object.entries(layouts)) {
    test(name, () => {
      const { model, out } = importText(layout(document(standarRows(standar, kamus))));
      expect(meaning(model)).toEqual(expected);
      expect(out.files.some((f) => f.path === 'kamus/teknis.yaml')).toBe(true);
    });
  }
});

describe('damage of converted documents', () => {
  test('page-break debris: repeated headers, page numbers, rules', () => {
    const rows = standarRows(standar, kamus);
    const at = rows.findIndex((r) => r[0]?.startsWith('5. '));
    rows.splice(at, 0, ['- 12 -'], ['------', '--'], ['Kompetensi', 'Level', 'Deskripsi', 'Indikator Perilaku']);
    const p = rows.findIndex((r) => r[0] === 'C. Pengalaman Kerja');
    rows.splice(p, 0, ['Halaman 3'], ['Jenis Persyaratan', '', 'Uraian', 'Kategori'], ['', '', '', 'Mutlak', 'Penting', 'Perlu']);
    expect(meaning(importText(tabLayout(document(rows))).model)).toEqual(expected);
  });

  test('a cell split over two lines and a jabatan name printed on two lines', () => {
    const rows = standarRows(standar, kamus);
    const name = rows.findIndex((r) => r[0]!.startsWith('Nama Jabatan'));
    rows.splice(name, 1, ['Nama Jabatan : Kepala Seksi Aplikasi'], ['dan Database']);
    const ind = rows.findIndex((r) => r[3]?.startsWith('2.2. '));
    const text = rows[ind]![3]!;
    const cut = text.indexOf(' ', text.length / 2);
    rows.splice(ind, 1, ['', '', '', text.slice(0, cut)], ['', '', '', text.slice(cut + 1)]);
    const { model } = importText(tabLayout(document(rows)));
    expect(meaning(model)).toEqual(expected);
  });

  test('numbering noise in competency names', () => {
    const { model } = importText(tabLayout(document(standarRows(standar, kamus, { nameNoise: true }))));
    expect(meaning(model)).toEqual(expected);
  });

  test('no kategori column: every item written and reported, none silently guessed', () => {
    const { model, notes } = importText(tabLayout(document(standarRows(standar, kamus, { kategori: false }))));
    const items = [...(model.persyaratan.pelatihan.manajerial ?? []), ...(model.persyaratan.pelatihan.teknis ?? []), ...(model.persyaratan.pengalaman_kerja ?? [])];
    expect(items.length).toBe(7);
    const judged = notes.filter((n) => n.id.startsWith('import.note.tick-'));
    expect(judged).toHaveLength(7);
    expect(judged.every((n) => n.line > 0)).toBe(true);
  });

  test('a document with only part of the fields: written, and every missing part reported', () => {
    const rows = standarRows(standar, kamus);
    const cut = rows.findIndex((r) => r[0] === 'III. PERSYARATAN JABATAN');
    const { model, notes } = importText(tabLayout(document(rows.slice(0, cut))));
    expect(model.kompetensi.manajerial['M.01']).toBe(2);
    expect(notes.map((n) => n.id)).toContain('import.note.persyaratan-missing');
  });
});

describe('a document without a kamus teknis', () => {
  test('the agency kamus teknis is built from what the standards print, levels never invented', () => {
    const out = importDocuments([{ name: 'dokumen.txt', text: tabLayout(standarRows(standar, kamus)) }], bundledData(), { lang: 'en', kamusPrefix: 'TSM' });
    const built = parse(out.files.find((f) => f.path === 'kamus/teknis.yaml')!.text) as KamusFile;
    expect(built.kompetensi.map((k) => `${k.kode} ${k.nama}`)).toEqual(['T.TSM.01 Telematika dan persandian']);
    expect(Object.keys(built.kompetensi[0]!.level)).toEqual(['2']);
    expect(built.kompetensi[0]!.level[2]!.deskripsi).toBe(kamus.kompetensi.find((k) => k.kode === 'T.06')!.level[2]!.deskripsi);
    const model = parse(out.files.find((f) => f.path.startsWith('standar/'))!.text) as StandarFile;
    expect(model.kompetensi.teknis).toEqual({ 'T.TSM.01': 2 });
    const notes = out.report.sections.flatMap((s) => s.notes);
    expect(notes.find((n) => n.id === 'import.note.kamus-built-levels')?.params.levels).toBe('1, 3, 4, 5');
  });
});
