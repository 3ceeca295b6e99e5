// `skj render`: validate, build the render model, and write the lampiran as PDF and/or Markdown.
// pdfkit and the fonts are imported here, lazily, and only when a PDF is asked for.
import { existsSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { validate } from '../engine/validate.js';
import { loadProject } from '../engine/project.js';
import { counts } from '../format/context.js';
import { FORMATTERS } from '../format/index.js';
import { message } from '../i18n/messages.js';
import type { Config } from '../model/config.js';
import { KAMUS_PILIHAN, MIN_TEXT_AREA_MM, textArea, type KamusPilihan } from '../model/render.js';
import { UsageError } from '../project/errors.js';
import { FileReader, resolveProjects } from '../project/files.js';
import { sourceDateEpoch } from '../project/source-date-epoch.js';
import { writeFileAtomic } from '../project/write-atomic.js';
import { bundledData } from '../reference/bundled.js';
import type { RenderDoc } from '../render/blocks.js';
import { renderMarkdown } from '../render/markdown.js';
import { buildRenderModel } from '../render/model.js';
import { escapeInline } from '../text/control.js';
import { useColor, type CommandContext } from './io.js';

export interface RenderOptions {
  format?: string;
  out?: string;
  kamus?: string;
  force?: boolean;
  font?: string;
  paper?: string;
  catchword?: boolean;
  pdfa?: boolean;
}

type Format = 'pdf' | 'md' | 'docx';
const FORMATS: Format[] = ['pdf', 'md', 'docx'];
/** Without --format (and no telling --out extension): the PDF and the Markdown. */
const DEFAULT_FORMATS: Format[] = ['pdf', 'md'];
const isFormat = (ext: string): ext is Format => (FORMATS as string[]).includes(ext);

export async function runRender(paths: string[], opts: RenderOptions, { io, lang }: CommandContext): Promise<number> {
  const kamus = opts.kamus === undefined || !Object.hasOwn(KAMUS_PILIHAN, opts.kamus) ? undefined : (opts.kamus as KamusPilihan);
  if (opts.kamus !== undefined && !kamus) throw new UsageError('cli.bad-choice', { value: opts.kamus, option: '--kamus', options: Object.keys(KAMUS_PILIHAN).join(', ') });
  const formats = parseFormats(opts);
  const epoch = sourceDateEpoch(io.env);
  const progress = progressLine(io);

  const bundled = bundledData();
  const projects = resolveProjects(paths, io.cwd, bundled, 'cli.render.no-project-here');
  if (projects.length !== 1) {
    const names = projects.map((q) => (q.root ? new FileReader(io.cwd).display(q.root) || '.' : [...q.only].join(', ')));
    throw new UsageError('cli.render.one-project', { count: projects.length, projects: names.join('; '), first: projects.find((q) => q.root) ? names[projects.findIndex((q) => q.root)]! : names[0]! });
  }
  const p = projects[0]!;
  progress(message(lang, 'cli.render.progress.validate', { files: p.standar.length + p.kamus.length }));
  const result = validate({ standar: p.standar, kamus: p.kamus, config: p.config, only: p.only }, bundled);
  const { errors } = counts(result.diagnostics);
  if (result.diagnostics.length) {
    progress();
    const sources = new Map([...p.standar, ...p.kamus].map((f) => [f.path, f.text]));
    io.stderr(FORMATTERS.stylish!({ files: result.files, diagnostics: result.diagnostics, suppressed: result.suppressed, sources }, { lang, color: useColor(io) }));
  }
  if (errors > 0 && !opts.force) {
    io.stderr(`skj: ${message(lang, 'cli.render.invalid', { errors })}\n`);
    return 1;
  }

  const reader = new FileReader(io.cwd);
  const root = p.root ?? io.cwd;
  const { project, ref } = loadProject({ standar: p.standar, kamus: p.kamus, config: p.config }, bundled);
  const doc = buildRenderModel({
    project,
    ref,
    config: p.config,
    only: p.only,
    rootRelative: (display) => relative(root, p.absolute.get(display) ?? resolve(io.cwd, display)),
    kamus,
    draft: errors > 0,
    sourceDateEpoch: epoch,
  });

  if (doc.unplaced.length) io.stderr(`skj: ${message(lang, 'cli.render.unplaced', { count: doc.unplaced.length, paths: doc.unplaced.join(', ') })}\n`);

  const targets = outputPaths(formats, opts.out, io.cwd, baseName(p.config));
  for (const format of formats) {
    const target = targets.get(format)!;
    const display = reader.display(target);
    if (format === 'md') {
      progress(message(lang, 'cli.render.progress.write', { path: display }));
      writeFileAtomic(target, renderMarkdown(doc, { draftNotice: message(lang, 'cli.render.draft-notice') }));
      progress();
      io.stdout(`${message(lang, 'cli.render.wrote', { path: display })}\n`);
    } else if (format === 'docx') {
      progress(message(lang, 'cli.render.progress.write', { path: display }));
      await writeDocx(doc, target, p.config, opts, message(lang, 'cli.render.draft-mark'));
      progress();
      io.stdout(`${message(lang, 'cli.render.wrote-docx', { path: display, lampiran: doc.lampiran.length })}\n`);
    } else {
      const { pages, coverage } = await writePdf(doc, target, p.config, root, opts, {
        cwd: io.cwd,
        draftMark: message(lang, 'cli.render.draft-mark'),
        display: (f) => reader.display(f),
        onPage: (n) => progress(message(lang, 'cli.render.progress.layout', { pages: n })),
      });
      progress();
      io.stdout(`${message(lang, 'cli.render.wrote-pdf', { path: display, pages, lampiran: doc.lampiran.length })}\n`);
      const { codePointName, findMissingGlyphs } = await import('../render/pdf/glyphs.js');
      const rendered = [...project.standar.filter((d) => p.only.has(d.source.path)), ...project.kamus].map((d) => d.source);
      for (const m of findMissingGlyphs(rendered, coverage)) {
        const chars = m.chars.map((ch) => `«${ch}» (${codePointName(ch)})`).join(', ');
        io.stderr(`skj: ${escapeInline(message(lang, 'cli.render.glyph-missing', { where: `${m.file}:${m.line}:${m.column}`, chars }))}\n`);
      }
    }
  }
  return 0;
}

async function writePdf(
  doc: RenderDoc,
  target: string,
  config: Config | undefined,
  root: string,
  opts: RenderOptions,
  extra: { cwd: string; draftMark: string; display: (p: string) => string; onPage: (n: number) => void },
): Promise<{ pages: number; coverage: (cp: number) => boolean }> {
  const [{ renderPdf }, { bundledFonts, userFonts }, { pageSetup, parsePaper }] = await Promise.all([
    import('../render/pdf/index.js'),
    import('../render/pdf/fonts.js'),
    import('../render/pdf/page.js'),
  ]);
  const cfg = config?.render ?? {};
  let paper: [number, number] | undefined;
  if (opts.paper !== undefined) {
    paper = parsePaper(opts.paper);
    if (!paper) throw new UsageError('cli.bad-choice', { value: opts.paper, option: '--paper', options: 'F4, A4, Letter, Legal, 215x330' });
    const area = textArea(cfg, paper);
    if (!area.fits) {
      const min = { minWidth: MIN_TEXT_AREA_MM.width, minHeight: MIN_TEXT_AREA_MM.height };
      throw new UsageError('cli.render.paper-room', { paper: opts.paper, width: area.width, height: area.height, ...min });
    }
  }
  const fontSpec = opts.font ?? cfg.font;
  const fonts = fontSpec === undefined ? bundledFonts() : userFonts(fontSpec, opts.font !== undefined ? extra.cwd : root, extra.display);
  const { bytes, pages, coverage } = await renderPdf(doc, {
    page: pageSetup(cfg, paper),
    fonts,
    textSize: cfg.ukuran_huruf?.teks ?? 12,
    tableSize: cfg.ukuran_huruf?.tabel ?? 10,
    catchword: opts.catchword ?? cfg.kata_tangkap ?? false,
    pdfa: opts.pdfa ?? cfg.pdfa ?? false,
    draftMark: doc.draft ? extra.draftMark : undefined,
    display: extra.display,
    onPage: extra.onPage,
  });
  writeFileAtomic(target, bytes);
  return { pages: pages.length, coverage };
}

/** The Word document; the `docx` library is loaded only here. */
async function writeDocx(doc: RenderDoc, target: string, config: Config | undefined, opts: RenderOptions, draftMark: string): Promise<void> {
  const [{ renderDocx }, { pageSetup, parsePaper }] = await Promise.all([import('../render/docx/index.js'), import('../render/pdf/page.js')]);
  const cfg = config?.render ?? {};
  const paper = opts.paper === undefined ? undefined : parsePaper(opts.paper);
  if (opts.paper !== undefined && !paper) throw new UsageError('cli.bad-choice', { value: opts.paper, option: '--paper', options: 'F4, A4, Letter, Legal, 215x330' });
  const bytes = await renderDocx(doc, {
    page: pageSetup(cfg, paper),
    // Word names the statutory face (UU 12/2011); where it is missing Word or LibreOffice substitutes it.
    font: 'Bookman Old Style',
    textSize: cfg.ukuran_huruf?.teks ?? 12,
    tableSize: cfg.ukuran_huruf?.tabel ?? 10,
    draftMark: doc.draft ? draftMark : undefined,
  });
  writeFileAtomic(target, bytes);
}

function parseFormats(opts: RenderOptions): Format[] {
  if (opts.format === undefined) {
    const ext = opts.out ? extname(opts.out).slice(1).toLowerCase() : '';
    return isFormat(ext) ? [ext] : DEFAULT_FORMATS;
  }
  const list = opts.format.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = list.find((f) => !(FORMATS as string[]).includes(f));
  if (bad !== undefined || !list.length) throw new UsageError('cli.bad-choice', { value: opts.format, option: '--format', options: 'pdf, md, docx' });
  return FORMATS.filter((f) => list.includes(f));
}

/** `--out` names a file when it has the format's extension and is not an existing folder. */
function outputPaths(formats: Format[], out: string | undefined, cwd: string, base: string): Map<Format, string> {
  const abs = resolve(cwd, out ?? '.');
  const ext = extname(abs).slice(1).toLowerCase();
  const isFile = out !== undefined && !/[\\/]$/.test(out) && !(existsSync(abs) && statSync(abs).isDirectory()) && isFormat(ext);
  if (isFile) {
    if (formats.length > 1) throw new UsageError('cli.render.out-file', { path: out!, count: formats.length });
    if (ext !== formats[0]) throw new UsageError('cli.render.out-ext', { path: out!, format: formats[0]! });
    return new Map([[formats[0]!, abs]]);
  }
  return new Map(formats.map((f) => [f, join(abs, `${base}.${f}`)]));
}

/** "lampiran-peraturan-bupati-tasikmalaya-51-2019" from the peraturan metadata. */
export function baseName(config: Config | undefined): string {
  const p = config?.peraturan ?? {};
  const slug = [p.jenis, p.daerah, p.nomor, p.tahun]
    .filter((x) => x !== undefined && x !== '')
    .join(' ')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug ? `lampiran-${slug}` : 'lampiran';
}

/** One updating line on stderr when stdout is a terminal; silent otherwise. Call without text to clear. */
function progressLine(io: CommandContext['io']): (text?: string) => void {
  if (!io.isTTY) return () => {};
  let shown = false;
  return (text) => {
    if (text === undefined) {
      if (shown) io.stderr('\r\x1b[K');
      shown = false;
      return;
    }
    io.stderr(`\r\x1b[K${text}`);
    shown = true;
  };
}
