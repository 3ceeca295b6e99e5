// The drafting rules of issue 10, checked by position on the laid-out pages of both examples and the
// stress fixture: no page ends with a heading; no page has fewer than MIN_LINES text lines, the last
// page of a lampiran having that many before its signature; the signature shares its page with
// table content; narrow columns never break after a list number or leave one letter on a line.
import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../../src/render/pdf/fonts.js';
import { fontMeasurer } from '../../src/render/pdf/index.js';
import { layoutDocument, MIN_LINES, type LaidPage, type TextOp } from '../../src/render/pdf/layout.js';
import { pageSetup } from '../../src/render/pdf/page.js';
import { KOMINFO, LONG, PURWAKARTA, modelOf } from './support.js';

const m = fontMeasurer(bundledFonts());
const laid = (dir: string, paper?: [number, number]) => {
  const setup = pageSetup({}, paper);
  return layoutDocument(modelOf(dir).doc, m, { pageWidth: setup.size[0], pageHeight: setup.size[1], margin: setup.margin, textSize: 12, tableSize: 10, catchword: false });
};
const body = (p: LaidPage) => p.ops.filter((o): o is TextOp => o.kind === 'text' && o.role === 'body');
/** Distinct baselines of body text (a line of a table row counts once however many cells it spans). */
const lines = (ops: TextOp[]) => new Set(ops.map((o) => Math.round(o.y * 10))).size;

describe.each([
  ['examples/kominfo-tasikmalaya', KOMINFO],
  ['examples/purwakarta', PURWAKARTA],
  ['test/fixtures/render-long', LONG],
])('drafting rules on %s', (_, dir) => {
  const pages = laid(dir);

  it('no page ends with a heading, a group row or a Kode/Nama/Definisi block', () => {
    const bad = pages.flatMap((p, i) => {
      const ops = body(p).filter((o) => !o.signature);
      const lastY = Math.max(...ops.map((o) => o.y));
      const last = ops.filter((o) => o.y === lastY);
      return last.some((o) => o.keep) ? [`p${i + 1}: ${last.map((o) => o.text).join(' ')}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it(`no page carries fewer than ${MIN_LINES} text lines; a lampiran's last page has ${MIN_LINES} before its signature`, () => {
    const bad = pages.flatMap((p, i) => {
      const content = body(p).filter((o) => !o.signature);
      return lines(content) < MIN_LINES ? [`p${i + 1}: ${lines(content)} lines`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('the signature is on a page with table content, after it', () => {
    const signed = pages.filter((p) => body(p).some((o) => o.signature));
    expect(signed.length).toBe(new Set(pages.map((p) => p.lampiran)).size);
    for (const p of signed) {
      const sigY = Math.min(...body(p).filter((o) => o.signature).map((o) => o.y));
      const tableText = body(p).filter((o) => !o.signature && !o.keep && o.y < sigY && o.size === 10);
      expect(tableText.length).toBeGreaterThan(0);
      expect(p.ops.some((o) => o.kind === 'line' && o.y1 < sigY)).toBe(true);
    }
  });
});

describe('narrow columns', () => {
  it('keep "3. Fungsional", "2. Bidang Ilmu" and "Tk. I" together even on narrow paper', () => {
    for (const paper of [undefined, [150, 330] as [number, number]]) {
      const pages = laid(KOMINFO, paper);
      const texts = pages.flatMap(body).map((o) => o.text);
      // A line that is only a list number, or a single letter/Roman numeral, means a bad break.
      const cellLines = pages.flatMap((p) => p.ops.filter((o): o is TextOp => o.kind === 'text' && o.role === 'body' && o.size === 10));
      const labelsAlone = cellLines.filter((o, _i, all) => /^\d+\.$/.test(o.text) && !all.some((x) => x !== o && Math.abs(x.y - o.y) < 0.1 && x.x > o.x && x.x - o.x < 30 && x.box.x1 === o.box.x1));
      expect(labelsAlone.map((o) => `${o.text}@${o.x.toFixed(0)},${o.y.toFixed(0)} ${paper}`).slice(0, 5)).toEqual([]);
      // On F4 no line is a lone letter or Roman numeral; on paper too narrow for whole words some
      // words are broken by character, but "Tk." still never ends a line without its "I".
      if (!paper) expect(cellLines.filter((o) => /^([A-Za-z]|[IVX]{1,4})[.,]?$/.test(o.text)).map((o) => o.text)).toEqual([]);
      expect(cellLines.filter((o) => /\bTk\.?$/.test(o.text)).map((o) => o.text)).toEqual([]);
      if (!paper) expect(texts).toContain('3. Fungsional');
    }
  });
});
