// Engine diagnostics (1-based, language-neutral) to LSP diagnostics (0-based, in the user's language).
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range as LspRange } from 'vscode-languageserver/node';
import type { Diagnostic, MessageParams } from '../core/diagnostic.js';
import type { Range } from '../core/source.js';
import { ruleLink } from '../explain/rule-docs.js';
import { message, type Lang } from '../i18n/messages.js';
import { escapeControl } from '../text/control.js';
import type { Notice } from './check.js';

/** Carried with each diagnostic for the code actions. */
export interface DiagnosticData {
  messageId: string;
  params: MessageParams;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information } as const;

export function toLspRange(r: Range): LspRange {
  return { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.endLine - 1, character: r.endColumn - 1 } };
}

// Values quoted from a file may hold control characters (an ESC sequence, a bidi override): the editor
// shows them as visible escapes, as the terminal formatters do.
export function toLsp(d: Diagnostic, lang: Lang): LspDiagnostic {
  const data: DiagnosticData = { messageId: d.messageId, params: d.params };
  return {
    range: toLspRange(d),
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: ruleLink(d.rule) },
    source: 'skj',
    message: escapeControl(message(lang, d.messageId, d.params)),
    data,
  };
}

export function noticeText(n: Notice, lang: Lang): string {
  const params = n.inner ? { ...n.params, detail: message(lang, n.inner.messageId, n.inner.params) } : n.params;
  return escapeControl(message(lang, n.messageId, params));
}

export function noticeToLsp(n: Notice, lang: Lang): LspDiagnostic {
  const range = n.range ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { range: toLspRange(range), severity: SEVERITY[n.severity], source: 'skj', message: noticeText(n, lang) };
}
