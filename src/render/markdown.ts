// GitHub-flavoured Markdown of the render model: same content and order as the PDF, one table row
// per line so that changes read well in a diff.
import { escapeControl } from '../text/control.js';
import type { Block, Cell, Para, RenderDoc, Table } from './blocks.js';

export interface MarkdownOptions {
  /** The DRAFT notice printed above each lampiran when rendering with --force. */
  draftNotice?: string;
}

const escapeCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const para = (p: Para) => {
  const text = p.bold ? `**${p.text}**` : p.text;
  return p.label ? `${p.label} ${text}` : text;
};
const cell = (c: Cell) => escapeCell(c.paras.map(para).join('<br>'));

/** GFM has no merged cells: a spanning cell is followed by empty ones. */
function row(cells: Cell[]): string {
  const out: string[] = [];
  for (const c of cells) {
    out.push(cell(c));
    for (let i = 1; i < (c.span ?? 1); i++) out.push('');
  }
  return `| ${out.join(' | ')} |`.replace(/ {2,}\|/g, ' |');
}

/** GFM has one header row: per column the lowest header text (Mutlak, not the spanning Kategori). */
function headerRow(rows: Cell[][]): Cell[] {
  const columns: Para[][] = [];
  for (const cells of rows) {
    let col = 0;
    for (const c of cells) {
      if (c.paras.length) columns[col] = c.paras;
      col += c.span ?? 1;
    }
  }
  let col = 0;
  return rows.at(-1)!.map((c) => {
    const merged = { ...c, paras: columns[col] ?? [] };
    col += c.span ?? 1;
    return merged;
  });
}

function table(t: Table): string {
  // A table without header rows (the ikhtisar) uses its first row as the header: no empty header row.
  const [head, body] = t.header.length ? [headerRow(t.header), t.rows] : [t.rows[0]?.cells ?? [], t.rows.slice(1)];
  const lines = [row(head), `|${t.columns.map((c) => (c.align === 'center' ? ':---:' : '---')).join('|')}|`];
  for (const r of body) lines.push(row(r.cells));
  return lines.join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'header':
      return b.fields.map((f, i) => `${i === 0 ? `**${f.label}**` : f.label} : ${f.value}`).join('  \n');
    case 'title':
      // Each standard's heading carries its jabatan, so that outlines and links tell them apart.
      return `## ${b.lines.join(' ')}${b.jabatan ? `: ${b.jabatan}` : ''}`;
    case 'page-break':
      return '---';
    case 'heading':
      return `**${b.text}**`;
    case 'fields':
      return b.fields.map((f) => `${b.boldLabels ? `**${f.label}**` : f.label} : ${f.value}`).join('  \n');
    case 'table':
      return table(b.table);
    case 'signature':
      return `<p align="right">${b.jabatan}<br><br><br><br>${b.nama}</p>`;
  }
}

export function renderMarkdown(doc: RenderDoc, opts: MarkdownOptions = {}): string {
  const parts: string[] = [];
  doc.lampiran.forEach((l, i) => {
    if (i > 0) parts.push('---');
    parts.push(`<!-- LAMPIRAN ${l.nomor} -->`);
    if (doc.draft && opts.draftNotice) parts.push(`> **${opts.draftNotice}**`);
    for (const b of l.blocks) parts.push(block(b));
  });
  // Control characters from YAML values would act on a terminal or viewer showing the file.
  return escapeControl(`${parts.join('\n\n')}\n`);
}
