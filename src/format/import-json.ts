// The import report as JSON (--format json): stable keys, messages in the chosen language.
import { message, type Lang } from '../i18n/messages.js';
import type { ImportReport } from '../import/report.js';
import { escapeJson } from '../text/control.js';

export function formatImportJson(report: ImportReport, lang: Lang, extra: Record<string, unknown> = {}): string {
  const json = {
    version: 1,
    documents: report.documents,
    written: report.written,
    totals: report.totals,
    sections: report.sections.map((s) => ({
      title: s.title,
      file: s.file ?? null,
      source: s.source,
      startLine: s.startLine,
      endLine: s.endLine,
      notes: s.notes.map((n) => ({ line: n.line, kind: n.kind, id: n.id.replace(/^import\.note\./, ''), message: message(lang, n.id, n.params) })),
    })),
    ...extra,
  };
  // JSON escapes C0 controls itself; C1 and bidirectional controls are written as \u escapes too.
  return `${escapeJson(JSON.stringify(json, null, 2))}\n`;
}
