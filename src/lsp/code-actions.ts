// Code actions on a standard: first the safe fixes of `skj validate --fix` (the same fix data, computed
// from the text the editor holds: one quick fix per fix under the cursor, and "fix all" as a
// source.fixAll action), then what only the analyst can decide: a "did you mean" replacement, raising a
// level to the floor, adding a missing competency, a suppression comment. None runs by itself.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range as LspRange, type TextEdit } from 'vscode-languageserver/node';
import type { Diagnostic, MessageParams } from '../core/diagnostic.js';
import type { StandarDoc } from '../core/standar-doc.js';
import { fixStandarText, standarFixes } from '../fix/file.js';
import { message, type Lang } from '../i18n/messages.js';
import type { Config } from '../model/config.js';
import type { Reference } from '../reference/reference.js';
import { toLspRange, type DiagnosticData } from './convert.js';

export interface ActionInput {
  uri: string;
  lang: Lang;
  lines: readonly string[];
  ref?: Reference;
  doc?: StandarDoc;
  diagnostics: LspDiagnostic[];
  /** The document's text, its display path and the project's skj.yaml: for the safe fixes. */
  text?: string;
  path?: string;
  config?: Config;
  /** The range the client asks about, and the kinds it wants (`only`). */
  range?: LspRange;
  only?: string[];
}

