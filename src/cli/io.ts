// The process edge, injectable so tests can run the CLI in-process.
import type { Lang } from '../i18n/messages.js';
import { inquirerPrompter, type Prompter } from './prompt.js';

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stdout is a terminal (colour, progress). */
  isTTY: boolean;
  /** Asks questions; only when both stdin and stdout are a terminal. */
  prompt?: Prompter;
}

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    prompt: process.stdin.isTTY && process.stdout.isTTY ? inquirerPrompter : undefined,
  };
}

export interface CommandContext {
  io: CliIO;
  lang: Lang;
}

/** Colour only on a terminal, never under NO_COLOR (https://no-color.org); FORCE_COLOR wins. */
export function useColor(io: CliIO): boolean {
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY;
}
