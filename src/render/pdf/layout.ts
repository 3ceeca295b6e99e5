// The page flow engine: turns the render model into positioned text and rules, page by page.
// Pure (fonts reach it only through a Measurer), so layout can be tested without writing a PDF.
// Tables flow across pages: a row breaks between paragraphs (indicators) of its multi-paragraph
// cells, never through one, and the header rows are repeated on every page the table runs onto.
// Drafting rules (issue 10): a heading or a competency's Kode/Nama/Definisi block moves with the
// start of its table; no page of a section (a standard, or a lampiran without page breaks) is a stub
// of fewer than MIN_LINES lines, and the signature moves with the last rows of its lampiran;
// narrow columns are sized to their longest unbreakable token and keep "3. Fungsional" or "Tk. I"
// on one line.
import type { Block, Cell, Field, Lampiran, Para, RenderDoc, Row, Table } from '../blocks.js';
import { wrap, type Measurer, type Style } from './wrap.js';

export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface LayoutOptions {
  pageWidth: number;
  pageHeight: number;
  margin: Margins;
  /** Body text size (header block, titles, fields, signature), pt. */
  textSize: number;
  /** Table text size, pt. */
  tableSize: number;
  catchword: boolean;
}

/** What a text is, so that tests and catchwords can tell content from page furniture. */
export type TextRole = 'body' | 'repeat' | 'folio' | 'catchword';

export interface TextOp {
  kind: 'text';
  x: number;
  /** Top of the line box. */
  y: number;
  text: string;
  style: Style;
  size: number;
  role: TextRole;
  /** Box the text must stay inside (a table cell's inner box, or the text area). */
  box: { x1: number; x2: number };
  /** Part of a heading, a group row or a Kode/Nama/Definisi block: never the last thing on a page. */
  keep?: boolean;
  /** Part of the signature block. */
  signature?: boolean;
}

export interface LineOp {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export type Op = TextOp | LineOp;

export interface LaidPage {
  ops: Op[];
  /** Index of the lampiran in the document. */
  lampiran: number;
  /** Page number within its lampiran, from 1. */
  number: number;
}

const LEADING = 1.25;
/** Fewest text lines on the last page of a section (Done-when of issue 10). */
export const MIN_LINES = 8;
/** Joins words that must not be separated by a line break; measured and printed as a space. */
const GLUE = '\uE000';
const PAD_X = 4;
const PAD_TOP = 2;
const PAD_BOTTOM = 4;
const PARA_GAP = 1;

interface ParaBox {
  label?: string;
  lines: string[];
  style: Style;
}

/**
 * "3. Fungsional", "2. Bidang Ilmu": a leading list number stays with its first word; a one-letter
 * word or a Roman numeral ("Tk. I", "Eselon III") stays with the word before it.
 */
export function glue(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  words.forEach((w, i) => {
    const prev = out.length - 1;
    if (i === 1 && /^(\d+|[A-Za-z])\.$/.test(words[0]!)) out[prev] += GLUE + w;
    else if (i > 0 && (w.length === 1 || /^[IVX]{1,4}[.,;:)]?$/.test(w))) out[prev] += GLUE + w;
    else out.push(w);
  });
  return out.join(' ');
}

const unglue = (s: string) => s.split(GLUE).join(' ');

interface CellBox {
  paras: ParaBox[];
  x: number;
  width: number;
  labelWidth: number;
  align: 'left' | 'center';
  joinAbove: boolean;
}

interface TableBoxes {
  xs: number[];
  header: CellBox[][];
  headerH: number;
  rows: CellBox[][];
  rowH: number[];
}

export class PageFlow {
  readonly pages: LaidPage[] = [];
  private page!: LaidPage;
  private y = 0;
  private lampiran = 0;
  /** Nothing but furniture (and a repeated table header) on this page yet. */
  private fresh = true;
  /** Marks the text being written as a keep-with-next heading. */
  private keeping = false;
  private signing = false;
  private readonly m: Measurer;
  private readonly tables = new WeakMap<Table, TableBoxes>();

