// Quick fixes offered on skj's diagnostics. Each is an edit the user chooses; none runs by itself.
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { MessageParams } from '../core/diagnostic.js';
import type { StandarDoc } from '../core/standar-doc.js';
import { message, type Lang } from '../i18n/messages.js';
import type { Reference } from '../reference/reference.js';
import type { DiagnosticData } from './convert.js';

export interface ActionInput {
  uri: string;
  lang: Lang;
  lines: readonly string[];
  ref?: Reference;
  doc?: StandarDoc;
  diagnostics: LspDiagnostic[];
}

/** Rules whose diagnostics a suppression comment cannot or should not silence. */
const NOT_SUPPRESSIBLE = new Set(['yaml/syntax', 'suppression/unused']);

export function codeActions(input: ActionInput): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of input.diagnostics) {
    if (d.source !== 'skj') continue;
    const data = d.data as DiagnosticData | undefined;
    if (!data) continue;
    const fix = quickFix(input, d, data);
    if (fix) out.push(fix);
    if (!NOT_SUPPRESSIBLE.has(String(d.code))) out.push(disableLine(input, d));
  }
  return out;
}

function action(input: ActionInput, d: LspDiagnostic, title: string, edits: TextEdit[], preferred = true): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred, edit: { changes: { [input.uri]: edits } } };
}

function quickFix(input: ActionInput, d: LspDiagnostic, { messageId, params }: DiagnosticData): CodeAction | undefined {
  const t = (key: string, p: MessageParams) => message(input.lang, key, p);
  const replace = (newText: string): TextEdit[] => [{ range: d.range, newText }];
  switch (messageId) {
    case 'kompetensi/unknown.suggest':
      return action(input, d, t('lsp.action.replace-kompetensi', { from: String(params.key), kode: params.kode!, nama: params.nama! }), replace(String(params.kode)));
    case 'tingkatan/unknown.suggest':
      return action(input, d, t('lsp.action.replace', { from: String(params.value), to: String(params.suggestion) }), replace(String(params.suggestion)));
    case 'urusan/unknown.suggest':
      return action(input, d, t('lsp.action.replace', { from: String(params.value), to: String(params.suggestion) }), replace(`"${params.suggestion}"`));
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
