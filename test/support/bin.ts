// Runs the built CLI (bin/skj.js → the bundle in dist/bin/) as a real process, for what only separate processes show:
// concurrent runs, kill -9. dist/ is rebuilt first when a source file is newer than it.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export const BIN = join(ROOT, 'bin/skj.js');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/ unless it is newer than every file of src/ and dictionaries/. */
export function ensureBuilt(): void {
  let built = 0;
  try {
    built = statSync(join(ROOT, 'dist/bin/skj.cjs')).mtimeMs; // made by the build's last step (scripts/bundle.mjs)
  } catch {
    // not built yet
  }
  if (built < Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'dictionaries')))) execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `skj ARGS` in `cwd`; `onStart` receives the child (e.g. to kill it). */
export function skjProcess(cwd: string, args: string[], env: Record<string, string> = {}, onStart?: (pid: number) => void): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    if (child.pid !== undefined) onStart?.(child.pid);
  });
}