/** Rules whose diagnostics a suppression comment cannot or should not silence. */
const NOT_SUPPRESSIBLE = new Set(['yaml/syntax', 'suppression/unused']);

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.skj`;

export function codeActions(input: ActionInput): CodeAction[] {
  const wants = (kind: string) => !input.only || input.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const out: CodeAction[] = [];
  const fixes = input.doc && input.ref && input.text !== undefined ? standarFixes({ path: input.path ?? '', text: input.text }, input.ref, input.config) : [];
  if (wants(CodeActionKind.QuickFix)) {
    out.push(...safeFixes(input, fixes));
    for (const d of input.diagnostics) {
      if (d.source !== 'skj') continue;
      const data = d.data as DiagnosticData | undefined;
      if (!data) continue;
      const fix = quickFix(input, d, data);
      if (fix) out.push(fix);
      if (!NOT_SUPPRESSIBLE.has(String(d.code))) out.push(disableLine(input, d));
    }
  }
  if (fixes.length && wants(FIX_ALL_KIND)) out.push(fixAll(input));
  return out;
}

const overlaps = (a: LspRange, b: LspRange) =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character) || b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

/** One quick fix per safe fix on the asked range, tied to the published diagnostic it fixes (fix-only ones have none). */
function safeFixes(input: ActionInput, fixes: Diagnostic[]): CodeAction[] {
  const doc = TextDocument.create(input.uri, 'yaml', 0, input.text ?? '');
  const out: CodeAction[] = [];
  for (const d of fixes) {
    const range = toLspRange(d);
    if (input.range && !overlaps(range, input.range)) continue;
    const fix = d.fix!;
    const edit: TextEdit = { range: { start: doc.positionAt(fix.range[0]), end: doc.positionAt(fix.range[1]) }, newText: fix.text };
    const published = input.diagnostics.filter((p) => p.source === 'skj' && p.code === d.rule && overlaps(p.range, range));
    const title = message(input.lang, 'lsp.action.fix', { what: message(input.lang, fix.messageId, fix.params) });
    out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: published, isPreferred: true, edit: { changes: { [input.uri]: [edit] } } });
  }
  return out;
}

/** Every safe fix of the file at once, as `skj validate --fix` would make them: one edit over the changed part. */
function fixAll(input: ActionInput): CodeAction {
  const before = input.text!;
  const { text } = fixStandarText({ path: input.path ?? '', text: before }, input.ref!, input.config);
  let start = 0;
  while (start < before.length && start < text.length && before[start] === text[start]) start++;
  let end = 0;
  while (end < before.length - start && end < text.length - start && before[before.length - 1 - end] === text[text.length - 1 - end]) end++;
  const doc = TextDocument.create(input.uri, 'yaml', 0, before);
  const edit: TextEdit = { range: { start: doc.positionAt(start), end: doc.positionAt(before.length - end) }, newText: text.slice(start, text.length - end) };
  return { title: message(input.lang, 'lsp.action.fix-all'), kind: FIX_ALL_KIND, edit: { changes: { [input.uri]: [edit] } } };
}

function action(input: ActionInput, d: LspDiagnostic, title: string, edits: TextEdit[], preferred = true): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred, edit: { changes: { [input.uri]: edits } } };
}

/** What the analyst decides: a suggestion is a guess (never a safe fix), a level a choice. */
function quickFix(input: ActionInput, d: LspDiagnostic, { messageId, params }: DiagnosticData): CodeAction | undefined {
  const t = (key: string, p: MessageParams) => message(input.lang, key, p);
  const replace = (newText: string): TextEdit[] => [{ range: d.range, newText }];
  switch (messageId) {
    case 'kompetensi/unknown.suggest':
      return action(input, d, t('lsp.action.replace-kompetensi', { from: String(params.key), kode: params.kode!, nama: params.nama! }), replace(String(params.kode)), false);
    case 'tingkatan/unknown.suggest':
      return action(input, d, t('lsp.action.replace', { from: String(params.value), to: String(params.suggestion) }), replace(String(params.suggestion)), false);
    case 'urusan/unknown.suggest':
      return action(input, d, t('lsp.action.replace', { from: String(params.value), to: String(params.suggestion) }), replace(`"${params.suggestion}"`), false);
    case 'kompetensi/below-floor':
    case 'kompetensi/below-floor.uncertain':
      return action(input, d, t('lsp.action.raise-level', { kode: params.kode!, minimum: params.minimum! }), replace(String(params.minimum)));
    case 'kompetensi/missing':
      return addKompetensi(input, d, String(params.kode), String(params.nama));
    default:
      return undefined;
  }
}

/** Adds a missing competency at the tier's floor as the group's last entry. */
function addKompetensi(input: ActionInput, d: LspDiagnostic, kode: string, nama: string): CodeAction | undefined {
  const tingkatan = input.doc?.tingkatan;
  const level = tingkatan && input.ref?.tingkatan.floor(tingkatan.id)?.level[kode];
  if (level === undefined) return undefined; // no floor known: the level is the analyst's choice
  const groupLine = d.range.start.line;
  const header = input.lines[groupLine] ?? '';
  if (!/:\s*(#.*)?$/.test(header)) return undefined; // flow style ({...}) is left to the analyst
  const groupIndent = /^\s*/.exec(header)![0].length;
  let last = groupLine;
  let childIndent = groupIndent + 2;
  for (let i = groupLine + 1; i < input.lines.length; i++) {
    const l = input.lines[i]!;
    if (!l.trim()) continue;
    const lead = /^\s*/.exec(l)![0].length;
    if (lead <= groupIndent) break;
    if (last === groupLine && !/^\s*#/.test(l)) childIndent = lead;
    last = i;
  }
  const eol = input.lines[last]!.length;
  return action(input, d, message(input.lang, 'lsp.action.add-kompetensi', { kode, nama, level }), [
    { range: { start: { line: last, character: eol }, end: { line: last, character: eol } }, newText: `\n${' '.repeat(childIndent)}${kode}: ${level}` },
  ]);
}

function disableLine(input: ActionInput, d: LspDiagnostic): CodeAction {
  const line = d.range.start.line;
  const indent = /^\s*/.exec(input.lines[line] ?? '')![0];
  const rule = String(d.code);
  return action(input, d, message(input.lang, 'lsp.action.disable-line', { rule }), [
    { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# skj-disable-next-line ${rule} -- \n` },
  ], false);
}
