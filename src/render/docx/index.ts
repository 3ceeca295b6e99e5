// The Word edge: writes the render model as an editable .docx with the `docx` library, so that the
// Bagian Hukum edits the lampiran instead of retyping it. Imported only by `skj render --format docx`.
// Word lays the pages out itself; the drafting rules are given to it as paragraph and row
// properties: headings keep with next, indicators keep their lines, rows do not split, header rows
// repeat, the last rows keep with the signature.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalMergeType,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { VERSION } from '../../version.js';
import type { Block, Cell, Field, Lampiran, Para, RenderDoc, Table } from '../blocks.js';
import { deterministicZip, WATERMARK_MARKER } from './package.js';

export interface DocxPage {
  /** Width and height in points. */
  size: [number, number];
  margin: { left: number; right: number; top: number; bottom: number };
}

export interface DocxOptions {
  page: DocxPage;
  /** Font family written into the document (Word substitutes it when missing). */
  font: string;
  textSize: number;
  tableSize: number;
  /** Watermark text on every page of a --force render. */
  draftMark?: string;
}

/** Points to twentieths of a point (Word's twips). */
const tw = (pt: number) => Math.round(pt * 20);
const half = (pt: number) => Math.round(pt * 2);
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
/** A row taller than this many text lines may split across pages (else Word would push it whole). */
const CANT_SPLIT_LINES = 45;

export async function renderDocx(doc: RenderDoc, o: DocxOptions): Promise<Buffer> {
  const width = o.page.size[0] - o.page.margin.left - o.page.margin.right;
  const w = new Writer(o, width);
  const sections = doc.lampiran.map((l) => ({
    properties: {
      titlePage: true,
      page: {
        size: { width: tw(o.page.size[0]), height: tw(o.page.size[1]) },
        margin: { left: tw(o.page.margin.left), right: tw(o.page.margin.right), top: tw(o.page.margin.top), bottom: tw(o.page.margin.bottom), header: tw(o.page.margin.top / 2), footer: tw(o.page.margin.bottom / 2) },
        pageNumbers: { start: 1 },
      },
    },
    headers: {
      // Page numbers from page 2 of each lampiran, centred at the top ("- 2 -"), as the PDF prints them.
      default: new Header({ children: [w.folio(), ...w.watermark()] }),
      first: new Header({ children: w.watermark().length ? w.watermark() : [new Paragraph({})] }),
    },
    children: w.lampiran(l),
  }));
  const document = new Document({
    title: doc.title,
    creator: `skj ${VERSION}`,
    lastModifiedBy: `skj ${VERSION}`,
    styles: { default: { document: { run: { font: o.font, size: half(o.textSize) } } } },
    sections,
  });
  const bytes = await Packer.toBuffer(document);
  return deterministicZip(bytes, doc.date, o.draftMark);
}

class Writer {
  constructor(
    private readonly o: DocxOptions,
    private readonly width: number,
  ) {}

