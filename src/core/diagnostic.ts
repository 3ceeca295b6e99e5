// What a rule reports: language-neutral (a message id and its parameters); formatters render it.
import type { Range } from './source.js';

export type Severity = 'error' | 'warning';

/** A text the data holds in both languages (e.g. a legal source from dictionaries/). */
export interface Localized {
  id: string;
  en: string;
}

export type MessageParams = Record<string, string | number | Localized>;

/**
 * A safe correction a rule attaches to its report (ESLint's model): replace `text[range[0], range[1])`
 * of the file by `text`. Computed from the source text, so everything outside the range stays
 * byte-identical; offered only when it changes the form, never the meaning (src/fix/edit.ts checks it).
 */
export interface Fix {
  /** Offsets in the file's text (UTF-16 code units, after any byte-order mark). */
  range: [number, number];
  text: string;
  /** What the fix changes, as a message of src/i18n/fix.ts. */
  messageId: string;
  params: MessageParams;
}

export interface Diagnostic extends Range {
  file: string;
  rule: string;
  severity: Severity;
  messageId: string;
  params: MessageParams;
  fix?: Fix;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