  constructor(
    measurer: Measurer,
    private readonly o: LayoutOptions,
    private readonly onPage: (pages: number) => void = () => {},
  ) {
    this.m = { width: (text, style, size) => measurer.width(text.includes(GLUE) ? unglue(text) : text, style, size) };
  }

  private get left(): number {
    return this.o.margin.left;
  }
  private get right(): number {
    return this.o.pageWidth - this.o.margin.right;
  }
  private get bottom(): number {
    return this.o.pageHeight - this.o.margin.bottom;
  }
  private get width(): number {
    return this.right - this.left;
  }
  private lh(size: number): number {
    return size * LEADING;
  }

  layout(doc: RenderDoc): LaidPage[] {
    doc.lampiran.forEach((l, i) => {
      this.lampiran = i;
      this.layoutLampiran(l);
    });
    this.furniture();
    return this.pages;
  }

  private newPage(): void {
    const number = this.page && this.page.lampiran === this.lampiran ? this.page.number + 1 : 1;
    this.page = { ops: [], lampiran: this.lampiran, number };
    this.pages.push(this.page);
    this.y = this.o.margin.top;
    this.fresh = true;
    this.onPage(this.pages.length);
  }

  private text(x: number, y: number, text: string, style: Style, size: number, box: TextOp['box'], role: TextRole = 'body'): void {
    const op: TextOp = { kind: 'text', x, y, text, style, size, role, box };
    if (this.keeping) op.keep = true;
    if (this.signing) op.signature = true;
    this.page.ops.push(op);
    if (role === 'body') this.fresh = false;
  }

  /** Height of the stub a section's last page must exceed: MIN_LINES table lines, each possibly a row of its own. */
  private get stub(): number {
    return MIN_LINES * (this.lh(this.o.tableSize) + PAD_TOP + PAD_BOTTOM);
  }

  /**
   * Widow control at a break opportunity: `remaining` is the height from here to the end of the
   * section, `next` the same from the following opportunity. When the section will spill onto one
   * more page with less than `need` on it, break here: the latest point that leaves at least `need`.
   */
  private avoidStub(remaining: number, next: number, need: number): boolean {
    const spill = remaining - (this.bottom - this.y);
    if (this.fresh || spill <= 0 || spill >= need || remaining < need || next >= need) return false;
    this.newPage();
    return true;
  }

  private line(x1: number, y1: number, x2: number, y2: number): void {
    this.page.ops.push({ kind: 'line', x1, y1, x2, y2 });
  }

  /** Starts a new page unless `h` fits below the current position (or the page is still empty). */
  private ensure(h: number): void {
    if (this.y + h > this.bottom && !this.fresh) this.newPage();
  }

  private layoutLampiran(l: Lampiran): void {
    this.newPage();
    // tail[i]: height of blocks i.. up to the next page break (the end of the section).
    const tail: number[] = new Array(l.blocks.length + 1).fill(0);
    for (let i = l.blocks.length - 1; i >= 0; i--) tail[i] = l.blocks[i]!.kind === 'page-break' ? 0 : this.fullHeight(l.blocks[i]!) + tail[i + 1]!;
    const lastBreak = l.blocks.map((b) => b.kind).lastIndexOf('page-break');
    const sig = l.blocks.find((b) => b.kind === 'signature');
    l.blocks.forEach((b, i) => {
      // The last section carries the signature: the stub it must exceed includes the signature block.
      const need = this.stub + (i > lastBreak && sig ? this.fullHeight(sig) : 0);
      if (b.kind !== 'page-break' && b.kind !== 'signature' && b.kind !== 'table') {
        const unit = b.kind === 'fields' ? this.fullHeight(b) : this.blockHeight(b);
        if (!this.avoidStub(tail[i]!, tail[i]! - unit, need)) this.ensure(this.minHeight(l.blocks, i));
      }
      if (b.kind === 'table') {
        this.ensure(this.minHeight(l.blocks, i));
        this.table(b.table, tail[i + 1]! + this.o.textSize * 0.8, need);
        this.y += this.o.textSize * 0.8;
      } else this.block(b);
    });
  }

