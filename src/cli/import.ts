// `skj import`: the edge around the pure importer (documents read, files written atomically, the
// report printed, then validate run on what was written). Nothing is written when anything fails.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { validate } from '../engine/validate.js';
import { counts } from '../format/context.js';
import { formatImportJson } from '../format/import-json.js';
import { formatImportMarkdown } from '../format/import-markdown.js';
import { formatImportText } from '../format/import-text.js';
import { counted, message } from '../i18n/messages.js';
import { ImportError, importDocuments, type ImportInput } from '../import/index.js';
import { CONFIG_FILE } from '../project/config.js';
import { UsageError } from '../project/errors.js';
import { resolveProjects } from '../project/files.js';
import { writeFileAtomic } from '../project/write-atomic.js';
import { bundledData } from '../reference/bundled.js';
import { escapeInline } from '../text/control.js';
import type { CommandContext } from './io.js';

export interface ImportOptions {
  out?: string;
  kamusPrefix?: string;
  report?: string;
  format: string;
  force?: boolean;
  dryRun?: boolean;
}

const FORMATS = ['text', 'json'];

async function readInput(abs: string, shown: string): Promise<ImportInput> {
  if (!existsSync(abs) || !statSync(abs).isFile()) throw new UsageError('import.missing-file', { file: shown });
  const ext = extname(abs).toLowerCase();
  if (ext === '.pdf') throw new ImportError('import.pdf', { file: shown });
  if (ext === '.docx') {
    // mammoth turns Word's tables into HTML tables, read by the same recognisers as text.
    const mammoth = (await import('mammoth')).default;
    try {
      const { value } = await mammoth.convertToHtml({ path: abs });
      return { name: shown, html: value };
    } catch (e) {
      throw new ImportError('import.docx-failed', { file: shown, detail: (e as Error).message.split('\n')[0]! });
    }
  }
  const bytes = readFileSync(abs);
  return { name: shown, text: bytes.toString('utf8') };
}

export async function runImport(files: string[], opts: ImportOptions, { io, lang }: CommandContext): Promise<number> {
  if (!FORMATS.includes(opts.format)) throw new UsageError('cli.bad-choice', { value: opts.format, option: '--format', options: FORMATS.join(', ') });
  const bundled = bundledData();
  const out = resolve(io.cwd, opts.out ?? '.');
  const shownOut = relative(io.cwd, out) || '.';
  try {
    const inputs: ImportInput[] = [];
    for (const f of files) inputs.push(await readInput(resolve(io.cwd, f), f));
    const result = importDocuments(inputs, bundled, { lang, kamusPrefix: opts.kamusPrefix, configExists: existsSync(join(out, CONFIG_FILE)) });

    const write = !opts.dryRun;
    if (write && !opts.force) {
      const existing = result.files.map((f) => f.path).filter((p) => existsSync(join(out, p)));
      if (existing.length === 1) throw new UsageError('import.exists-one', { path: join(shownOut, existing[0]!) });
      if (existing.length > 1) throw new UsageError('import.exists', { path: join(shownOut, existing[0]!), more: existing.length - 1 });
    }
    let validation: Record<string, unknown> = {};
    const tail: string[] = [];
    if (write) {
      for (const f of result.files) writeFileAtomic(join(out, f.path), f.text, join(shownOut, f.path));
      tail.push(message(lang, 'import.report.written', { out: shownOut, files: result.files.map((f) => f.path).join(', ') }));
      const projects = resolveProjects([shownOut === '.' ? '.' : out], io.cwd, bundled);
      const diagnostics = projects.flatMap((p) => validate({ standar: p.standar, kamus: p.kamus, config: p.config, only: p.only }, bundled).diagnostics);
      const { errors, warnings } = counts(diagnostics);
      const summary = message(lang, 'format.summary', {
        problems: counted(lang, 'format.problems', errors + warnings),
        errors: counted(lang, 'format.errors', errors),
        warnings: counted(lang, 'format.warnings', warnings),
      });
      tail.push(message(lang, 'import.report.validate', { summary, out: shownOut }));
      validation = { validate: { errors, warnings } };
    } else tail.push(message(lang, 'import.report.dry-run'));

    if (opts.report) writeFileAtomic(resolve(io.cwd, opts.report), formatImportMarkdown(result.report, lang), opts.report);
    if (opts.format === 'json') io.stdout(formatImportJson(result.report, lang, validation));
    else io.stdout(`${formatImportText(result.report, lang)}${tail.map(escapeInline).join('\n')}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ImportError) {
      io.stderr(`skj: ${escapeInline(message(lang, e.messageId, e.params))}\n`);
      return 1;
    }
    throw e;
  }
}
