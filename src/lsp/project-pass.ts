// The project pass: the rules that compare files with each other (duplicate codes and names, the
// organisation chart, the kode registry) run on the facts of every standard (core/standar-facts.ts),
// as `skj validate` runs them. Facts are kept between passes with each file's stamp, so the pass after
// a save re-reads only what changed on disk. Findings stay unlocated until an open file shows them:
// a project with thousands of them costs no parsing for the files nobody has open. The pass runs in
// a worker thread that exits afterwards: typing stays responsive and its memory is returned.
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../core/diagnostic.js';
import type { SourceDoc, SourceFile } from '../core/source.js';
import type { StandarFacts } from '../core/standar-facts.js';
import { findSuppressions } from '../core/suppressions.js';
import { checkStandarFile, toDiagnostic } from '../engine/check-file.js';
import { loadReference } from '../engine/project.js';
import { activeRules, finish, type Settings } from '../engine/validate.js';
import { bundledData, type BundledData } from '../reference/bundled.js';
import type { Reference } from '../reference/reference.js';
import { workerUrl } from '../package-root.js';
import { ruleById } from '../rules/index.js';
import type { FileReport } from '../rules/rule.js';
import { CROSS_FILE_RULES } from './check.js';
import { Project } from './project.js';

/** A standard's facts as read from disk, with the stamp (mtime and size) of the file read. */
export interface KnownFacts {
  stamp: string;
  /** Undefined for a file that is not valid YAML (project rules skip it, as validate does). */
  facts?: StandarFacts;
}

export interface PassInput {
  root: string;
  /** Unsaved editor texts by absolute path. */
  overlays: [string, string][];
  /** The facts of the last pass by absolute path (empty for the first). */
  known: Map<string, KnownFacts>;
}

export interface PassResult {
  /** Findings on standards, by display path, to be located in the file's text when it is shown. */
  reports: Map<string, { rule: string; report: FileReport }[]>;
  /** Findings on kamus files, located (kamus are few and parsed whole anyway). */
  kamus: Diagnostic[];
  known: Map<string, KnownFacts>;
  /** Standards in the project, and how many of them this pass read from disk. */
  files: number;
  read: number;
}

function stampOf(abs: string): string | undefined {
  try {
    const s = statSync(abs);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return undefined; // deleted since the walk: the next pass sees the project as it is then
  }
}

const factsOf = (file: SourceFile, ref: Reference) => checkStandarFile(file, ref, [], { report: false }).facts;

export function projectPass(input: PassInput, bundled: BundledData): PassResult {
  const result: PassResult = { reports: new Map(), kamus: [], known: new Map(), files: 0, read: 0 };
  const project = new Project(input.root, bundled);
  if (project.configProblem) return result;
  const overlays = new Map(input.overlays);
  const { kamus, ref } = loadReference({ kamus: project.kamusSources((abs) => overlays.get(abs)), config: project.config }, bundled);
  const standar: StandarFacts[] = [];
  for (const abs of project.standarFiles) {
    const text = overlays.get(abs);
    let facts: StandarFacts | undefined;
    if (text !== undefined) facts = factsOf({ path: project.display(abs), text }, ref);
    else {
      const stamp = stampOf(abs);
      if (stamp === undefined) continue;
      let known = input.known.get(abs);
      if (known?.stamp !== stamp) {
        try {
          known = { stamp, facts: factsOf(project.reader.read(abs), ref) };
        } catch {
          continue; // unreadable since the stat: as if deleted
        }
        result.read++;
      }
      result.known.set(abs, known);
      facts = known.facts;
    }
    result.files++;
    if (facts) standar.push(facts);
  }
  const facts = { standar, kamus: kamus.filter((k) => k.source.syntax.length === 0), config: project.config, extra: project.extra };
  for (const rule of activeRules(project.config?.aturan ?? {})) {
    rule.checkProject?.(facts, {
      ref,
      report: (r) => {
        if ('source' in r) return void result.kamus.push(toDiagnostic(rule, r));
        const list = result.reports.get(r.file) ?? [];
        list.push({ rule: rule.id, report: r });
        result.reports.set(r.file, list);
      },
    });
  }
  return result;
}

export interface FilePass {
  diagnostics: Diagnostic[];
  /** Lines of the file's suppression comments that silence a finding of the pass. */
  usedSuppressions: number[];
}

/**
 * The pass's findings on one open file, located in its current text (`source`; none for a kamus),
 * with skj.yaml's severities and the file's inline suppressions applied as validate applies them.
 */
export function passDiagnostics(pass: PassResult, path: string, source: SourceDoc | undefined, text: string, settings: Settings): FilePass {
  const located = pass.kamus.filter((d) => d.file === path);
  if (source && source.syntax.length === 0) {
    for (const { rule, report } of pass.reports.get(path) ?? []) located.push(toDiagnostic(ruleById(rule)!, { ...report, source }));
  }
  if (!located.length) return { diagnostics: [], usedSuppressions: [] };
  const outcome = { file: path, diagnostics: [], suppressions: findSuppressions(text) };
  const { diagnostics } = finish([outcome], located, settings, (f) => f === path);
  return { diagnostics: diagnostics.filter((d) => CROSS_FILE_RULES.has(d.rule)), usedSuppressions: outcome.suppressions.filter((s) => s.used).map((s) => s.line) };
}

const WORKER = workerUrl('project-worker');

/** Runs a pass in a worker thread (in-process when running from the TypeScript sources, as in tests). */
export function runProjectPass(input: PassInput): Promise<PassResult> {
  if (!WORKER) return Promise.resolve().then(() => projectPass(input, bundledData()));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: input });
    let result: PassResult | undefined;
    worker.once('message', (m: PassResult) => (result = m));
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`project pass exited with code ${code}`))));
  });
}