  /** Height of a whole block laid out without page breaks. */
  private fullHeight(b: Block): number {
    const size = this.o.textSize;
    switch (b.kind) {
      case 'fields':
        return b.fields.reduce((h, f) => h + this.fieldHeight(f, b), 0) + size * 0.6;
      case 'table': {
        const t = this.boxes(b.table);
        return t.headerH + t.rowH.reduce((a, h) => a + h, 0) + size * 0.8;
      }
      case 'signature':
        return this.signatureLayout(b.jabatan, b.nama).height;
      default:
        return this.blockHeight(b);
    }
  }

  /** Height a block needs on its page: headings are kept with the start of what follows them. */
  private minHeight(blocks: Block[], i: number, depth = 0): number {
    const b = blocks[i];
    if (!b) return 0;
    switch (b.kind) {
      case 'heading':
      case 'title':
        return this.blockHeight(b) + (depth < 4 ? this.minHeight(blocks, i + 1, depth + 1) : 0);
      case 'fields': {
        // A competency's Kode/Nama/Definisi block moves whole with the start of its table.
        const next = blocks[i + 1];
        const whole = this.fullHeight(b);
        return next?.kind === 'table' && whole < (this.bottom - this.o.margin.top) / 2 ? whole + this.minHeight(blocks, i + 1, depth + 1) : this.fieldHeight(b.fields[0]!, b);
      }
      case 'table': {
        const t = this.boxes(b.table);
        // The first row with content: a group row ("A. Manajerial") needs the row after it.
        const first = t.rows[0] ? this.minFragment(t.rows[0]) : 0;
        const second = b.table.rows[0]?.group && t.rows[1] ? this.minFragment(t.rows[1]) : 0;
        return t.headerH + first + second;
      }
      default:
        return this.blockHeight(b);
    }
  }

  private blockHeight(b: Block): number {
    const size = this.o.textSize;
    switch (b.kind) {
      case 'heading':
        return this.wrapped(b.text, this.width, 'bold', size).length * this.lh(size) + size * 0.4;
      case 'title':
        return b.lines.flatMap((t) => this.wrapped(t, this.width, 'bold', size)).length * this.lh(size) + size;
      case 'header':
        return this.headerLayout(b.fields).height + size * 1.5;
      default:
        return 0;
    }
  }

  private wrapped(text: string, width: number, style: Style, size: number): string[] {
    return wrap(glue(text), width, style, size, this.m).map(unglue);
  }

  private block(b: Block): void {
    const size = this.o.textSize;
    const lh = this.lh(size);
    switch (b.kind) {
      case 'page-break':
        this.newPage();
        return;
      case 'header': {
        const h = this.headerLayout(b.fields);
        for (const line of h.lines) {
          if (line.label) this.text(h.x, this.y, line.label, 'regular', size, { x1: h.x, x2: this.right });
          if (line.label) this.text(h.colonX, this.y, ':', 'regular', size, { x1: h.x, x2: this.right });
          this.text(h.valueX, this.y, line.value, 'regular', size, { x1: h.valueX, x2: this.right });
          this.y += lh;
        }
        this.y += size * 1.5;
        return;
      }
      case 'title':
        this.keeping = true;
        for (const t of b.lines)
          for (const line of this.wrapped(t, this.width, 'bold', size)) {
            this.text(this.left + (this.width - this.m.width(line, 'bold', size)) / 2, this.y, line, 'bold', size, { x1: this.left, x2: this.right });
            this.y += lh;
          }
        this.keeping = false;
        this.y += size;
        return;
      case 'heading':
        this.keeping = true;
        for (const line of this.wrapped(b.text, this.width, 'bold', size)) {
          const x = b.align === 'center' ? this.left + (this.width - this.m.width(line, 'bold', size)) / 2 : this.left;
          this.text(x, this.y, line, 'bold', size, { x1: this.left, x2: this.right });
          this.y += lh;
        }
        this.keeping = false;
        this.y += size * 0.4;
        return;
      case 'fields':
        this.keeping = true;
        this.fields(b);
        this.keeping = false;
        return;
      case 'table':
        this.table(b.table, 0, 0);
        this.y += size * 0.8;
        return;
      case 'signature':
        this.signature(b.jabatan, b.nama);
        return;
    }
  }

