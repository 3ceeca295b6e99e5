// Runs the skj CLI in-process, as a user would from `cwd`, capturing its output.
import { resolve } from 'node:path';
import { run } from '../../src/cli/main.js';
import type { Prompter } from '../../src/cli/prompt.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const ROOT = resolve(import.meta.dirname, '../..');

export async function skj(args: string[], options: { cwd?: string; env?: Record<string, string>; prompt?: Prompter } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(['node', 'skj', ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...options.env },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
    prompt: options.prompt,
  });
  return { code, stdout, stderr };
}

export interface JsonReport {
  version: number;
  files: number;
  errors: number;
  warnings: number;
  suppressed: number;
  diagnostics: { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; message: string }[];
}

export async function validateJson(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<{ code: number; report: JsonReport }> {
  const r = await skj(['validate', '--format', 'json', ...args], options);
  if (r.stderr) throw new Error(r.stderr);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
}
