// What a rule reports: language-neutral (a message id and its parameters); formatters render it.
import type { Range } from './source.js';

export type Severity = 'error' | 'warning';

export type MessageParams = Record<string, string | number>;

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