  private headerLayout(fields: Field[]) {
    const size = this.o.textSize;
    const x = this.left + this.width * 0.34;
    const labelW = Math.max(...fields.map((f) => this.m.width(f.label, 'regular', size)));
    const colonX = x + labelW + size * 0.4;
    const valueX = colonX + this.m.width(': ', 'regular', size);
    const lines: { label?: string; value: string }[] = [];
    for (const f of fields) this.wrapped(f.value, this.right - valueX, 'regular', size).forEach((value, i) => lines.push(i === 0 ? { label: f.label, value } : { value }));
    return { x, colonX, valueX, lines, height: lines.length * this.lh(size) };
  }

  private fieldGeometry(b: Extract<Block, { kind: 'fields' }>) {
    const size = this.o.textSize;
    const style: Style = b.boldLabels ? 'bold' : 'regular';
    const labelW = Math.max(...b.fields.map((f) => this.m.width(f.label, style, size)));
    const colonX = this.left + labelW + size * 0.5;
    const valueX = colonX + this.m.width(': ', 'regular', size);
    return { style, colonX, valueX };
  }

  private fieldHeight(f: Field, b: Extract<Block, { kind: 'fields' }>): number {
    const g = this.fieldGeometry(b);
    return Math.max(1, this.wrapped(f.value, this.right - g.valueX, 'regular', this.o.textSize).length) * this.lh(this.o.textSize);
  }

  private fields(b: Extract<Block, { kind: 'fields' }>): void {
    const size = this.o.textSize;
    const g = this.fieldGeometry(b);
    for (const f of b.fields) {
      const lines = this.wrapped(f.value, this.right - g.valueX, 'regular', size);
      this.ensure(Math.min(lines.length, 2) * this.lh(size));
      this.text(this.left, this.y, f.label, g.style, size, { x1: this.left, x2: g.colonX });
      this.text(g.colonX, this.y, ':', 'regular', size, { x1: g.colonX, x2: g.valueX });
      for (const line of lines) {
        if (this.y + this.lh(size) > this.bottom) this.newPage();
        this.text(g.valueX, this.y, line, 'regular', size, { x1: g.valueX, x2: this.right });
        this.y += this.lh(size);
      }
      if (!lines.length) this.y += this.lh(size);
    }
    this.y += size * 0.6;
  }

  private signatureLayout(jabatan: string, nama: string) {
    const size = this.o.textSize;
    const x1 = this.left + this.width * 0.5;
    const w = this.right - x1;
    const jabatanLines = this.wrapped(jabatan, w, 'regular', size);
    const namaLines = this.wrapped(nama, w, 'bold', size);
    return { x1, w, jabatanLines, namaLines, height: size + (jabatanLines.length + 4 + namaLines.length) * this.lh(size) };
  }

  private signature(jabatan: string, nama: string): void {
    const size = this.o.textSize;
    const lh = this.lh(size);
    const { x1, w, jabatanLines, namaLines, height } = this.signatureLayout(jabatan, nama);
    this.ensure(height);
    this.signing = true;
    this.y += size;
    for (const line of jabatanLines) {
      this.text(x1 + (w - this.m.width(line, 'regular', size)) / 2, this.y, line, 'regular', size, { x1, x2: this.right });
      this.y += lh;
    }
    this.y += 4 * lh; // room for the signature and seal
    for (const line of namaLines) {
      this.text(x1 + (w - this.m.width(line, 'bold', size)) / 2, this.y, line, 'bold', size, { x1, x2: this.right });
      this.y += lh;
    }
    this.signing = false;
  }

