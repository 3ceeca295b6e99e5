// A worker thread of `skj validate` (tinypool): builds the checker once from the project's skj.yaml
// and kamus (workerData), then checks batches of files, or locates project-level reports in them.
// Loaded from dist/ only (src/engine/pool.ts).
import Tinypool from 'tinypool';
import { SourceDoc, type Range } from '../core/source.js';
import { readSource } from '../project/read.js';
import { bundledData } from '../reference/bundled.js';
import { runFileTask, type FileResult } from './file-task.js';
import { prepare } from './validate.js';
import type { WorkerJob, WorkerSetup } from './pool.js';

const setup = Tinypool.workerData as WorkerSetup;
const checker = prepare(setup, bundledData());

export default function work(job: WorkerJob): FileResult[] | Range[][] {
  if (job.kind === 'check') return job.tasks.map((task) => runFileTask(task, checker, setup));
  return job.files.map((f) => {
    const source = new SourceDoc(readSource(f.abs, f.path), { parse: 'full' });
    return f.where.map((w) => source.locate(w.path, w.target));
  });
}
