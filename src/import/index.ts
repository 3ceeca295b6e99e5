// `skj import`, the pure core: document texts in, the files to write and the report out. Reading
// files and writing the results is the CLI's job (src/cli/import.ts), through the atomic writer.
import { message, type Lang } from '../i18n/messages.js';
import type { BundledData } from '../reference/bundled.js';
import { buildReference } from '../reference/reference.js';
import { UsageError } from '../project/errors.js';
import { emitYaml, uniqueSlug, type Comment } from './emit.js';
import { mapDocuments } from './map.js';
import { recognise } from './recognise.js';
import { totals, type ImportReport, type ReportSection } from './report.js';
import { htmlRows, textRows, type Row } from './rows.js';

export interface ImportInput {
  /** Name shown in the report and in the files' header comments. */
  name: string;
  text?: string;
  /** HTML of a .docx (from mammoth). */
  html?: string;
}

export interface ImportOptions {
  kamusPrefix?: string;
  lang: Lang;
  /** The output folder already has a skj.yaml (it is left alone). */
  configExists?: boolean;
}

export interface ImportedFile {
  /** Relative to the output folder, with "/" separators. */
  path: string;
  text: string;
}

export interface ImportOutput {
  files: ImportedFile[];
  report: ImportReport;
}

/** A document skj cannot read at all: exit 1, nothing written. */
export class ImportError extends UsageError {}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  return bad > 0 && bad / text.length > 0.01;
}

function firstContentLine(text: string): number {
  const i = text.split(/\r\n|\r|\n/).findIndex((l) => l.trim() !== '');
  return i < 0 ? 1 : i + 1;
}

export function importDocuments(inputs: ImportInput[], bundled: BundledData, opts: ImportOptions): ImportOutput {
  const ref = buildReference(bundled, undefined, []);
  const t = (key: string, params: Record<string, string | number> = {}) => message(opts.lang, key, params);
  const drafts = inputs.map((input) => {
    const text = input.text ?? '';
    if (input.text !== undefined && text.trim() === '') throw new ImportError('import.empty', { file: input.name });
    if (input.text !== undefined && looksBinary(text)) throw new ImportError('import.binary', { file: input.name });
    const rows: Row[] = input.html !== undefined ? htmlRows(input.html) : textRows(text);
    if (input.html !== undefined && rows.length === 0) throw new ImportError('import.empty', { file: input.name });
    const lines = input.html !== undefined ? (rows.at(-1)?.line ?? 0) : text.split(/\r\n|\r|\n/).length;
    const doc = recognise(input.name, rows, lines, {
      tingkatan: ref.tingkatan,
      isKompetensiName: (n) => !!ref.kamus.resolve(n.replace(/^\d{1,2}\s*[.)]?\s*/, '')),
    });
    const usable = doc.standar.some((s) => s.kompetensi.manajerial.length + s.kompetensi.sosial_kultural.length + s.kompetensi.teknis.length > 0 || s.persyaratan.present);
    if (!usable && doc.kamus.length === 0) {
      const line = doc.lastUnderstood > 0 ? doc.lastUnderstood + 1 : input.text !== undefined ? firstContentLine(text) : 1;
      throw new ImportError('import.unreadable', { file: input.name, line });
    }
    return doc;
  });

  const mapped = mapDocuments(drafts, bundled, { kamusPrefix: opts.kamusPrefix });
  const files: ImportedFile[] = [];
  const sections: ReportSection[] = [];
  const taken = new Set<string>();
  const order: string[] = [];

  for (const s of mapped.standar) {
    const path = `standar/${uniqueSlug(s.model.nama, taken)}.yaml`;
    order.push(path);
    const header = [
      t('import.yaml.standar-title', { nama: s.model.nama }),
      t('import.yaml.source', { file: s.source, start: s.startLine, end: s.endLine }),
      t('import.yaml.check'),
    ];
    const comments: Comment[] = s.comments.map((c) => ({ path: c.path, text: t('import.yaml.level-from-text', { detail: c.text }) }));
    files.push({ path, text: emitYaml(s.model, header, comments, 'standar') });
    sections.push({ title: s.model.nama, file: path, source: s.source, startLine: s.startLine, endLine: s.endLine, notes: s.notes });
  }

  const kamusTaken = new Set<string>();
  for (const k of mapped.kamus) {
    const path = `kamus/${uniqueSlug(k.model.jenis === 'teknis' ? 'teknis' : 'sosial-kultural', kamusTaken)}.yaml`;
    const header = [
      k.model.nama,
      t(k.built ? 'import.yaml.kamus-built' : 'import.yaml.source', { file: k.source, start: k.startLine, end: k.endLine }),
      t('import.yaml.check'),
    ];
    files.push({ path, text: emitYaml(k.model, header, [], 'kamus') });
    sections.push({ title: k.model.nama, file: path, source: k.source, startLine: k.startLine, endLine: k.endLine, notes: k.notes });
  }

  for (const d of mapped.documentNotes) {
    if (d.notes.length) sections.push({ title: d.source, source: d.source, startLine: 1, endLine: drafts.find((x) => x.file === d.source)?.lines ?? 1, notes: d.notes });
  }

  if (!opts.configExists) {
    const config = { ...mapped.config, render: { urutan_standar: order } };
    files.push({ path: 'skj.yaml', text: emitYaml(config, [t('import.yaml.config'), t('import.yaml.sources', { files: inputs.map((i) => i.name).join(', ') })]) });
  }

  return {
    files,
    report: {
      documents: inputs.map((i) => i.name),
      sections,
      written: files.map((f) => f.path),
      totals: totals(sections, mapped.standar.length, mapped.kamus.length),
    },
  };
}
