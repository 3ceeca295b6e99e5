// Where skj's own files are: the files it ships beside its code (package.json, dictionaries/, README.md,
// the PDF fonts) and its worker entries. skj's code runs from three layouts: src/ (tests), dist/ (tsc,
// the library entry) and the bundle dist/bin/ (the CLI, see scripts/bundle.mjs), so no module may
// count `../` from itself; every such path is made here, from the package root.
import { existsSync } from 'node:fs';

/** The nearest folder above this module holding package.json: the package root in all three layouts. */
function findRoot(): URL {
  const here = new URL('.', import.meta.url);
  for (let dir = here; ; dir = new URL('..', dir)) {
    if (existsSync(new URL('package.json', dir))) return dir;
    if (dir.pathname === '/') throw new Error(`skj: no package.json above ${here.href}`);
  }
}

export const PACKAGE_ROOT: URL = findRoot();

/** A file or folder (ending in `/`) of the package, by its path from the package root. */
export function packageUrl(path: string): URL {
  return new URL(path, PACKAGE_ROOT);
}

const WORKERS = { worker: 'dist/bin/worker.js', 'project-worker': 'dist/bin/project-worker.js' };

/**
 * The compiled worker entry `name`, when skj runs compiled and it is built. From the TypeScript
 * sources (tests) there is none, and the work stays on the calling thread.
 */
export function workerUrl(name: keyof typeof WORKERS): URL | undefined {
  if (import.meta.url.endsWith('.ts')) return undefined; // the sources (tests)
  const url = packageUrl(WORKERS[name]);
  return existsSync(url) ? url : undefined;
}
