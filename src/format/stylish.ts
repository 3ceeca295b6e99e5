// Human output: grouped by file, one line per diagnostic, with a frame of the YAML source.
import { Chalk } from 'chalk';
import { message } from '../i18n/messages.js';
import { counts, type Formatter } from './context.js';

const SUMMARY = {
  id: (p: number, e: number, w: number, s: number) => `${p} masalah (${e} galat, ${w} peringatan)${s ? `, ${s} ditekan` : ''}`,
  en: (p: number, e: number, w: number, s: number) => `${p} problem${p === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'})${s ? `, ${s} suppressed` : ''}`,
};
const CLEAN = {
  id: (f: number, s: number) => `${f} berkas diperiksa, tidak ada masalah${s ? ` (${s} ditekan)` : ''}.`,
  en: (f: number, s: number) => `${f} file${f === 1 ? '' : 's'} checked, no problems${s ? ` (${s} suppressed)` : ''}.`,
};
const SEVERITY = { id: { error: 'galat', warning: 'peringatan' }, en: { error: 'error', warning: 'warning' } };

function frame(text: string | undefined, line: number, column: number, endLine: number, endColumn: number): string[] {
  if (text === undefined) return [];
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`  ${marker} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
    if (n === line) {
      const len = endLine === line ? Math.max(1, endColumn - column) : Math.max(1, (lines[n - 1] ?? '').length - column + 1);
      out.push(`    ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}${'^'.repeat(Math.min(len, 80))}`);
    }
  }
  return out;
}

export const stylish: Formatter = (data, { lang, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  const byFile = new Map<string, typeof data.diagnostics>();
  for (const d of data.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  for (const [file, list] of byFile) {
    out.push(c.underline(file));
    for (const d of list) {
      const sev = d.severity === 'error' ? c.red(SEVERITY[lang].error) : c.yellow(SEVERITY[lang].warning);
      out.push(`  ${c.dim(`${file}:${d.line}:${d.column}`)}  ${sev}  ${message(lang, d.messageId, d.params)}  ${c.dim(d.rule)}`);
      out.push(...frame(data.sources.get(file), d.line, d.column, d.endLine, d.endColumn).map((l) => c.dim(l)));
    }
    out.push('');
  }
  const { errors, warnings } = counts(data.diagnostics);
  const total = errors + warnings;
  if (total === 0) out.push(c.green(`✔ ${CLEAN[lang](data.files, data.suppressed)}`));
  else out.push((errors ? c.red.bold : c.yellow.bold)(`✖ ${SUMMARY[lang](total, errors, warnings, data.suppressed)}`));
  return out.join('\n') + '\n';
};
