// Characters the PDF font cannot draw (emoji, Arabic, Hebrew, mathematical letters…) would vanish
// from the page without a word. They are drawn as "?" instead, and reported with their place in
// the YAML so that the author can write them another way.
import { isScalar, visit } from 'yaml';
import type { SourceDoc } from '../../core/source.js';

/** Whether the fonts in use can draw a code point. */
export type Coverage = (codePoint: number) => boolean;

export const REPLACEMENT = '?';

/** Invisible format characters (joiners, variation selectors, BOM) that need no glyph: dropped. */
const IGNORABLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFE00-\uFE0F\uFEFF]/gu;

const isSpace = (cp: number) => cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0xa0;

export function coverText(text: string, has: Coverage): string {
  let out = '';
  for (const ch of text.replace(IGNORABLE, '')) {
    const cp = ch.codePointAt(0)!;
    out += isSpace(cp) || has(cp) ? ch : REPLACEMENT;
  }
  return out;
}

/** A copy of the render model (plain data) with every text passed through coverText. */
export function coverDoc<T>(value: T, has: Coverage): T {
  if (typeof value === 'string') return coverText(value, has) as T;
  if (Array.isArray(value)) return value.map((v) => coverDoc(v, has)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, coverDoc(v, has)])) as T;
  }
  return value;
}

export interface MissingGlyphs {
  file: string;
  line: number;
  column: number;
  /** The characters, each once, in order of appearance. */
  chars: string[];
}

/** Text values of the YAML sources holding characters the fonts lack, one entry per value. */
export function findMissingGlyphs(sources: SourceDoc[], has: Coverage): MissingGlyphs[] {
  const out: MissingGlyphs[] = [];
  for (const source of sources) {
    visit(source.doc, {
      Scalar(_, node) {
        if (typeof node.value !== 'string' || !isScalar(node) || !node.range) return;
        const chars = new Set<string>();
        for (const ch of node.value.replace(IGNORABLE, '')) {
          const cp = ch.codePointAt(0)!;
          if (!isSpace(cp) && !has(cp)) chars.add(ch);
        }
        if (!chars.size) return;
        const at = source.rangeOf(node.range[0], node.range[0] + 1);
        out.push({ file: source.path, line: at.line, column: at.column, chars: [...chars] });
      },
    });
  }
  return out;
}

/** "U+1F600" */
export const codePointName = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
