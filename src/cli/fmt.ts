// `skj fmt`: the edge around the pure formatter (src/fmt/): the project's standard and kamus files (or
// the PATHs given) in, the files whose text changes written atomically, a summary out. --check and
// --diff write nothing. Exit 0 (done or already clean), 1 (--check: files to arrange), 2 (a file could
// not be read or arranged; it is left untouched, the others are still done).
import { closeSync, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Diagnostic } from '../core/diagnostic.js';
import { SourceDoc, type SourceFile } from '../core/source.js';
import { toDiagnostic } from '../engine/check-file.js';
import { formatText, FormatUnsafe, type FmtKind } from '../fmt/format.js';
import { stylish } from '../format/stylish.js';
import { message } from '../i18n/messages.js';
import { resolveProjects } from '../project/files.js';
import { writeFileAtomic, WriteError, writeTarget, type Original } from '../project/write-atomic.js';
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
  checkSyntax(source, { ref: undefined as never, report: (r) => r.severity !== 'warning' && diagnostics.push(toDiagnostic(yamlSyntax, r)) });
  return { source, diagnostics };
}

/** Reads the file as it is now (through a link, only to a target inside the project), to write it unless it changed since. */
function original(abs: string, root: string | undefined, shown: string, expected: string): Original | Refusal {
  const target = writeTarget(abs);
  if (target !== abs && root) {
    const inside = relative(realpathSync(root), target);
    if (inside.startsWith('..') || isAbsolute(inside)) return { id: 'cli.fmt.symlink-outside', params: { path: shown, target } };
  }
  const fd = openSync(target, 'r');
  try {
    const st = fstatSync(fd);
    const bytes = readFileSync(fd);
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (text !== expected) return { id: 'cli.write-changed', params: { path: shown } };
    return { bytes, size: st.size, mtimeMs: st.mtimeMs };
  } finally {
    closeSync(fd);
  }
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
      if (opts.diff) io.stdout(createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.text, formatted, undefined, undefined, { context: 3 }).replace(/^=+\n/, ''));
      if (!write) {
        changed.push(file.path);
        continue;
      }
      const abs = p.absolute.get(file.path)!;
      try {
        const was = original(abs, p.root, file.path, file.text);
        if (!('bytes' in was)) {
          refusals.push(was);
          continue;
        }
        const bom = (was.bytes as Buffer).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? '\uFEFF' : '';
        writeFileAtomic(abs, bom + formatted, { shown: file.path, unchangedFrom: was });
        changed.push(file.path);
      } catch (e) {
        if (!(e instanceof WriteError)) throw e;
        refusals.push({ id: e.messageId, params: { ...e.params, path: file.path } as Record<string, string> });
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
