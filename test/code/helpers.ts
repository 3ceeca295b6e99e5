// Shared by the skj code tests: temp copies of fixture projects and an in-process CLI run.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll } from 'vitest';
import { skj as cli, type CliResult } from '../support/cli.js';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
/** 2025-11-26 00:00 UTC. */
export const EPOCH = '1764115200';
export const TODAY = '2025-11-26';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of test/fixtures/<name> in a temp folder, removed after the test file. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `skj-${name.replace(/\//g, '-')}-`));
  made.push(dir);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** The CLI in-process from `cwd`, with a fixed registry date. */
export function skj(cwd: string, argv: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return cli(argv, { cwd, env: { SOURCE_DATE_EPOCH: EPOCH, ...env } });
}

/** Every file below `dir` with its bytes, to prove that a run wrote nothing. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) visit(full);
      else out.set(relative(dir, full).split(sep).join('/'), readFileSync(full, 'latin1'));
    }
  };
  visit(dir);
  return out;
}

export const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
