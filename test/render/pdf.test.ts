// The printed PDF, checked through the text poppler extracts from it (pdftotext, pdfinfo): page size,
// header block, every jabatan, every competency's level, deskripsi and indicators in order, the
// persyaratan ticks, the signature, word positions on the long fixture, and reproducible bytes.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageSetup } from '../../src/render/pdf/page.js';
import { KOMINFO, LONG, cli, columnEdges, hasPoppler, modelOf, pdftotext, squash, tempDir } from './support.js';

interface Word {
  page: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  text: string;
}

function words(file: string): Word[] {
  const html = pdftotext(file, '-bbox');
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) out.push({ page, x1: +m[1]!, y1: +m[2]!, x2: +m[3]!, y2: +m[4]!, text: m[5]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>') });
  }
  return out;
}

async function renderPdfFile(dir: string, ...args: string[]): Promise<string> {
  const out = tempDir();
  const r = await cli(['render', dir, '--format', 'pdf', '--out', out, ...args]);
  expect(r.code, r.stderr).toBe(0);
  return join(out, readdirSync(out)[0]!);
}

describe.skipIf(!hasPoppler)('PDF of examples/kominfo-tasikmalaya (pdftotext)', () => {
  const { doc, project, ref } = modelOf(KOMINFO);
  let file = '';
  let pages: string[] = [];
  beforeAll(async () => {
    file = await renderPdfFile(KOMINFO);
    pages = pdftotext(file, '-raw').split('\f');
  }, 60_000);

  it('is F4, 609.45 × 935.43 pt, with reproducible metadata', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+609\.45 x 935\.43 pts/);
    expect(info).toMatch(/Title:\s+Lampiran Peraturan Bupati Tasikmalaya Nomor 51 Tahun 2019/);
    expect(info).toMatch(/CreationDate:\s+Wed Mar 20 00:00:00 2019 UTC/);
  });

  it('starts each lampiran with the header block at the top right', () => {
    const w = words(file);
    for (const [i, nomor] of ['I', 'II'].entries()) {
      const page = pages.findIndex((p) => squash(p).includes(squash(`LAMPIRAN ${nomor} : PERATURAN BUPATI`))) + 1;
      expect(page).toBeGreaterThan(i);
      const text = squash(pages[page - 1]!);
      expect(text).toContain(squash('NOMOR : 51 TAHUN 2019'));
      expect(text).toContain(squash('TENTANG : STANDAR KOMPETENSI JABATAN ESELON II, ESELON III DAN ESELON IV DI LINGKUNGAN DINAS KOMUNIKASI DAN INFORMATIKA'));
      const lampiran = w.find((x) => x.page === page && x.text === 'LAMPIRAN')!;
      expect(lampiran.y1).toBeLessThan(80);
      expect(lampiran.x1).toBeGreaterThan(200);
    }
  });

  it('prints every jabatan on its own page, and every competency\'s level, deskripsi and indicators in order', () => {
    const start = pages.findIndex((p) => p.includes('LAMPIRAN II'));
    const all = squash(pages.slice(start).join('\n'));
    let at = 0;
    const seek = (s: string, what: string) => {
      const i = all.indexOf(squash(s), at);
      expect(i, what).toBeGreaterThanOrEqual(at);
      at = i;
    };
    for (const nama of doc.lampiran[1]!.jabatan) {
      const s = project.standar.find((d) => d.data.nama === nama)!;
      const page = pages.findIndex((p, i) => i >= start && squash(p).includes(squash(`Nama Jabatan : ${nama}`)));
      expect(squash(pages[page]!).indexOf(squash('STANDAR KOMPETENSI JABATAN')), nama).toBeGreaterThanOrEqual(0);
      seek(`Nama Jabatan : ${nama}`, nama);
      const rows = [...s.rows].sort((a, b) => (a.group === b.group && a.group !== 'teknis' ? ref.kamus.entries.indexOf(a.entry!) - ref.kamus.entries.indexOf(b.entry!) : 0));
      for (const r of rows) {
        const teks = r.entry!.levels[r.level!]!;
        seek(`${r.entry!.nama}`, `${nama}: ${r.key}`);
        seek(`${r.level}${teks.deskripsi}`, `${nama}: ${r.key} level and deskripsi`);
        teks.indikator!.forEach((ind, k) => seek(`${r.level}.${k + 1}. ${ind}`, `${nama}: ${r.key} indikator ${k + 1}`));
      }
      seek('III. PERSYARATAN JABATAN', nama);
    }
  });

  it('ticks each persyaratan item in its Mutlak, Penting or Perlu column', () => {
    const edges = columnEdges(KOMINFO, 'Jenis Persyaratan');
    const ticks = words(file).filter((w) => w.text === '√');
    const column = (w: Word) => ['mutlak', 'penting', 'perlu'][edges.findIndex((e, i) => i >= 3 && w.x1 >= e && w.x2 <= edges[i + 1]!)  - 3];
    const counted = { mutlak: 0, penting: 0, perlu: 0 } as Record<string, number>;
    for (const t of ticks) counted[column(t)!]!++;
    const expected = { mutlak: 0, penting: 0, perlu: 0 } as Record<string, number>;
    for (const s of project.standar) {
      const p = s.data.persyaratan!;
      for (const x of [...(p.pelatihan?.manajerial ?? []), ...(p.pelatihan?.teknis ?? []), ...(p.pelatihan?.fungsional ?? []), ...(p.pengalaman_kerja ?? [])]) expected[x!.kategori!]!++;
    }
    expect(counted).toEqual(expected);
    expect(ticks.length).toBeGreaterThan(20);
  });

  it('signs each lampiran at the bottom right of its last page', () => {
    const w = words(file);
    const lastPages = [pages.findIndex((p) => p.includes('LAMPIRAN II')), pages.length - 1];
    for (const last of lastPages) {
      const text = pages[last - 1]!;
      const lines = text.trimEnd().split('\n').filter((l) => !/^- \d+ -$/.test(l));
      expect(lines.slice(-2)).toEqual(['BUPATI TASIKMALAYA,', 'ADE SUGIANTO']);
      const name = w.find((x) => x.page === last && x.text === 'SUGIANTO')!;
      expect(name.x1).toBeGreaterThan(609.45 / 2);
    }
  });

  it('is byte-identical on a second render', async () => {
    const again = await renderPdfFile(KOMINFO);
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
  }, 30_000);

  it('marks every page DRAF when forced past validation errors', async () => {
    const { cpSync, writeFileSync } = await import('node:fs');
    const dir = join(tempDir(), 'proj');
    cpSync(KOMINFO, dir, { recursive: true });
    const f = join(dir, 'standar/sekretaris.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('    M.01: 3\n', '    M.01: 1\n'));
    const draft = await renderPdfFile(dir, '--force');
    // The mark is set diagonally; pdftotext -raw gives it letter by letter at the start of each page.
    const ps = pdftotext(draft, '-raw').split('\f').filter((p) => p.trim());
    expect(ps.length).toBeGreaterThan(60);
    for (const p of ps) expect(squash(p).startsWith('DRAF')).toBe(true);
    for (const p of pages.filter((x) => x.trim())) expect(squash(p).startsWith('DRAF')).toBe(false);
  }, 30_000);
});