  // ---- tables -------------------------------------------------------------------------------

  /**
   * Column edges from the configured shares, widened where a column's longest unbreakable token
   * (a glued "3. Fungsional", "III/d,") would not fit, taking the room from the other columns.
   */
  columnX(t: Table): number[] {
    const total = t.columns.reduce((s, c) => s + c.width, 0);
    const widths = t.columns.map((c) => (this.width * c.width) / total);
    const need = widths.map(() => 0);
    const size = this.o.tableSize;
    for (const [cells, header] of [...t.header.map((r) => [r, true] as const), ...t.rows.map((r) => [r.cells, false] as const)]) {
      let col = 0;
      for (const c of cells) {
        if ((c.span ?? 1) === 1 && col < need.length) {
          const labels = c.paras.filter((p) => p.label);
          const labelW = labels.length ? Math.max(...labels.map((p) => this.m.width(p.label!, styleOf(p, header), size))) + this.m.width(' ', 'regular', size) : 0;
          for (const p of c.paras)
            for (const token of glue(p.text).split(' ')) need[col] = Math.max(need[col]!, this.m.width(token, styleOf(p, header), size) + (p.label ? labelW : 0) + 2 * PAD_X + 0.5);
        }
        col += c.span ?? 1;
      }
    }
    const short = widths.map((w, i) => Math.max(0, need[i]! - w));
    const extra = short.reduce((a, b) => a + b, 0);
    const spare = widths.map((w, i) => (short[i]! > 0 ? 0 : Math.max(0, w - need[i]!)));
    const spareTotal = spare.reduce((a, b) => a + b, 0);
    if (extra > 0 && spareTotal > 0) {
      const take = Math.min(extra, spareTotal);
      widths.forEach((w, i) => (widths[i] = short[i]! > 0 ? w + (short[i]! * take) / extra : w - (spare[i]! * take) / spareTotal));
    }
    const xs = [this.left];
    for (const w of widths) xs.push(xs[xs.length - 1]! + w);
    xs[xs.length - 1] = this.right;
    return xs;
  }

  private boxes(t: Table): TableBoxes {
    let b = this.tables.get(t);
    if (!b) {
      const xs = this.columnX(t);
      const header = t.header.map((r) => this.layoutCells(r, xs, true, t));
      const rows = t.rows.map((r) => this.layoutCells(r.cells, xs, false, t));
      b = { xs, header, headerH: header.reduce((h, r) => h + this.rowHeight(r), 0), rows, rowH: rows.map((r) => this.rowHeight(r)) };
      this.tables.set(t, b);
    }
    return b;
  }

  private layoutCells(cells: Cell[], xs: number[], header = false, t?: Table): CellBox[] {
    const size = this.o.tableSize;
    let col = 0;
    return cells.map((c) => {
      const span = c.span ?? 1;
      const x = xs[col]!;
      const width = xs[Math.min(col + span, xs.length - 1)]! - x;
      const align = c.align ?? t?.columns[col]?.align ?? 'left';
      col += span;
      const inner = width - 2 * PAD_X;
      const labels = c.paras.filter((p) => p.label);
      const labelWidth = labels.length ? Math.max(...labels.map((p) => this.m.width(p.label!, styleOf(p, header), size))) + this.m.width(' ', 'regular', size) : 0;
      const paras = c.paras.map((p: Para) => {
        const style = styleOf(p, header);
        return { label: p.label, style, lines: this.wrapped(p.text, inner - (p.label ? labelWidth : 0), style, size) };
      });
      return { paras, x, width, labelWidth, align, joinAbove: !!c.joinAbove };
    });
  }

