// Machine output, version 1: the contract documented in the README.
import { message } from '../i18n/messages.js';
import { escapeJson } from '../text/control.js';
import { counts, type Formatter } from './context.js';

export const json: Formatter = (data, { lang }) => {
  const { errors, warnings } = counts(data.diagnostics);
  return escapeJson(
    JSON.stringify(
      {
        version: 1,
        files: data.files,
        errors,
        warnings,
        suppressed: data.suppressed,
        // Only when the PATHs held several projects: each project's figures.
        ...(data.projects ? { projects: data.projects } : {}),
        diagnostics: data.diagnostics.map((d) => ({
          file: d.file,
          line: d.line,
          column: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
          severity: d.severity,
          rule: d.rule,
          message: message(lang, d.messageId, d.params),
          // ESLint's shape: replace [start, end) of the file's text (offsets after a byte-order mark) by text.
          ...(d.fix ? { fix: { range: d.fix.range, text: d.fix.text } } : {}),
        })),
      },
      null,
      2,
    ) + '\n'
  );
};
