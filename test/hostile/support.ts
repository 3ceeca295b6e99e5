// Shared helpers of the hostile-input tests: a throw-away copy of an example project holding one
// standard, with files added or replaced, and the CLI run in-process inside it.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, skj } from '../support/cli.js';

export const HOSTILE = join(ROOT, 'test/fixtures/hostile');
export const SEKRETARIS = 'standar/sekretaris.yaml';

/** examples/kominfo-tasikmalaya with only standar/sekretaris.yaml, plus `files` (text or bytes). */
export function project(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'skj-hostile-'));
  cpSync(join(ROOT, 'examples/kominfo-tasikmalaya'), dir, { recursive: true });
  for (const f of readdirSync(join(dir, 'standar'))) if (`standar/${f}` !== SEKRETARIS) rmSync(join(dir, 'standar', f));
  rmSync(join(dir, 'kode.lock.yaml'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export const run = (args: string[], cwd: string) => skj(args, { cwd });
