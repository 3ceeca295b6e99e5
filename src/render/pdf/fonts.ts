// Font files for the PDF: the bundled TeX Gyre Bonum (a free Bookman look-alike, GUST Font
// License, see src/render/fonts/), or the user's own Bookman Old Style given by --font or
// `render.font`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageUrl } from '../../package-root.js';
import type { RenderConfig } from '../../model/render.js';
import { UsageError } from '../../project/errors.js';
import type { Style } from './wrap.js';

export type FontFiles = Record<Style, string>;

/** src/render/fonts (shipped in the package as they are). */
export const BUNDLED_FONT_DIR = fileURLToPath(packageUrl('src/render/fonts/'));

export function bundledFonts(): FontFiles {
  const f = (name: string) => join(BUNDLED_FONT_DIR, `texgyrebonum-${name}.otf`);
  return { regular: f('regular'), bold: f('bold'), italic: f('italic'), boldItalic: f('bolditalic') };
}

/** Windows names of Bookman Old Style (bookos.ttf, bookosb.ttf, …) and the common long names. */
const FAMILY_NAMES: Record<Style, string[]> = {
  regular: ['bookos', 'bookman old style', 'bookmanoldstyle', 'bookman old style regular', 'bookmanoldstyle-regular'],
  bold: ['bookosb', 'bookman old style bold', 'bookmanoldstyle-bold'],
  italic: ['bookosi', 'bookman old style italic', 'bookmanoldstyle-italic'],
  boldItalic: ['bookosbi', 'bookman old style bold italic', 'bookmanoldstyle-bolditalic'],
};
const SUFFIXES: Record<Exclude<Style, 'regular'>, string[]> = {
  bold: ['b', '-bold', ' bold', '_bold'],
  italic: ['i', '-italic', ' italic', '_italic'],
  boldItalic: ['bi', 'z', '-bolditalic', ' bold italic', '_bolditalic'],
};
const isFont = (name: string) => /\.(ttf|otf)$/i.test(name);

/**
 * Resolves `--font` / `render.font`: a folder (Bookman files found by name), a regular font file
 * (its bold and italic siblings found by the usual suffixes, else the regular face is used), or
 * explicit files per style. Relative paths are relative to `baseDir`.
 */
export function userFonts(spec: NonNullable<RenderConfig['font']>, baseDir: string, display: (p: string) => string): FontFiles {
  const must = (p: string): string => {
    const abs = resolve(baseDir, p);
    if (!existsSync(abs)) throw new UsageError('cli.render.font-missing', { path: display(abs) });
    return abs;
  };
  if (typeof spec !== 'string') {
    const regular = must(spec.regular);
    const bold = spec.bold ? must(spec.bold) : regular;
    return { regular, bold, italic: spec.italic ? must(spec.italic) : regular, boldItalic: spec.bold_italic ? must(spec.bold_italic) : bold };
  }
  const abs = must(spec);
  if (statSync(abs).isDirectory()) {
    const files = readdirSync(abs).filter(isFont).sort();
    const find = (style: Style) => files.find((f) => FAMILY_NAMES[style].includes(basename(f, extname(f)).toLowerCase()));
    const regular = find('regular');
    if (!regular) throw new UsageError('cli.render.font-not-found', { path: display(abs) });
    const pick = (style: Style, fallback: string) => join(abs, find(style) ?? fallback);
    const bold = pick('bold', regular);
    return { regular: join(abs, regular), bold, italic: pick('italic', regular), boldItalic: find('boldItalic') ? join(abs, find('boldItalic')!) : bold };
  }
  const dir = dirname(abs);
  const ext = extname(abs);
  const stem = basename(abs, ext).toLowerCase();
  const siblings = readdirSync(dir).filter(isFont);
  const sibling = (style: Exclude<Style, 'regular'>) => {
    const want = SUFFIXES[style].map((s) => stem.replace(/[-_ ]?regular$/, '') + s);
    const hit = siblings.find((f) => want.includes(basename(f, extname(f)).toLowerCase()));
    return hit ? join(dir, hit) : undefined;
  };
  const bold = sibling('bold') ?? abs;
  return { regular: abs, bold, italic: sibling('italic') ?? abs, boldItalic: sibling('boldItalic') ?? bold };
}
