// Human output: grouped by file, one line per diagnostic, with a frame of the YAML source.
import { Chalk } from 'chalk';
import { counted, message, type Lang } from '../i18n/messages.js';
import { escapeControl, escapeInline } from '../text/control.js';
import { counts, type Formatter } from './context.js';
import { ruleLink } from '../explain/rule-docs.js';

/** Source lines wider than this are shown as a window around the column. */
const FRAME_WIDTH = 160;

/** A source line as shown in a frame: clipped around the column, controls made visible; and where the column lands. */
function shown(line: string, column: number): { text: string; caret: number } {
  let start = 0;
  let text = line;
  if (line.length > FRAME_WIDTH) {
    start = Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 4, line.length - FRAME_WIDTH));
    text = `${start > 0 ? '…' : ''}${line.slice(start, start + FRAME_WIDTH)}${start + FRAME_WIDTH < line.length ? '…' : ''}`;
  }
  const before = line.slice(start, Math.max(start, column - 1));
  return { text: escapeControl(text), caret: (start > 0 ? 1 : 0) + escapeControl(before).length };
}

function frame(lines: string[] | undefined, line: number, column: number, endLine: number, endColumn: number): string[] {
  if (lines === undefined) return [];
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' ';
    const s = shown(lines[n - 1] ?? '', n === line ? column : 1);
    out.push(`  ${marker} ${String(n).padStart(width)} | ${s.text}`);
    if (n === line) {
      const len = endLine === line ? Math.max(1, endColumn - column) : Math.max(1, (lines[n - 1] ?? '').length - column + 1);
      out.push(`    ${' '.repeat(width)} | ${' '.repeat(s.caret)}${'^'.repeat(Math.min(len, 80))}`);
    }
  }
  return out;
}

export const stylish: Formatter = (data, { lang, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  const byFile = new Map<string, typeof data.diagnostics>();
  for (const d of data.diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  for (const [name, list] of byFile) {
    const file = escapeInline(name);
    // Split once per file: a large file with thousands of diagnostics must not be re-split for each.
    const text = data.sources.get(name);
    const lines = text === undefined ? undefined : text.split(/\r\n|\r|\n/);
    out.push(c.underline(file));
    for (const d of list) {
      const label = message(lang, `format.severity.${d.severity}`);
      const sev = d.severity === 'error' ? c.red(label) : c.yellow(label);
      out.push(`  ${c.dim(`${file}:${d.line}:${d.column}`)}  ${sev}  ${escapeInline(message(lang, d.messageId, d.params))}  ${c.dim(d.rule)}`);
      out.push(...frame(lines, d.line, d.column, d.endLine, d.endColumn).map((l) => c.dim(l)));
    }
    out.push('');
  }
  // Where each reported rule is explained (the README row, also `skj explain RULE`).
  const rules = [...new Set(data.diagnostics.map((d) => d.rule))].sort();
  if (rules.length) {
    out.push(c.dim(message(lang, 'format.explain')));
    for (const r of rules) out.push(c.dim(`  ${r}  ${ruleLink(r)}`));
    out.push('');
  }
  const { errors, warnings } = counts(data.diagnostics);
  const total = { files: data.files, errors, warnings, suppressed: data.suppressed, hidden: data.hiddenWarnings ?? 0 };
  const paint = (s: Figures) => (s.errors + s.warnings === 0 ? c.green : s.errors ? c.red.bold : c.yellow.bold);
  if (data.projects && data.projects.length > 1) {
    // Several projects (a folder holding them): one line each, then the total.
    for (const p of data.projects) out.push(paint(p)(`${mark(p)} ${message(lang, 'format.project', { name: escapeInline(p.name), summary: figures(lang, p) })}`));
    out.push(paint(total)(`${mark(total)} ${message(lang, 'format.total', { projects: counted(lang, 'format.projects', data.projects.length), summary: figures(lang, total) })}`));
  } else out.push(paint(total)(`${mark(total)} ${figures(lang, total)}`));
  return out.join('\n') + '\n';
};

interface Figures {
  files: number;
  errors: number;
  warnings: number;
  suppressed: number;
  /** Warnings not shown (--quiet). */
  hidden?: number;
}

const mark = (s: Figures) => (s.errors + s.warnings === 0 ? '✔' : '✖');

function figures(lang: Lang, s: Figures): string {
  if (s.errors + s.warnings === 0) {
    const files = counted(lang, 'format.files', s.files);
    if (s.hidden) return message(lang, 'format.clean-hidden', { files, warnings: counted(lang, 'format.warnings', s.hidden) });
    return message(lang, s.suppressed ? 'format.clean-suppressed' : 'format.clean', { files, n: s.suppressed });
  }
  const params = {
    problems: counted(lang, 'format.problems', s.errors + s.warnings),
    errors: counted(lang, 'format.errors', s.errors),
    warnings: counted(lang, 'format.warnings', s.warnings),
    n: s.suppressed,
  };
  return message(lang, s.suppressed ? 'format.summary-suppressed' : 'format.summary', params);
}
