// .docx input: a Word document built by the test (with the `docx` library) from a model imports back
// to the same model, through mammoth and the same recognisers as text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { KamusFile } from '../../src/model/kamus.js';
import type { StandarFile } from '../../src/model/standar.js';
import { skj } from '../support/cli.js';
import { meaning } from './compare.js';
import { kamusRows, readYaml, standarRows, type Rows } from './layouts.js';

/** Single-cell rows become paragraphs, runs of table rows one table of six columns. */
function docxOf(rows: Rows): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let table: TableRow[] = [];
  const flush = () => {
    if (table.length) children.push(new Table({ rows: table, width: { size: 100, type: WidthType.PERCENTAGE } }));
    table = [];
  };
  for (const r of rows) {
    if (r.length <= 1) {
      flush();
      children.push(new Paragraph(r[0] ?? ''));
      continue;
    }
    const cells = [...r, ...Array(Math.max(0, 6 - r.length)).fill('')].slice(0, 6);
    table.push(new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) }));
  }
  flush();
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

describe('skj import of a .docx', { timeout: 60_000 }, () => {
  test('a Word document built from a model imports back to the same model', async () => {
    const kamus = readYaml<KamusFile>('examples/kominfo-tasikmalaya/kamus/teknis.yaml');
    const standar = readYaml<StandarFile>('examples/kominfo-tasikmalaya/standar/kepala-seksi-aplikasi-dan-database.yaml');
    const dir = mkdtempSync(join(tmpdir(), 'skj-docx-'));
    writeFileSync(join(dir, 'perbup.docx'), await docxOf([...kamusRows(kamus), ...standarRows(standar, kamus)]));
    const r = await skj(['import', 'perbup.docx', '--out', 'proyek'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const model = parse(readFileSync(join(dir, 'proyek/standar/kepala-seksi-aplikasi-dan-database.yaml'), 'utf8')) as StandarFile;
    expect(meaning(model)).toEqual(meaning({ ...standar, kode: undefined }));
    expect(parse(readFileSync(join(dir, 'proyek/kamus/teknis.yaml'), 'utf8')).kompetensi.map((k: { kode: string }) => k.kode)).toEqual(kamus.kompetensi.map((k) => k.kode));
  });

  test('a broken .docx fails in one line, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skj-docx-'));
    writeFileSync(join(dir, 'rusak.docx'), 'bukan zip');
    const r = await skj(['import', 'rusak.docx', '--out', 'proyek'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^skj: rusak\.docx: berkas \.docx tidak dapat dibaca/);
  });
});
