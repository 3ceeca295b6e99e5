// The import report on a terminal: one block per written file, one line per note with its source line.
import type { MessageParams } from '../core/diagnostic.js';
import { message, type Lang } from '../i18n/messages.js';
import type { ImportReport } from '../import/report.js';
import { escapeInline } from '../text/control.js';

export function formatImportText(report: ImportReport, lang: Lang): string {
  const t = (k: string, p: MessageParams = {}) => message(lang, k, p);
  const out: string[] = [t('import.report.title'), t('import.report.documents', { files: report.documents.join(', ') }), ''];
  for (const s of report.sections) {
    out.push(s.file ? t('import.report.section', { title: s.title, file: s.file, start: s.startLine, end: s.endLine }) : t('import.report.section-doc', { title: s.title }));
    for (const n of s.notes) out.push(`  ${s.source}:${n.line}  ${t(`import.kind.${n.kind}`)}  ${t(n.id, n.params)}`);
    out.push('');
  }
  out.push(t('import.report.totals', report.totals));
  // Names and values come from the document: its control characters (an ESC sequence) are shown, not obeyed.
  return `${out.map(escapeInline).join('\n')}\n`;
}
