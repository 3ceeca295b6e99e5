// One file through the per-file rules: parse (fast path), check, locate each diagnostic (the only
// place positions are built), and keep only the outcome. Runs on the main thread or in a worker.
import type { Diagnostic } from '../core/diagnostic.js';
import type { KamusDoc } from '../core/kamus-doc.js';
import { SourceDoc, type ParseOptions, type SourceFile } from '../core/source.js';
import { buildStandarDoc } from '../core/standar-doc.js';
import { factsOf, type StandarFacts } from '../core/standar-facts.js';
import { findSuppressions, type Suppression } from '../core/suppressions.js';
import type { Reference } from '../reference/reference.js';
import type { Report, Rule, RuleContext } from '../rules/rule.js';
import { checkSyntax, yamlSyntax } from '../rules/yaml-syntax.js';

export interface FileOutcome {
  file: string;
  /** Located diagnostics, with the rules' own severities (skj.yaml settings apply later). */
  diagnostics: Diagnostic[];
  suppressions: Suppression[];
  /** Undefined when the file is not valid YAML: project rules skip it. */
  facts?: StandarFacts;
}

export function toDiagnostic(rule: Rule, r: Report): Diagnostic {
  const range = r.range ?? r.source.locate(r.path ?? [], r.target);
  return {
    file: r.source.path,
    rule: rule.id,
    severity: r.severity ?? rule.severity,
    messageId: r.variant ? `${rule.id}.${r.variant}` : rule.id,
    params: r.params ?? {},
    ...range,
    ...(r.fix ? { fix: r.fix } : {}),
  };
}

/** `fixing`: keep the fix-only reports too (validate --fix, the editor's quick fixes). */
function collect(rules: readonly Rule[], ref: Reference, run: (rule: Rule, ctx: RuleContext) => void, fixing = false): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) run(rule, { ref, fixing, report: (r) => (fixing || !r.fixOnly) && out.push(toDiagnostic(rule, r)) });
  return out;
}

function syntaxOf(source: SourceDoc, ref: Reference): Diagnostic[] {
  return collect([yamlSyntax], ref, (_, ctx) => checkSyntax(source, ctx));
}

/** Suppression comments, looked for only where the directive's name occurs at all. */
function suppressionsOf(text: string): Suppression[] {
  return text.includes('skj-disable') ? findSuppressions(text) : [];
}

/**
 * A standard file. `report: false` (a file the user did not ask about) gives only its facts, which
 * the project-level rules need.
 */
export function checkStandarFile(file: SourceFile, ref: Reference, rules: readonly Rule[], options: ParseOptions & { report: boolean; fixing?: boolean }): FileOutcome {
  const source = new SourceDoc(file, options);
  const clean = source.syntax.length === 0;
  const facts = clean ? factsOf(source.path, source.data) : undefined;
  if (!options.report) return { file: source.path, diagnostics: [], suppressions: [], facts };
  const suppressions = suppressionsOf(source.text);
  if (!clean) return { file: source.path, diagnostics: syntaxOf(source, ref), suppressions };
  const doc = buildStandarDoc(source, ref);
  // A clean file may still carry parser warnings (an unknown tag): reported beside the rules' findings.
  const diagnostics = [...(source.warnings.length ? syntaxOf(source, ref) : []), ...collect(rules, ref, (rule, ctx) => rule.checkStandar?.(doc, ctx), options.fixing)];
  return { file: source.path, diagnostics, suppressions, facts };
}

/** An agency kamus file (kamus are few and kept whole: project rules and the reference use them). */
export function checkKamusFile(doc: KamusDoc, ref: Reference, rules: readonly Rule[], fixing = false): FileOutcome {
  const suppressions = suppressionsOf(doc.source.text);
  if (doc.source.syntax.length) return { file: doc.source.path, diagnostics: syntaxOf(doc.source, ref), suppressions };
  const warnings = doc.source.warnings.length ? syntaxOf(doc.source, ref) : [];
  return { file: doc.source.path, diagnostics: [...warnings, ...collect(rules, ref, (rule, ctx) => rule.checkKamus?.(doc, ctx), fixing)], suppressions };
}
