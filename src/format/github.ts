// GitHub Actions workflow commands: one annotation per diagnostic.
import { message } from '../i18n/messages.js';
import { escapeInline } from '../text/control.js';
import type { Formatter } from './context.js';

// Workflow command escaping (actions/toolkit: escapeData / escapeProperty).
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (report, { lang }) =>
  report.diagnostics
    .map(
      (d) =>
        `::${d.severity} file=${prop(escapeInline(d.file))},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${prop(d.rule)}::${data(escapeInline(message(lang, d.messageId, d.params)))}\n`,
    )
    .join('');
