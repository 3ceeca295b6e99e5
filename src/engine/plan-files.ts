// `skj code`'s view of a project's standards, read on worker threads for a large project (as
// `skj validate` does): a few plan facts per file, never the parsed documents (src/code/plan.ts).
import { planFactsOf, type PlanFacts } from '../code/plan.js';
import { readSource } from '../project/read.js';
import type { SourceFile } from '../core/source.js';
import type { Config } from '../model/config.js';
import type { BundledData } from '../reference/bundled.js';
import { openPool, threadsFor, type Concurrency } from './pool.js';
import { prepare } from './validate.js';

export interface PlanInput {
  standar: SourceFile[];
  kamus: SourceFile[];
  config?: Config;
}

/** The plan facts of every standard, in file order. */
export async function planFiles(input: PlanInput, bundled: BundledData, concurrency: Concurrency = 'auto'): Promise<PlanFacts[]> {
  const { ref } = prepare(input, bundled);
  const onDisk = input.standar.filter((f) => f.abs !== undefined);
  const threads = threadsFor(onDisk.length, concurrency);
  if (!threads) return input.standar.map((f) => planFactsOf(f, ref));
  const pool = await openPool({ kamus: input.kamus.map((k) => ({ path: k.path, text: k.text, unreadable: k.unreadable })), config: input.config }, threads);
  try {
    const found = await pool.plan(onDisk.map((f) => ({ path: f.path, abs: f.abs! })), (f) => planFactsOf(readSource(f.abs, f.path), ref));
    let k = 0;
    // A file not read from disk (a name that is not UTF-8) is read here.
    return input.standar.map((f) => (f.abs !== undefined ? found[k++]! : planFactsOf(f, ref)));
  } finally {
    await pool.close();
  }
}
