// What every output format receives.
import type { Diagnostic } from '../core/diagnostic.js';
import type { Lang } from '../i18n/messages.js';

export interface ReportData {
  files: number;
  diagnostics: Diagnostic[];
  suppressed: number;
  /** Source text of each file, for code frames. */
  sources: ReadonlyMap<string, string>;
  /** Warnings found but not shown (--quiet). */
  hiddenWarnings?: number;
  /** Each project's figures, when the PATHs hold more than one project. */
  projects?: ProjectSummary[];
}

export interface ProjectSummary {
  /** The project folder as shown (relative to the working directory). */
  name: string;
  files: number;
  errors: number;
  warnings: number;
  suppressed: number;
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
