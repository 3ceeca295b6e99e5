// Hostile input for `skj render`: a word of 100,000 characters, margins that leave no room for
// text, and characters the bundled font cannot draw (issue 7, items 9 and 12).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderPdf } from '../../src/render/pdf/index.js';
import { bundledFonts } from '../../src/render/pdf/fonts.js';
import { pageSetup } from '../../src/render/pdf/page.js';
import { modelOf } from '../render/support.js';
import { SEKRETARIS, project, run } from './support.js';

// Each case runs the CLI on a fresh project; on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 30_000 });

const withIkhtisar = (dir: string, text: string) => {
  const file = join(dir, SEKRETARIS);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^ikhtisar: .*$/m, `ikhtisar: "${text}"`));
};

describe('skj render on hostile input', () => {
  it('lays out a 100,000-character word (broken by character) in bounded time and memory', async () => {
    const dir = project();
    const word = 'A'.repeat(100_000);
    withIkhtisar(dir, word);
    const r = await run(['render', '--out', 'out'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\.pdf \(\d+ halaman/);
    expect(readFileSync(join(dir, 'out', readdirSync(join(dir, 'out')).find((f) => f.endsWith('.md'))!), 'utf8')).toContain(word);
  }, 30_000);

  it('rejects margins that leave no room for text, located in skj.yaml (exit 2), before any layout', async () => {
    const dir = project();
    const config = join(dir, 'skj.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}render:\n  kertas: A4\n  margin_cm:\n    kiri: 10\n    kanan: 10\n`);
    const line = readFileSync(config, 'utf8').split('\n').indexOf('  margin_cm:') + 1;
    for (const cmd of ['render', 'validate']) {
      const r = await run([cmd], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`skj.yaml:${line}:3: kertas 210 × 297 mm dengan margin ini menyisakan bidang teks 10 × 252 mm; minimal 80 × 100 mm`);
      expect(r.stderr).not.toMatch(/internal|internal/i);
    }
  });

  it('rejects a --paper that leaves no room for text', async () => {
    const r = await run(['render', '--paper', '60x60', '--format', 'pdf', '--out', 'out'], project());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--paper 60x60: dengan margin proyek tersisa bidang teks 10 × 15 mm; minimal 80 × 100 mm');
  });

  it('reports characters the font lacks with file:line and prints "?" in their place', async () => {
    const dir = project();
    withIkhtisar(dir, 'Melayani warga 😀 عربي שלום 𝐀𝐁 dengan ramah');
    const r = await run(['render', '--format', 'pdf', '--out', 'out'], dir);
    expect(r.code, r.stderr).toBe(0);
    const line = readFileSync(join(dir, SEKRETARIS), 'utf8').split('\n').findIndex((l) => l.startsWith('ikhtisar:')) + 1;
    expect(r.stderr).toContain(`skj: ${SEKRETARIS}:${line}:11: peringatan: font tidak memuat «😀» (U+1F600), «ع» (U+0639)`);
    expect(r.stderr).toContain('«𝐀» (U+1D400)');
  });

  it('draws "?" in the PDF for each missing character and keeps the others', async () => {
    const { doc } = modelOf(join(import.meta.dirname, '../../examples/kominfo-tasikmalaya'));
    const marked = JSON.parse(JSON.stringify(doc).replace('Menyelenggarakan pengkajian', 'Menyelenggarakan 😀\u200d pengkajian ש'));
    const { pages } = await renderPdf(marked, { page: pageSetup({}), fonts: bundledFonts(), textSize: 12, tableSize: 10, catchword: false, pdfa: false });
    const text = pages.flatMap((p) => p.ops.flatMap((o) => (o.kind === 'text' ? [o.text] : []))).join(' ');
    expect(text).toContain('Menyelenggarakan ? pengkajian');
    expect(text).not.toContain('😀');
    expect(text).not.toContain('ש');
  }, 30_000);
});
