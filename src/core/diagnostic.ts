// What a rule reports: language-neutral (a message id and its parameters); formatters render it.
import type { Range } from './source.js';

export type Severity = 'error' | 'warning';

/** A text the data holds in both languages (e.g. a legal source from dictionaries/). */
export interface Localized {
  id: string;
  en: string;
}

export type MessageParams = Record<string, string | number | Localized>;

export interface Diagnostic extends Range {
  file: string;
  rule: string;
  severity: Severity;
  messageId: string;
  params: MessageParams;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
