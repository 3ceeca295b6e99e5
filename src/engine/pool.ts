// Worker threads over a project's files (tinypool: maintained by the vitest team, MIT, ~40 KB, no
// dependencies, Node 20 supported). Results come back in input order whatever the scheduling. A small
// project stays on the main thread (a worker costs ~100 ms to start), and so does a run from the
// TypeScript sources (tests), where there is no compiled worker to load.
import { availableParallelism } from 'node:os';
import type { Path, ParseOptions, Range, SourceFile } from '../core/source.js';
import type { Config } from '../model/config.js';
import type { MessageParams } from '../core/diagnostic.js';
import type { PlanFacts } from '../code/plan.js';
import { workerUrl } from '../package-root.js';
import { UsageError } from '../project/errors.js';
import type { FileResult, FileTask } from './file-task.js';

/** What a worker builds its checker from (structured-cloned to each worker once). */
export interface WorkerSetup extends ParseOptions {
  kamus: SourceFile[];
  config?: Config;
}

/** A file to parse in full once, and the places in it to locate (project-level reports). */
export interface LocateTask {
  path: string;
  abs: string;
  where: { path: Path; target?: 'key' | 'value' }[];
}

/** A standard file to read for `skj code`'s plan (src/code/plan.ts). */
export interface PlanTask {
  path: string;
  abs: string;
}

export type WorkerJob = { kind: 'check'; tasks: FileTask[] } | { kind: 'locate'; files: LocateTask[] } | { kind: 'plan'; files: PlanTask[] };

/** A batch's results, or the usage error that stops the command (a file the OS refused to read). */
export type WorkerAnswer<R> = { results: R[] } | { error: { messageId: string; params: MessageParams } };

/**
 * Below this much work (files fully checked; a file read only for its facts counts half), starting
 * workers (~100 ms each, loading skj) costs more than they save.
 */
export const MIN_WORK_FOR_WORKERS = 500;
const WORKER = workerUrl('worker');

/** `--concurrency`: a number of threads, `auto` (one per core for a large project) or `off`. */
export type Concurrency = number | 'auto' | 'off';

export function threadsFor(tasks: number, concurrency: Concurrency, work = tasks): number {
  if (concurrency === 'off' || tasks === 0 || !WORKER) return 0;
  if (concurrency === 'auto') return work < MIN_WORK_FOR_WORKERS ? 0 : Math.min(availableParallelism(), 8);
  return Math.min(concurrency, tasks);
}

export interface Pool {
  check(tasks: readonly FileTask[]): Promise<FileResult[]>;
  locate(files: readonly LocateTask[]): Promise<Range[][]>;
  plan(files: readonly PlanTask[]): Promise<PlanFacts[]>;
  close(): Promise<void>;
}

export async function openPool(setup: WorkerSetup, threads: number): Promise<Pool> {
  const { Tinypool } = await import('tinypool');
  // Two batches in flight per worker: the next one is already queued when one ends, so a worker never
  // waits for the main thread (busy taking results in, or collecting garbage) to be handed work.
  const pool = new Tinypool({ filename: WORKER!.href, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: 2, workerData: setup });
  // Batches small enough to keep every thread busy to the end, large enough that messaging is noise.
  const inBatches = async <T, R>(items: readonly T[], job: (batch: T[]) => WorkerJob, most: number): Promise<R[]> => {
    const size = Math.max(1, Math.min(most, Math.ceil(items.length / (threads * 16))));
    const runs: Promise<WorkerAnswer<R>>[] = [];
    for (let i = 0; i < items.length; i += size) runs.push(pool.run(job(items.slice(i, i + size))) as Promise<WorkerAnswer<R>>);
    const answers = await Promise.all(runs);
    // The first error in file order, as on one thread.
    for (const a of answers) if ('error' in a) throw new UsageError(a.error.messageId, a.error.params);
    return answers.flatMap((a) => ('results' in a ? a.results : []));
  };
  return {
    check: (tasks) => inBatches(tasks, (batch) => ({ kind: 'check', tasks: batch }), 500),
    locate: (files) => inBatches(files, (batch) => ({ kind: 'locate', files: batch }), 50),
    plan: (files) => inBatches(files, (batch) => ({ kind: 'plan', files: batch }), 500),
    close: () => pool.destroy(),
  };
}
