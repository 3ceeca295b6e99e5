// The engine of `skj validate`, above the rules it runs: source texts in, diagnostics out; no file
// system, no terminal. Each standard goes through the per-file rules on its own and leaves only its
// outcome (diagnostics, suppressions, facts), so memory stays flat; the project-level rules then run
// on the facts, and their diagnostics are located by re-reading just the files they name.
import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { SourceDoc, type ParseOptions, type Range, type SourceFile } from '../core/source.js';
import { suppresses } from '../core/suppressions.js';
import type { Config } from '../model/config.js';
import type { BundledData } from '../reference/bundled.js';
import type { Reference } from '../reference/reference.js';
import { RULES } from '../rules/index.js';
import type { FileReport, ProjectFacts, Report, Rule } from '../rules/rule.js';
import { suppressionUnused } from '../rules/suppression-unused.js';
import type { KamusDoc } from '../core/kamus-doc.js';
import { checkKamusFile, checkStandarFile, toDiagnostic, type FileOutcome } from './check-file.js';
import { loadReference } from './project.js';

export interface ValidateInput extends ParseOptions {
  standar: SourceFile[];
  kamus: SourceFile[];
  config?: Config;
  /** Only these files' diagnostics are reported; the others serve as reference (default: all). */
  only?: ReadonlySet<string>;
  /** Extra project-level data for registry-aware rules. */
  extra?: Record<string, unknown>;
  /** Also the fix-only reports, for their fixes (src/fix/). */
  fixing?: boolean;
}

export interface ValidateResult {
  files: number;
  diagnostics: Diagnostic[];
  suppressed: number;
  ref: Reference;
}

export type Settings = Record<string, string>;

/** The rules skj.yaml leaves on. */
export function activeRules(settings: Settings): Rule[] {
  return RULES.filter((r) => settings[r.id] !== 'off');
}

/** What every standard is checked against: the same on the main thread and in each worker. */
export interface Checker {
  settings: Settings;
  rules: Rule[];
  ref: Reference;
  kamus: KamusDoc[];
}

export function prepare(input: Pick<ValidateInput, 'kamus' | 'config' | 'parse'>, bundled: BundledData): Checker {
  const settings = input.config?.aturan ?? {};
  const { kamus, ref } = loadReference(input, bundled);
  return { settings, rules: activeRules(settings), ref, kamus };
}

export function validate(input: ValidateInput, bundled: BundledData): ValidateResult {
  const checker = prepare(input, bundled);
  const wanted = wantedBy(input.only);
  const outcomes = input.standar.map((file) => checkStandarFile(file, checker.ref, checker.rules, { parse: input.parse, report: wanted(file.path), fixing: input.fixing }));
  const texts = new Map(input.standar.map((f) => [f.path, f]));
  const project = checkProject(checker, input, outcomes);
  return conclude(checker, input, project, locateHere(project.unlocated, (file) => ({ path: file, text: texts.get(file)!.text })));
}

export const wantedBy = (only: ReadonlySet<string> | undefined) => (file: string) => !only || only.has(file);

/** A project-level report on a standard known by its facts, to be located in its file. */
export interface Unlocated {
  rule: Rule;
  report: FileReport;
}

export interface ProjectOutcome {
  /** Kamus outcomes, then the standards' (in input order, wherever they were computed). */
  outcomes: FileOutcome[];
  diagnostics: Diagnostic[];
  unlocated: Unlocated[];
}

/** Every report of the project-level rules, before the file filter: what `--cache` keeps between runs. */
export interface ProjectReports {
  /** Reports on kamus, located as they were made. */
  diagnostics: Diagnostic[];
  /** Reports on standards known by their facts. */
  reports: Unlocated[];
}

/** Runs the project-level rules on the standards' facts and the kamus. */
export function projectReports(checker: Checker, input: Pick<ValidateInput, 'config' | 'extra'>, standar: readonly FileOutcome[]): ProjectReports {
  const { rules, ref, kamus } = checker;
  // `extra` copied: a value read on demand (kode.lock.yaml with --cache) is read now, whichever rules are on.
  const extra = input.extra && { ...input.extra };
  const project: ProjectFacts = { standar: standar.flatMap((o) => (o.facts ? [o.facts] : [])), kamus: kamus.filter((k) => k.source.syntax.length === 0), config: input.config, extra };
  const diagnostics: Diagnostic[] = [];
  const reports: Unlocated[] = [];
  for (const rule of rules) {
    if (!rule.checkProject) continue;
    rule.checkProject(project, {
      ref,
      report: (r: Report | FileReport) => {
        if ('source' in r) diagnostics.push(toDiagnostic(rule, r));
        else reports.push({ rule, report: r });
      },
    });
  }
  return { diagnostics, reports };
}

