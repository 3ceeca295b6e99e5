// What every output format receives.
import type { Diagnostic } from '../core/diagnostic.js';
import type { Lang } from '../i18n/messages.js';

export interface ReportData {
  files: number;
  diagnostics: Diagnostic[];
  suppressed: number;
  /** Source text of each file, for code frames. */
  sources: ReadonlyMap<string, string>;
}

export interface FormatOptions {
  lang: Lang;
  color: boolean;
}

export type Formatter = (data: ReportData, options: FormatOptions) => string;

export function counts(diagnostics: Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}
