// Diagnostics of one open file, by the same engine and rules as `skj validate`: the file is checked
// alone against its project's kamus, skj.yaml and kode registry. Rules that compare files with each
// other come from the last project pass (project-pass.ts).
import { basename } from 'node:path';
import { parse } from 'yaml';
import { compareDiagnostics, type Diagnostic, type MessageParams } from '../core/diagnostic.js';
import { looksLikeKamus } from '../core/kamus-doc.js';
import { validate, type ValidateInput } from '../engine/validate.js';
import type { BundledData } from '../reference/bundled.js';
import type { Reference } from '../reference/reference.js';
import { RULES } from '../rules/index.js';
import { suppressionUnused } from '../rules/suppression-unused.js';
import type { FilePass } from './project-pass.js';
import type { Project, ProjectProblem, Projects } from './project.js';

/** Rules whose verdict on a file depends on other files (duplicate codes, duplicate names, ...). */
export const CROSS_FILE_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.checkProject).map((r) => r.id));

/** Something to tell the user that is not a rule of `skj validate`: a message id of the catalogue. */
export interface Notice {
  messageId: string;
  params: MessageParams;
  /** A message filled into the `detail` parameter. */
  inner?: { messageId: string; params: MessageParams };
  severity: 'error' | 'warning' | 'information';
  /** 1-based, as diagnostics; the start of the file when absent. */
  range?: { line: number; column: number; endLine: number; endColumn: number };
  /** Also shown as a window message, once per project or file. */
  window?: string;
}

export interface FileCheck {
  /** Display path of the file, as validate names it. */
  path: string;
  diagnostics: Diagnostic[];
  notices: Notice[];
  project?: Project;
  /** The file belongs to a project and takes part in its project pass. */
  inProject: boolean;
  /** What the file was checked against (kamus, tingkatan, urusan, ...), for hover and completion. */
  ref?: Reference;
  kind?: 'standar' | 'kamus';
}

export function checkFile(abs: string, text: string, projects: Projects, overlay: (abs: string) => string | undefined, bundled: BundledData): FileCheck {
  const project = projects.forFile(abs);
  if (!project) return checkLoose(abs, text, bundled);
  const path = project.display(abs);
  const kind = project.kindOf(abs);
  const base: FileCheck = { path, diagnostics: [], notices: [], project, inProject: false };
  if (kind === 'config') return { ...base, notices: project.configProblem ? [problemNotice(project.configProblem, true)] : [] };
  if (kind === 'registry') return { ...base, notices: project.registryProblem ? [problemNotice(project.registryProblem, true)] : [] };
  if (project.configProblem) {
    // Without a readable skj.yaml no file of the project can be checked, as on the command line.
    return /\.ya?ml$/i.test(abs) ? { ...base, notices: [problemNotice(project.configProblem, false)] } : base;
  }
  if (kind === 'other') return base;
  const notices = project.registryProblem ? [problemNotice(project.registryProblem, false)] : [];
  const kamus = project.kamusSources(overlay);
  const input: ValidateInput = {
    standar: kind === 'standar' ? [{ path, text }] : [],
    kamus: kind === 'kamus' ? kamus.map((k) => (k.path === path ? { path, text } : k)) : kamus,
    config: project.config,
    only: new Set([path]),
    extra: project.extra,
  };
  const result = validate(input, bundled);
  return { ...base, diagnostics: result.diagnostics, notices, inProject: true, ref: result.ref, kind };
}

/** A file outside any project: checked against the bundled kamus when it is a standard or a kamus. */
function checkLoose(abs: string, text: string, bundled: BundledData): FileCheck {
  const path = basename(abs);
  const base: FileCheck = { path, diagnostics: [], notices: [], inProject: false };
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    data = undefined;
  }
  const kamus = looksLikeKamus(data);
  const standar = !kamus && data !== null && typeof data === 'object' && ['kompetensi', 'tingkatan', 'persyaratan'].some((k) => k in data);
  if (!kamus && !standar) return { ...base, notices: [{ messageId: 'lsp.outside-project.ignored', params: { file: path }, severity: 'information', window: 'log' }] };
  const file = { path, text };
  const result = validate({ standar: standar ? [file] : [], kamus: kamus ? [file] : [] }, bundled);
  return { ...base, ref: result.ref, kind: kamus ? 'kamus' : 'standar', diagnostics: result.diagnostics, notices: [{ messageId: 'lsp.outside-project', params: { file: path }, severity: 'information' }] };
}

/** A broken skj.yaml or kode.lock.yaml: located on that file, announced at the top of the others. */
function problemNotice(problem: ProjectProblem, onItsFile: boolean): Notice {
  const { messageId, params } = problem.error;
  if (!onItsFile) return { messageId: 'lsp.project-broken', params: {}, inner: { messageId, params }, severity: 'error', window: problem.file };
  const m = /:(\d+):(\d+)$/.exec(String(params.where ?? ''));
  const line = m ? Number(m[1]) : 1;
  const column = m ? Number(m[2]) : 1;
  return { messageId, params, severity: 'error', range: { line, column, endLine: line, endColumn: column + 1 } };
}

/**
 * The fresh single-file diagnostics plus the cross-file ones of the last project pass not already among
 * them. A suppression comment the pass found a use for is not reported unused (the file alone cannot know).
 */
export function mergeProjectPass(fresh: Diagnostic[], pass: FilePass | undefined): Diagnostic[] {
  if (!pass || (!pass.diagnostics.length && !pass.usedSuppressions.length)) return fresh;
  const key = (d: Diagnostic) => `${d.rule}\u0000${d.messageId}\u0000${JSON.stringify(d.params)}`;
  const have = new Set(fresh.map(key));
  const used = new Set(pass.usedSuppressions);
  const kept = fresh.filter((d) => !(d.rule === suppressionUnused.id && used.has(d.line)));
  return [...kept, ...pass.diagnostics.filter((d) => CROSS_FILE_RULES.has(d.rule) && !have.has(key(d)))].sort(compareDiagnostics);
}