  folio(): Paragraph {
    return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] });
  }

  /** A marker paragraph that the packaging step replaces with a Word watermark shape. */
  watermark(): Paragraph[] {
    return this.o.draftMark ? [new Paragraph({ children: [new TextRun(WATERMARK_MARKER)] })] : [];
  }

  lampiran(l: Lampiran): (Paragraph | DocxTable)[] {
    const out: (Paragraph | DocxTable)[] = [];
    let breakBefore = false;
    const lastTable = l.blocks.map((b) => b.kind).lastIndexOf('table');
    l.blocks.forEach((b, i) => {
      if (b.kind === 'page-break') {
        breakBefore = true;
        return;
      }
      out.push(...this.block(b, breakBefore, i === lastTable && l.blocks.slice(i + 1).some((x) => x.kind === 'signature')));
      breakBefore = false;
    });
    return out;
  }

  private run(text: string, bold = false, size = this.o.textSize): TextRun {
    return new TextRun({ text, bold, size: half(size) });
  }

  private block(b: Block, pageBreakBefore: boolean, beforeSignature: boolean): (Paragraph | DocxTable)[] {
    const size = this.o.textSize;
    switch (b.kind) {
      case 'header':
        return this.header(b.fields);
      case 'title':
        return b.lines.map(
          (line, i) =>
            new Paragraph({
              alignment: AlignmentType.CENTER,
              keepNext: true,
              pageBreakBefore: pageBreakBefore && i === 0,
              spacing: { after: i === b.lines.length - 1 ? tw(size) : 0 },
              children: [this.run(line, true)],
            }),
        );
      case 'heading':
        return [
          new Paragraph({
            alignment: b.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
            keepNext: true,
            keepLines: true,
            pageBreakBefore,
            spacing: { before: tw(size * 0.4), after: tw(size * 0.2) },
            children: [this.run(b.text, true)],
          }),
        ];
      case 'fields':
        return this.fields(b.fields, !!b.boldLabels, pageBreakBefore);
      case 'table':
        return [this.table(b.table, beforeSignature), new Paragraph({ keepNext: beforeSignature, spacing: { after: tw(size * 0.4) }, children: [] })];
      case 'signature':
        return this.signature(b.jabatan, b.nama);
      case 'page-break':
        return [];
    }
  }

  /** "LAMPIRAN I : …" at the top right: label, colon and a value whose wrapped lines align. */
  private header(fields: Field[]): Paragraph[] {
    const x = this.width * 0.34;
    const colon = x + 100;
    const value = colon + 10;
    return fields.map(
      (f, i) =>
        new Paragraph({
          indent: { left: tw(value), hanging: tw(value - x) },
          tabStops: [
            { type: TabStopType.LEFT, position: tw(colon) },
            { type: TabStopType.LEFT, position: tw(value) },
          ],
          spacing: { after: i === fields.length - 1 ? tw(this.o.textSize * 1.5) : 0 },
          keepNext: true,
          children: [this.run(`${f.label}\t:\t${f.value}`)],
        }),
    );
  }

  private fields(fields: Field[], boldLabels: boolean, pageBreakBefore: boolean): Paragraph[] {
    const longest = Math.max(...fields.map((f) => f.label.length));
    const colon = Math.min(this.width * 0.35, longest * this.o.textSize * 0.62 + 6);
    const value = colon + 10;
    return fields.map(
      (f, i) =>
        new Paragraph({
          indent: { left: tw(value), hanging: tw(value) },
          tabStops: [
            { type: TabStopType.LEFT, position: tw(colon) },
            { type: TabStopType.LEFT, position: tw(value) },
          ],
          keepNext: true,
          keepLines: true,
          pageBreakBefore: pageBreakBefore && i === 0,
          spacing: { after: i === fields.length - 1 ? tw(this.o.textSize * 0.6) : 0 },
          children: [this.run(f.label, boldLabels), this.run(`\t:\t${f.value}`)],
        }),
    );
  }

  private signature(jabatan: string, nama: string): Paragraph[] {
    const indent = { left: tw(this.width * 0.5) };
    return [
      new Paragraph({ alignment: AlignmentType.CENTER, indent, keepNext: true, keepLines: true, spacing: { before: tw(this.o.textSize), after: tw(this.o.textSize * 4 * 1.25) }, children: [this.run(jabatan)] }),
      new Paragraph({ alignment: AlignmentType.CENTER, indent, keepLines: true, children: [this.run(nama, true)] }),
    ];
  }

  // ---- tables --------------------------------------------------------------------------------

  private table(t: Table, beforeSignature: boolean): DocxTable {
    const total = t.columns.reduce((s, c) => s + c.width, 0);
    const widths = t.columns.map((c) => tw((this.width * c.width) / total));
    const grid = [...t.header.map((cells) => ({ cells, header: true, group: false })), ...t.rows.map((r) => ({ cells: r.cells, header: false, group: !!r.group }))];
    // Vertical merges: a cell that the row below continues (joinAbove) starts a merge.
    const starts = (rowIndex: number, col: number) => {
      const below = grid[rowIndex + 1];
      return !!below && cellAt(below.cells, col)?.joinAbove === true;
    };
    const rows = grid.map((row, r) => {
      let col = 0;
      const lines = Math.max(1, ...row.cells.map((c) => c.paras.reduce((n, p) => n + Math.ceil((p.text.length + 1) / 40), 0)));
      // The last rows keep with the signature; a group row ("A. Manajerial") keeps with the row after it.
      const keepNext = row.group || (beforeSignature && r >= grid.length - 2);
      const cells = row.cells.map((c) => {
        const span = c.span ?? 1;
        const cellWidth = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        const merge = c.joinAbove ? VerticalMergeType.CONTINUE : starts(r, col) ? VerticalMergeType.RESTART : undefined;
        const align = c.align ?? t.columns[col]?.align ?? 'left';
        col += span;
        return new TableCell({
          width: { size: cellWidth, type: WidthType.DXA },
          columnSpan: span > 1 ? span : undefined,
          verticalMerge: merge,
          borders: { top: c.joinAbove ? NO_BORDER : BORDER, bottom: BORDER, left: BORDER, right: BORDER },
          margins: { left: tw(4), right: tw(4), top: tw(2), bottom: tw(2) },
          children: this.cellParas(c, align, row.header, keepNext),
        });
      });
      return new TableRow({ tableHeader: row.header, cantSplit: row.header || lines <= CANT_SPLIT_LINES, children: cells });
    });
    return new DocxTable({ rows, columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA } });
  }

  /** One Word paragraph per indicator: its lines never split across pages (keepLines). */
  private cellParas(c: Cell, align: 'left' | 'center', header: boolean, keepNext: boolean): Paragraph[] {
    const size = this.o.tableSize;
    if (!c.paras.length) return [new Paragraph({ keepNext, children: [] })];
    const labelWidth = Math.max(0, ...c.paras.map((p) => (p.label ? p.label.length * size * 0.55 + size * 0.4 : 0)));
    return c.paras.map((p: Para) => {
      const children: ParagraphChild[] = p.label ? [this.run(p.label, !!p.bold || header, size), this.run(`\t${p.text}`, !!p.bold || header, size)] : [this.run(p.text, !!p.bold || header, size)];
      return new Paragraph({
        alignment: align === 'center' && !p.label ? AlignmentType.CENTER : AlignmentType.LEFT,
        indent: p.label ? { left: tw(labelWidth), hanging: tw(labelWidth) } : undefined,
        tabStops: p.label ? [{ type: TabStopType.LEFT, position: tw(labelWidth) }] : undefined,
        keepLines: true,
        keepNext,
        spacing: { after: tw(1) },
        children,
      });
    });
  }
}

function cellAt(cells: Cell[], col: number): Cell | undefined {
  let at = 0;
  for (const c of cells) {
    if (at === col) return c;
    at += c.span ?? 1;
    if (at > col) return undefined;
  }
  return undefined;
}
