// The engine of `skj validate`, above the rules it runs: source texts in, diagnostics out; no file
// system, no terminal. Each standard goes through the per-file rules on its own and leaves only its
// outcome (diagnostics, suppressions, facts), so memory stays flat; the project-level rules then run
// on the facts, and their diagnostics are located by re-reading just the files they name.
import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { SourceDoc, type ParseOptions, type SourceFile } from '../core/source.js';
import { suppresses } from '../core/suppressions.js';
import type { Config } from '../model/config.js';
import type { BundledData } from '../reference/bundled.js';
import type { Reference } from '../reference/reference.js';
import { RULES } from '../rules/index.js';
import type { FileReport, ProjectFacts, Report, Rule } from '../rules/rule.js';
import { suppressionUnused } from '../rules/suppression-unused.js';
import { OutcomeCache } from './cache.js';
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
  /** Outcomes of unchanged files from an earlier run (`--cache`); filled with this run's. */
  cache?: OutcomeCache;
  /** Also the fix-only reports, for their fixes (src/fix/); the cache is not used then. */
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

export function validate(input: ValidateInput, bundled: BundledData): ValidateResult {
  const settings = input.config?.aturan ?? {};
  const rules = activeRules(settings);
  const wanted = (file: string) => !input.only || input.only.has(file);
  const { kamus, ref } = loadReference(input, bundled);
  const outcomes: FileOutcome[] = kamus.map((doc) => checkKamusFile(doc, ref, rules, input.fixing));
  for (const file of input.standar) outcomes.push(checkCached(file, ref, rules, input, wanted(file.path)));
  const texts = new Map(input.standar.map((f) => [f.path, f]));
  const projectDiagnostics = checkProject(
    { standar: outcomes.flatMap((o) => (o.facts ? [o.facts] : [])), kamus: kamus.filter((k) => k.source.syntax.length === 0), config: input.config, extra: input.extra },
    ref,
    rules,
    (file) => texts.get(file)!.text,
  );
  return { ...finish(outcomes, projectDiagnostics, settings, wanted), ref };
}

/** A standard's outcome, from the cache when its text is unchanged. */
function checkCached(file: SourceFile, ref: Reference, rules: readonly Rule[], input: ValidateInput, report: boolean): FileOutcome {
  const cache = input.fixing ? undefined : input.cache;
  if (!cache) return checkStandarFile(file, ref, rules, { parse: input.parse, report, fixing: input.fixing });
  const text = file.text; // read once: hashed, then parsed when the cache misses
  const hash = OutcomeCache.hash(text);
  const hit = cache.get(file.path, hash);
  if (hit) return hit;
  const outcome = checkStandarFile({ path: file.path, text }, ref, rules, { parse: input.parse, report });
  if (report) cache.set(file.path, hash, outcome); // a facts-only outcome is not a whole outcome
  return outcome;
}

/**
 * Runs the project-level rules on the facts. A report that names a file by its facts is located by
 * parsing that one file again (few files carry a project-level diagnostic).
 */
export function checkProject(project: ProjectFacts, ref: Reference, rules: readonly Rule[], textOf: (file: string) => string): Diagnostic[] {
  const located = new Map<string, SourceDoc>();
  const sourceOf = (file: string) => {
    let source = located.get(file);
    if (!source) located.set(file, (source = new SourceDoc({ path: file, text: textOf(file) }, { parse: 'full' })));
    return source;
  };
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    if (!rule.checkProject) continue;
    rule.checkProject(project, {
      ref,
      report: (r: Report | FileReport) => out.push(toDiagnostic(rule, 'source' in r ? r : { ...r, source: sourceOf(r.file) })),
    });
  }
  return out;
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
