// Shared by the tests of skj init/new/kamus/fmt/--fix: empty temp folders and scripted answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Prompter } from '../../src/cli/prompt.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An empty temp folder, removed after the test file. */
export function tempDir(name = 'start'): string {
  const dir = mkdtempSync(join(tmpdir(), `skj-${name}-`));
  made.push(dir);
  return dir;
}

/** Answers questions in order, recording each question asked. */
export function scripted(answers: string[]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const next = () => {
    const a = answers.shift();
    if (a === undefined) throw new Error(`unexpected question after ${asked.join(' | ')}`);
    return a;
  };
  return {
    asked,
    async input(message, defaultValue) {
      asked.push(message);
      return next() || (defaultValue ?? '');
    },
    async select(message, choices) {
      asked.push(message);
      const a = next();
      const c = choices.find((x) => x.value === a);
      if (!c) throw new Error(`no choice ${a} for ${message}`);
      return c.value;
    },
  };
}
