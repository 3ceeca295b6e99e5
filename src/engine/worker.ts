// A worker thread of `skj validate` (tinypool): builds the checker once from the project's skj.yaml
// and kamus (workerData), then checks batches of files, locates project-level reports in them, or
// reads them for `skj code`'s plan.
// Loaded from dist/ only (src/engine/pool.ts).
import Tinypool from 'tinypool';
import type { Range } from '../core/source.js';
import { readSource } from '../project/read.js';
import { bundledData } from '../reference/bundled.js';
import { runFileTask, type FileResult } from './file-task.js';
import { prepare } from './validate.js';
import { locateTask, type WorkerAnswer, type WorkerJob, type WorkerSetup } from './pool.js';
import { planFactsOf, type PlanFacts } from '../code/plan.js';
import { UsageError } from '../project/errors.js';

const setup = Tinypool.workerData as WorkerSetup;
const checker = prepare(setup, bundledData());

function run(job: WorkerJob): FileResult[] | Range[][] | PlanFacts[] {
  switch (job.kind) {
    case 'check':
      return job.tasks.map((task) => runFileTask(task, checker, setup));
    case 'locate':
      return job.files.map(locateTask);
    case 'plan':
      return job.files.map((f) => planFactsOf(readSource(f.abs, f.path), checker.ref));
  }
}

export default function work(job: WorkerJob): WorkerAnswer<unknown> {
  try {
    return { results: run(job) };
  } catch (e) {
    if (e instanceof UsageError) return { error: { messageId: e.messageId, params: e.params } };
    throw e;
  }
}