  private parasHeight(paras: ParaBox[]): number {
    const lh = this.lh(this.o.tableSize);
    return paras.reduce((h, p, i) => h + Math.max(1, p.lines.length) * lh + (i > 0 ? PARA_GAP : 0), 0);
  }

  private rowHeight(cells: CellBox[]): number {
    return Math.max(...cells.map((c) => this.parasHeight(c.paras))) + PAD_TOP + PAD_BOTTOM;
  }

  /** Smallest first fragment of a row: single-paragraph cells whole, others their first paragraph. */
  private minFragment(cells: CellBox[]): number {
    return Math.max(...cells.map((c) => this.parasHeight(c.paras.length > 1 ? c.paras.slice(0, 1) : c.paras))) + PAD_TOP + PAD_BOTTOM;
  }

  /**
   * Splits a row to fit `avail`. Strict: whole paragraphs only, single-paragraph cells must fit whole
   * and multi-paragraph cells keep at least one. Loose (last resort on an empty page): by lines.
   */
  private split(cells: CellBox[], avail: number, strict: boolean): { first: CellBox[]; rest: CellBox[] } | undefined {
    const lh = this.lh(this.o.tableSize);
    const room = avail - PAD_TOP - PAD_BOTTOM;
    const first: CellBox[] = [];
    const rest: CellBox[] = [];
    for (const c of cells) {
      const taken: ParaBox[] = [];
      let h = 0;
      let i = 0;
      for (; i < c.paras.length; i++) {
        const ph = Math.max(1, c.paras[i]!.lines.length) * lh + (taken.length ? PARA_GAP : 0);
        if (h + ph > room) break;
        taken.push(c.paras[i]!);
        h += ph;
      }
      const remaining = c.paras.slice(i);
      if (strict && remaining.length && (c.paras.length === 1 || taken.length === 0)) return undefined;
      if (!strict && remaining.length) {
        const lines = Math.floor((room - h - (taken.length ? PARA_GAP : 0)) / lh);
        const p = remaining[0]!;
        if (lines > 0) {
          taken.push({ ...p, lines: p.lines.slice(0, lines) });
          remaining[0] = { style: p.style, lines: p.lines.slice(lines) };
        }
      }
      first.push({ ...c, paras: taken });
      rest.push({ ...c, paras: remaining, joinAbove: true });
    }
    if (!first.some((c) => c.paras.length)) return undefined;
    return { first, rest };
  }

  private drawCells(cells: CellBox[], h: number, atTop: boolean, role: TextRole): void {
    const size = this.o.tableSize;
    const lh = this.lh(size);
    const y0 = this.y;
    for (const c of cells) {
      if (!c.joinAbove || atTop) this.line(c.x, y0, c.x + c.width, y0);
      this.line(c.x, y0, c.x, y0 + h);
      this.line(c.x + c.width, y0, c.x + c.width, y0 + h);
      let y = y0 + PAD_TOP;
      const x1 = c.x + PAD_X;
      const x2 = c.x + c.width - PAD_X;
      c.paras.forEach((p, i) => {
        if (i > 0) y += PARA_GAP;
        if (p.label) this.text(x1, y, p.label, p.style, size, { x1, x2 }, role);
        for (const line of p.lines) {
          const tx = c.align === 'center' && !p.label ? x1 + (x2 - x1 - this.m.width(line, p.style, size)) / 2 : x1 + (p.label ? c.labelWidth : 0);
          this.text(tx, y, line, p.style, size, { x1, x2 }, role);
          y += lh;
        }
        if (!p.lines.length) y += lh;
      });
    }
    this.y = y0 + h;
  }

  private closeTable(xs: number[]): void {
    this.line(xs[0]!, this.y, xs[xs.length - 1]!, this.y);
  }

