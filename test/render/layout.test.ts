// The page flow engine on the stress fixture (30 teknis competencies, very long texts), checked on
// the positioned text it produces with the real font metrics: nothing leaves its cell or the page,
// rows break between indicators, and table headers repeat on every page.
import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../../src/render/pdf/fonts.js';
import { fontMeasurer } from '../../src/render/pdf/index.js';
import { layoutDocument, type LaidPage, type TextOp } from '../../src/render/pdf/layout.js';
import { pageSetup } from '../../src/render/pdf/page.js';
import { LONG, modelOf, squash } from './support.js';

const { doc, project } = modelOf(LONG);
const m = fontMeasurer(bundledFonts());
const setup = pageSetup({});
const opts = { pageWidth: setup.size[0], pageHeight: setup.size[1], margin: setup.margin, textSize: 12, tableSize: 10, catchword: true };
const pages = layoutDocument(doc, m, opts);
const texts = (p: LaidPage) => p.ops.filter((o): o is TextOp => o.kind === 'text');
const EPS = 0.01;

describe('page layout of the long fixture', () => {
  it('uses F4 by default: 215 × 330 mm = 609.45 × 935.43 pt, margins 3/2/2/2.5 cm', () => {
    expect(setup.size).toEqual([609.45, 935.43]);
    expect(setup.margin).toEqual({ left: 85.04, right: 56.69, top: 56.69, bottom: 70.87 });
    expect(pageSetup({ kertas: 'A4' }).size).toEqual([595.28, 841.89]);
    expect(pageSetup({ kertas: { lebar_mm: 100, tinggi_mm: 200 }, margin_cm: { kiri: 1 } }).margin.left).toBe(28.35);
  });

  it('keeps every text inside its box horizontally and every body line inside the text area vertically', () => {
    const bad: string[] = [];
    for (const p of pages)
      for (const t of texts(p)) {
        const w = m.width(t.text, t.style, t.size);
        if (t.x < t.box.x1 - EPS || t.x + w > t.box.x2 + EPS) bad.push(`p${pages.indexOf(p) + 1} x ${t.text}`);
        if ((t.role === 'body' || t.role === 'repeat') && (t.y < setup.margin.top - EPS || t.y + t.size * 1.25 > setup.size[1] - setup.margin.bottom + EPS)) bad.push(`p${pages.indexOf(p) + 1} y ${t.text}`);
      }
    expect(bad).toEqual([]);
  });

  it('loses no word: the text of every indicator is laid out, in order', () => {
    const all = squash(pages.flatMap((p) => texts(p).filter((t) => t.role === 'body').map((t) => t.text)).join(' '));
    const kamus = project.kamus[0]!.entries.map((e) => e.entry);
    let at = 0;
    for (const e of kamus)
      for (const lv of [1, 2, 3, 4, 5])
        for (const ind of e.levels[lv]!.indikator!) {
          const i = all.indexOf(squash(ind), at);
          expect(i, `${e.kode} level ${lv}: ${ind.slice(0, 30)}`).toBeGreaterThanOrEqual(at);
          at = i;
        }
  });

  it('breaks long rows between indicators, never through one', () => {
    // Each indicator starts with "T.nn Ln In": its label and first line sit on the same page as its last line.
    const labelPage = new Map<string, number>();
    const endPage = new Map<string, number>();
    pages.forEach((p, i) => {
      for (const t of texts(p)) {
        const start = /^(T\.\d\d L\d I\d) /.exec(t.text);
        if (start && t.role === 'body') labelPage.set(`${pages[i]!.lampiran}:${start[1]}`, i);
      }
    });
    for (const [key, page] of labelPage) {
      const [lampiran, id] = key.split(':') as [string, string];
      const [kode, lv, ind] = id.split(' ');
      const text = project.kamus[0]!.entries.find((e) => e.entry.kode === kode)!.entry.levels[Number(lv!.slice(1))]!.indikator![Number(ind!.slice(1)) - 1]!;
      const lastWord = text.slice(-8);
      const found = pages.findIndex((p, i) => i >= page && p.lampiran === Number(lampiran) && texts(p).some((t) => t.text.endsWith(lastWord)));
      endPage.set(key, found);
      expect(found, key).toBe(page);
    }
    expect(endPage.size).toBeGreaterThan(30 * 3);
  });

  it('repeats the table header at the top of every page a table runs onto', () => {
    const standar = pages.filter((p) => p.lampiran === 1);
    expect(standar.length).toBeGreaterThan(10);
    for (const p of standar.slice(1)) {
      const first = texts(p).filter((t) => t.role !== 'folio')[0]!;
      expect(['Kompetensi', 'Jenis Persyaratan', 'Level']).toContain(first.text);
      expect(first.role).toBe('repeat');
      expect(first.y).toBeCloseTo(setup.margin.top + 2, 5);
    }
  });

  it('prints the next page\'s first words as a catchword at the foot of every page but the last of a lampiran', () => {
    pages.forEach((p, i) => {
      const cw = texts(p).filter((t) => t.role === 'catchword');
      const next = pages[i + 1];
      if (!next || next.lampiran !== p.lampiran) return expect(cw).toEqual([]);
      const firstBody = texts(next).find((t) => t.role === 'body')!;
      expect(cw).toHaveLength(1);
      expect(cw[0]!.text.startsWith(firstBody.text.split(' ')[0]!)).toBe(true);
      expect(cw[0]!.y).toBeGreaterThan(setup.size[1] - setup.margin.bottom);
    });
  });
});

describe('page layout of a paragraph taller than a page', () => {
  it('breaks it by lines as a last resort, losing nothing', () => {
    const words = Array.from({ length: 2500 }, (_, i) => `kata${i}`);
    const huge = {
      ...doc,
      lampiran: [
        {
          isi: 'standar' as const,
          nomor: 'I',
          jabatan: [],
          blocks: [
            {
              kind: 'table' as const,
              table: {
                columns: [{ width: 0.3 }, { width: 0.7 }],
                header: [[{ paras: [{ text: 'A' }] }, { paras: [{ text: 'B' }] }]],
                rows: [{ cells: [{ paras: [{ text: 'satu' }] }, { paras: [{ label: '1.', text: words.join(' ') }] }] }],
              },
            },
          ],
        },
      ],
    };
    const laid = layoutDocument(huge, m, opts);
    expect(laid.length).toBeGreaterThan(2);
    const body = laid.flatMap((p) => texts(p).filter((t) => t.role === 'body').map((t) => t.text)).join(' ').split(/\s+/);
    expect(body.filter((w) => w.startsWith('kata'))).toEqual(words);
    for (const p of laid.slice(1)) expect(texts(p).filter((t) => t.role !== 'folio')[0]!.role).toBe('repeat');
  });
});
