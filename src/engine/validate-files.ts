// `skj validate` over files on disk: each standard is read and checked on its own, on worker threads
// for a large project (src/engine/pool.ts), or served from the --cache store when its stamp is
// unchanged; then the project rules run on the facts (src/engine/validate.ts; with --cache only when
// some facts changed), and their reports are located, on the workers too when there are many. The
// result does not depend on scheduling: outcomes are kept in file order.
import type { Range, SourceFile } from '../core/source.js';
import type { BundledData } from '../reference/bundled.js';
import { projectDigest, type OutcomeCache } from './cache.js';
import { checkStandarFile, type FileOutcome } from './check-file.js';
import { runFileTask, stampOf, type FileResult, type FileTask } from './file-task.js';
import { locateTask, openPool, threadsFor, type Concurrency, type LocateTask, type Pool } from './pool.js';
import { checkProject, conclude, locateHere, prepare, projectReports, wantedBy, type Unlocated, type ValidateInput, type ValidateResult } from './validate.js';

export interface DiskOptions {
  /** Outcomes of unchanged files from an earlier run (`--cache`); filled with this run's. */
  cache?: OutcomeCache;
  concurrency?: Concurrency;
  /**
   * The project-level data (the kode registry), read while the workers start and check (instead of
   * input.extra), and what identifies it (the hash of kode.lock.yaml's text, '' without one): with
   * that key, the cache also keeps the project-level reports, reused while no standard's facts change.
   */
  extra?: () => { extra?: Record<string, unknown>; extraKey?: string };
}

/** Project reports to locate before the workers are worth asking (each parses its file in full). */
const MIN_LOCATE_ON_WORKERS = 20;

export async function validateFiles(input: ValidateInput, bundled: BundledData, options: DiskOptions = {}): Promise<ValidateResult> {
  const { cache } = options;
  const wanted = wantedBy(input.only);
  const outcomes: FileOutcome[] = new Array(input.standar.length);
  const tasks: FileTask[] = [];
  const at: number[] = [];
  const here: number[] = [];
  input.standar.forEach((file, i) => {
    // A file not read from disk (a name that is not UTF-8) is checked here.
    if (file.abs === undefined) return here.push(i);
    const report = wanted(file.path);
    const entry = cache?.usable(file.path, report);
    if (entry) {
      const stamp = stampOf(file.abs);
      if (stamp !== undefined && stamp === entry.stamp) {
        outcomes[i] = cache!.reuse(file.path, entry, stamp);
        return;
      }
    }
    tasks.push({ path: file.path, abs: file.abs, report, cache: !!cache, known: entry?.hash });
    at.push(i);
  });
  const threads = threadsFor(tasks.length, options.concurrency ?? 'auto', tasks.reduce((n, t) => n + (t.report ? 1 : 0.5), 0));
  const setup = { kamus: input.kamus.map((k) => ({ path: k.path, text: k.text, unreadable: k.unreadable })), config: input.config, parse: input.parse };
  // The workers start first: this thread builds its own checker and reads the registry while they load.
  const pool = threads ? await openPool(setup, threads) : undefined;
  try {
    const checker = prepare(input, bundled);
    // This thread checks files too (one worker fewer than cores).
    const checking = pool?.check(tasks, (task) => runFileTask(task, checker, input));
    checking?.catch(() => {}); // awaited below; a failure here first must not leave it unhandled
    for (const i of here) outcomes[i] = checkStandarFile(input.standar[i]!, checker.ref, checker.rules, { parse: input.parse, report: wanted(input.standar[i]!.path) });
    const late = options.extra?.();
    const extra = late ? late.extra : input.extra;
    const extraKey = late?.extraKey;
    const results = checking ? await checking : tasks.map((task) => runFileTask(task, checker, input));
    collect(results, tasks, at, outcomes, cache);
    const digest = cache && extraKey !== undefined ? projectDigest(outcomes, extraKey) : undefined;
    let reports = digest === undefined ? undefined : cache!.projectReports(digest, checker.rules);
    if (digest !== undefined && !reports) cache!.rememberProject(digest, (reports = projectReports(checker, { ...input, extra }, outcomes)));
    const project = checkProject(checker, { ...input, extra }, outcomes, reports);
    // Places located in an earlier run of the same text come from the cache; the others are parsed for.
    const placeKey = ({ report: r }: Unlocated) => `${JSON.stringify(r.path)} ${r.target ?? 'value'}`;
    const ranges: (Range | undefined)[] = project.unlocated.map((u) => cache?.place(u.report.file, placeKey(u)));
    const todo = project.unlocated.filter((_, i) => !ranges[i]);
    // Files by path, only when something is to be located (a one-file run in a large project mostly has nothing).
    const files = new Map(todo.length ? input.standar.map((f) => [f.path, f]) : []);
    const onPool = pool && todo.length >= MIN_LOCATE_ON_WORKERS && todo.every((u) => files.get(u.report.file)?.abs !== undefined);
    const found = onPool ? await locateOnPool(pool!, todo, files) : locateHere(todo, (file) => files.get(file)!);
    let k = 0;
    project.unlocated.forEach((u, i) => {
      if (ranges[i]) return;
      ranges[i] = found[k++]!;
      cache?.addPlace(u.report.file, placeKey(u), ranges[i]);
    });
    return conclude(checker, input, project, ranges as Range[]);
  } finally {
    await pool?.close();
  }
}

/** The results into their files' places. */
function collect(results: FileResult[], tasks: FileTask[], at: number[], outcomes: FileOutcome[], cache: OutcomeCache | undefined): void {
  results.forEach((r, j) => {
    const { path, report } = tasks[j]!;
    if (!r.outcome) outcomes[at[j]!] = cache!.reuse(path, cache!.usable(path, report)!, r.stamp); // text unchanged
    else {
      outcomes[at[j]!] = r.outcome;
      if (cache && r.hash !== undefined) cache.set(path, { hash: r.hash, stamp: r.stamp, outcome: r.outcome, ...(report ? {} : { partial: true }) });
    }
  });
}

async function locateOnPool(pool: Pool, unlocated: readonly Unlocated[], files: Map<string, SourceFile>): Promise<Range[]> {
  const byFile = new Map<string, number[]>();
  unlocated.forEach(({ report }, i) => byFile.set(report.file, [...(byFile.get(report.file) ?? []), i]));
  const jobs: LocateTask[] = [...byFile].map(([path, indices]) => ({
    path,
    abs: files.get(path)!.abs!,
    where: indices.map((i) => ({ path: unlocated[i]!.report.path, target: unlocated[i]!.report.target })),
  }));
  const found = await pool.locate(jobs, locateTask);
  const ranges: Range[] = new Array(unlocated.length);
  [...byFile.values()].forEach((indices, k) => indices.forEach((i, n) => (ranges[i] = found[k]![n]!)));
  return ranges;
}
