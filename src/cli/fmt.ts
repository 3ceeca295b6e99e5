// `skj fmt`: the edge around the pure formatter (src/fmt/): the project's standard and kamus files (or
// the PATHs given) in, the files whose text changes written atomically, a summary out. --check and
// --diff write nothing. Exit 0 (done or already clean), 1 (--check: files to arrange), 2 (a file could
// not be read or arranged; it is left untouched, the others are still done).
import { dirname } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { SourceDoc, type SourceFile } from '../core/source.js';
import { toDiagnostic } from '../engine/check-file.js';
import { formatText, FormatUnsafe, type FmtKind } from '../fmt/format.js';
import { unifiedDiff } from '../format/diff.js';
import { stylish } from '../format/stylish.js';
import { message } from '../i18n/messages.js';
import { resolveProjects } from '../project/files.js';
import { rewriteFile, WriteRefused } from '../project/rewrite.js';
import { bundledData } from '../reference/bundled.js';
import { checkSyntax, yamlSyntax } from '../rules/yaml-syntax.js';
import { escapeInline } from '../text/control.js';
import { useColor, type CommandContext } from './io.js';

export interface FmtOptions {
  check?: boolean;
  diff?: boolean;
}

interface Refusal {
  id: string;
  params: Record<string, string>;
}

/** Syntax errors (and unreadable bytes) of a file, as validate reports them; none: it can be arranged. */
function syntaxErrors(file: SourceFile): { source: SourceDoc; diagnostics: Diagnostic[] } {
  const source = new SourceDoc(file);
  const diagnostics: Diagnostic[] = [];
  // yaml/syntax consults no reference data.
  checkSyntax(source, { ref: undefined as never, report: (r) => r.severity !== 'warning' && diagnostics.push(toDiagnostic(yamlSyntax, r)) });
  return { source, diagnostics };
}

export async function runFmt(paths: string[], opts: FmtOptions, { io, lang }: CommandContext): Promise<number> {
  const projects = resolveProjects(paths, io.cwd, bundledData());
  const write = !opts.check && !opts.diff;
  const changed: string[] = [];
  let clean = 0;
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const refusals: Refusal[] = [];
  for (const p of projects) {
    const files: [SourceFile, FmtKind][] = [...p.standar.map((f) => [f, 'standar'] as [SourceFile, FmtKind]), ...p.kamus.map((f) => [f, 'kamus'] as [SourceFile, FmtKind])];
    for (const [file, kind] of files.sort((a, b) => (a[0].path < b[0].path ? -1 : 1))) {
      if (!p.only.has(file.path)) continue;
      const { source, diagnostics: errors } = syntaxErrors(file);
      if (errors.length) {
        diagnostics.push(...errors);
        sources.set(file.path, source.text);
        continue;
      }
      let formatted: string;
      try {
        formatted = formatText(file.text, kind);
      } catch (e) {
        if (!(e instanceof FormatUnsafe)) throw e;
        refusals.push({ id: 'cli.fmt.unsafe', params: { path: file.path } });
        continue;
      }
      if (formatted === file.text) {
        clean++;
        continue;
      }
      if (opts.diff) io.stdout(unifiedDiff(file.path, file.text, formatted, useColor(io)));
      if (!write) {
        changed.push(file.path);
        continue;
      }
      try {
        // Written only if the file still holds the text formatted (an edit saved meanwhile is kept); BOM kept.
        rewriteFile(p.absolute.get(file.path)!, p.root ?? dirname(p.absolute.get(file.path)!), file.text, () => formatted);
        changed.push(file.path);
      } catch (e) {
        if (!(e instanceof WriteRefused)) throw e;
        refusals.push({ id: `cli.fmt.refused.${e.reason}`, params: { path: file.path, detail: e.detail } });
      }
    }
  }
  if (diagnostics.length) io.stderr(stylish({ files: diagnostics.length, diagnostics, suppressed: 0, sources }, { lang, color: useColor(io) }));
  for (const r of refusals) io.stderr(`${escapeInline(message(lang, r.id, r.params))}\n`);
  const line = opts.check || opts.diff ? 'cli.fmt.would-change' : 'cli.fmt.written';
  for (const path of changed) io.stdout(`${message(lang, line, { path: escapeInline(path) })}\n`);
  const failed = new Set([...diagnostics.map((d) => d.file), ...refusals.map((r) => r.params.path)]).size;
  const summary = write ? 'cli.fmt.summary' : changed.length ? 'cli.fmt.summary-check' : 'cli.fmt.summary-clean';
  io.stdout(`${message(lang, summary, { changed: changed.length, clean })}\n`);
  if (failed) io.stderr(`${message(lang, 'cli.fmt.failed', { count: failed })}\n`);
  return failed ? 2 : opts.check && changed.length ? 1 : 0;
}
