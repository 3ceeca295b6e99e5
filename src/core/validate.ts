// The pure core of `skj validate`: source texts in, diagnostics out. No file system, no terminal.
import type { Config } from '../model/config.js';
import type { BundledData } from '../reference/bundled.js';
import { buildReference, type Reference } from '../reference/reference.js';
import { RULES } from '../rules/index.js';
import type { ProjectModel, Report, Rule, RuleContext } from '../rules/rule.js';
import { checkSyntax, yamlSyntax } from '../rules/yaml-syntax.js';
import { suppressionUnused } from '../rules/suppression-unused.js';
import { compareDiagnostics, type Diagnostic } from './diagnostic.js';
import { buildKamusDoc, type KamusDoc } from './kamus-doc.js';
import { SourceDoc, type SourceFile } from './source.js';
import { buildStandarDoc, type StandarDoc } from './standar-doc.js';
import { findSuppressions, suppresses } from './suppressions.js';

export interface ValidateInput {
  standar: SourceFile[];
  kamus: SourceFile[];
  config?: Config;
  /** Only these files' diagnostics are reported; the others serve as reference (default: all). */
  only?: ReadonlySet<string>;
  /** Extra project-level data for registry-aware rules. */
  extra?: Record<string, unknown>;
}

export interface ValidateResult {
  files: number;
  diagnostics: Diagnostic[];
  suppressed: number;
  project: ProjectModel;
  ref: Reference;
}

export interface ParsedProject {
  project: ProjectModel;
  ref: Reference;
}

/** Parses and resolves a project: the model shared by validate, code and render. */
export function loadProject(input: ValidateInput, bundled: BundledData): ParsedProject {
  const kamus: KamusDoc[] = input.kamus.map((f) => buildKamusDoc(new SourceDoc(f)));
  const ref = buildReference(bundled, input.config, kamus.flatMap((k) => k.entries.map((e) => e.entry)));
  const standar: StandarDoc[] = input.standar.map((f) => buildStandarDoc(new SourceDoc(f), ref));
  return { project: { standar, kamus, config: input.config, extra: input.extra }, ref };
}

export function validate(input: ValidateInput, bundled: BundledData): ValidateResult {
  const { project, ref } = loadProject(input, bundled);
  const settings = input.config?.aturan ?? {};
  const raw: Diagnostic[] = [];

  const contextFor = (rule: Rule): RuleContext => ({ ref, report: (r) => raw.push(toDiagnostic(rule, r)) });

  const syntaxCtx = contextFor(yamlSyntax);
  const clean = (doc: { source: SourceDoc }) => {
    checkSyntax(doc.source, syntaxCtx);
    return doc.source.syntax.length === 0;
  };
  const kamusOk = project.kamus.filter(clean);
  const standarOk = project.standar.filter(clean);
  for (const rule of RULES) {
    if (settings[rule.id] === 'off') continue;
    const ctx = contextFor(rule);
    if (rule.checkKamus) for (const doc of kamusOk) rule.checkKamus(doc, ctx);
    if (rule.checkStandar) for (const doc of standarOk) rule.checkStandar(doc, ctx);
    if (rule.checkProject) rule.checkProject({ ...project, standar: standarOk, kamus: kamusOk }, ctx);
  }

  return { ...finish(raw, [...project.kamus, ...project.standar], settings, input.only), project, ref };
}

function toDiagnostic(rule: Rule, r: Report): Diagnostic {
  const range = r.range ?? r.source.locate(r.path ?? [], r.target);
  return {
    file: r.source.path,
    rule: rule.id,
    severity: r.severity ?? rule.severity,
    messageId: r.variant ? `${rule.id}.${r.variant}` : rule.id,
    params: r.params ?? {},
    ...range,
  };
}

/** Applies skj.yaml severities, the file filter and inline suppressions. */
function finish(
  raw: Diagnostic[],
  docs: { source: SourceDoc }[],
  settings: Record<string, string>,
  only: ReadonlySet<string> | undefined,
): Pick<ValidateResult, 'files' | 'diagnostics' | 'suppressed'> {
  const wanted = (file: string) => !only || only.has(file);
  const severity = (rule: Rule) => (settings[rule.id] === 'error' || settings[rule.id] === 'warning' ? settings[rule.id] : rule.severity) as Diagnostic['severity'];
  let suppressed = 0;
  const kept: Diagnostic[] = [];
  const byFile = new Map(docs.map((d) => [d.source.path, { source: d.source, list: findSuppressions(d.source.text) }]));
  for (const d of raw) {
    const setting = settings[d.rule];
    if (setting === 'off' || !wanted(d.file)) continue;
    if (setting === 'error' || setting === 'warning') d.severity = setting;
    const s = byFile.get(d.file)?.list.find((x) => suppresses(x, d.line, d.rule));
    if (s) {
      s.used = true;
      suppressed++;
    } else kept.push(d);
  }
  if (settings[suppressionUnused.id] !== 'off') {
    for (const { source, list } of byFile.values()) {
      if (!wanted(source.path)) continue;
      for (const s of list.filter((x) => !x.used)) {
        const range = { line: s.line, column: s.column, endLine: s.line, endColumn: s.column + 1 };
        kept.push(toDiagnostic(suppressionUnused, { source, range, severity: severity(suppressionUnused), params: { rules: s.rules.join(', ') || '*' } }));
      }
    }
  }
  kept.sort(compareDiagnostics);
  return { files: docs.filter((d) => wanted(d.source.path)).length, diagnostics: kept, suppressed };
}
