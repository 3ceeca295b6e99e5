// Temp projects for the message tests: a skj.yaml and standards built from a clean example standard.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT, skj, type CliResult } from '../support/cli.js';

/** A clean administrator standard (Sekretaris, Perbup Tasikmalaya 51/2019), levels only. */
export const BASE = readFileSync(join(ROOT, 'examples/kominfo-tasikmalaya/standar/sekretaris.yaml'), 'utf8').replace(/^kode: .*\n/m, '');

/** The example's kamus teknis (T.01–T.06), which BASE uses. */
export const KAMUS_TEKNIS = readFileSync(join(ROOT, 'examples/kominfo-tasikmalaya/kamus/teknis.yaml'), 'utf8');

export function edit(text: string, from: string | RegExp, to: string): string {
  if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`text lacks ${String(from)}`);
  return text.replace(from, to);
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder with the given files (path → text); by default a project (skj.yaml, the example kamus teknis). */
export function project(files: Record<string, string>, withConfig = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'skj-msg-'));
  made.push(dir);
  const all = withConfig ? { 'skj.yaml': 'instansi: Uji\n', 'kamus/teknis.yaml': KAMUS_TEKNIS, ...files } : files;
  for (const [rel, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** Runs skj in both languages from `cwd`. */
export async function both(cwd: string, args: string[], env: Record<string, string> = {}): Promise<{ id: CliResult; en: CliResult }> {
  return { id: await skj(args, { cwd, env }), en: await skj(['--lang', 'en', ...args], { cwd, env }) };
}