describe.skipIf(!hasPoppler)('PDF of the long fixture (30 teknis competencies): word positions', () => {
  const { margin, size } = pageSetup({});
  let w: Word[] = [];
  let text = '';
  beforeAll(async () => {
    const file = await renderPdfFile(LONG);
    w = words(file);
    text = squash(pdftotext(file, '-raw'));
  }, 60_000);

  it('keeps every word inside the text area (folios excepted)', () => {
    const outside = w.filter((x) => !/^-?\d*-?$/.test(x.text) && (x.x1 < margin.left - 0.5 || x.x2 > size[0] - margin.right + 0.5 || x.y1 < margin.top - 0.5 || x.y2 > size[1] - margin.bottom + 4));
    expect(outside.map((x) => `${x.page}:${x.text}`)).toEqual([]);
  });

  it('lets no word cross a column line of the competency and persyaratan tables', () => {
    // Column lines as the layout sizes them (shares widened to the longest unbreakable token).
    const COLUMNS = { kompetensi: columnEdges(LONG, 'Kompetensi').slice(1, -1), persyaratan: columnEdges(LONG, 'Jenis Persyaratan').slice(1, -1) };
    const edges = (xs: number[]) => xs;
    const first = w.find((x) => x.text === 'II' && w.some((y) => y.page === x.page && y.text === 'LAMPIRAN'))!.page;
    const crossing: string[] = [];
    let checked = 0;
    for (let p = first; p <= Math.max(...w.map((x) => x.page)); p++) {
      const onPage = w.filter((x) => x.page === p);
      const kompetensi = onPage.find((x) => x.text === 'Kompetensi' && onPage.some((y) => y.text === 'Level' && Math.abs(y.y1 - x.y1) < 1));
      const persyaratan = onPage.find((x) => x.text === 'Jenis' && onPage.some((y) => y.text === 'Uraian' && Math.abs(y.y1 - x.y1) < 1));
      const end = onPage.find((x) => x.text === 'III.')?.y1 ?? size[1];
      const signature = onPage.find((x) => x.text === 'BUPATI')?.y1 ?? size[1];
      for (const x of onPage) {
        // Below each header row (merged cells such as "C. Pengalaman Kerja" span the first two persyaratan columns).
        const lines = kompetensi && x.y1 > kompetensi.y2 && x.y2 < end ? edges(COLUMNS.kompetensi) : persyaratan && x.y1 > persyaratan.y2 && x.y2 < signature ? edges(COLUMNS.persyaratan).slice(1) : [];
        if (lines.length) checked++;
        if (lines.some((e) => x.x1 < e - 0.5 && x.x2 > e + 0.5)) crossing.push(`${p}:${x.text}`);
      }
    }
    expect(crossing).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it('repeats the header row at the top of each page of the standard', () => {
    const first = w.find((x) => x.text === 'II' && w.some((y) => y.page === x.page && y.text === 'LAMPIRAN'))!.page;
    const last = Math.max(...w.map((x) => x.page));
    for (let p = first + 1; p <= last; p++) {
      const top = w.filter((x) => x.page === p && x.y1 > margin.top - 1).sort((a, b) => a.y1 - b.y1 || a.x1 - b.x1)[0]!;
      expect(['Kompetensi', 'Jenis'], `page ${p}`).toContain(top.text);
      expect(top.y1).toBeLessThan(margin.top + 10);
    }
    expect(last - first).toBeGreaterThan(10);
  });

  it('prints all 30 teknis competencies with all their indicators', () => {
    const { project } = modelOf(LONG);
    const s = project.standar[0]!;
    for (const r of s.rows.filter((x) => x.group === 'teknis')) for (const ind of r.entry!.levels[r.level!]!.indikator!) expect(text).toContain(squash(ind));
  });
});
