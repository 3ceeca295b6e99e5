// The project pass: the whole project validated at once, for the rules that compare files with each
// other (duplicate codes, duplicate names). It reads every standard, so it runs in a worker thread
// that exits afterwards: typing stays responsive and its memory is returned to the system.
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../core/diagnostic.js';
import type { SourceFile } from '../core/source.js';
import { validate } from '../engine/validate.js';
import { bundledData, type BundledData } from '../reference/bundled.js';
import { CROSS_FILE_RULES } from './check.js';
import { Project } from './project.js';

export interface PassInput {
  root: string;
  /** Unsaved editor texts by absolute path. */
  overlays: [string, string][];
}

/** Cross-file diagnostics of every file of the project (few: duplicates are rare and bounded by the project). */
export function projectPass(input: PassInput, bundled: BundledData): Diagnostic[] {
  const project = new Project(input.root, bundled);
  if (project.configProblem) return [];
  const overlays = new Map(input.overlays);
  const overlay = (abs: string) => overlays.get(abs);
  const standar: SourceFile[] = [];
  for (const abs of project.standarFiles) {
    const text = overlay(abs);
    if (text !== undefined) standar.push({ path: project.display(abs), text });
    else {
      try {
        standar.push(project.reader.read(abs));
      } catch {
        // deleted or unreadable since the walk: the next pass sees the project as it is then
      }
    }
  }
  const result = validate({ standar, kamus: project.kamusSources(overlay), config: project.config, extra: project.extra }, bundled);
  return result.diagnostics.filter((d) => CROSS_FILE_RULES.has(d.rule));
}

const WORKER = new URL('./project-worker.js', import.meta.url);

/** Runs a pass in a worker thread (in-process when running from the TypeScript sources, as in tests). */
export function runProjectPass(input: PassInput): Promise<Diagnostic[]> {
  if (!import.meta.url.endsWith('.js')) return Promise.resolve().then(() => projectPass(input, bundledData()));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: input });
    let result: Diagnostic[] | undefined;
    worker.once('message', (m: Diagnostic[]) => (result = m));
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`project pass exited with code ${code}`))));
  });
}
