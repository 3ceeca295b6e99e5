// The import report as Markdown (--report FILE): a table of notes per written file.
import type { MessageParams } from '../core/diagnostic.js';
import { message, type Lang } from '../i18n/messages.js';
import type { ImportReport } from '../import/report.js';
import { escapeInline } from '../text/control.js';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function formatImportMarkdown(report: ImportReport, lang: Lang): string {
  const t = (k: string, p: MessageParams = {}) => message(lang, k, p);
  const out: string[] = [`# ${t('import.report.title')}`, '', t('import.report.documents', { files: report.documents.map((d) => `\`${d}\``).join(', ') }), ''];
  out.push(t('import.report.totals', report.totals), '');
  for (const s of report.sections) {
    out.push(`## ${cell(s.file ? t('import.report.section', { title: s.title, file: `\`${s.file}\``, start: s.startLine, end: s.endLine }) : t('import.report.section-doc', { title: s.title }))}`, '');
    if (s.notes.length === 0) continue;
    out.push(`| ${t('import.report.line', { line: '' }).trim()} | | |`, '|---|---|---|');
    for (const n of s.notes) out.push(`| ${s.source}:${n.line} | ${t(`import.kind.${n.kind}`)} | ${cell(t(n.id, n.params))} |`);
    out.push('');
  }
  // Names and values come from the document: its control characters are written as visible escapes.
  return `${out.map(escapeInline).join('\n')}\n`;
}
