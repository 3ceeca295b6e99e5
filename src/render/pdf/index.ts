// The pdfkit edge: lays the render model out with the chosen fonts and writes the PDF bytes.
// This module (and with it pdfkit and fontkit) is imported only by `skj render --format pdf`.
import PDFDocument from 'pdfkit';
import { UsageError } from '../../project/errors.js';
import { VERSION } from '../../version.js';
import type { RenderDoc } from '../blocks.js';
import type { FontFiles } from './fonts.js';
import { coverDoc, type Coverage } from './glyphs.js';
import { layoutDocument, type LaidPage, type TextOp } from './layout.js';
import type { PageSetup } from './page.js';
import { CachedMeasurer, type Measurer, type Style } from './wrap.js';

export interface PdfOptions {
  page: PageSetup;
  fonts: FontFiles;
  textSize: number;
  tableSize: number;
  catchword: boolean;
  pdfa: boolean;
  /** Watermark text on every page of a --force render. */
  draftMark?: string;
  /** Display form of font paths for error messages. */
  display?: (path: string) => string;
  onPage?: (pages: number) => void;
}

export interface PdfResult {
  bytes: Buffer;
  pages: LaidPage[];
  /** What every face of the fonts can draw; other characters were printed as "?". */
  coverage: Coverage;
}

const STYLES: Style[] = ['regular', 'bold', 'italic', 'boldItalic'];

function registerFonts(pdf: PDFKit.PDFDocument, fonts: FontFiles, display: (p: string) => string = (p) => p): Measurer {
  for (const style of STYLES) {
    try {
      pdf.registerFont(style, fonts[style]);
      pdf.font(style);
    } catch (e) {
      throw new UsageError('cli.render.font-bad', { path: display(fonts[style]), detail: (e as Error).message });
    }
  }
  return new CachedMeasurer({ width: (text, style, size) => pdf.font(style).fontSize(size).widthOfString(text) });
}

/** pdfkit has no public glyph lookup: its embedded fonts keep the fontkit font as `.font`. */
interface EmbeddedFont {
  font?: { hasGlyphForCodePoint(cp: number): boolean };
}

function fontCoverage(pdf: PDFKit.PDFDocument): Coverage {
  const faces = STYLES.map((style) => (pdf.font(style) as unknown as { _font: EmbeddedFont })._font.font);
  const known = new Map<number, boolean>();
  return (cp) => {
    let has = known.get(cp);
    if (has === undefined) {
      has = faces.every((f) => !f || f.hasGlyphForCodePoint(cp));
      known.set(cp, has);
    }
    return has;
  };
}

/** The metrics the layout uses, for checking a layout without writing a PDF. */
export function fontMeasurer(fonts: FontFiles): Measurer {
  return registerFonts(new PDFDocument({ autoFirstPage: false }), fonts);
}

export async function renderPdf(source: RenderDoc, o: PdfOptions): Promise<PdfResult> {
  const created = new Date(source.date * 1000);
  const pdf = new PDFDocument({
    autoFirstPage: false,
    size: o.page.size,
    margin: 0,
    compress: true,
    lang: 'id-ID',
    displayTitle: true,
    // PDF/A keeps Info and XMP in step; pdfkit writes no xmp:ModifyDate, so ModDate only outside PDF/A.
    info: { Title: source.title, Creator: `skj ${VERSION}`, Producer: 'skj (PDFKit)', CreationDate: created, ...(o.pdfa ? {} : { ModDate: created }) },
    ...(o.pdfa ? { subset: 'PDF/A-2b' as const, pdfVersion: '1.7' as const } : {}),
  });
  // The file ID is a hash of the Info dictionary (dates included), so fixed dates give a fixed ID.
  const measurer = registerFonts(pdf, o.fonts, o.display);
  const coverage = fontCoverage(pdf);
  const doc = coverDoc(source, coverage);
  const pages = layoutDocument(doc, measurer, { pageWidth: o.page.size[0], pageHeight: o.page.size[1], margin: o.page.margin, textSize: o.textSize, tableSize: o.tableSize, catchword: o.catchword }, o.onPage);

  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((res, rej) => {
    pdf.on('end', () => res());
    pdf.on('error', rej);
  });
  for (const page of pages) {
    pdf.addPage({ size: o.page.size, margin: 0 });
    if (o.draftMark) draftMark(pdf, o.draftMark, o.page.size);
    pdf.fillColor('black');
    for (const op of page.ops) if (op.kind === 'text') drawText(pdf, op);
    pdf.lineWidth(0.5).strokeColor('black');
    for (const op of page.ops) if (op.kind === 'line') pdf.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2);
    pdf.stroke();
  }
  pdf.end();
  await done;
  return { bytes: Buffer.concat(chunks), pages, coverage };
}

function drawText(pdf: PDFKit.PDFDocument, op: TextOp): void {
  pdf.font(op.style).fontSize(op.size).text(op.text, op.x, op.y, { lineBreak: false });
}

/** A large grey diagonal word behind the content of each page. */
function draftMark(pdf: PDFKit.PDFDocument, text: string, [w, h]: [number, number]): void {
  const size = Math.min(w, h) / 4;
  pdf.save();
  pdf.rotate(-50, { origin: [w / 2, h / 2] });
  pdf.font('bold').fontSize(size).fillColor('#d0d0d0');
  const tw = pdf.widthOfString(text);
  pdf.text(text, (w - tw) / 2, h / 2 - size / 2, { lineBreak: false });
  pdf.restore();
}
