// `skj render --format docx`: the Word document read back from its XML (unzipped): F4 page, every
// jabatan and every level text, the ticks, repeating header rows and unsplittable rows, page-number
// fields, the DRAF watermark, byte-identical output; and, where LibreOffice is installed, that it
// opens and converts to PDF.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { KOMINFO, PURWAKARTA, cli, modelOf, tempDir } from './support.js';

async function renderDocxFile(dir: string, ...args: string[]): Promise<string> {
  const out = tempDir();
  const r = await cli(['render', dir, '--format', 'docx', '--out', out, ...args]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/\.docx \(\d+ lampiran/);
  return join(out, readdirSync(out)[0]!);
}

const parts = (file: string) => unzipSync(readFileSync(file));
const xmlText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).join('');
const squash = (s: string) => s.replace(/\s+/g, '');

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('Word document of examples/kominfo-tasikmalaya', () => {
  let file = '';
  let body = '';
  beforeAll(async () => {
    file = await renderDocxFile(KOMINFO);
    body = strFromU8(parts(file)['word/document.xml']!);
  });

  it('is F4 (215 × 330 mm = 12189 × 18709 twips) with the configured margins, one section per lampiran', () => {
    const sizes = [...body.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes).toEqual([[12189, 18709], [12189, 18709]]);
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1417" w:left="1701"/);
  });

  it('holds every jabatan, every level text from the kamus, and the signature', () => {
    const text = squash(xmlText(body));
    const { doc, project } = modelOf(KOMINFO);
    for (const nama of doc.lampiran[1]!.jabatan) expect(text).toContain(squash(nama));
    for (const s of project.standar)
      for (const r of s.rows) {
        const level = r.entry!.levels[r.level!]!;
        expect(text).toContain(squash(level.deskripsi!));
        for (const ind of level.indikator!) expect(text).toContain(squash(ind));
      }
    expect(text).toContain('BUPATITASIKMALAYA,');
    expect(text).toContain('ADESUGIANTO');
  });

  it('ticks each pelatihan and pengalaman item once', () => {
    const { project } = modelOf(KOMINFO);
    const items = project.standar.flatMap((s) => {
      const p = s.data.persyaratan!;
      return [...(p.pelatihan?.manajerial ?? []), ...(p.pelatihan?.teknis ?? []), ...(p.pelatihan?.fungsional ?? []), ...(p.pengalaman_kerja ?? [])];
    });
    expect(xmlText(body).split('√').length - 1).toBe(items.length);
  });

  it('repeats header rows, keeps rows whole, and numbers pages with a field', () => {
    const tables = body.split('<w:tbl>').slice(1);
    expect(tables.length).toBeGreaterThan(30);
    const kompetensi = tables.filter((t) => t.includes('>Indikator Kompetensi<'));
    expect(kompetensi).toHaveLength(11);
    for (const t of kompetensi) {
      const rows = t.split('<w:tr>').slice(1);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).every((r) => !r.includes('<w:tblHeader/>'))).toBe(true);
      expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    }
    const persyaratan = tables.filter((t) => t.includes('>Jenis Persyaratan<'));
    // Two header rows: "Kategori" spans the Mutlak/Penting/Perlu columns.
    for (const t of persyaratan) expect(t.split('<w:tr>').slice(1, 3).every((r) => r.includes('<w:tblHeader/>'))).toBe(true);
    expect(persyaratan[0]).toMatch(/<w:gridSpan w:val="3"\/>(?:(?!<\/w:tc>).)*>Kategori</s);
    const headers = Object.entries(parts(file)).filter(([n]) => /^word\/header\d+\.xml$/.test(n)).map(([, d]) => strFromU8(d));
    expect(headers.some((h) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(h))).toBe(true);
  });

  it('is byte-identical on a second run and in another time zone, dated from the regulation', async () => {
    const again = await renderDocxFile(KOMINFO);
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
    const core = strFromU8(parts(file)['docProps/core.xml']!);
    expect(core).toContain('>2019-03-20T00:00:00Z</dcterms:created>');
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Jakarta';
    try {
      expect(readFileSync(await renderDocxFile(KOMINFO)).equals(readFileSync(file))).toBe(true);
    } finally {
      process.env.TZ = tz;
    }
  }, 120_000);
});

describe('Word document details', () => {
  it('Purwakarta: four lampiran with TANGGAL, the teknis lists, no kamus', async () => {
    const text = xmlText(strFromU8(parts(await renderDocxFile(PURWAKARTA))['word/document.xml']!));
    for (const n of ['I', 'II', 'III', 'IV']) expect(text).toContain(`LAMPIRAN ${n}`);
    expect(text.match(/TANGGAL/g)).toHaveLength(4);
    expect(text).toContain('Mampu berinovasi/membuat terobosan.');
    expect(text).not.toContain('Kode Kompetensi');
  });

  it('--force on an invalid project puts the DRAF watermark in the page headers', async () => {
    const dir = join(tempDir(), 'proj');
    cpSync(KOMINFO, dir, { recursive: true });
    const f = join(dir, 'standar/sekretaris.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('    M.01: 3\n', '    M.01: 1\n'));
    const headers = Object.entries(parts(await renderDocxFile(dir, '--force'))).filter(([n]) => /^word\/header\d+\.xml$/.test(n)).map(([, d]) => strFromU8(d));
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) {
      expect(h).toContain('string="DRAF"');
      expect(h).not.toContain('SKJ-WATERMARK');
    }
  });

  it.skipIf(!hasSoffice())('opens in LibreOffice: soffice --headless --convert-to pdf succeeds', async () => {
    const file = await renderDocxFile(PURWAKARTA);
    const out = tempDir();
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, file], { stdio: 'ignore', timeout: 120_000 });
    const pdf = readdirSync(out).find((n) => n.endsWith('.pdf'));
    expect(pdf).toBeDefined();
    expect(readFileSync(join(out, pdf!)).subarray(0, 5).toString()).toBe('%PDF-');
  }, 180_000);
});
