// `skj render --format md`: GitHub-flavoured Markdown with the same content and order as the PDF,
// and the command's behaviour (validation gate, --force, --out) exercised through the CLI.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { KOMINFO, cli, modelOf, tempDir } from './support.js';

describe('Markdown writer', () => {
  const { doc, project } = modelOf(KOMINFO);
  const md = renderMarkdown(doc);

  it('has the header block, the jabatan in print order and the signature of each lampiran', () => {
    expect(md).toContain('**LAMPIRAN I** : PERATURAN BUPATI TASIKMALAYA  \nNOMOR : 51 TAHUN 2019  \nTENTANG : STANDAR KOMPETENSI JABATAN ESELON II');
    expect(md).toContain('**LAMPIRAN II** : PERATURAN BUPATI TASIKMALAYA');
    expect(md.match(/<p align="right">BUPATI TASIKMALAYA,<br><br><br><br>ADE SUGIANTO<\/p>/g)).toHaveLength(2);
    let at = md.indexOf('<!-- LAMPIRAN II -->');
    for (const nama of doc.lampiran[1]!.jabatan) {
      const next = md.indexOf(`**Nama Jabatan** : ${nama}  \n`, at);
      expect(next, nama).toBeGreaterThan(at);
      at = next;
    }
    expect(doc.lampiran[1]!.jabatan).toHaveLength(project.standar.length);
  });

  it('writes GFM tables, one row per line, with indicators joined by <br> and √ ticks', () => {
    expect(md).toContain('| **Kompetensi** | **Level** | **Deskripsi** | **Indikator Kompetensi** |\n|---|:---:|---|---|\n| **A. Manajerial** | | | |\n| 1. **Integritas** | 4 |');
    expect(md).toContain('| **Jenis Persyaratan** | | **Uraian** | **Mutlak** | **Penting** | **Perlu** |');
    expect(md).toMatch(/\| \*\*B\. Pelatihan\*\* \| 1\. Manajerial \| Pelatihan Kepemimpinan Administrator \| √ \| \| \|/);
    expect(md).toContain('<br>4.2. Mendukung dan menerapkan prinsip moral');
    for (const line of md.split('\n').filter((l) => l.startsWith('| ') && l.includes('**Kompetensi**'))) expect(line.split(' | ')).toHaveLength(4);
  });

  it('gives each standard a heading with its jabatan, and no table an empty header row', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## STANDAR KOMPETENSI JABATAN'));
    expect(headings).toEqual(doc.lampiran[1]!.jabatan.map((n) => `## STANDAR KOMPETENSI JABATAN: ${n}`));
    expect(new Set(headings).size).toBe(headings.length);
    expect(md).not.toMatch(/^\|( \|)+$/m);
    expect(md).toContain('| **Ikhtisar Jabatan** | Menyelenggarakan perumusan kebijakan teknis');
  });

  it('escapes pipes inside cells', () => {
    const d = structuredClone(doc);
    const t = d.lampiran[1]!.blocks.find((b) => b.kind === 'table')!;
    if (t.kind === 'table') t.table.rows[0]!.cells[1]!.paras[0]!.text = 'a | b';
    expect(renderMarkdown(d)).toContain('a \\| b');
  });
});

describe('skj render (CLI)', () => {
  it('writes the PDF and the Markdown into an --out folder, byte-identical on a second run', async () => {
    const out = tempDir();
    const r = await cli(['render', KOMINFO, '--out', `${out}/`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['lampiran-peraturan-bupati-tasikmalaya-51-2019.md', 'lampiran-peraturan-bupati-tasikmalaya-51-2019.pdf']);
    expect(r.stdout).toMatch(/Ditulis .*\.pdf \(\d+ halaman, 2 lampiran\)\nDitulis .*\.md\n/);
    const again = tempDir();
    await cli(['render', KOMINFO, '--out', again]);
    for (const f of files) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  }, 30_000);

  it('--out FILE.md writes only that file', async () => {
    const out = join(tempDir(), 'lampiran.md');
    const r = await cli(['render', KOMINFO, '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('## STANDAR KOMPETENSI JABATAN');
    expect((await cli(['render', KOMINFO, '--format', 'pdf', '--out', out])).code).toBe(2);
    expect((await cli(['render', KOMINFO, '--format', 'odt'])).stderr).toMatch(/--format/);
  });

  it('an unwritable --out is one located line, exit 2, and leaves no temporary file', async () => {
    const dir = tempDir();
    const blocker = join(dir, 'berkas');
    writeFileSync(blocker, 'bukan folder');
    const r = await cli(['render', KOMINFO, '--format', 'md', '--out', join(blocker, 'lampiran') + '/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^skj: Tidak dapat menulis .*berkas\/lampiran\/.*\.md \(ENOTDIR\)\.\n$/);
    expect(readdirSync(dir)).toEqual(['berkas']);
  });

  it('refuses an invalid repo with the validation diagnostics (exit 1); --force renders a DRAFT', async () => {
    const dir = join(tempDir(), 'proj');
    cpSync(KOMINFO, dir, { recursive: true });
    const file = join(dir, 'standar/sekretaris.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    M.01: 3\n', '    M.01: 1\n'));
    const out = join(tempDir(), 'out');
    const refused = await cli(['render', dir, '--out', out, '--format', 'md']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/sekretaris\.yaml/);
    expect(refused.stderr).toMatch(/kompetensi\/below-floor|below-floor/);
    expect(refused.stderr).toMatch(/--force/);
    expect(existsSync(out)).toBe(false);

    const forced = await cli(['render', dir, '--out', out, '--format', 'md', '--force', '--lang', 'en']);
    expect(forced.code).toBe(0);
    const md = readFileSync(join(out, 'lampiran-peraturan-bupati-tasikmalaya-51-2019.md'), 'utf8');
    expect(md.match(/> \*\*DRAFT: not validated by skj/g)).toHaveLength(2);
    // The printed level is the one written (1), its text from the kamus level 1.
    expect(md).toMatch(/\| 1\. \*\*Integritas\*\* \| 1 \| Mampu bertindak sesuai nilai/);
  });

  it('shows one updating progress line on a terminal, and clears it', async () => {
    const out = tempDir();
    const tty = await cli(['render', KOMINFO, '--out', out], {}, true);
    expect(tty.stderr).toMatch(/^\r\x1b\[Kskj render: memvalidasi \d+ berkas…/);
    expect(tty.stderr).toMatch(/menata PDF, halaman 2…/);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(tty.stderr).not.toContain('\n');
  }, 30_000);
});
