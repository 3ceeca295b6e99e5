// Small readings of single cells shared by the recognisers: numbering noise, ticks, levels,
// indikator lists, debris.

/** "1. Integritas", "2.Kerjasama", "5 Pelayanan Publik", "0. Integritas" → name and number. */
const NUMBERED = /^(\d{1,2})\s*[.)]?\s*([\p{L}(].*)$/su;
/** "4.1.", "4.1", "4. 1." at the start: an indikator, not a numbered name. */
const INDIKATOR_START = /^\d\s*\.\s*\d{1,2}\b\.?/;

export function isIndikatorText(s: string): boolean {
  return INDIKATOR_START.test(s);
}

/** The name of a numbered row, or undefined when the cell is no "N. Name". */
export function numberedName(s: string): string | undefined {
  if (isIndikatorText(s)) return undefined;
  const m = NUMBERED.exec(s.replace(/\n/g, ' '));
  return m ? m[2]!.trim() : undefined;
}

/** Removes a leading "1." / "a." / "A." list marker. */
export function stripListMarker(s: string): string {
  return s.replace(/^\s*(?:\d{1,2}|[a-zA-Z])\s*[.)]\s+/, '').trim();
}

export function isLevel(s: string): boolean {
  return /^[1-5]$/.test(s.trim());
}

const TICK = /^[√✓✔☑]$/;

/** Number of ticks in a cell that holds only ticks ("√", "√ √ √"), else 0. */
export function tickCount(s: string): number {
  const parts = s.split(/\s+/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => TICK.test(p)) ? parts.length : 0;
}

/** Page-break debris: table rules, "- 12 -", "Halaman 3", separator dashes. */
export function isDebris(texts: string[]): boolean {
  return texts.every((t) => /^[-–—_=.\s|]*$/.test(t) || /^[-–—]\s*\d{1,4}\s*[-–—]$/.test(t) || /^(halaman|hal\.)\s*\d+(\s*(dari|of)\s*\d+)?$/i.test(t));
}

/** Fill-in markers of blank forms ("*1)", "*7*8)*9)", "....."): no value. */
export function isPlaceholder(s: string): boolean {
  return /^[.\s…]*(\*\s*\d+\s*\)?\s*)*[.\s…]*$/.test(s) || /^\d+\s*\.{3,}/.test(s);
}

/** Drops trailing fill-in markers ("Ikhtisar Jabatan*5)" → "Ikhtisar Jabatan"). */
export function stripMarkers(s: string): string {
  return s.replace(/(\s*\*\s*\d*\s*\)?)+\.?$/, '').trim();
}

/**
 * Splits printed indikator text into items: paragraphs, then before each "L.N" number. The first
 * piece is a continuation of the previous item when it carries no number.
 */
export function splitNumbered(text: string, pattern: RegExp = /(?:^|\s)(?=\d\s*\.\s*\d{1,2}\b\.?\s)/g): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    const starts = [0];
    for (const m of para.matchAll(pattern)) if (m.index! > 0) starts.push(m.index!);
    starts.forEach((s, i) => {
      const piece = para.slice(s, starts[i + 1] ?? para.length).trim();
      if (piece) out.push(piece);
    });
  }
  return out;
}

/** "1. A 2. B 3. C" in one cell → ["A", "B", "C"]; a single unnumbered text stays whole. */
export function splitListItems(text: string, keepPunctuation = false): string[] {
  const flat = text.replace(/\n/g, ' ');
  const pieces = splitNumbered(flat, /(?:^|[\s;])(?=\d{1,2}\s*[.)]\s+\S)/g).map(stripListMarker);
  return (keepPunctuation ? pieces : pieces.map((p) => p.replace(/[;,]\s*(dan|atau)?\s*$/i, '').trim())).filter((p) => p && p !== '-');
}

export function joinText(a: string | undefined, b: string): string {
  return a ? `${a} ${b}`.replace(/\s+/g, ' ').trim() : b.replace(/\n/g, ' ').trim();
}
