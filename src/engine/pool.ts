// Worker threads over a project's files (tinypool: maintained by the vitest team, MIT, ~40 KB, no
// dependencies, Node 20 supported). Results come back in input order whatever the scheduling. A small
// project stays on the main thread (a worker costs ~100 ms to start), and so does a run from the
// TypeScript sources (tests), where there is no compiled worker to load.
import { availableParallelism } from 'node:os';
import { SourceDoc, type Path, type ParseOptions, type Range, type SourceFile } from '../core/source.js';
import { readSource } from '../project/read.js';
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
  // The main thread checks files too (Pool.check's `here`): one worker per other core.
  if (concurrency === 'auto') return work < MIN_WORK_FOR_WORKERS ? 0 : Math.max(1, Math.min(availableParallelism(), 8) - 1);
  return Math.min(concurrency, tasks);
}

export interface Pool {
  // `here` does one item on this thread, which takes batches too (from the back, one per turn of its
  // event loop, between the workers' answers): the main thread is a worker as well.
  check(tasks: readonly FileTask[], here?: (task: FileTask) => FileResult): Promise<FileResult[]>;
  locate(files: readonly LocateTask[], here?: (file: LocateTask) => Range[]): Promise<Range[][]>;
  plan(files: readonly PlanTask[], here?: (file: PlanTask) => PlanFacts): Promise<PlanFacts[]>;
  close(): Promise<void>;
}

/** Batches handed to each worker at a time: the next one is already queued when one ends. */
const IN_FLIGHT = 2;

export async function openPool(setup: WorkerSetup, threads: number): Promise<Pool> {
  const { Tinypool } = await import('tinypool');
  // A worker never waits for the main thread (busy taking results in, or collecting garbage) to be handed work.
  const pool = new Tinypool({ filename: WORKER!.href, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: IN_FLIGHT, workerData: setup });
  // Batches small enough to keep every thread busy to the end, large enough that messaging is noise.
  const inBatches = async <T, R>(items: readonly T[], job: (batch: T[]) => WorkerJob, most: number, here?: (item: T) => R): Promise<R[]> => {
    const size = Math.max(1, Math.min(most, Math.ceil(items.length / ((threads + (here ? 1 : 0)) * 16))));
    const batches: T[][] = [];
    for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
    const answers = await spread(batches, (batch) => pool.run(job(batch)) as Promise<WorkerAnswer<R>>, threads * IN_FLIGHT, here && ((batch) => answerHere(batch, here)));
    // The first error in file order, as on one thread.
    for (const a of answers) if ('error' in a) throw new UsageError(a.error.messageId, a.error.params);
    return answers.flatMap((a) => ('results' in a ? a.results : []));
  };
  return {
    check: (tasks, here) => inBatches(tasks, (batch) => ({ kind: 'check', tasks: batch }), 500, here),
    locate: (files, here) => inBatches(files, (batch) => ({ kind: 'locate', files: batch }), 50, here),
    plan: (files, here) => inBatches(files, (batch) => ({ kind: 'plan', files: batch }), 500, here),
    close: () => pool.destroy(),
  };
}

/** A batch done on this thread, answered as a worker answers (src/engine/worker.ts). */
function answerHere<T, R>(batch: T[], here: (item: T) => R): WorkerAnswer<R> {
  try {
    return { results: batch.map(here) };
  } catch (e) {
    if (e instanceof UsageError) return { error: { messageId: e.messageId, params: e.params } };
    throw e;
  }
}

/**
 * Every batch answered, in order: the workers take them from the front, at most `inFlight` at a time;
 * this thread takes them from the back, one per turn of its event loop (the workers' answers in between).
 */
function spread<T, A>(batches: T[][], remote: (batch: T[]) => Promise<A>, inFlight: number, local?: (batch: T[]) => A): Promise<A[]> {
  const answers: A[] = new Array(batches.length);
  let front = 0;
  let back = batches.length;
  let pending = 0;
  return new Promise((resolve, reject) => {
    const done = () => front >= back && pending === 0 && resolve(answers);
    const send = () => {
      for (; front < back && pending < inFlight; front++, pending++) {
        const k = front;
        remote(batches[k]!).then((a) => {
          answers[k] = a;
          pending--;
          send();
          done();
        }, reject);
      }
    };
    const take = () => {
      if (front >= back) return;
      try {
        back--;
        answers[back] = local!(batches[back]!);
      } catch (e) {
        return reject(e);
      }
      done();
      setImmediate(take);
    };
    send();
    if (local) setImmediate(take);
    done();
  });
}

/** A located task's places: its file parsed in full once (on a worker or on this thread). */
export function locateTask(f: LocateTask): Range[] {
  const source = new SourceDoc(readSource(f.abs, f.path), { parse: 'full' });
  return f.where.map((w) => source.locate(w.path, w.target));
}
