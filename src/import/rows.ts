// Input readers: a converted document (tab-separated rows, HTML-ish cells, one cell per line, GFM
// tables, or the HTML of a .docx) becomes one sequence of rows of cells, each with its source line.
// Everything after this file sees the same shape whatever the layout was.

export interface Cell {
  /** Cell text without markup; paragraphs (`<p>`, `<br>`, list items) separated by "\n". */
  text: string;
  /** Column in the printed table (tab position or `<td>` index with colspans); undefined when unknown. */
  col?: number;
}

export interface Row {
  /** 1-based line (text) or row/paragraph number (.docx) in the source. */
  line: number;
  cells: Cell[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Markup of converted documents to plain text; paragraph-like tags become "\n". */
export function cleanCell(raw: string): string {
  const s = raw
    .replace(/<\/?(p|br|li|ol|ul|div|tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*#{1,6}\s+/, '');
  return decodeEntities(s)
    .split('\n')
    .map((p) => p.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n');
}

const GFM_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function gfmCells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|'));
}

/** Rows of a text document: one line, one row; cells by tab or by GFM pipes. */
export function textRows(text: string): Row[] {
  const rows: Row[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    if (GFM_SEPARATOR.test(raw) && raw.includes('|')) return;
    const gfm = /^\s*\|.*\|\s*$/.test(raw);
    const parts = gfm ? gfmCells(raw) : raw.split('\t');
    const cells: Cell[] = [];
    parts.forEach((p, col) => {
      const text = cleanCell(p);
      if (text) cells.push({ text, col });
    });
    if (cells.length) rows.push({ line: i + 1, cells });
  });
  return rows;
}

/**
 * Rows of the HTML that mammoth makes of a .docx: each table row is a row (cells placed in the table's
 * grid by their colspans and by the rowspans of cells above, as Word merges "B. Pelatihan" down its
 * rows), each paragraph outside a table a one-cell row. Line numbers count these rows.
 */
export function htmlRows(html: string): Row[] {
  const rows: Row[] = [];
  let n = 0;
  // A table is matched whole before the paragraphs inside it can be.
  for (const block of html.match(/<table\b[\s\S]*?<\/table>|<(p|h[1-6]|li)\b[^>]*>[\s\S]*?<\/\1>/gi) ?? []) {
    if (!/^<table/i.test(block)) {
      n++;
      const text = cleanCell(block);
      if (text) rows.push({ line: n, cells: [{ text, col: 0 }] });
      continue;
    }
    /** Per grid column: how many more rows a cell above still covers. */
    const below: number[] = [];
    for (const tr of block.match(/<tr\b[^>]*>[\s\S]*?<\/tr>/gi) ?? []) {
      n++;
      const cells: Cell[] = [];
      const covered = below.map((r) => r > 0);
      let col = 0;
      for (const td of tr.match(/<t[dh]\b[^>]*>[\s\S]*?<\/t[dh]>/gi) ?? []) {
        while (covered[col]) col++;
        const text = cleanCell(td);
        if (text) cells.push({ text, col });
        const span = Number(/colspan="?(\d+)/i.exec(td)?.[1] ?? 1);
        const rowspan = Number(/rowspan="?(\d+)/i.exec(td)?.[1] ?? 1);
        for (let k = 0; k < span; k++) below[col + k] = rowspan - 1;
        col += span;
      }
      covered.forEach((c, i) => c && below[i]!--);
      if (cells.length) rows.push({ line: n, cells });
    }
  }
  return rows;
}