/**
 * The project step: the kamus checked, and the project-level reports (computed here unless given,
 * e.g. by the --cache store). A report that names a standard by its facts is located afterwards by
 * parsing that one file again (few files carry a project-level diagnostic; src/engine/pool.ts does it
 * on the workers for a large project); a report on a file the user did not ask about is dropped unlocated.
 */
export function checkProject(
  checker: Checker,
  input: Pick<ValidateInput, 'config' | 'extra' | 'only' | 'fixing'>,
  standar: readonly FileOutcome[],
  reports: ProjectReports = projectReports(checker, input, standar),
): ProjectOutcome {
  const { rules, ref, kamus } = checker;
  const wanted = wantedBy(input.only);
  // A kamus the user did not ask about is not checked: its outcome would be dropped unread.
  const outcomes = [...kamus.filter((doc) => wanted(doc.source.path)).map((doc) => checkKamusFile(doc, ref, rules, input.fixing)), ...standar];
  return { outcomes, diagnostics: reports.diagnostics, unlocated: reports.reports.filter((u) => wanted(u.report.file)) };
}

/** Where each unlocated report is, parsing each named file once, here. */
export function locateHere(unlocated: readonly Unlocated[], sourceFile: (file: string) => SourceFile): Range[] {
  const located = new Map<string, SourceDoc>();
  return unlocated.map(({ report: r }) => {
    let source = located.get(r.file);
    if (!source) located.set(r.file, (source = new SourceDoc(sourceFile(r.file), { parse: 'full' })));
    return source.locate(r.path, r.target);
  });
}

/** The verdict: located project reports joined to the outcomes, settings and suppressions applied. */
export function conclude(checker: Checker, input: Pick<ValidateInput, 'only'>, project: ProjectOutcome, ranges: readonly Range[]): ValidateResult {
  const placed = project.unlocated.map(({ rule, report }, i) => toDiagnostic(rule, { ...report, range: ranges[i], source: { path: report.file } as SourceDoc }));
  return { ...finish(project.outcomes, [...project.diagnostics, ...placed], checker.settings, wantedBy(input.only)), ref: checker.ref };
}

/** Applies skj.yaml severities, the file filter and inline suppressions. */
export function finish(
  outcomes: readonly FileOutcome[],
  projectDiagnostics: readonly Diagnostic[],
  settings: Settings,
  wanted: (file: string) => boolean,
): Pick<ValidateResult, 'files' | 'diagnostics' | 'suppressed'> {
  const severity = (rule: Rule) => (settings[rule.id] === 'error' || settings[rule.id] === 'warning' ? settings[rule.id] : rule.severity) as Diagnostic['severity'];
  let suppressed = 0;
  let files = 0;
  const kept: Diagnostic[] = [];
  const byFile = new Map<string, FileOutcome>();
  for (const o of outcomes) {
    if (!wanted(o.file)) continue;
    files++;
    if (o.suppressions.length) byFile.set(o.file, o);
  }
  const keep = (d: Diagnostic) => {
    const setting = settings[d.rule];
    if (setting === 'off' || !wanted(d.file)) return;
    const s = byFile.get(d.file)?.suppressions.find((x) => suppresses(x, d.line, d.rule));
    if (s) {
      s.used = true;
      suppressed++;
    } else kept.push(setting === 'error' || setting === 'warning' ? { ...d, severity: setting } : d);
  };
  for (const o of outcomes) if (wanted(o.file)) o.diagnostics.forEach(keep);
  projectDiagnostics.forEach(keep);
  if (settings[suppressionUnused.id] !== 'off') {
    for (const { file, suppressions } of byFile.values()) {
      for (const s of suppressions.filter((x) => !x.used)) {
        const range = { line: s.line, column: s.column, endLine: s.line, endColumn: s.column + 1 };
        kept.push({ file, rule: suppressionUnused.id, severity: severity(suppressionUnused), messageId: suppressionUnused.id, params: { rules: s.rules.join(', ') || '*' }, ...range });
      }
    }
  }
  kept.sort(compareDiagnostics);
  return { files, diagnostics: kept, suppressed };
}