  /** `after`: height of the section after this table; `need`: the stub its last page must exceed. */
  private table(t: Table, after: number, need: number): void {
    const { xs, header, headerH, rows, rowH } = this.boxes(t);
    const drawHeader = (repeat: boolean) => {
      header.forEach((r, i) => this.drawCells(r, this.rowHeight(r), i === 0, repeat ? 'repeat' : 'body'));
    };
    const breakPage = () => {
      this.closeTable(xs);
      this.newPage();
      drawHeader(true);
    };
    // remaining[i]: rows i.. of this table and everything after it in the section.
    const remaining: number[] = new Array(rows.length + 1).fill(after);
    for (let i = rows.length - 1; i >= 0; i--) remaining[i] = remaining[i + 1]! + rowH[i]!;
    this.ensure(headerH + (rows[0] ? this.minFragment(rows[0]) : 0));
    drawHeader(false);
    let rowsOnPage = 0;
    rows.forEach((cells, i) => {
      const row: Row = t.rows[i]!;
      let current = cells;
      if (need && rowsOnPage > 0) {
        const spill = remaining[i]! - (this.bottom - this.y);
        if (spill > 0 && spill < need && remaining[i]! >= need && remaining[i + 1]! < need) {
          breakPage();
          rowsOnPage = 0;
        }
      }
      this.keeping = !!row.group;
      // A group heading row stays with the start of the row after it.
      if (row.group && rows[i + 1] && rowsOnPage > 0 && this.y + this.rowHeight(current) + this.minFragment(rows[i + 1]!) > this.bottom) {
        breakPage();
        rowsOnPage = 0;
      }
      for (;;) {
        const avail = this.bottom - this.y;
        const full = this.rowHeight(current);
        const atTop = rowsOnPage === 0;
        if (full <= avail) {
          this.drawCells(current, full, atTop, 'body');
          rowsOnPage++;
          break;
        }
        const parts = this.split(current, avail, true) ?? (atTop ? this.split(current, avail, false) : undefined);
        if (!parts && atTop) {
          // Not even one line fits below the header: give up on this page size rather than loop.
          this.drawCells(current, full, atTop, 'body');
          break;
        }
        if (parts) {
          this.drawCells(parts.first, avail, atTop, 'body');
          current = parts.rest;
        }
        breakPage();
        rowsOnPage = 0;
      }
      this.keeping = false;
    });
    this.closeTable(xs);
  }

  // ---- page furniture: folios and catchwords ------------------------------------------------

  private furniture(): void {
    const size = this.o.textSize;
    this.pages.forEach((p, i) => {
      if (p.number > 1) {
        const folio = `- ${p.number} -`;
        const y = Math.max(0, this.o.margin.top - 1.6 * this.lh(size));
        p.ops.push({ kind: 'text', x: (this.o.pageWidth - this.m.width(folio, 'regular', size)) / 2, y, text: folio, style: 'regular', size, role: 'folio', box: { x1: 0, x2: this.o.pageWidth } });
      }
      const next = this.pages[i + 1];
      if (!this.o.catchword || !next || next.lampiran !== p.lampiran) return;
      const words = next.ops
        .filter((op): op is TextOp => op.kind === 'text' && op.role === 'body')
        .map((op) => op.text)
        .join(' ')
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 2);
      if (!words.length) return;
      const text = `${words.join(' ')} . . .`;
      const cs = this.o.tableSize;
      p.ops.push({ kind: 'text', x: this.right - this.m.width(text, 'regular', cs), y: this.bottom + cs * 0.6, text, style: 'regular', size: cs, role: 'catchword', box: { x1: this.left, x2: this.right } });
    });
  }
}

function styleOf(p: Para, header: boolean): Style {
  return p.bold || header ? 'bold' : 'regular';
}

export function layoutDocument(doc: RenderDoc, m: Measurer, o: LayoutOptions, onPage?: (pages: number) => void): LaidPage[] {
  return new PageFlow(m, o, onPage).layout(doc);
}
